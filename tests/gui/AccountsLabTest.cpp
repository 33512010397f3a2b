// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts as a new user meets them, against the real lab: a second account
// added with Settings > New account is in the tree and opens; an edited port or
// password takes effect at OK (engines reconnect, composers are told); a refused
// login asks what to do and never retries the same password by itself, and the
// cached rows stay; after the password is given at last the Inbox fills at once.
#include "LabWindowFixture.h"
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/AccountDialog.h"
#include "account/LabAccountPreset.h"
#include "account/LoginFailedDialog.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "mail/OutboxView.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mime/MailAddress.h"
#include "trace/TraceHub.h"

#include <QFileInfo>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QAction>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct AccountsLab : LabWindowTest
{
    // Folders of the account in the tree (ids), once its engine published them.
    QList<QModelIndex> folders(const QString &accountId) const
    {
        QList<QModelIndex> out;
        const QModelIndex account = window->folderModel()->accountIndex(accountId);
        QList<QModelIndex> stack{account};
        while (!stack.isEmpty()) {
            const QModelIndex p = stack.takeLast();
            for (int r = 0; p.isValid() && r < window->folderModel()->rowCount(p); ++r) {
                const QModelIndex i = window->folderModel()->index(r, 0, p);
                if (i.data(FolderTreeModel::FolderIdRole).toLongLong())
                    out << i;
                stack << i;
            }
        }
        return out;
    }

    QModelIndex inboxOf(const QString &accountId) const
    {
        for (const QModelIndex &i : folders(accountId))
            if (i.data(FolderTreeModel::SpecialUseRole).toByteArray() == "\\Inbox")
                return i;
        return {};
    }

    // IMAP connections that tried to log in so far (LOGIN or AUTHENTICATE).
    int imapLogins() const
    {
        QSet<quint32> connections;
        for (const TraceEvent &e : window->traceHub()->history())
            if (e.protocol == Protocol::Imap && e.direction == Direction::ClientToServer &&
                (e.verb == QLatin1String("AUTHENTICATE") || e.verb == QLatin1String("LOGIN")))
                connections.insert(e.connection);
        return int(connections.size());
    }

    // Mail for bob that the test knows is there.
    void deliverToBob(const QString &subject)
    {
        const CliRun run = runCli(
            {QStringLiteral("send"), QStringLiteral("--server"),
             QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions), QStringLiteral("--user"), lab.alice,
             QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject,
             QStringLiteral("--body"), QStringLiteral("For the accounts test.\n"), QStringLiteral("--ca-file"),
             lab.caFile},
            {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        ASSERT_FALSE(lab.waitForDelivery(QStringLiteral("bob"), subject.toUtf8()).isEmpty());
    }

    LoginFailedDialog *loginDialog() const { return window->findChild<LoginFailedDialog *>(); }
};

} // namespace

