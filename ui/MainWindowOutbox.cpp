// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's outbox room: one OutboxEngine on the accounts' store file, every
// account registered with it (passwords from the keychain or this session, asked
// for when a message is due), Sent filed over each account's own connection; the
// Outbox folder and its view; Undo send; Send later's results; notices for what
// failed, quoting the server, with "Show in Outbox".
#include "MainWindow.h"
#include "util/DataSize.h"

#include "contacts/ContactsMenu.h"

#include "account/PasswordResolver.h"
#include "compose/ComposerWindow.h"
#include "compose/SendingPreferencesDialog.h"
#include "compose/SizeEstimate.h"
#include "compose/UndoSendBar.h"
#include "engine/SendController.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/OutboxEngine.h"
#include "engine/PlainError.h"
#include "inspector/InspectorDock.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListView.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxView.h"
#include "mime/DraftCodec.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <memory>

namespace carteiro {

namespace {
const OutboxEntry *findEntry(const QList<OutboxEntry> &entries, qint64 id)
{
    for (const OutboxEntry &e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString subjectOf(const OutboxEntry *e)
{
    return e && !e->subject.isEmpty() ? e->subject : MainWindow::tr("(no subject)");
}
} // namespace

void MainWindow::installOutbox()
{
    m_outboxModel = new OutboxModel(this);
    // The right-hand side becomes a stack: the message list and reader, or the outbox.
    auto *split = qobject_cast<QSplitter *>(centralWidget());
    auto *right = new QWidget; // parented by replaceWidget (a child of the splitter would be a sibling)
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_undoBar = new UndoSendBar(right);
    column->addWidget(m_undoBar);
    m_mailStack = new QStackedWidget(right);
    m_mailStack->setObjectName(QStringLiteral("mailStack"));
    column->addWidget(m_mailStack, 1);
    QWidget *reading = split->replaceWidget(1, right);
    m_mailStack->addWidget(reading);
    m_outboxView = new OutboxView(m_outbox, m_outboxModel, m_mailStack);
    m_mailStack->addWidget(m_outboxView);
    m_mailStack->setCurrentWidget(reading);
    m_folderModel->setOutbox(0, 0);

    if (auto *settings = menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu"))) {
        auto *sending = new QAction(tr("&Sending..."), this);
        sending->setObjectName(QStringLiteral("sendingPreferencesAction"));
        sending->setToolTip(tr("How long a sent message can still be taken back (Undo send)"));
        connect(sending, &QAction::triggered, this, [this] { openSendingPreferences(); });
        settings->addSeparator();
        settings->addAction(sending);
    }

    connect(m_undoBar, &UndoSendBar::undoRequested, this, [this](qint64 id) {
        m_undoRequests.insert(id);
        m_outbox->takeBack(id);
    });
    connect(m_outboxView, &OutboxView::editRequested, this, [this](qint64 id) { m_undoRequests.remove(id); });
    connect(m_outbox, &OutboxEngine::changed, this, &MainWindow::onOutboxChanged);
    connect(m_outbox, &OutboxEngine::sendFinished, this, &MainWindow::onOutboxSendFinished);
    connect(m_outbox, &OutboxEngine::filingFinished, this, &MainWindow::onOutboxFilingFinished);
    connect(m_outbox, &OutboxEngine::tookBack, this, &MainWindow::onTookBack);
    connect(m_outbox, &OutboxEngine::activity, this, [this](const QString &state) {
        if (state.isEmpty()) { // idle again: the last send's result line comes back
            m_statusProgress->hide();
            if (!m_lastSendLine.isEmpty())
                m_statusText->setText(m_lastSendLine);
            return;
        }
        m_statusText->setText(state);
        m_statusProgress->setRange(0, 0);
        m_statusProgress->setFormat(QString());
        m_statusProgress->show();
        m_dock->show(); // the whole point of the app: watch it happen
    });
    connect(m_outbox, &OutboxEngine::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_statusProgress->setRange(0, 100);
        m_statusProgress->setValue(int(done * 100 / total));
        m_statusProgress->setFormat(tr("Sending %1 of %2").arg(formatDataSize(done),
                                                               formatDataSize(total)));
    });
    connect(m_outbox, &OutboxEngine::actionFailed, this, [this](qint64, const QString &why) {
        m_outboxView->showNote(why);
        statusBar()->showMessage(why, 10000);
    });
    connect(m_outbox, &OutboxEngine::storeFailed, this, [this](const QString &error) {
        const QString text = tr("The outbox cannot be used, nothing is sent: %1").arg(error);
        m_statusText->setText(text);
        m_statusText->setToolTip(text);
        m_outboxView->showNote(text);
    });
    connect(m_outbox, &OutboxEngine::passwordNeeded, this, [this](const QString &accountId) {
        const auto account = accountById(accountId);
        if (!account)
            return;
        m_passwords->resolve(*account, this, [this, account](bool ok, const QString &password) {
            if (ok)
                m_outbox->setAccount(*account, password);
            else
                m_statusText->setText(tr("Messages from %1 wait in the Outbox: no password given.")
                                          .arg(account->address));
        });
    });
    connect(this, &MainWindow::accountsChanged, this, [this] { registerOutboxAccounts(false); });

    m_outbox->setUndoDelay(SendingPreferencesDialog::savedUndoDelay());
    // Sent mail is filed over the account's own IMAP connection (its engine).
    m_outbox->setSentFiling([this](const AccountSettings &account, const QByteArray &message,
                                   OutboxEngine::FilingDone done) {
        AccountEngine *engine = m_engines->find(account.id);
        if (!engine) {
            done(false, QString(), 0, tr("the account is not open"));
            return;
        }
        engine->fileInSent(message, std::move(done));
    });
    registerOutboxAccounts(true);
}

void MainWindow::registerOutboxAccounts(bool thenStart)
{
    const QList<AccountSettings> all = accounts();
    QSet<QString> ids;
    for (const AccountSettings &a : all)
        ids.insert(a.id);
    for (const QString &gone : m_outboxAccounts - ids)
        m_outbox->removeAccount(gone);
    m_outboxAccounts = ids;
    QHash<QString, QString> names;
    for (const AccountSettings &a : all)
        names.insert(a.id, a.name);
    m_outboxModel->setAccountNames(names);
    // Start once every account is known with what the keychain or this session
    // has: what a crash left due is sent with the right password, never without.
    auto waiting = std::make_shared<int>(int(all.size()));
    QPointer<MainWindow> self(this);
    const auto oneDone = [self, waiting, thenStart] {
        if (--*waiting == 0 && thenStart && self)
            self->m_outbox->start();
    };
    if (all.isEmpty() && thenStart)
        m_outbox->start();
    for (const AccountSettings &a : all)
        m_passwords->lookup(a, [self, a, oneDone](bool ok, const QString &password) {
            if (self)
                self->m_outbox->setAccount(a, ok ? password : QString()); // empty: asked for when due
            oneDone();
        });
}

void MainWindow::wireComposer(ComposerWindow *w)
{
    trackDraft(w);
    ContactsMenu::attach(this, w); // completion in To, Cc, Bcc
    connect(w, &ComposerWindow::queued, this, [this](qint64 id, const QDateTime &sendAt, const QString &subject) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int delay = m_outbox->undoDelay();
        if (delay > 0 && sendAt.isValid() && now.secsTo(sendAt) <= delay + 1) {
            m_undoBar->add(id, subject, sendAt);
            statusBar()->showMessage(tr("Queued in the Outbox."), 4000);
        } else if (sendAt.isValid() && sendAt > now) {
            statusBar()->showMessage(tr("\u201c%1\u201d waits in the Outbox until %2.")
                                         .arg(subject, QLocale().toString(sendAt.toLocalTime(), QLocale::ShortFormat)),
                                     10000);
        } else {
            statusBar()->showMessage(tr("Queued in the Outbox; sending..."), 4000);
        }
    });
}

bool MainWindow::isOutboxShown() const
{
    return m_mailStack && m_mailStack->currentWidget() == m_outboxView;
}

void MainWindow::setOutboxShown(bool shown)
{
    if (!m_mailStack)
        return;
    if (shown) {
        m_messages->clearSelection(); // the message actions (Delete...) are not the outbox's
        m_mailStack->setCurrentWidget(m_outboxView);
        m_outboxView->list()->setFocus();
    } else {
        m_mailStack->setCurrentIndex(0);
    }
    updateMessageActions();
}

bool MainWindow::showOutbox(qint64 selectId)
{
    const QModelIndex outbox = m_folderModel->outboxIndex();
    if (!outbox.isValid())
        return false;
    if (m_folders->currentIndex() == outbox)
        setOutboxShown(true);
    else
        m_folders->setCurrentIndex(outbox);
    return selectId == 0 || m_outboxView->selectEntry(selectId);
}

SendingPreferencesDialog *MainWindow::openSendingPreferences()
{
    auto *dialog = new SendingPreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_outbox->setUndoDelay(dialog->undoDelay()); });
    dialog->open();
    return dialog;
}

