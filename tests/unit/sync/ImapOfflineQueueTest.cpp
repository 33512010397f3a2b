// SPDX-License-Identifier: GPL-3.0-or-later
// ImapAccountSync while the server is away: a flag change or delete changes the
// local rows at once and is kept in the store's pending actions; the next
// account object (after a restart: durable) replays them in order at login,
// checking the UIDs first (UID SEARCH): a message gone on the server is
// reported as a conflict, the others go on; each action is dropped once answered.
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

class OfflineQueue : public SyncTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        server.add("first");
        server.add("second");
        server.add("third");
        store = std::make_unique<MailStore>(dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store->open()) << store->error().toStdString();
    }

    std::unique_ptr<ImapAccountSync> account()
    {
        const ChannelOptions o = fakeServerChannel(server.port());
        const ImapSession::Config c = fakeServerLogin();
        auto a = std::make_unique<ImapAccountSync>(&hub, o, c, store.get(), QStringLiteral("acct"));
        QObject::connect(a.get(), &ImapAccountSync::operationFailed,
                         [this](const QString &step, const QString &m) { failures << step + QStringLiteral("|") + m; });
        QObject::connect(a.get(), &ImapAccountSync::conflict, [this](const QString &m) { conflicts << m; });
        return a;
    }

    // Online once: the folder list and INBOX in the store.
    void fillCache()
    {
        auto a = account();
        QSignalSpy synced(a.get(), &ImapAccountSync::folderSynced);
        a->start();
        a->refreshFolders();
        a->syncFolder(QStringLiteral("INBOX"));
        ASSERT_TRUE(runUntil([&] { return synced.count() > 0 || !failures.isEmpty(); }));
        ASSERT_EQ(synced.count(), 1) << failures.join(QLatin1Char('\n')).toStdString();
        inbox = synced[0][0].toLongLong();
        a->close();
        runUntil([&] { return a->state() == ImapAccountSync::State::Closed; }, 5000);
    }

    StoredMessage row(quint32 uid) const { return store->messageByUid(inbox, uid).value_or(StoredMessage()); }

    QList<QByteArray> commandsFrom(qsizetype from, const QByteArray &prefix) const
    {
        QList<QByteArray> out;
        for (qsizetype i = from; i < server.commands.size(); ++i)
            if (server.commands[i].startsWith(prefix))
                out << server.commands[i];
        return out;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
    std::unique_ptr<MailStore> store;
    qint64 inbox = 0;
    QStringList failures, conflicts;
};

} // namespace

TEST_F(OfflineQueue, ActionsShowAtOnceAndReachTheServerInOrderAtTheNextLogin)
{
    fillCache();
    ASSERT_TRUE(row(1).id && row(2).id && row(3).id);
    {
        auto offline = account(); // never started: the server is away
        QSignalSpy flagged(offline.get(), &ImapAccountSync::flagsChanged);
        offline->setFlags({row(2).id}, MessageFlag::Flagged, 0);
        offline->setFlags({row(3).id, row(1).id}, MessageFlag::Seen, 0);
        ASSERT_EQ(flagged.count(), 2);
        const auto rows = flagged[0][0].value<QList<StoredMessage>>();
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows[0].uid, 2u);
        EXPECT_EQ(rows[0].flags, quint32(MessageFlag::Flagged));
        EXPECT_EQ(row(2).flags, quint32(MessageFlag::Flagged)) << "the user sees the change at once";
        EXPECT_EQ(row(3).flags, quint32(MessageFlag::Seen));
        EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 2);
    } // the program ends here; the actions are on disk

    server.expunge(1); // meanwhile someone else removed the first message
    const qsizetype before = server.commands.size();
    auto back = account();
    back->start();
    ASSERT_TRUE(runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty() || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const QList<QByteArray> checks = commandsFrom(before, "UID SEARCH UID");
    const QList<QByteArray> stores = commandsFrom(before, "UID STORE");
    EXPECT_EQ(checks, (QList<QByteArray>{"UID SEARCH UID 2", "UID SEARCH UID 1,3"}));
    EXPECT_EQ(stores, (QList<QByteArray>{"UID STORE 2 +FLAGS.SILENT (\\Flagged)", "UID STORE 3 +FLAGS.SILENT (\\Seen)"}));
    EXPECT_EQ(server.messages[0].flags, QList<QByteArray>{"\\Flagged"}); // UID 2 is first now
    EXPECT_EQ(server.messages[1].flags, QList<QByteArray>{"\\Seen"});
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_TRUE(conflicts[0].contains(QLatin1String("UID 1"))) << conflicts[0].toStdString();
}

