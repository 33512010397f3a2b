// SPDX-License-Identifier: GPL-3.0-or-later
// ImapAccountSync against FakeImapServer: the store changes only after the
// server's OK (a refused UID STORE leaves the flags alone), the body comes
// from BODY.PEEK[], LIST fills the folders with their special use and drops
// vanished ones, deleteToTrash without a \Trash folder is refused by name,
// and IDLE: news -> DONE -> incremental sync -> newMail -> IDLE again; without
// IDLE, a NOOP poll and a periodic incremental sync instead.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "trace/TraceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class AccountSync : public SyncTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        server.add("first", {"\\Seen"});
        server.add("second");
        server.add("third", {}, true);
    }

    void start()
    {
        const ChannelOptions o = fakeServerChannel(server.port());
        const ImapSession::Config c = fakeServerLogin();
        store = std::make_unique<MailStore>(dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store->open()) << store->error().toStdString();
        account = std::make_unique<ImapAccountSync>(&hub, o, c, store.get(), QStringLiteral("acct"));
        QObject::connect(account.get(), &ImapAccountSync::operationFailed,
                         [this](const QString &step, const QString &m) { failures << step + QStringLiteral("|") + m; });
        QSignalSpy ready(account.get(), &ImapAccountSync::ready);
        account->start();
        ASSERT_TRUE(runUntil([&] { return ready.count() > 0 || !failures.isEmpty(); }));
        ASSERT_EQ(ready.count(), 1) << failures.join(QLatin1Char('\n')).toStdString();
        QSignalSpy synced(account.get(), &ImapAccountSync::folderSynced);
        account->syncFolder(QStringLiteral("INBOX"));
        ASSERT_TRUE(runUntil([&] { return synced.count() > 0 || !failures.isEmpty(); }));
        ASSERT_EQ(synced.count(), 1) << failures.join(QLatin1Char('\n')).toStdString();
        inbox = synced[0][0].toLongLong();
    }

    StoredMessage row(quint32 uid) const { return account->store()->messageByUid(inbox, uid).value_or(StoredMessage()); }

    int count(const QByteArray &prefix) const
    {
        int n = 0;
        for (const QByteArray &c : server.commands)
            n += c.startsWith(prefix) ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
    std::unique_ptr<MailStore> store;
    std::unique_ptr<ImapAccountSync> account;
    qint64 inbox = 0;
    QStringList failures;
};