ComposerWindow *MainWindow::reopenComposer(const QByteArray &draftPayload, QString *error)
{
    if (draftPayload.isEmpty()) {
        *error = tr("the message was queued without a draft (by carteiro-cli), so there is nothing to edit");
        return nullptr;
    }
    const auto saved = DraftCodec::decode(draftPayload, error);
    if (!saved)
        return nullptr;
    auto *w = new ComposerWindow(m_outbox, m_controller, m_passwords, accounts(),
                                 saved->accountId.isEmpty() ? currentAccount().id : saved->accountId, this);
    wireComposer(w);
    w->setDraft(saved->draft);
    w->show();
    w->raise();
    return w;
}

void MainWindow::onTookBack(qint64 id, bool ok, const QByteArray &payload, const QString &why)
{
    const bool undo = m_undoRequests.remove(id);
    m_undoBar->forget(id);
    if (!ok) {
        const QString text = undo ? tr("Too late to undo: %1").arg(why) : tr("Cannot edit this message: %1").arg(why);
        statusBar()->showMessage(text, 10000);
        m_statusText->setText(text);
        m_outboxView->showNote(text);
        return;
    }
    m_afterSent.remove(id);
    QString error;
    if (!reopenComposer(payload, &error)) {
        const QString text = tr("The message was taken out of the Outbox but cannot be reopened: %1").arg(error);
        m_statusText->setText(text);
        m_outboxView->showNote(text);
        return;
    }
    const QString text = undo ? tr("Sending undone: the message is back in a composer window; nothing was sent.")
                              : tr("The message is back in a composer window; it was taken out of the Outbox.");
    statusBar()->showMessage(text, 10000);
    m_outboxView->showNote(text);
}