TEST_F(OfflineQueue, AnOnlineActionIsKeptUntilTheServerAnswersThenDropped)
{
    fillCache();
    auto a = account();
    QSignalSpy ready(a.get(), &ImapAccountSync::ready);
    a->start();
    ASSERT_TRUE(runUntil([&] { return ready.count() > 0; }));
    QSignalSpy flagged(a.get(), &ImapAccountSync::flagsChanged);
    a->setFlags({row(2).id}, MessageFlag::Flagged, 0);
    EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 1) << "durable before it is sent";
    EXPECT_EQ(row(2).flags, 0u) << "online, the row changes after the server's OK";
    ASSERT_TRUE(runUntil([&] { return flagged.count() > 0 || !failures.isEmpty(); }));
    EXPECT_EQ(row(2).flags, quint32(MessageFlag::Flagged));
    EXPECT_TRUE(store->pendingActions(QStringLiteral("acct")).isEmpty());
    EXPECT_TRUE(conflicts.isEmpty());
}

TEST_F(OfflineQueue, ADeleteMadeOfflineLeavesTheFolderAtOnce)
{
    fillCache();
    auto offline = account();
    QSignalSpy moved(offline.get(), &ImapAccountSync::messagesMoved);
    const qint64 id = row(3).id;
    offline->deleteToTrash({id});
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved[0][0].value<QList<qint64>>(), QList<qint64>{id});
    EXPECT_EQ(store->uids(inbox), (QList<quint32>{1, 2}));
    const QList<PendingAction> pending = store->pendingActions(QStringLiteral("acct"));
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].kind, PendingAction::Kind::Move);
    EXPECT_EQ(pending[0].target, QStringLiteral("Trash"));
    EXPECT_EQ(pending[0].uids, QList<quint32>{3});
}

TEST_F(OfflineQueue, ACopyLeavesTheMessagesWhereTheyAreOnlineAndOffline)
{
    fillCache();
    const qint64 trash = store->folderByName(QStringLiteral("acct"), QStringLiteral("Trash"))->id;
    {
        auto offline = account();
        QSignalSpy moved(offline.get(), &ImapAccountSync::messagesMoved);
        offline->move({row(1).id}, trash, true);
        EXPECT_EQ(moved.count(), 0);
        EXPECT_EQ(store->uids(inbox), (QList<quint32>{1, 2, 3})) << "a copy takes nothing away";
        const QList<PendingAction> pending = store->pendingActions(QStringLiteral("acct"));
        ASSERT_EQ(pending.size(), 1);
        EXPECT_EQ(pending[0].kind, PendingAction::Kind::Copy);
    }
    const qsizetype before = server.commands.size();
    auto back = account();
    back->start();
    ASSERT_TRUE(runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty() || !failures.isEmpty(); }));
    back->move({row(2).id}, trash, true); // online now
    ASSERT_TRUE(runUntil([&] { return commandsFrom(before, "UID COPY").size() == 2 || !failures.isEmpty(); }));
    runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty(); });
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(commandsFrom(before, "UID COPY"), (QList<QByteArray>{"UID COPY 1 Trash", "UID COPY 2 Trash"}));
    EXPECT_EQ(store->uids(inbox), (QList<quint32>{1, 2, 3}));
    EXPECT_TRUE(commandsFrom(before, "UID MOVE").isEmpty());
}
