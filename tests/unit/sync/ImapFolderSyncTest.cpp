// SPDX-License-Identifier: GPL-3.0-or-later
// ImapFolderSync against FakeImapServer (a model of one mailbox over loopback)
// and a real in-memory MailStore: first full sync in chunks (newest first, one
// stored chunk per signal), QRESYNC reopen (VANISHED (EARLIER) and changed
// FLAGS), CONDSTORE CHANGEDSINCE, no CONDSTORE at all (flags compared, expunges
// found by UID comparison), UIDVALIDITY change (folder rebuilt, other folders
// untouched), a refused SELECT (clear error, store untouched), cancel.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "imap/ImapConnection.h"
#include "mime/HeaderFields.h"
#include "store/MailStore.h"
#include "sync/ImapFolderSync.h"
#include "trace/TraceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class FolderSync : public SyncTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        StoredFolder f;
        f.accountId = QStringLiteral("acct");
        f.name = QStringLiteral("INBOX");
        f.wireName = "INBOX";
        folderId = store.upsertFolder(f);
        ASSERT_GT(folderId, 0) << store.error().toStdString();
    }

    std::unique_ptr<ImapConnection> connect(FakeImapServer &server)
    {
        const ChannelOptions o = fakeServerChannel(server.port());
        const ImapSession::Config c = fakeServerLogin();
        auto conn = std::make_unique<ImapConnection>(&hub, o, c);
        bool ready = false;
        QObject::connect(conn.get(), &ImapConnection::ready, [&] { ready = true; });
        conn->open();
        runUntil([&] { return ready || conn->session().isFinished(); });
        EXPECT_TRUE(ready) << conn->errorMessage().toStdString();
        return conn;
    }

    struct Result
    {
        bool finished = false, ok = false;
        QString error;
        QList<int> chunks;
        QList<qint64> storedAtChunk; // rows in the store when chunkStored arrived
        ImapFolderSync::Stats stats;
    };

    Result sync(FakeImapServer &server, ImapFolderSync::Options options = {})
    {
        server.commands.clear();
        auto conn = connect(server);
        Result r;
        ImapFolderSync job(conn.get(), &store, folderId, options);
        QObject::connect(&job, &ImapFolderSync::chunkStored, [&](qint64 id, int count) {
            EXPECT_EQ(id, folderId);
            r.chunks.append(count);
            r.storedAtChunk.append(store.uids(folderId).size());
        });
        QObject::connect(&job, &ImapFolderSync::finished, [&](bool ok, const QString &e) {
            r.finished = true;
            r.ok = ok;
            r.error = e;
        });
        job.start();
        runUntil([&] { return r.finished; });
        r.stats = job.stats();
        EXPECT_TRUE(r.finished) << "state " << ImapFolderSync::stateName(job.state());
        return r;
    }

    // The store holds exactly the server's messages with the server's flags.
    void expectMirror(const FakeImapServer &server)
    {
        const QList<StoredMessage> rows = store.messages(folderId);
        ASSERT_EQ(rows.size(), server.messages.size());
        for (const FakeImapServer::Message &m : server.messages) {
            const auto row = store.messageByUid(folderId, m.uid);
            ASSERT_TRUE(row.has_value()) << "uid " << m.uid << " missing";
            EXPECT_EQ(row->flags, MessageFlag::fromImap(m.flags)) << "uid " << m.uid;
            EXPECT_EQ(row->subject, HeaderFields::decodeWords(m.subject)) << "uid " << m.uid;
        }
    }

    int countCommands(const FakeImapServer &server, const QByteArray &prefix) const
    {
        int n = 0;
        for (const QByteArray &c : server.commands)
            n += c.startsWith(prefix) ? 1 : 0;
        return n;
    }

    TraceHub hub;
    MailStore store{QStringLiteral(":memory:")};
    qint64 folderId = 0;
};

void fill(FakeImapServer &server, int count)
{
    for (int i = 1; i <= count; ++i)
        server.add("message " + QByteArray::number(i), i % 3 == 0 ? QList<QByteArray>{"\\Seen"} : QList<QByteArray>{},
                   i % 5 == 0);
}

