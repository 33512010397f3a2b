// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's composing room: new messages, replies and forwards, drafts kept
// and reopened, accounts edited, and what the status bar says while sending.
#include "MainWindow.h"
#include "util/DataSize.h"

#include "account/AccountDialog.h"
#include "account/AccountStore.h"
#include "account/IdentityChoice.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "compose/SizeEstimate.h"
#include "inspector/InspectorDock.h"
#include "inspector/SessionSummary.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "mime/DraftCodec.h"
#include "reader/MessageView.h"
#include "mime/ReplyBuilder.h"
#include "engine/SendController.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace carteiro {

ComposerWindow *MainWindow::compose()
{
    const QList<AccountSettings> all = accounts();
    if (all.isEmpty()) {
        statusBar()->showMessage(tr("Add an account first (Settings > New account)."), 6000);
        newAccount();
        if (accounts().isEmpty())
            return nullptr;
    }
    auto *w = new ComposerWindow(m_outbox, m_controller, m_passwords, accounts(), currentAccount().id, this);
    wireComposer(w);
    if (!m_suggestedRecipient.isEmpty())
        w->toField()->setText(m_suggestedRecipient);
    w->show();
    return w;
}

ComposerWindow *MainWindow::respond(ReplyKind kind)
{
    if (m_shownRaw.isEmpty())
        return nullptr;
    // The reply goes out from the identity the message was sent to (To, Cc,
    // Delivered-To), of any account; else from the current account's own.
    const QList<AccountSettings> all = accounts();
    AccountSettings account = currentAccount();
    int identityIndex = 0;
    if (const auto chosen = IdentityChoice::forMessage(m_shownRaw, all, account.id))
        if (const auto a = accountById(chosen->accountId)) {
            account = *a;
            identityIndex = chosen->index;
        }
    ReplyBuilder::Identity me;
    QString error;
    const auto from = MailAddress::parse(account.identities().value(identityIndex).fromText(), &error);
    if (!from) {
        statusBar()->showMessage(tr("Your address in the account settings is not valid: %1").arg(error), 8000);
        return nullptr;
    }
    me.address = *from;
    for (const AccountSettings &a : all)
        for (const Identity &i : a.identities())
            me.alternativeAddresses << i.address;
    const ReplyBuilder::Mode mode = kind == ReplyKind::Reply           ? ReplyBuilder::Mode::Reply
                                    : kind == ReplyKind::ReplyAll      ? ReplyBuilder::Mode::ReplyAll
                                    : kind == ReplyKind::ForwardInline ? ReplyBuilder::Mode::Forward
                                                                       : ReplyBuilder::Mode::ForwardAsAttachment;
    QStringList notes;
    const auto draft = ReplyBuilder::build(mode, m_shownRaw, me, &error, &notes);
    if (!draft) {
        statusBar()->showMessage(tr("Cannot prepare the reply: %1").arg(error), 8000);
        return nullptr;
    }
    auto *w = new ComposerWindow(m_outbox, m_controller, m_passwords, all, account.id, this);
    wireComposer(w);
    w->setDraft(*draft);
    w->placeSignature();
    w->show();
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral("; ")), 10000);
    // \Answered / $Forwarded are set once the reply has actually gone (the
    // outbox's sendFinished, after the undo delay), not when it is queued.
    const qint64 original = m_reader->messageId();
    const quint32 mark = (kind == ReplyKind::Reply || kind == ReplyKind::ReplyAll) ? MessageFlag::Answered
                                                                                     : MessageFlag::Forwarded;
    QPointer<AccountEngine> engine = mail(); // the original's account
    connect(w, &ComposerWindow::queued, this, [this, engine, original, mark](qint64 id) {
        m_afterSent.insert(id, [engine, original, mark] {
            if (engine)
                engine->setFlags({original}, mark, 0);
        });
    });
    return w;
}

void MainWindow::trackDraft(ComposerWindow *w)
{
    connect(w, &ComposerWindow::draftEdited, this, [this, w] { saveDraft(w); });
    // Queued means durable in the outbox (with the draft for Undo and Edit): the
    // autosaved draft has served its purpose.
    connect(w, &ComposerWindow::queued, this, [this, w] {
        w->setProperty("carteiroSent", true);
        for (DraftSave &save : m_draftSaves)
            if (save.composer == w)
                save.sent = true;
        if (w->draftId())
            m_engines->drafts()->removeDraft(w->draftId());
        w->setDraftId(0);
    });
}

