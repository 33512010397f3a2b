// SPDX-License-Identifier: GPL-3.0-or-later
// The engine (AccountEngine) when the IMAP server goes away and comes back, on
// the real lab: Dovecot alone is stopped (tests/lab/mail-lab.sh stop-imap), a
// flag change and a delete made meanwhile show at once, the engine says it is
// reconnecting and reconnects by itself when Dovecot is back, the two actions
// reach the server in the order they were made, and the folder list never
// went blank. It stops Dovecot, so it runs only on a lab of its own:
//   CARTEIRO_LAB_DIR=/tmp/lab-x CARTEIRO_LAB_PORT_OFFSET=30000 bash tests/lab/mail-lab.sh start
//   eval "$(CARTEIRO_LAB_DIR=/tmp/lab-x CARTEIRO_LAB_PORT_OFFSET=30000 bash tests/lab/mail-lab.sh env)"
//   CARTEIRO_LAB_RESTARTABLE=1 build/tests/integration_tests --gtest_filter='OfflineLab.*'
// (skipped otherwise: the shared lab is never stopped).
#include "ImapJobWait.h"
#include "LabEnv.h"
#include "LabImap.h"
#include "engine/AccountEngine.h"
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

bool lab(const QString &command) { return runLabScript(command); }

class OfflineLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("CARTEIRO_LAB_RESTARTABLE") != QLatin1String("1"))
            GTEST_SKIP() << "stops Dovecot: only on a lab of its own with CARTEIRO_LAB_RESTARTABLE=1";
        env = LabEnv::fromEnvironment();
        ASSERT_TRUE(env.valid) << "the mail lab is not running (missing " << env.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        folder = QStringLiteral("OfflineIT-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        raw = connectRaw();
        ASSERT_TRUE(raw);
        ASSERT_TRUE(ok(*raw, raw->createMailbox(folder))); // RFC 3501 §6.3.3
        for (const char *s : {"offline one", "offline two", "offline three"})
            ASSERT_TRUE(ok(*raw, raw->append(folder, message(QString::fromLatin1(s)))));
    }

    void TearDown() override
    {
        if (stopped)
            lab(QStringLiteral("start-imap"));
        if (auto c = connectRaw())
            (void)ok(*c, c->deleteMailbox(folder));
    }

    std::unique_ptr<ImapConnection> connectRaw() { return connectLabImap(rawHub, env); }

    ImapCompletion wait(ImapConnection &c, quint64 job) { return waitForImapJob(c, job); }

    bool ok(ImapConnection &c, quint64 job) { return wait(c, job).ok; }

    QByteArray message(const QString &subject) const
    {
        return "From: Alice <" + env.alice.toUtf8() + ">\r\nTo: " + env.bob.toUtf8() + "\r\nSubject: " +
               subject.toUtf8() + "\r\nMessage-ID: <" + QUuid::createUuid().toString(QUuid::Id128).toUtf8() +
               "@example.test>\r\n\r\nbody\r\n";
    }

    AccountSettings account() const { return labAliceAccount(env, QStringLiteral("offline-it")); }

    LabEnv env;
    TraceHub rawHub;
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<ImapConnection> raw;
    bool stopped = false;
};

} // namespace