TEST_F(FolderSync, FirstFullSyncStoresEveryRowInChunksNewestFirst)
{
    FakeImapServer server;
    fill(server, 25);
    server.add("=?UTF-8?Q?Ol=C3=A1_mundo?=", {"\\Seen", "\\Flagged", "$Label1"}, true, "=?UTF-8?Q?Z=C3=A9?=");
    ImapFolderSync::Options o;
    o.chunk = 10;
    const Result r = sync(server, o);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.chunks, (QList<int>{10, 10, 6}));
    // Each chunk is in the store (its one transaction committed) when the signal comes.
    EXPECT_EQ(r.storedAtChunk, (QList<qint64>{10, 20, 26}));
    EXPECT_EQ(r.stats.added, 26);
    EXPECT_EQ(r.stats.total, 26);
    EXPECT_EQ(r.stats.removed, 0);
    EXPECT_FALSE(r.stats.qresync);
    expectMirror(server);

    // Newest first: the first header FETCH asks for the highest UIDs.
    QList<QByteArray> fetches;
    for (const QByteArray &c : server.commands)
        if (c.startsWith("UID FETCH"))
            fetches.append(c);
    ASSERT_EQ(fetches.size(), 3);
    EXPECT_TRUE(fetches[0].startsWith("UID FETCH 17:26 ")) << fetches[0].constData();
    EXPECT_TRUE(fetches[2].startsWith("UID FETCH 1:6 ")) << fetches[2].constData();
    EXPECT_TRUE(fetches[0].contains("ENVELOPE") && fetches[0].contains("BODYSTRUCTURE"));

    const auto hello = store.messageByUid(folderId, 26);
    ASSERT_TRUE(hello);
    EXPECT_EQ(hello->subject, QStringLiteral("Olá mundo"));
    EXPECT_EQ(hello->fromName, QStringLiteral("Zé"));
    EXPECT_EQ(hello->fromAddress, QStringLiteral("alice@example.test"));
    EXPECT_EQ(hello->to, QStringLiteral("bob@example.test"));
    EXPECT_EQ(hello->flags, quint32(MessageFlag::Seen | MessageFlag::Flagged));
    EXPECT_EQ(hello->keywords, QList<QByteArray>{"$Label1"});
    EXPECT_TRUE(hello->hasAttachments);
    EXPECT_TRUE(hello->envelopeKnown);
    EXPECT_EQ(hello->size, 1026);
    EXPECT_EQ(hello->messageId, QByteArray("<m26@example.test>"));
    EXPECT_EQ(hello->date, QDateTime(QDate(2026, 7, 17), QTime(9, 44, 25), Qt::UTC));
    EXPECT_FALSE(store.messageByUid(folderId, 1)->hasAttachments);

    const auto folder = store.folder(folderId);
    ASSERT_TRUE(folder);
    EXPECT_EQ(folder->uidValidity, server.uidValidity);
    EXPECT_EQ(folder->uidNext, server.uidNext);
    EXPECT_EQ(folder->highestModSeq, server.highestModSeq);
}

TEST_F(FolderSync, QresyncReopenAppliesVanishedEarlierAndChangedFlags)
{
    FakeImapServer server;
    fill(server, 12);
    ASSERT_TRUE(sync(server).ok);
    server.setFlags(2, {"\\Seen", "\\Answered"});
    server.setFlags(4, {});
    server.expunge(5);
    server.expunge(6);
    server.expunge(7);
    server.add("new one");
    server.add("new two", {"\\Seen"});

    const Result r = sync(server);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_TRUE(r.stats.qresync);
    EXPECT_EQ(r.stats.removed, 3);
    EXPECT_EQ(r.stats.changed, 1); // uid 4 came back with a new MODSEQ but the flags it had
    EXPECT_EQ(r.stats.added, 2);
    EXPECT_EQ(r.stats.newUnseen, 1);
    EXPECT_EQ(r.chunks, QList<int>{2});
    expectMirror(server);
    // QRESYNC told everything: no full UID list, no flags fetch.
    EXPECT_EQ(countCommands(server, "SELECT INBOX (QRESYNC (1000 "), 1);
    EXPECT_EQ(countCommands(server, "UID SEARCH ALL"), 0);
    EXPECT_EQ(countCommands(server, "UID SEARCH UID 13:*"), 1);
    EXPECT_EQ(countCommands(server, "UID FETCH 1:12 "), 0);
    EXPECT_EQ(store.folder(folderId)->highestModSeq, server.highestModSeq);

    // Nothing changed: nothing fetched, nothing written.
    const Result again = sync(server);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.stats.added + again.stats.changed + again.stats.removed, 0);
    EXPECT_EQ(countCommands(server, "UID FETCH"), 0);
}