TEST_F(AccountsLab, ASecondAccountAddedInSettingsShowsItsFoldersAndOpens)
{
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    ASSERT_TRUE(waitUntil([&] { return inboxOf(QStringLiteral("lab-alice")).isValid(); }, 60000));

    // Settings > New account, filled in and confirmed with OK.
    const LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    AccountSettings fresh = bob.account;
    fresh.id.clear(); // a new account: the store gives it its id
    fresh.name = QStringLiteral("Bob at the lab");
    AccountDialog *d = window->openAccountDialog(fresh);
    d->setPassword(bob.password);
    d->accept();
    QString bobId;
    for (const AccountSettings &a : window->accounts())
        if (a.name == fresh.name)
            bobId = a.id;
    ASSERT_FALSE(bobId.isEmpty());

    // Its folders arrive from its own engine, alice's stay.
    ASSERT_TRUE(waitUntil([&] { return inboxOf(bobId).isValid(); }, 60000)) << "bob's folders never showed";
    EXPECT_TRUE(inboxOf(QStringLiteral("lab-alice")).isValid());
    ASSERT_NE(window->engines()->find(bobId), nullptr);
    EXPECT_NE(window->engines()->find(bobId), window->engines()->find(QStringLiteral("lab-alice")));

    // And it opens: bob's Inbox lists bob's mail, and actions go to bob's engine.
    const QString subject = QStringLiteral("second-account-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    deliverToBob(subject);
    window->folderView()->setCurrentIndex(inboxOf(bobId));
    EXPECT_EQ(window->currentAccount().id, bobId);
    EXPECT_EQ(window->mail(), window->engines()->find(bobId));
    window->receiveAction()->trigger();
    EXPECT_TRUE(waitUntil(
        [&] {
            const MessageListModel *m = window->messageModel();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
                    return true;
            return false;
        },
        60000))
        << "bob's new message never listed";
}

TEST_F(AccountsLab, AnEditedPortTakesEffectAtOkAndOpenComposersAreTold)
{
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    ASSERT_TRUE(waitUntil([&] { return inboxOf(QStringLiteral("lab-alice")).isValid(); }, 60000));
    ComposerWindow *composer = window->compose();
    ASSERT_NE(composer, nullptr);

    // A port where nothing listens: the engine reconnects there at once and says so plainly.
    AccountSettings edited = window->currentAccount();
    edited.imapPort = 1;
    edited.smtpPort = 2;
    AccountDialog *d = window->openAccountDialog(edited);
    d->accept();
    EXPECT_EQ(composer->account().smtpPort, 2); // the composer sends with the new settings
    EXPECT_TRUE(waitUntil(
        [&] { return window->statusText()->text().contains(QStringLiteral("Connection refused on %1:1").arg(lab.host)); },
        30000))
        << window->statusText()->text().toStdString();
    EXPECT_TRUE(window->statusText()->text().contains(QStringLiteral("is the port right")));
    EXPECT_TRUE(inboxOf(QStringLiteral("lab-alice")).isValid()); // the cached folders stay

    // Back to the right port: connected again without a restart.
    const int loginsBefore = imapLogins();
    edited.imapPort = LabAccountPreset::make(QStringLiteral("alice")).account.imapPort;
    edited.smtpPort = LabAccountPreset::make(QStringLiteral("alice")).account.smtpPort;
    window->openAccountDialog(edited)->accept();
    EXPECT_EQ(composer->account().smtpPort, edited.smtpPort);
    EXPECT_TRUE(waitUntil([&] { return imapLogins() > loginsBefore; }, 60000));
    composer->close();
}

TEST_F(AccountsLab, AWrongPasswordAsksWhatToDoNeverRetriesAndKeepsTheCachedRows)
{
    const QString subject = QStringLiteral("wrong-password-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    deliverToBob(subject);
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    window->installLabAccount(bob);
    ASSERT_TRUE(waitUntil([&] { return inboxOf(QStringLiteral("lab-bob")).isValid(); }, 60000));
    ASSERT_TRUE(waitUntil([&] { return window->messageModel()->rowCount() > 0; }, 60000));
    const int cachedRows = window->messageModel()->rowCount();

    // The password is changed to a wrong one in the account dialog.
    AccountDialog *d = window->openAccountDialog(window->currentAccount());
    d->setPassword(QStringLiteral("certainly-wrong"));
    const int loginsBefore = imapLogins();
    d->accept();
    ASSERT_TRUE(waitUntil([&] { return loginDialog() != nullptr; }, 30000)) << "no login dialog";
    LoginFailedDialog *dialog = loginDialog();
    EXPECT_TRUE(dialog->informativeText().contains(QStringLiteral("AUTHENTICATIONFAILED")) ||
                dialog->informativeText().contains(QStringLiteral("Authentication failed")))
        << dialog->informativeText().toStdString();
    EXPECT_EQ(imapLogins(), loginsBefore + 1);
    EXPECT_EQ(window->messageModel()->rowCount(), cachedRows); // the cache stays visible

    // Send/Receive: no silent retry with the same password.
    window->receiveAction()->trigger();
    QTest::qWait(1500);
    EXPECT_EQ(imapLogins(), loginsBefore + 1);
    EXPECT_EQ(window->findChildren<LoginFailedDialog *>().size(), 1);
    EXPECT_EQ(window->messageModel()->rowCount(), cachedRows);

    // Enter a new password: asked for, then used at once.
    int asked = 0;
    window->passwords()->setPrompt([&](const AccountSettings &, const QString &) {
        ++asked;
        return std::optional<QString>(lab.bobPassword);
    });
    QSignalSpy synced(window->engines()->find(QStringLiteral("lab-bob")), &AccountEngine::folderSynced);
    dialog->newPasswordButton()->click();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(waitUntil([&] { return !synced.isEmpty(); }, 60000));
    EXPECT_EQ(imapLogins(), loginsBefore + 2);
    EXPECT_TRUE(waitUntil([&] { return loginDialog() == nullptr; }, 5000));
    EXPECT_GE(window->messageModel()->rowCount(), cachedRows);
}

TEST_F(AccountsLab, AfterThePasswordIsGivenTheInboxFillsWithoutClickingAnotherFolder)
{
    const QString subject = QStringLiteral("startup-inbox-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    deliverToBob(subject);
    // An account whose password nobody knows yet: it opens offline, from the store.
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    window->installLabAccount(bob);
    window->passwords()->forget(bob.account.id);
    window.reset();
    window = makeWindow();
    ASSERT_TRUE(waitUntil([&] { return window->statusText()->text().contains(QStringLiteral("Offline")); }, 30000));

    // Send/Receive asks for it; the Inbox then lists the new message, no other click.
    window->passwords()->setPrompt(
        [&](const AccountSettings &, const QString &) { return std::optional<QString>(lab.bobPassword); });
    window->receiveAction()->trigger();
    EXPECT_TRUE(waitUntil(
        [&] {
            const MessageListModel *m = window->messageModel();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
                    return true;
            return false;
        },
        60000))
        << "the Inbox stayed empty; rows: " << window->messageModel()->rowCount();
    EXPECT_EQ(window->folderView()->currentIndex(), inboxOf(bob.account.id));
}

TEST_F(AccountsLab, SentMailIsFiledOverTheAccountsOwnConnection)
{
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    ASSERT_TRUE(waitUntil([&] { return inboxOf(QStringLiteral("lab-alice")).isValid(); }, 60000));
    ASSERT_TRUE(waitUntil([&] { return imapLogins() == 1; }, 60000));
    QList<SendResult> results, filings;
    window->outbox()->setUndoDelay(0);
    QObject::connect(window->outbox(), &OutboxEngine::sendFinished, [&](qint64, const SendResult &r) { results << r; });
    QObject::connect(window->outbox(), &OutboxEngine::filingFinished, [&](qint64, const SendResult &r) { filings << r; });
    ComposerWindow *w = window->compose();
    ASSERT_NE(w, nullptr);
    const QString subject = QStringLiteral("filed-here-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    w->toField()->setText(lab.bob);
    w->subjectEdit()->setText(subject);
    ASSERT_TRUE(w->send());
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 90000));
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().outcome, SendResult::Outcome::Sent) << results.first().error.toStdString();
    const SendResult r = filings.first();
    EXPECT_EQ(r.filing, SendResult::Filing::Filed) << r.filingError.toStdString();
    EXPECT_EQ(r.sentFolder, QStringLiteral("Sent"));

    // The APPEND went over the connection that logged in and watches the Inbox: no second login.
    quint32 appendConnection = 0;
    QSet<quint32> idleConnections;
    for (const TraceEvent &e : window->traceHub()->history()) {
        if (e.protocol != Protocol::Imap || e.direction != Direction::ClientToServer)
            continue;
        if (e.verb == QLatin1String("APPEND"))
            appendConnection = e.connection;
        if (e.verb == QLatin1String("IDLE") || e.verb == QLatin1String("SELECT"))
            idleConnections.insert(e.connection);
    }
    ASSERT_NE(appendConnection, 0u) << "no APPEND in the trace";
    EXPECT_TRUE(idleConnections.contains(appendConnection));
    EXPECT_EQ(imapLogins(), 1);
}

TEST_F(AccountsLab, WithTheAccountsConnectionDownTheSentCopyIsKeptForARetry)
{
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    ASSERT_TRUE(waitUntil([&] { return inboxOf(QStringLiteral("lab-alice")).isValid(); }, 60000));
    AccountSettings edited = window->currentAccount();
    edited.imapPort = 1; // nothing listens: the account's IMAP connection fails
    window->openAccountDialog(edited)->accept();
    ASSERT_TRUE(waitUntil([&] { return window->statusText()->text().contains(QStringLiteral("Connection refused")); },
                          30000));
    QList<SendResult> results, filings;
    QList<qint64> ids;
    window->outbox()->setUndoDelay(0);
    QObject::connect(window->outbox(), &OutboxEngine::sendFinished, [&](qint64 id, const SendResult &r) {
        results << r;
        ids << id;
    });
    QObject::connect(window->outbox(), &OutboxEngine::filingFinished, [&](qint64, const SendResult &r) { filings << r; });
    ComposerWindow *w = window->compose();
    ASSERT_NE(w, nullptr);
    w->toField()->setText(lab.bob);
    w->subjectEdit()->setText(QStringLiteral("kept-for-retry-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
    ASSERT_TRUE(w->send());
    ASSERT_TRUE(waitUntil([&] { return !filings.isEmpty(); }, 90000));
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results.first().outcome, SendResult::Outcome::Sent) << results.first().error.toStdString(); // sent all the same
    const SendResult r = filings.first();
    EXPECT_EQ(r.filing, SendResult::Filing::NotFiled);
    EXPECT_FALSE(r.filingError.isEmpty());
    for (const TraceEvent &e : window->traceHub()->history()) // no second connection for the filing
        EXPECT_FALSE(e.protocol == Protocol::Imap && e.verb == QLatin1String("APPEND"));
    // The copy stays in the outbox, Sent but not filed, with Retry; the user is told.
    const qint64 id = ids.first();
    ASSERT_TRUE(waitUntil([&] {
        for (const OutboxEntry &e : window->outbox()->entries())
            if (e.id == id)
                return e.state == OutboxEntry::State::Sent && !e.lastError.isEmpty();
        return false;
    }, 10000));
    ASSERT_TRUE(waitUntil([&] { return window->outboxNotice(id) && window->outboxNotice(id)->isVisible(); }, 5000))
        << "no filing warning";
    EXPECT_TRUE(window->outboxNotice(id)->informativeText().contains(r.filingError));
    EXPECT_NE(window->outboxNotice(id)->findChild<QPushButton *>(QStringLiteral("retry")), nullptr);
    window->showOutbox(id);
    EXPECT_TRUE(window->outboxView()->retryAction()->isEnabled());

    // The account fixed, the notice's Retry files the kept copy over the account's connection.
    AccountSettings fixed = window->currentAccount();
    fixed.imapPort = LabAccountPreset::make(QStringLiteral("alice")).account.imapPort;
    window->openAccountDialog(fixed)->accept();
    ASSERT_TRUE(waitUntil([&] { return imapLogins() >= 1; }, 60000)); // the account's connection is back
    QPointer<QMessageBox> box = window->outboxNotice(id);
    box->findChild<QPushButton *>(QStringLiteral("retry"))->click();
    ASSERT_TRUE(waitUntil([&] { return filings.size() >= 2; }, 90000));
    EXPECT_EQ(filings.at(1).filing, SendResult::Filing::Filed) << filings.at(1).filingError.toStdString();
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(QStringLiteral("now filed"))) << box->text().toStdString();
}

TEST_F(AccountsLab, AnOfflineActionTheServerRefusedIsSaidInTheStatusBar)
{
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    window->installLabAccount(bob);
    AccountEngine *engine = window->engines()->find(bob.account.id);
    ASSERT_NE(engine, nullptr);
    // What ImapAccountSync reports when a replayed action's message is gone.
    const QString words = QStringLiteral("\"Lunch\" is no longer on the server: its flag change was not applied");
    Q_EMIT engine->actionConflict(words);
    EXPECT_TRUE(window->statusText()->text().contains(words)) << window->statusText()->text().toStdString();
    EXPECT_TRUE(window->statusText()->text().startsWith(QStringLiteral("Not applied on the server")));
}