TEST_F(OfflineLab, ActionsMadeWhileDovecotIsDownReachItInOrderWhenItIsBack)
{
    TraceHub hub;
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    QList<StoredFolder> folders;
    QHash<qint64, StoredMessage> rows;
    QStringList activity, conflicts, loginFailures;
    bool blankList = false;
    QObject::connect(&engine, &AccountEngine::foldersChanged, [&](const QString &, const QList<StoredFolder> &f) {
        if (!folders.isEmpty() && f.isEmpty())
            blankList = true;
        folders = f;
    });
    QObject::connect(&engine, &AccountEngine::folderLoaded, [&](qint64, const QList<StoredMessage> &m) {
        rows.clear();
        for (const StoredMessage &r : m)
            rows.insert(r.id, r);
    });
    QObject::connect(&engine, &AccountEngine::messagesUpserted, [&](qint64, const QList<StoredMessage> &m) {
        for (const StoredMessage &r : m)
            rows.insert(r.id, r);
    });
    QObject::connect(&engine, &AccountEngine::messagesRemoved, [&](qint64, const QList<qint64> &ids) {
        for (const qint64 id : ids)
            rows.remove(id);
    });
    QObject::connect(&engine, &AccountEngine::activity, [&](const QString &t, bool) { activity << t; });
    QObject::connect(&engine, &AccountEngine::actionConflict, [&](const QString &m) { conflicts << m; });
    QObject::connect(&engine, &AccountEngine::loginFailed, [&](const QString &m) { loginFailures << m; });
    QSignalSpy synced(&engine, &AccountEngine::folderSynced);

    engine.openAccount(account(), env.alicePassword);
    auto folderId = [&]() -> qint64 {
        for (const StoredFolder &f : std::as_const(folders))
            if (f.name == folder)
                return f.id;
        return 0;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return folderId() != 0; }, 30000));
    const qint64 id = folderId();
    engine.openFolder(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows.size() == 3; }, 30000));
    auto bySubject = [&](const QString &s) {
        for (const StoredMessage &m : std::as_const(rows))
            if (m.subject == s)
                return m;
        return StoredMessage();
    };
    const StoredMessage one = bySubject(QStringLiteral("offline one"));
    const StoredMessage two = bySubject(QStringLiteral("offline two"));
    ASSERT_TRUE(one.id && two.id);

    ASSERT_TRUE(lab(QStringLiteral("stop-imap")));
    stopped = true;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return activity.filter(QStringLiteral("reconnecting in")).size() > 0; }, 30000))
        << activity.join(QLatin1Char('\n')).toStdString();

    engine.setFlags({one.id}, MessageFlag::Flagged, 0);
    engine.deleteToTrash({two.id});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !rows.contains(two.id) && (rows.value(one.id).flags & MessageFlag::Flagged); },
                                10000))
        << "offline actions must show at once";
    EXPECT_FALSE(folders.isEmpty());

    ASSERT_TRUE(lab(QStringLiteral("start-imap")));
    stopped = false;
    {
        MailStore store(dir.filePath(QStringLiteral("store.sqlite")));
        ASSERT_TRUE(store.open());
        ASSERT_TRUE(QTest::qWaitFor([&] { return store.pendingActions(QStringLiteral("offline-it")).isEmpty(); },
                                    120000))
            << "the engine did not reconnect and replay by itself";
    }
    EXPECT_TRUE(conflicts.isEmpty()) << conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(loginFailures.isEmpty());
    EXPECT_FALSE(blankList) << "the folder list went blank during the failure";

    // In order on the wire: the UID STORE before the UID MOVE (neither was sent before).
    const QByteArray after = TraceText::format(hub.history(), false);
    const qsizetype store = after.indexOf("UID STORE");
    const qsizetype move = after.indexOf("UID MOVE");
    ASSERT_GE(store, 0) << after.right(3000).toStdString();
    ASSERT_GE(move, 0) << after.right(3000).toStdString();
    EXPECT_LT(store, move);

    // And the server has them.
    auto check = connectRaw();
    ASSERT_TRUE(check);
    ASSERT_TRUE(ok(*check, check->select(folder)));
    const ImapCompletion flagged = wait(*check, check->search("FLAGGED"));
    EXPECT_EQ(flagged.uids, QList<quint32>{one.uid});
    const ImapCompletion left = wait(*check, check->search("ALL"));
    EXPECT_EQ(left.uids.size(), 2) << "the deleted message is still in the folder";
    EXPECT_FALSE(left.uids.contains(two.uid));
}

// Issue 12 §5: a folder kept for offline use has every body in the store once
// the progress says "n of n"; with Dovecot stopped, every message still opens
// (from the store), and the engine says the account is offline.
TEST_F(OfflineLab, AKeptFolderIsReadWithDovecotStopped)
{
    TraceHub hub;
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    QList<StoredFolder> folders;
    QList<StoredMessage> rows;
    QHash<qint64, QByteArray> bodies;
    QList<QPair<qint64, qint64>> progress;
    QStringList offline, failures;
    QObject::connect(&engine, &AccountEngine::foldersChanged,
                     [&](const QString &, const QList<StoredFolder> &f) { folders = f; });
    QObject::connect(&engine, &AccountEngine::folderLoaded, [&](qint64, const QList<StoredMessage> &m) { rows = m; });
    QObject::connect(&engine, &AccountEngine::messagesUpserted,
                     [&](qint64, const QList<StoredMessage> &m) { rows += m; });
    QObject::connect(&engine, &AccountEngine::bodyReady, [&](qint64 id, const QByteArray &raw) { bodies.insert(id, raw); });
    QObject::connect(&engine, &AccountEngine::offlineProgress,
                     [&](qint64, qint64 done, qint64 total) { progress << qMakePair(done, total); });
    QObject::connect(&engine, &AccountEngine::offline, [&](const QString &id) { offline << id; });
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });

    engine.openAccount(account(), env.alicePassword);
    auto folderId = [&]() -> qint64 {
        for (const StoredFolder &f : std::as_const(folders))
            if (f.name == folder)
                return f.id;
        return 0;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return folderId() != 0; }, 30000));
    const qint64 id = folderId();
    engine.openFolder(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows.size() == 3; }, 30000));
    engine.setKeepOffline(id, true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last() == qMakePair(qint64(3), qint64(3)); },
                                60000))
        << failures.join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(lab(QStringLiteral("stop-imap")));
    stopped = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return offline.contains(QStringLiteral("offline-it")); }, 30000))
        << "the engine says the account is offline";
    for (const StoredMessage &m : std::as_const(rows))
        engine.fetchBody(m.id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bodies.size() == 3; }, 20000)) << "read from the store while Dovecot is down";
    for (const StoredMessage &m : std::as_const(rows))
        EXPECT_TRUE(bodies.value(m.id).contains(m.subject.toUtf8())) << m.subject.toStdString();
}
