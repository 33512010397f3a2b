// SPDX-License-Identifier: GPL-3.0-or-later
// AccountEngine as carteiro-cli drives it (EngineTuning.h) against
// FakeImapServer: a folder opened by name on a new store, a read-only sync
// (EXAMINE) without CONDSTORE/QRESYNC and with the chunk size asked for, no
// IDLE, the sync's summary, the open folder before the folder list, a polite
// close (LOGOUT), no reconnection after a lost connection when the tuning says
// so, and a connection failure told before offline.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"
#include "trace/TraceHub.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class EngineTuningTest : public SyncTest
{
protected:
    AccountSettings account() const { return fakeServerAccount(QStringLiteral("tuning"), server.port()); }

    QList<QByteArray> commandsStartingWith(const char *prefix) const
    {
        QList<QByteArray> out;
        for (const QByteArray &c : server.commands)
            if (c.toUpper().startsWith(prefix))
                out << c;
        return out;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
};

} // namespace

TEST_F(EngineTuningTest, ReadOnlySyncByNameWithItsSummaryThenLogout)
{
    ASSERT_TRUE(dir.isValid());
    for (int i = 1; i <= 25; ++i)
        server.add("message " + QByteArray::number(i), i % 2 ? QList<QByteArray>{"\\Seen"} : QList<QByteArray>{});
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    EngineTuning tuning;
    tuning.readOnly = true;
    tuning.useCondstore = false;
    tuning.chunk = 10;
    tuning.watch = false;
    tuning.reconnect = false;
    engine.setTuning(tuning);
    engine.setVisibleRows(5);

    QStringList failures;
    qint64 opened = 0, synced = 0;
    SyncSummary summary;
    bool summaryFirst = false, closed = false;
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });
    QObject::connect(&engine, &AccountEngine::folderLoaded, [&](qint64 id, const QList<StoredMessage> &) { opened = id; });
    QObject::connect(&engine, &AccountEngine::syncSummary, [&](qint64 id, const SyncSummary &s) {
        summary = s;
        summaryFirst = synced == 0 && id == opened;
    });
    QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 id) { synced = id; });
    QObject::connect(&engine, &AccountEngine::accountClosed, [&] { closed = true; });

    engine.openAccount(account(), QStringLiteral("pw"));
    engine.openFolderNamed(QStringLiteral("INBOX")); // the store has no folder yet
    ASSERT_TRUE(runUntil([&] { return synced != 0 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    EXPECT_NE(opened, 0);
    EXPECT_EQ(synced, opened);

    EXPECT_TRUE(summaryFirst);
    EXPECT_EQ(summary.total, 25);
    EXPECT_EQ(summary.added, 25);
    EXPECT_EQ(summary.changed, 0);
    EXPECT_EQ(summary.removed, 0);
    EXPECT_FALSE(summary.qresync);

    EXPECT_EQ(commandsStartingWith("EXAMINE").size(), 1);
    EXPECT_TRUE(commandsStartingWith("SELECT").isEmpty());
    EXPECT_TRUE(commandsStartingWith("ENABLE").isEmpty()); // no QRESYNC asked for
    for (const QByteArray &c : commandsStartingWith("EXAMINE"))
        EXPECT_FALSE(c.toUpper().contains("CONDSTORE") || c.toUpper().contains("QRESYNC")) << c.constData();
    // The first chunk is the visible rows, the next ones at most `chunk`.
    QList<QByteArray> fetches;
    for (const QByteArray &c : commandsStartingWith("UID FETCH"))
        if (c.contains("ENVELOPE"))
            fetches << c;
    ASSERT_GE(fetches.size(), 3);
    EXPECT_TRUE(fetches.first().startsWith("UID FETCH 21:25 ")) << fetches.first().constData();
    EXPECT_TRUE(fetches.at(1).startsWith("UID FETCH 11:20 ")) << fetches.at(1).constData();

    // The open folder went before the folder list queued at the login; after
    // the list, with watch = false, no IDLE follows.
    ASSERT_TRUE(runUntil([&] { return !commandsStartingWith("LIST").isEmpty(); }));
    EXPECT_LT(server.commands.indexOf(commandsStartingWith("EXAMINE").value(0)),
              server.commands.indexOf(commandsStartingWith("LIST").value(0)));
    runUntil([] { return false; }, 300);
    EXPECT_TRUE(commandsStartingWith("IDLE").isEmpty());

    engine.closeAccount();
    ASSERT_TRUE(runUntil([&] { return closed; }));
    EXPECT_EQ(commandsStartingWith("LOGOUT").size(), 1);
}

TEST_F(EngineTuningTest, WithoutTuningTheOpenFolderIsWatched)
{
    // The same account with the window's defaults: IDLE after the list (the
    // check above can fail).
    server.add("one");
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    qint64 synced = 0;
    QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 id) { synced = id; });
    engine.openAccount(account(), QStringLiteral("pw"));
    engine.openFolderNamed(QStringLiteral("INBOX"));
    ASSERT_TRUE(runUntil([&] { return synced != 0; }));
    EXPECT_TRUE(runUntil([&] { return !commandsStartingWith("IDLE").isEmpty(); }));
    EXPECT_EQ(commandsStartingWith("SELECT").size(), 1);
}

