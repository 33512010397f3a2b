// SPDX-License-Identifier: GPL-3.0-or-later
// AccountEngine (its worker thread, store and IMAP sync) against FakeImapServer:
// opening a folder the store does not know yet announces the server's count
// (SELECT's EXISTS) before any row, the first UID FETCH asks for only the
// rows the list shows (setVisibleRows), and those rows are published at once,
// alone, before the bigger chunks that follow.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"
#include "trace/TraceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class EngineFirstRows : public SyncTest
{
protected:
    AccountSettings account() const { return fakeServerAccount(QStringLiteral("first-rows"), server.port()); }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
};

} // namespace

TEST_F(EngineFirstRows, CountFirstThenTheVisibleRowsAloneThenTheRest)
{
    ASSERT_TRUE(dir.isValid());
    for (int i = 1; i <= 40; ++i)
        server.add("message " + QByteArray::number(i));
    AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    QStringList events;
    QStringList failures;
    qint64 inbox = 0;
    int synced = 0;
    QList<QList<quint32>> published;
    QObject::connect(&engine, &AccountEngine::foldersChanged, [&](const QString &, const QList<StoredFolder> &fs) {
        for (const StoredFolder &f : fs)
            if (f.name == QLatin1String("INBOX"))
                inbox = f.id;
    });
    QObject::connect(&engine, &AccountEngine::folderLoaded, [&](qint64 id, const QList<StoredMessage> &rows) {
        if (id == inbox)
            events << QStringLiteral("loaded %1").arg(rows.size());
    });
    QObject::connect(&engine, &AccountEngine::folderCountKnown, [&](qint64 id, qint64 exists) {
        if (id == inbox)
            events << QStringLiteral("count %1").arg(exists);
    });
    QObject::connect(&engine, &AccountEngine::messagesUpserted, [&](qint64 id, const QList<StoredMessage> &rows) {
        if (id != inbox)
            return;
        if (published.isEmpty())
            events << QStringLiteral("rows %1").arg(rows.size());
        QList<quint32> uids;
        for (const StoredMessage &m : rows)
            uids << m.uid;
        published << uids;
    });
    QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 id) { synced += id == inbox; });
    QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });

    engine.setVisibleRows(12);
    engine.openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return inbox != 0 || !failures.isEmpty(); })) << failures.join(u'\n').toStdString();
    ASSERT_NE(inbox, 0) << failures.join(u'\n').toStdString();
    engine.openFolder(inbox);
    ASSERT_TRUE(runUntil([&] { return synced > 0 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();

    // The store knew nothing: an empty list, the server's count, then a first
    // publication of exactly the visible rows, the newest ones.
    ASSERT_GE(events.size(), 3);
    EXPECT_EQ(events.mid(0, 3), (QStringList{QStringLiteral("loaded 0"), QStringLiteral("count 40"),
                                             QStringLiteral("rows 12")}));
    ASSERT_FALSE(published.isEmpty());
    QList<quint32> first = published.first();
    std::sort(first.begin(), first.end());
    QList<quint32> newest;
    for (quint32 uid = 29; uid <= 40; ++uid)
        newest << uid;
    EXPECT_EQ(first, newest);
    QSet<quint32> all;
    for (const QList<quint32> &p : std::as_const(published))
        for (quint32 uid : p)
            all.insert(uid);
    EXPECT_EQ(all.size(), 40);

    QList<QByteArray> fetches;
    for (const QByteArray &c : std::as_const(server.commands))
        if (c.startsWith("UID FETCH") && c.contains("ENVELOPE"))
            fetches << c;
    ASSERT_FALSE(fetches.isEmpty());
    EXPECT_TRUE(fetches.first().startsWith("UID FETCH 29:40 ")) << fetches.first().constData();
}