TEST_F(FolderSync, CondstoreWithoutQresyncFetchesChangedSince)
{
    FakeImapServer server("IMAP4rev1 AUTH=PLAIN SASL-IR CONDSTORE");
    fill(server, 8);
    ASSERT_TRUE(sync(server).ok);
    const quint64 before = server.highestModSeq;
    server.setFlags(3, {"\\Flagged"});
    server.expunge(8);
    const Result r = sync(server);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_FALSE(r.stats.qresync);
    EXPECT_EQ(r.stats.changed, 1);
    EXPECT_EQ(r.stats.removed, 1);
    EXPECT_EQ(countCommands(server, "UID FETCH 1:8 (UID FLAGS MODSEQ) (CHANGEDSINCE " + QByteArray::number(before) + ")"), 1);
    expectMirror(server);
}

TEST_F(FolderSync, WithoutCondstoreFlagsAreComparedAndExpungesFoundByUid)
{
    FakeImapServer server("IMAP4rev1 AUTH=PLAIN SASL-IR");
    fill(server, 10);
    const Result first = sync(server);
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_EQ(store.folder(folderId)->highestModSeq, 0u);
    server.setFlags(1, {"\\Seen"});
    server.setFlags(9, {"\\Seen"}); // it was already \Seen: no change to report
    server.setFlags(10, {"\\Deleted"});
    server.expunge(2);
    server.expunge(3);
    server.add("after");

    const Result r = sync(server);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.stats.changed, 2);
    EXPECT_EQ(r.stats.removed, 2);
    EXPECT_EQ(r.stats.added, 1);
    EXPECT_EQ(countCommands(server, "UID SEARCH ALL"), 1);
    EXPECT_EQ(countCommands(server, "UID FETCH 1:10 (UID FLAGS)"), 1);
    EXPECT_EQ(countCommands(server, "SELECT INBOX (CONDSTORE)"), 0);
    // No MODSEQ asked of a server without CONDSTORE (RFC 7162 §3.1).
    EXPECT_EQ(countCommands(server, "UID FETCH 11 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)"), 1);
    expectMirror(server);
    EXPECT_EQ(store.messageByUid(folderId, 10)->flags, quint32(MessageFlag::Deleted));
}

TEST_F(FolderSync, UidValidityChangeRebuildsTheFolderOnly)
{
    StoredFolder other;
    other.accountId = QStringLiteral("acct");
    other.name = QStringLiteral("Archive");
    const qint64 otherId = store.upsertFolder(other);
    StoredMessage keep;
    keep.uid = 77;
    keep.subject = QStringLiteral("kept");
    keep.envelopeKnown = true;
    ASSERT_TRUE(store.upsertMessages(otherId, {keep}));

    FakeImapServer server;
    fill(server, 6);
    ASSERT_TRUE(sync(server).ok);
    server.expunge(1);
    server.renumber(2000); // now UIDs 1..5 are different messages than before
    server.add("fresh");

    const Result r = sync(server);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_TRUE(r.stats.rebuilt);
    EXPECT_FALSE(r.stats.qresync);
    EXPECT_EQ(r.stats.added, 6);
    expectMirror(server);
    EXPECT_EQ(store.messageByUid(folderId, 1)->subject, QStringLiteral("message 2"));
    EXPECT_EQ(store.folder(folderId)->uidValidity, 2000u);
    ASSERT_TRUE(store.messageByUid(otherId, 77).has_value());
}