TEST_F(EngineTuningTest, AConnectionFailureIsToldBeforeOffline)
{
    // Nothing listens on the port: whoever ends its work at offline (carteiro-cli)
    // has heard the failure that names the cause first.
    AccountSettings a = account();
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        a.imapPort = probe.serverPort();
    } // closed: the port now refuses connections
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    EngineTuning tuning;
    tuning.reconnect = false;
    engine.setTuning(tuning);
    QStringList order;
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { order << QStringLiteral("failed: ") + m; });
    QObject::connect(&engine, &AccountEngine::offline, [&] { order << QStringLiteral("offline"); });
    engine.openAccount(a, QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return order.contains(QStringLiteral("offline")); }));
    ASSERT_GE(order.size(), 2) << order.join(u'\n').toStdString();
    EXPECT_TRUE(order.first().startsWith(QStringLiteral("failed: CONNECTION: "))) << order.join(u'\n').toStdString();
    EXPECT_EQ(order.indexOf(QStringLiteral("offline")), 1);
}

TEST_F(EngineTuningTest, NoReconnectionWhenTheTuningSaysSo)
{
    ASSERT_TRUE(dir.isValid());
    for (int i = 1; i <= 3; ++i)
        server.add("message " + QByteArray::number(i));
    server.dropOnHeaderFetch = true;
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    EngineTuning tuning;
    tuning.reconnect = false;
    engine.setTuning(tuning);
    QStringList failures;
    int offline = 0;
    QStringList activity;
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });
    QObject::connect(&engine, &AccountEngine::offline, [&] { ++offline; });
    QObject::connect(&engine, &AccountEngine::activity, [&](const QString &text, bool) { activity << text; });
    engine.openAccount(account(), QStringLiteral("pw"));
    engine.openFolderNamed(QStringLiteral("INBOX"));
    ASSERT_TRUE(runUntil([&] { return offline > 0 && !failures.isEmpty(); }));
    // Longer than the first back-off (2 s): nothing tries again.
    runUntil([] { return false; }, 2500);
    EXPECT_EQ(offline, 1);
    EXPECT_EQ(server.commands.count("LOGOUT"), 0);
    int logins = 0;
    for (const QByteArray &c : std::as_const(server.commands))
        logins += c.toUpper().startsWith("AUTHENTICATE") || c.toUpper().startsWith("LOGIN");
    EXPECT_EQ(logins, 1);
    EXPECT_FALSE(activity.join(u'\n').contains(QStringLiteral("reconnecting"))) << activity.join(u'\n').toStdString();
}

TEST_F(EngineTuningTest, AFolderTheServerDoesNotHaveFailsAtItsSelect)
{
    ASSERT_TRUE(dir.isValid());
    server.selectRefusal = "Mailbox doesn't exist: Nowhere";
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    QStringList failures;
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });
    engine.openAccount(account(), QStringLiteral("pw"));
    engine.openFolderNamed(QStringLiteral("Nowhere"));
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.first().contains(QStringLiteral("Mailbox doesn't exist"))) << failures.first().toStdString();
}
