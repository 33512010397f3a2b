// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's accounts room: one engine per account (AccountEngines), every
// account in the folder tree and usable at once; an account saved in the dialog
// takes effect at once (its connections made again, open composers told); a
// refused login asks the user what to do (LoginFailedDialog) instead of trying
// the same password again; failures in the status bar in plain words.
#include "MainWindow.h"

#include "account/AccountStore.h"
#include "account/LoginFailedDialog.h"
#include "account/PasswordResolver.h"
#include "compose/ComposerWindow.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/PlainError.h"
#include "engine/SendController.h"
#include "mail/FolderTreeModel.h"
#include "mail/MailNotifier.h"
#include "engine/OutboxEngine.h"
#include "mail/MessageListModel.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

namespace carteiro {

AccountEngine *MainWindow::mail() const
{
    return m_engines->current();
}

std::optional<AccountSettings> MainWindow::accountById(const QString &id) const
{
    return m_store->find(id);
}

void MainWindow::wireEngine(AccountEngine *engine, const QString &accountId)
{
    connect(engine, &AccountEngine::foldersChanged, this,
            [this](const QString &id, const QList<StoredFolder> &folders) {
                m_folderModel->setFolders(id, folders);
                m_notifier->setFolders(id, folders);
                if (!m_pendingFolder.isEmpty() && id == currentAccount().id && selectFolder(m_pendingFolder))
                    m_pendingFolder.clear();
            });
    // Folder ids are unique across accounts (one store): only the open folder's rows count.
    connect(engine, &AccountEngine::folderLoaded, this, [this](qint64 folderId, const QList<StoredMessage> &rows) {
        if (folderId == m_openFolder)
            m_messageModel->setMessages(rows);
        if (folderId == m_openFolder && m_pendingMessage && selectMessage(m_pendingMessage))
            m_pendingMessage = 0;
    });
    connect(engine, &AccountEngine::messagesUpserted, this,
            [this](qint64 folderId, const QList<StoredMessage> &rows) {
                if (folderId == m_openFolder)
                    m_messageModel->upsert(rows);
                if (folderId == m_openFolder && m_pendingMessage && selectMessage(m_pendingMessage))
                    m_pendingMessage = 0;
            });
    connect(engine, &AccountEngine::messagesRemoved, this, [this](qint64 folderId, const QList<qint64> &ids) {
        if (folderId == m_openFolder)
            m_messageModel->remove(ids);
    });
    // The count from SELECT at once, placeholders until the sync's rows replace them.
    connect(engine, &AccountEngine::folderCountKnown, this, [this](qint64 folderId, qint64 exists) {
        if (folderId == m_openFolder)
            m_messageModel->setExpectedCount(exists);
    });
    connect(engine, &AccountEngine::folderSynced, this, [this](qint64 folderId) {
        if (folderId == m_openFolder)
            m_messageModel->loadingFinished();
    });
    connect(engine, &AccountEngine::bodyReady, this, &MainWindow::onBodyReady);
    // The provider answers again: what waits in the outbox for this account goes now.
    connect(engine, &AccountEngine::online, this, [this](const QString &id) {
        if (m_outbox)
            m_outbox->retryDeferred(id);
    });
    connect(engine, &AccountEngine::newMessages, this,
            [this, accountId](qint64 folderId, const QList<StoredMessage> &newest) {
                QString name;
                for (const AccountSettings &a : accounts())
                    if (a.id == accountId)
                        name = a.name;
                m_notifier->newMessages(accountId, name, folderId, newest);
            });
    connect(engine, &AccountEngine::newMail, this, [this](qint64 folderId, int count) {
        const QModelIndex f = m_folderModel->indexForFolder(folderId);
        const QString name = f.isValid() ? f.data(FolderTreeModel::FullNameRole).toString() : QString();
        statusBar()->showMessage(tr("%n new message(s) in %1", nullptr, count).arg(name), 10000);
        QApplication::alert(this); // the taskbar / dock announces it too
    });
    connect(engine, &AccountEngine::activity, this, [this, accountId](const QString &text, bool busy) {
        // The connection closing after a failure must not hide what went wrong.
        if (!busy && m_failedAccounts.contains(accountId))
            return;
        m_failedAccounts.remove(accountId);
        m_statusText->setText(text);
        if (!m_controller->isBusy()) {
            m_statusProgress->setRange(0, 0);
            m_statusProgress->setFormat(QString());
            m_statusProgress->setVisible(busy);
        }
    });
    connect(engine, &AccountEngine::progress, this, [this](qint64 done, qint64 total) {
        if (m_controller->isBusy() || total <= 0)
            return;
        m_statusProgress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_statusProgress->setValue(int(qMin(done, total)));
        m_statusProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(engine, &AccountEngine::failed, this, [this, accountId](const QString &message) {
        m_messageModel->loadingFinished(); // no rows are coming for the placeholders
        showEngineFailure(accountId, message);
    });
    connect(engine, &AccountEngine::loginFailed, this, &MainWindow::onLoginFailed);
    // An action made offline that the server could not take (the message is
    // gone, or the server said NO): said, never dropped silently.
    connect(engine, &AccountEngine::actionConflict, this, [this](const QString &message) {
        const QString text = tr("Not applied on the server: %1").arg(message);
        m_statusText->setText(text);
        m_statusText->setToolTip(text);
        statusBar()->showMessage(text, 30000);
    });
}

void MainWindow::wireDrafts(AccountEngine *drafts)
{
    connect(drafts, &AccountEngine::draftSaved, this, [this, drafts](quint64 token, qint64 id) {
        const DraftSave save = m_draftSaves.take(token);
        if (save.sent || (save.composer && save.composer->property("carteiroSent").toBool())) {
            drafts->removeDraft(id); // sent meanwhile: the draft has served its purpose
            return;
        }
        if (!save.composer)
            return; // closed without sending: the draft stays for later
        save.composer->setDraftId(id);
        if (save.composer->property("carteiroDraftDirty").toBool()) {
            save.composer->setProperty("carteiroDraftDirty", false);
            saveDraft(save.composer);
        }
    });
    connect(drafts, &AccountEngine::draftsLoaded, this, &MainWindow::onDraftsLoaded);
    // With no account yet, the store's own messages open through this engine.
    connect(drafts, &AccountEngine::bodyReady, this, &MainWindow::onBodyReady);
    connect(drafts, &AccountEngine::failed, this, [this](const QString &message) {
        m_statusText->setText(tr("Failed: %1").arg(message));
    });
}

void MainWindow::openAccountEngine(const AccountSettings &account, bool mayAsk)
{
    AccountEngine *engine = m_engines->engine(account.id);
    QPointer<AccountEngine> guard(engine);
    auto open = [this, account, guard](bool ok, const QString &password) {
        if (!guard)
            return;
        // Without a password the store is still shown (offline); nothing connects.
        if (ok)
            m_online.insert(account.id);
        else
            m_online.remove(account.id);
        guard->openAccount(account, ok ? password : QString());
        if (!ok && account.id == currentAccount().id)
            m_statusText->setText(tr("Offline: no password for %1 yet (Send/Receive asks for it).")
                                      .arg(account.address));
    };
    // At start-up nobody is asked anything: the keychain or this session's memory only.
    if (mayAsk)
        m_passwords->resolve(account, this, open);
    else
        m_passwords->lookup(account, open);
}

void MainWindow::applyAccount(const AccountSettings &account, const QString &password)
{
    // Open composers: their From list and the settings they send with.
    for (ComposerWindow *c : findChildren<ComposerWindow *>())
        c->setAccounts(accounts());
    AccountEngine *engine = m_engines->find(account.id);
    if (!engine) { // a new account: in the tree at once, its folders as they come
        openAccountEngine(account, false);
        return;
    }
    if (m_loginDialogs.value(account.id))
        m_loginDialogs.value(account.id)->close(); // the settings are the answer
    QPointer<AccountEngine> guard(engine);
    auto reconnect = [this, account, guard](bool ok, const QString &pw) {
        if (!guard)
            return;
        if (ok)
            m_online.insert(account.id);
        else
            m_online.remove(account.id);
        guard->reconnect(account, ok ? pw : QString());
    };
    if (!password.isEmpty())
        reconnect(true, password);
    else
        m_passwords->lookup(account, reconnect);
}

void MainWindow::showEngineFailure(const QString &accountId, const QString &message)
{
    const auto account = accountById(accountId);
    QString host;
    quint16 port = 0;
    if (account) {
        const bool pop3 = account->incomingProtocol == AccountSettings::IncomingProtocol::Pop3;
        host = pop3 ? account->pop3Host : account->imapHost;
        port = pop3 ? account->pop3Port : account->imapPort;
    }
    const QString plain = PlainError::describe(message, host, port);
    m_failedAccounts.insert(accountId); // held until the account is busy again
    m_statusText->setText(account && accounts().size() > 1 ? tr("%1: %2").arg(account->name, plain) : plain);
    m_statusText->setToolTip(message); // the step and the server's words as the inspector shows them
    m_statusProgress->hide();
}

void MainWindow::onLoginFailed(const QString &accountId, const QString &serverWords)
{
    const auto account = accountById(accountId);
    if (!account)
        return;
    m_failedAccounts.insert(accountId);
    m_statusText->setText(serverWords.isEmpty()
                              ? tr("%1: the server refused the login.").arg(account->address)
                              : tr("%1: the server refused the login: \"%2\"").arg(account->address, serverWords));
    m_statusProgress->hide();
    if (LoginFailedDialog *open = m_loginDialogs.value(accountId)) {
        if (!serverWords.isEmpty())
            open->setServerWords(serverWords);
        open->raise();
        return;
    }
    auto *dialog = new LoginFailedDialog(*account, serverWords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialogs.insert(accountId, dialog);
    connect(dialog, &LoginFailedDialog::chosen, this, [this, accountId](LoginFailedDialog::Choice choice) {
        const auto account = accountById(accountId);
        AccountEngine *engine = m_engines->find(accountId);
        if (!account || !engine)
            return;
        QPointer<AccountEngine> guard(engine);
        auto reconnect = [this, guard, account](bool ok, const QString &password) {
            if (!guard || !ok)
                return; // no password given: the account stays offline, the cache shown
            m_online.insert(account->id);
            guard->reconnect(*account, password);
        };
        switch (choice) {
        case LoginFailedDialog::Choice::Retry:
            m_passwords->resolve(*account, this, reconnect);
            break;
        case LoginFailedDialog::Choice::NewPassword:
            m_passwords->forget(accountId); // the refused one is neither replayed nor kept
            m_passwords->resolve(*account, this, [this, account, reconnect](bool ok, const QString &password) {
                if (ok)
                    m_passwords->store(*account, password);
                reconnect(ok, password);
            });
            break;
        case LoginFailedDialog::Choice::Settings:
            editAccount(accountId);
            break;
        case LoginFailedDialog::Choice::Later:
            m_statusText->setText(tr("%1 is offline: the login was refused (Send/Receive to try again).")
                                      .arg(account->address));
            break;
        }
    });
    dialog->open();
}

void MainWindow::openNotifiedMessage(const QString &accountId, qint64 folderId, qint64 messageId)
{
    showNormal();
    raise();
    activateWindow();
    const QModelIndex folder = m_folderModel->indexForFolder(folderId);
    if (!folder.isValid() || folder.data(FolderTreeModel::AccountIdRole).toString() != accountId)
        return; // the folder is gone since (deleted, or its account removed)
    m_pendingMessage = messageId;
    if (folderId != m_openFolder)
        m_folders->setCurrentIndex(folder); // opens it; the row is selected once it is there
    if (folderId == m_openFolder && selectMessage(messageId))
        m_pendingMessage = 0;
}

} // namespace carteiro