TEST_F(FolderSync, RefusedSelectNamesTheStepAndLeavesTheStoreAlone)
{
    FakeImapServer server;
    fill(server, 4);
    ASSERT_TRUE(sync(server).ok);
    const StoredFolder before = *store.folder(folderId);
    server.add("never seen");
    server.expunge(1);
    server.selectRefusal = "[NONEXISTENT] Mailbox doesn't exist: INBOX";
    const Result r = sync(server);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QLatin1String("SELECT INBOX"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QLatin1String("NONEXISTENT"))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QLatin1String("Mailbox doesn't exist"))) << r.error.toStdString();
    EXPECT_EQ(store.uids(folderId), (QList<quint32>{1, 2, 3, 4}));
    const StoredFolder after = *store.folder(folderId);
    EXPECT_EQ(after.uidNext, before.uidNext);
    EXPECT_EQ(after.highestModSeq, before.highestModSeq);
    EXPECT_TRUE(r.chunks.isEmpty());
}

TEST_F(FolderSync, ConnectionLostDuringHeadersFailsClearlyAndRecordsNoSyncState)
{
    FakeImapServer server;
    fill(server, 5);
    server.dropOnHeaderFetch = true;
    const Result r = sync(server);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
    // The step and the transport's words.
    EXPECT_TRUE(r.error.contains(QLatin1String("UID FETCH")) && r.error.contains(QLatin1String("closed")))
        << r.error.toStdString();
    EXPECT_TRUE(store.uids(folderId).isEmpty());
    EXPECT_EQ(store.folder(folderId)->uidValidity, 0u);
    EXPECT_EQ(store.folder(folderId)->uidNext, 0u);

    server.dropOnHeaderFetch = false;
    const Result again = sync(server);
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    expectMirror(server);
}

TEST_F(FolderSync, CancelStopsAndAResyncCompletesTheGaps)
{
    FakeImapServer server;
    fill(server, 30);
    server.commands.clear();
    auto conn = connect(server);
    ImapFolderSync::Options o;
    o.chunk = 10;
    ImapFolderSync job(conn.get(), &store, folderId, o);
    bool finished = false, ok = true;
    QObject::connect(&job, &ImapFolderSync::chunkStored, [&](qint64, int) { job.cancel(); });
    QObject::connect(&job, &ImapFolderSync::finished, [&](bool k, const QString &) {
        finished = true;
        ok = k;
    });
    job.start();
    runUntil([&] { return finished; });
    EXPECT_TRUE(finished);
    EXPECT_FALSE(ok);
    EXPECT_EQ(job.state(), ImapFolderSync::State::Cancelled);
    EXPECT_LT(store.uids(folderId).size(), 30);
    EXPECT_EQ(store.folder(folderId)->uidNext, 0u); // no sync state: the next sync is a full one

    const Result r = sync(server, o);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    expectMirror(server);
}

} // namespace

TEST(FolderSyncChunkPlan, FirstChunkIsTheVisibleRowsThenDoublingUpToTheChunk)
{
    using P = QList<quint32>;
    EXPECT_EQ(ImapFolderSync::chunkPlan(1200, 50, 500), (P{50, 100, 200, 400, 450}));
    EXPECT_EQ(ImapFolderSync::chunkPlan(30, 50, 500), (P{30}));   // fewer than a screen
    EXPECT_EQ(ImapFolderSync::chunkPlan(50, 50, 500), (P{50}));
    EXPECT_EQ(ImapFolderSync::chunkPlan(51, 50, 500), (P{50, 1}));
    EXPECT_EQ(ImapFolderSync::chunkPlan(26, 0, 10), (P{10, 10, 6})); // 0: full chunks
    EXPECT_EQ(ImapFolderSync::chunkPlan(26, 40, 10), (P{10, 10, 6})); // clamped to the chunk
    EXPECT_EQ(ImapFolderSync::chunkPlan(7, 1, 3), (P{1, 2, 3, 1}));
    EXPECT_EQ(ImapFolderSync::chunkPlan(0, 50, 500), P{});
    EXPECT_EQ(ImapFolderSync::chunkPlan(5, 2, 0), (P{2, 3})); // chunk 0 means the default 500
    quint64 sum = 0;
    for (const quint32 n : ImapFolderSync::chunkPlan(100000, 37, 500))
        sum += n;
    EXPECT_EQ(sum, 100000u);
}