void MainWindow::onOutboxChanged(const QList<OutboxEntry> &entries)
{
    m_outboxModel->setEntries(entries);
    m_folderModel->setOutbox(entries.size(), m_outboxModel->attentionCount());
    QSet<qint64> waiting; // still cancellable by Undo
    for (const OutboxEntry &e : entries)
        if (e.state == OutboxEntry::State::Queued)
            waiting.insert(e.id);
    m_undoBar->retain(waiting);
    // Failures whose new state (Failed or Deferred) has now been published.
    for (auto it = m_unjudged.begin(); it != m_unjudged.end();) {
        const OutboxEntry *e = findEntry(entries, it.key());
        if (e && e->state == OutboxEntry::State::Sending) {
            ++it;
            continue;
        }
        const qint64 id = it.key();
        const SendResult result = it.value();
        it = m_unjudged.erase(it);
        noticeSendResult(id, result, e);
    }
}

void MainWindow::onOutboxSendFinished(qint64 id, const SendResult &result)
{
    m_undoBar->forget(id);
    onSendFinished(result); // status line, the inspector's session summary and MIME tab, the failing reply
    m_lastSendLine = m_statusText->text();
    const OutboxEntry *e = findEntry(m_outbox->entries(), id);
    // What the server announced as its SIZE feeds the composer's warning (one
    // place for the limit: SendController, which connection tests feed too).
    if (e && result.hasSummary)
        m_controller->rememberSizeLimit(e->accountId, result.sizeLimit);
    // A refused password must be asked again next time, not replayed.
    if (result.failedStep == QLatin1String("AUTH") && e) {
        m_passwords->forget(e->accountId);
        if (const auto account = accountById(e->accountId))
            m_outbox->setAccount(*account, QString()); // Retry asks (passwordNeeded)
    }
    if (result.outcome == SendResult::Outcome::Sent) {
        if (const auto after = m_afterSent.take(id))
            after();
        if (QMessageBox *old = m_notices.value(id))
            old->close(); // a retry worked
        return;
    }
    // The engine reports before it publishes the message's new state (Failed or
    // Deferred): the notice waits for that list (onOutboxChanged).
    m_unjudged.insert(id, result);
}