void MainWindow::saveDraft(ComposerWindow *w)
{
    for (const DraftSave &save : std::as_const(m_draftSaves))
        if (save.composer == w) { // one save per composer at a time: no second new row
            w->setProperty("carteiroDraftDirty", true);
            return;
        }
    DraftEntry entry;
    entry.id = w->draftId();
    entry.accountId = w->account().id;
    entry.subject = w->subjectEdit()->text();
    entry.payload = DraftCodec::encode({w->account().id, w->draft()});
    entry.updated = QDateTime::currentDateTimeUtc();
    const quint64 token = ++m_nextDraftToken;
    m_draftSaves.insert(token, {w, false});
    m_engines->drafts()->saveDraft(token, entry);
}

void MainWindow::onDraftsLoaded(const QList<DraftEntry> &drafts)
{
    const bool open = m_openDraftsWhenLoaded;
    m_openDraftsWhenLoaded = false;
    m_draftsAction->setText(drafts.isEmpty() ? tr("Open unsent &drafts")
                                             : tr("Open unsent &drafts (%1)").arg(drafts.size()));
    if (!open) {
        if (!drafts.isEmpty())
            statusBar()->showMessage(tr("%n unsent draft(s) kept from before: File > Open unsent drafts.", nullptr,
                                        int(drafts.size())),
                                     15000);
        return;
    }
    QSet<qint64> opened;
    for (ComposerWindow *c : findChildren<ComposerWindow *>())
        opened.insert(c->draftId());
    int shown = 0;
    for (const DraftEntry &d : drafts) {
        if (opened.contains(d.id))
            continue; // already being edited
        QString error;
        const auto saved = DraftCodec::decode(d.payload, &error);
        if (!saved) {
            statusBar()->showMessage(tr("Draft \"%1\" cannot be opened: %2").arg(d.subject, error), 10000);
            continue;
        }
        auto *w = new ComposerWindow(m_outbox, m_controller, m_passwords, accounts(),
                                     saved->accountId.isEmpty() ? currentAccount().id : saved->accountId, this);
        wireComposer(w);
        w->setDraft(saved->draft);
        w->setDraftId(d.id);
        w->show();
        ++shown;
    }
    if (shown == 0)
        statusBar()->showMessage(tr("No unsent drafts to open."), 6000);
}

void MainWindow::newAccount()
{
    AccountSettings a;
    a.name = tr("New account");
    openAccountDialog(a);
}

void MainWindow::editAccount(const QString &id)
{
    const QString which = id.isEmpty() ? currentAccount().id : id;
    const auto a = m_store->find(which);
    if (!a) {
        newAccount();
        return;
    }
    openAccountDialog(*a);
}

AccountDialog *MainWindow::openAccountDialog(const AccountSettings &account)
{
    auto *dialog = new AccountDialog(account, m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKeychainAvailable(m_keychainAvailable, m_keychainProblem);
    if (m_sessionSecrets->contains(account.id))
        dialog->setPassword(m_sessionSecrets->value(account.id));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AccountSettings a = dialog->account();
        a.id = m_store->save(a);
        if (!dialog->password().isEmpty())
            m_passwords->store(a, dialog->password(), [this](bool persisted, const QString &message) {
                if (!persisted)
                    statusBar()->showMessage(message, 10000);
            });
        if (m_store->defaultAccountId().isEmpty())
            m_store->setDefaultAccountId(a.id);
        refreshFolders();
        applyAccount(a, dialog->password());
        Q_EMIT accountsChanged();
    });
    dialog->open();
    return dialog;
}

void MainWindow::onSendStarted(bool connectionTest)
{
    m_statusText->setText(connectionTest ? tr("Testing the connection...") : tr("Sending..."));
    m_statusProgress->setRange(0, 0);
    m_statusProgress->setFormat(QString());
    m_statusProgress->show();
    m_statusCancel->show();
    m_dock->show(); // the whole point of the app: watch it happen
}

void MainWindow::onSendFinished(const SendResult &result)
{
    m_statusProgress->hide();
    m_statusCancel->hide();
    if (result.hasSummary)
        m_dock->session()->setSummary(result.summary);
    if (!result.messageFile.isEmpty())
        m_dock->showMessageFile(result.messageFile); // the MIME tab: what was (or was to be) sent
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        m_statusText->setText(result.connectionTest
                                  ? tr("Connection test passed.")
                                  : tr("Sent (%1), queued as %2.")
                                        .arg(formatDataSize(result.messageBytes),
                                             result.queueId.isEmpty() ? tr("unknown") : result.queueId));
        break;
    case SendResult::Outcome::Cancelled:
        m_statusText->setText(result.stoppedByUser ? tr("Stopped by the user.") : tr("Cancelled."));
        break;
    case SendResult::Outcome::PossiblySent:
    case SendResult::Outcome::Failed:
        m_statusText->setText(tr("Failed: %1").arg(result.error));
        if (result.failureEventId)
            revealEvent(result.failureEventId);
        break;
    }
}

} // namespace carteiro
