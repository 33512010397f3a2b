// SPDX-License-Identifier: GPL-3.0-or-later
// "Keep messages for offline use" (issue 12 §5) through AccountEngine against
// FakeImapServer: the folder's switch is stored, every body it lacks is
// fetched with BODY.PEEK[] (never \Seen) with progress up to "n of n", mail
// that arrives later is fetched after its sync, and the bodies then open with
// the server gone.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class KeepOffline : public SyncTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        for (int i = 1; i <= 12; ++i)
            server.add("note " + QByteArray::number(i));
        engine = std::make_unique<AccountEngine>(&hub, storePath());
        QObject::connect(engine.get(), &AccountEngine::foldersChanged,
                         [this](const QString &, const QList<StoredFolder> &fs) { folders = fs; });
        QObject::connect(engine.get(), &AccountEngine::failed, [this](const QString &m) { failures << m; });
        QObject::connect(engine.get(), &AccountEngine::offlineProgress,
                         [this](qint64, qint64 done, qint64 total) { progress << qMakePair(done, total); });
    }
    QString storePath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    AccountSettings account() const { return fakeServerAccount(QStringLiteral("keep"), server.port()); }
    std::optional<StoredFolder> folder(const QString &name) const
    {
        for (const StoredFolder &f : folders)
            if (f.name == name)
                return f;
        return std::nullopt;
    }
    int cachedBodies(qint64 folderId) const
    {
        MailStore store(storePath()); // a second connection, as another thread would have
        if (!store.open())
            return -1;
        int n = 0;
        for (const StoredMessage &m : store.messages(folderId))
            n += m.bodyCached ? 1 : 0;
        return n;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
    std::unique_ptr<AccountEngine> engine;
    QList<StoredFolder> folders;
    QStringList failures;
    QList<QPair<qint64, qint64>> progress;
};

} // namespace

TEST_F(KeepOffline, EveryBodyIsFetchedWithProgressAndNoneIsMarkedRead)
{
    engine->openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return folder(QStringLiteral("INBOX")).has_value(); }));
    const qint64 inbox = folder(QStringLiteral("INBOX"))->id;
    EXPECT_FALSE(folder(QStringLiteral("INBOX"))->keepOffline);
    engine->openFolder(inbox); // open: its sync and IDLE run too
    engine->setKeepOffline(inbox, true);
    ASSERT_TRUE(runUntil([&] { return (!progress.isEmpty() && progress.last().first == 12) || !failures.isEmpty(); },
                         20000))
        << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(progress.first(), qMakePair(qint64(0), qint64(12)));
    EXPECT_EQ(progress.last(), qMakePair(qint64(12), qint64(12)));
    EXPECT_TRUE(folder(QStringLiteral("INBOX"))->keepOffline) << "the folder's switch is kept";
    EXPECT_EQ(cachedBodies(inbox), 12);
    int peeks = 0;
    for (const QByteArray &c : server.commands) {
        peeks += c.contains("BODY.PEEK[]") ? 1 : 0;
        EXPECT_FALSE(c.contains("BODY[]") && !c.contains("PEEK")) << "never sets \\Seen: " << c.toStdString();
    }
    EXPECT_EQ(peeks, 12);
    for (const FakeImapServer::Message &m : server.messages)
        EXPECT_FALSE(m.flags.contains("\\Seen"));

    // New mail: synced, then kept as well.
    server.add("note 13");
    progress.clear();
    engine->refresh();
    ASSERT_TRUE(runUntil([&] {
        return (cachedBodies(inbox) == 13 && !progress.isEmpty() && progress.last().first == 1) || !failures.isEmpty();
    }, 20000)) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(progress.last(), qMakePair(qint64(1), qint64(1))) << "only the new one";
}

TEST_F(KeepOffline, TheSwitchSurvivesARestartAndTheBodiesOpenWithTheServerGone)
{
    qint64 inbox = 0;
    {
        engine->openAccount(account(), QStringLiteral("pw"));
        ASSERT_TRUE(runUntil([&] { return folder(QStringLiteral("INBOX")).has_value(); }));
        inbox = folder(QStringLiteral("INBOX"))->id;
        engine->setKeepOffline(inbox, true);
        ASSERT_TRUE(runUntil([&] { return cachedBodies(inbox) == 12 || !failures.isEmpty(); }, 20000));
        engine.reset();
    }
    // The server goes away; a new engine on the same store reads every message.
    AccountSettings away = account();
    away.imapPort = 1;
    auto offline = std::make_unique<AccountEngine>(&hub, storePath());
    QList<StoredFolder> seen;
    QHash<qint64, QByteArray> bodies;
    QObject::connect(offline.get(), &AccountEngine::foldersChanged,
                     [&](const QString &, const QList<StoredFolder> &fs) { seen = fs; });
    QObject::connect(offline.get(), &AccountEngine::bodyReady,
                     [&](qint64 id, const QByteArray &raw) { bodies.insert(id, raw); });
    QList<StoredMessage> rows;
    QObject::connect(offline.get(), &AccountEngine::folderLoaded,
                     [&](qint64, const QList<StoredMessage> &r) { rows = r; });
    offline->openAccount(away, QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return !seen.isEmpty(); }));
    bool kept = false;
    for (const StoredFolder &f : seen)
        kept = kept || (f.id == inbox && f.keepOffline);
    EXPECT_TRUE(kept);
    offline->openFolder(inbox);
    ASSERT_TRUE(runUntil([&] { return rows.size() == 12; }));
    for (const StoredMessage &m : rows)
        offline->fetchBody(m.id);
    ASSERT_TRUE(runUntil([&] { return bodies.size() == 12; }, 20000)) << bodies.size();
    for (const QByteArray &raw : std::as_const(bodies))
        EXPECT_TRUE(raw.contains("body of")) << raw.constData();
}

TEST_F(KeepOffline, AnUnknownFolderIsRefusedInPlainWords)
{
    engine->openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return folder(QStringLiteral("INBOX")).has_value(); }));
    engine->setKeepOffline(424242, true);
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures[0].contains(QLatin1String("no longer in the store"))) << failures[0].toStdString();
}