TEST_F(FolderSync, FirstFetchAsksOnlyForTheVisibleRowsAfterTheCountIsAnnounced)
{
    FakeImapServer server;
    fill(server, 26);
    server.commands.clear();
    auto conn = connect(server);
    ImapFolderSync::Options o;
    o.chunk = 10;
    o.firstChunk = 3;
    ImapFolderSync job(conn.get(), &store, folderId, o);
    QList<QString> events; // in the order they happened
    QObject::connect(&job, &ImapFolderSync::folderCountKnown, [&](qint64 id, qint64 exists) {
        EXPECT_EQ(id, folderId);
        // Announced before any row is stored, and before any header is asked for.
        EXPECT_EQ(store.uids(folderId).size(), 0);
        EXPECT_EQ(countCommands(server, "UID FETCH"), 0);
        events << QStringLiteral("count %1").arg(exists);
    });
    int fetchesAtFirstChunk = -1;
    QObject::connect(&job, &ImapFolderSync::chunkStored, [&](qint64, int count) {
        if (fetchesAtFirstChunk < 0)
            fetchesAtFirstChunk = countCommands(server, "UID FETCH");
        events << QStringLiteral("chunk %1").arg(count);
    });
    bool finished = false, ok = false;
    QObject::connect(&job, &ImapFolderSync::finished, [&](bool good, const QString &) {
        finished = true;
        ok = good;
    });
    job.start();
    runUntil([&] { return finished; });
    ASSERT_TRUE(ok) << job.errorMessage().toStdString();
    // The visible rows went alone: the bigger chunks were asked for once they were in.
    EXPECT_EQ(fetchesAtFirstChunk, 1);
    EXPECT_EQ(events, (QList<QString>{QStringLiteral("count 26"), QStringLiteral("chunk 3"), QStringLiteral("chunk 6"),
                                      QStringLiteral("chunk 10"), QStringLiteral("chunk 7")}));
    QList<QByteArray> fetches;
    for (const QByteArray &c : server.commands)
        if (c.startsWith("UID FETCH"))
            fetches.append(c);
    ASSERT_EQ(fetches.size(), 4);
    // The newest three first: what the top of a list sorted by date shows.
    EXPECT_TRUE(fetches[0].startsWith("UID FETCH 24:26 ")) << fetches[0].constData();
    EXPECT_TRUE(fetches[1].startsWith("UID FETCH 18:23 ")) << fetches[1].constData();
    EXPECT_TRUE(fetches[3].startsWith("UID FETCH 1:7 ")) << fetches[3].constData();
    expectMirror(server);
}

TEST_F(FolderSync, CountIsAnnouncedOnReopenAndForAnEmptyFolder)
{
    FakeImapServer server;
    fill(server, 4);
    ASSERT_TRUE(sync(server).ok);
    server.add("late");
    auto conn = connect(server);
    QList<qint64> counts;
    {
        ImapFolderSync job(conn.get(), &store, folderId);
        QObject::connect(&job, &ImapFolderSync::folderCountKnown, [&](qint64, qint64 n) { counts << n; });
        bool finished = false;
        QObject::connect(&job, &ImapFolderSync::finished, [&](bool, const QString &) { finished = true; });
        job.start();
        runUntil([&] { return finished; });
    }
    FakeImapServer empty;
    auto conn2 = connect(empty);
    {
        ImapFolderSync job(conn2.get(), &store, folderId);
        QObject::connect(&job, &ImapFolderSync::folderCountKnown, [&](qint64, qint64 n) { counts << n; });
        bool finished = false;
        QObject::connect(&job, &ImapFolderSync::finished, [&](bool, const QString &) { finished = true; });
        job.start();
        runUntil([&] { return finished; });
    }
    EXPECT_EQ(counts, (QList<qint64>{5, 0}));
}

TEST_F(FolderSync, RefusedSelectAnnouncesNoCount)
{
    FakeImapServer server;
    fill(server, 3);
    server.selectRefusal = "[NONEXISTENT] no such mailbox";
    auto conn = connect(server);
    ImapFolderSync job(conn.get(), &store, folderId);
    int announced = 0;
    QObject::connect(&job, &ImapFolderSync::folderCountKnown, [&] { ++announced; });
    bool finished = false, ok = true;
    QObject::connect(&job, &ImapFolderSync::finished, [&](bool good, const QString &) {
        finished = true;
        ok = good;
    });
    job.start();
    runUntil([&] { return finished; });
    EXPECT_TRUE(finished);
    EXPECT_FALSE(ok);
    EXPECT_EQ(announced, 0);
}