TEST_F(AccountSync, SetFlagsWritesTheStoreOnlyAfterOk)
{
    start();
    const StoredMessage second = row(2);
    ASSERT_EQ(second.flags, 0u);

    server.storeRefusal = "[CANNOT] mailbox is read-only";
    account->setFlags({second.id}, MessageFlag::Seen, 0);
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.first().startsWith(QLatin1String("STORE|UID STORE +FLAGS: NO [CANNOT] mailbox is read-only")))
        << failures.first().toStdString();
    EXPECT_EQ(row(2).flags, 0u) << "the store changed although the server refused";

    failures.clear();
    server.storeRefusal.clear();
    QSignalSpy changed(account.get(), &ImapAccountSync::flagsChanged);
    account->setFlags({second.id, row(1).id}, MessageFlag::Flagged, MessageFlag::Seen);
    ASSERT_TRUE(runUntil([&] { return changed.count() > 0 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("UID STORE 1:2 +FLAGS.SILENT (\\Flagged)"), 1);
    EXPECT_EQ(count("UID STORE 1:2 -FLAGS.SILENT (\\Seen)"), 1);
    EXPECT_EQ(row(1).flags, quint32(MessageFlag::Flagged));
    EXPECT_EQ(row(2).flags, quint32(MessageFlag::Flagged));
    EXPECT_EQ(server.messages[0].flags, QList<QByteArray>{"\\Flagged"});
}

TEST_F(AccountSync, FetchMessageStoresTheRawBytesWithPeek)
{
    start();
    const StoredMessage third = row(3);
    QSignalSpy body(account.get(), &ImapAccountSync::bodyReady);
    account->fetchMessage(third.id);
    ASSERT_TRUE(runUntil([&] { return body.count() > 0 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(body[0][0].toLongLong(), third.id);
    EXPECT_EQ(account->store()->body(third.id).value_or(QByteArray()), FakeImapServer::rawMessage(server.messages[2]));
    EXPECT_EQ(count("UID FETCH 3 (UID BODY.PEEK[])"), 1);
    EXPECT_EQ(count("SELECT"), 1) << "the folder was already selected";

    // A message the store does not know: named in the error, nothing sent.
    const int before = int(server.commands.size());
    account->fetchMessage(999999);
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.first().contains(QLatin1String("999999"))) << failures.first().toStdString();
    EXPECT_EQ(server.commands.size(), before);
}

TEST_F(AccountSync, ListFillsFoldersAndTrashIsNeededForDelete)
{
    start();
    server.listLines = {"* LIST (\\HasNoChildren) \"/\" INBOX"};
    account->deleteToTrash({row(1).id});
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.first().contains(QLatin1String("\\Trash"))) << failures.first().toStdString();
    EXPECT_EQ(count("UID MOVE"), 0);

    StoredFolder gone;
    gone.accountId = QStringLiteral("acct");
    gone.name = QStringLiteral("Old");
    gone.wireName = "Old";
    ASSERT_GT(account->store()->upsertFolder(gone), 0);
    server.listLines = {"* LIST (\\HasNoChildren) \"/\" INBOX", "* LIST (\\HasNoChildren \\Trash) \"/\" Lixo",
                        "* LIST (\\Noselect \\HasChildren) \"/\" Arquivo",
                        "* LIST (\\HasNoChildren \\Sent) \"/\" \"Arquivo/Enviadas &AOk-\""};
    QSignalSpy changed(account.get(), &ImapAccountSync::foldersChanged);
    account->refreshFolders();
    ASSERT_TRUE(runUntil([&] { return changed.count() > 0; }));
    MailStore *store = account->store();
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Old")).has_value());
    const auto trash = store->folderByName(QStringLiteral("acct"), QStringLiteral("Lixo"));
    ASSERT_TRUE(trash);
    EXPECT_EQ(trash->specialUse, QByteArray("\\Trash"));
    EXPECT_EQ(store->folderByName(QStringLiteral("acct"), QStringLiteral("INBOX"))->specialUse, QByteArray("\\Inbox"));
    EXPECT_EQ(store->folderByName(QStringLiteral("acct"), QStringLiteral("INBOX"))->id, inbox) << "sync state kept";
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Arquivo"))->selectable);
    const auto sent = store->folderByName(QStringLiteral("acct"), QStringLiteral("Arquivo/Enviadas é"));
    ASSERT_TRUE(sent) << "modified UTF-7 name not decoded";
    EXPECT_EQ(sent->specialUse, QByteArray("\\Sent"));
    EXPECT_EQ(sent->wireName, QByteArray("Arquivo/Enviadas &AOk-"));
    EXPECT_EQ(sent->delimiter, QLatin1Char('/'));
}

TEST_F(AccountSync, IdleNewsRunsAnIncrementalSyncAndIdlesAgain)
{
    start();
    QSignalSpy newMail(account.get(), &ImapAccountSync::newMail);
    account->watch(QStringLiteral("INBOX"));
    ASSERT_TRUE(runUntil([&] { return server.idling(); }));
    EXPECT_EQ(account->state(), ImapAccountSync::State::Watching);
    server.add("arrived", {});
    server.add("arrived seen", {"\\Seen"});
    server.announceExists();
    ASSERT_TRUE(runUntil([&] { return newMail.count() > 0 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(newMail[0][0].toLongLong(), inbox);
    EXPECT_EQ(newMail[0][1].toInt(), 1); // one of the two new messages is unseen
    EXPECT_EQ(account->store()->uids(inbox), (QList<quint32>{1, 2, 3, 4, 5}));
    EXPECT_EQ(count("DONE"), 1);
    ASSERT_TRUE(runUntil([&] { return server.idling(); })) << "did not go back to IDLE";
    EXPECT_EQ(count("IDLE"), 2);

    // Work queued while idling ends the IDLE first, then runs.
    QSignalSpy body(account.get(), &ImapAccountSync::bodyReady);
    account->fetchMessage(row(4).id);
    ASSERT_TRUE(runUntil([&] { return body.count() > 0 || !failures.isEmpty(); }));
    EXPECT_EQ(count("DONE"), 2);
    account->stopWatching();
    ASSERT_TRUE(runUntil([&] { return !server.idling() && account->state() == ImapAccountSync::State::Ready; }));
}

TEST_F(AccountSync, WithoutIdleANoopPollsTheWatchedFolderAndNewsRunsASync)
{
    server.capabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR ENABLE CONDSTORE QRESYNC UIDPLUS"; // no IDLE
    start();
    account->setPollIntervals(100, 0);
    QSignalSpy newMail(account.get(), &ImapAccountSync::newMail);
    account->watch(QStringLiteral("INBOX"));
    ASSERT_TRUE(runUntil([&] { return count("NOOP") >= 2 || !failures.isEmpty(); })) << "polls repeat";
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("IDLE"), 0) << "never a command the server did not offer";
    server.add("arrived", {});
    ASSERT_TRUE(runUntil([&] { return newMail.count() > 0 || !failures.isEmpty(); }));
    EXPECT_EQ(newMail[0][0].toLongLong(), inbox);
    EXPECT_EQ(newMail[0][1].toInt(), 1);
    EXPECT_EQ(account->store()->uids(inbox), (QList<quint32>{1, 2, 3, 4}));
    account->stopWatching();
    const int polls = count("NOOP");
    runUntil([] { return false; }, 400);
    EXPECT_EQ(count("NOOP"), polls) << "no polls once nothing is watched";
}

TEST_F(AccountSync, WithoutIdleTheCheckSyncsEvenWhenNoopTellsNothing)
{
    server.capabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR ENABLE CONDSTORE QRESYNC UIDPLUS";
    start();
    account->setPollIntervals(100, 250);
    QSignalSpy synced(account.get(), &ImapAccountSync::folderSynced);
    account->watch(QStringLiteral("INBOX"));
    ASSERT_TRUE(runUntil([&] { return synced.count() > 0 || !failures.isEmpty(); }))
        << "the periodic check is an incremental sync";
    EXPECT_EQ(synced[0][0].toLongLong(), inbox);
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(count("NOOP"), 1);
}

} // namespace