void MainWindow::noticeSendResult(qint64 id, const SendResult &result, const OutboxEntry *e)
{
    const QString subject = subjectOf(e);
    if (result.stoppedByUser || result.outcome == SendResult::Outcome::Cancelled) {
        m_statusText->setText(result.stoppedByUser ? tr("Stopped in step mode: \u201c%1\u201d was not sent; it "
                                                        "waits in the Outbox.")
                                                         .arg(subject)
                                                   : tr("\u201c%1\u201d was not sent; it waits in the Outbox.")
                                                         .arg(subject));
        return;
    }
    const bool deferred = e && e->state == OutboxEntry::State::Deferred;
    QString title, text;
    if (result.outcome == SendResult::Outcome::PossiblySent) {
        title = tr("Possibly sent");
        text = tr("\u201c%1\u201d: the connection was lost after the whole message went out and before the server "
                  "answered. The server may have received it; sending again may deliver it twice. It is kept in "
                  "the Outbox: decide there.")
                   .arg(subject);
    } else if (deferred) {
        title = tr("Not sent yet");
        text = tr("\u201c%1\u201d could not be sent now; it stays in the Outbox and is tried again by itself%2.")
                   .arg(subject, e->nextAttempt.isValid()
                                     ? tr(" at %1").arg(QLocale().toString(e->nextAttempt.toLocalTime().time(),
                                                                           QLocale::ShortFormat))
                                     : QString());
    } else {
        title = tr("Not sent");
        text = tr("The server refused \u201c%1\u201d. It is kept in the Outbox: correct it (Edit) or try again "
                  "(Retry).")
                   .arg(subject);
        // A relay refusal in plain words: who may pass mail on, and what to do instead.
        const auto account = e ? accountById(e->accountId) : std::nullopt;
        const PlainError plain = PlainError::fromMessage(result.error, account ? account->smtpHost : QString(),
                                                         account ? account->smtpPort : quint16(0));
        if (plain.kind == PlainError::Kind::RelayRefused)
            text += QLatin1Char(' ') + plain.sentence;
    }
    QStringList details;
    if (!result.serverReply.isEmpty())
        details << tr("The server said: %1").arg(result.serverReply);
    else if (!result.error.isEmpty())
        details << result.error;
    if (!result.refusedRecipients.isEmpty())
        details << tr("Refused recipients:") << result.refusedRecipients;
    if (!result.failedStep.isEmpty())
        details << tr("Step: %1").arg(result.failedStep);
    showNotice(id, title, text, details.join(QLatin1Char('\n')), false);
}

void MainWindow::onOutboxFilingFinished(qint64 id, const SendResult &result)
{
    const OutboxEntry *e = findEntry(m_outbox->entries(), id);
    if (result.filing == SendResult::Filing::Filed) {
        const QString text = tr("The message is now filed in \u201c%1\u201d.").arg(result.sentFolder);
        if (QMessageBox *box = m_notices.value(id)) {
            box->setIcon(QMessageBox::Information);
            box->setText(text);
            box->setInformativeText(QString());
            for (QAbstractButton *b : box->buttons())
                if (b->objectName() == QLatin1String("retry"))
                    b->hide();
        } else {
            statusBar()->showMessage(text, 6000);
        }
        return;
    }
    if (result.filing != SendResult::Filing::NotFiled)
        return;
    const QString details = tr("Folder: %1\nError: %2")
                                .arg(result.sentFolder.isEmpty() ? tr("(not found)") : result.sentFolder,
                                     result.filingError);
    showNotice(id, tr("Sent, but not filed in Sent"),
               tr("\u201c%1\u201d was sent, but it could not be filed in your Sent folder. The copy is kept in the "
                  "Outbox until filing succeeds.")
                   .arg(subjectOf(e)),
               details, true);
}

QMessageBox *MainWindow::showNotice(qint64 id, const QString &title, const QString &text, const QString &details,
                                    bool retryFiling)
{
    // Not modal: the user carries on; one notice per message, the newest words in it.
    if (QMessageBox *old = m_notices.value(id))
        old->close();
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box->setObjectName(retryFiling ? QStringLiteral("carteiro-filing-warning") : QStringLiteral("carteiro-outbox-notice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(details);
    QPushButton *show = box->addButton(tr("Show in &Outbox"), QMessageBox::ActionRole);
    show->setObjectName(QStringLiteral("showInOutbox"));
    show->disconnect(); // ActionRole buttons would close the box first
    connect(show, &QPushButton::clicked, this, [this, id, box] {
        showOutbox(id);
        box->close();
    });
    if (retryFiling) {
        QPushButton *retry = box->addButton(tr("&Retry filing"), QMessageBox::ActionRole);
        retry->setObjectName(QStringLiteral("retry"));
        retry->disconnect(); // stays open to show the outcome
        connect(retry, &QPushButton::clicked, this, [this, id, box, retry] {
            retry->setEnabled(false);
            box->setInformativeText(tr("Filing in Sent again..."));
            m_outbox->retry(id);
        });
    }
    m_notices.insert(id, box);
    box->show();
    return box;
}

} // namespace carteiro
