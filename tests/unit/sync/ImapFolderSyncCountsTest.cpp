// SPDX-License-Identifier: GPL-3.0-or-later
// The sync summary's "changed" count compares flags with the store whatever
// the server does with CHANGEDSINCE (RFC 7162 §3.1.4.1): honoured, ignored (every
// message's FLAGS comes back, as from servers other than Dovecot) or refused
// with BAD (the base UID FETCH once, ImapSyntaxFallback). FakeImapServer models
// the mailbox; the store is a real in-memory MailStore.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "imap/ImapConnection.h"
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

class SyncCounts : public SyncTest
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

    // One sync on a new connection; the stats, or a failure.
    ImapFolderSync::Stats sync(FakeImapServer &server, QString *error)
    {
        server.commands.clear();
        const ChannelOptions o = fakeServerChannel(server.port());
        const ImapSession::Config c = fakeServerLogin();
        ImapConnection conn(&hub, o, c);
        bool ready = false;
        QObject::connect(&conn, &ImapConnection::ready, [&] { ready = true; });
        conn.open();
        runUntil([&] { return ready || conn.session().isFinished(); });
        EXPECT_TRUE(ready) << conn.errorMessage().toStdString();
        ImapFolderSync job(&conn, &store, folderId, {});
        bool finished = false;
        QObject::connect(&job, &ImapFolderSync::finished, [&](bool ok, const QString &e) {
            finished = true;
            if (!ok)
                *error = e;
        });
        job.start();
        runUntil([&] { return finished; });
        EXPECT_TRUE(finished);
        return job.stats();
    }

    int count(const FakeImapServer &server, const QByteArray &part) const
    {
        int n = 0;
        for (const QByteArray &c : server.commands)
            n += c.contains(part) ? 1 : 0;
        return n;
    }

    void fill(FakeImapServer &server, int n)
    {
        for (int i = 1; i <= n; ++i)
            server.add("message " + QByteArray::number(i), i % 2 ? QList<QByteArray>{"\\Seen"} : QList<QByteArray>{});
    }

    TraceHub hub;
    MailStore store{QStringLiteral(":memory:")};
    qint64 folderId = 0;
};

} // namespace

TEST_F(SyncCounts, HonouredChangedSinceCountsTheOneChange)
{
    FakeImapServer server("IMAP4rev1 AUTH=PLAIN SASL-IR CONDSTORE");
    fill(server, 10);
    QString error;
    sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    server.setFlags(4, {"\\Flagged"});
    const ImapFolderSync::Stats s = sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(s.changed, 1);
    EXPECT_EQ(count(server, "CHANGEDSINCE"), 1);
    EXPECT_EQ(store.messageByUid(folderId, 4)->flags, MessageFlag::fromImap({"\\Flagged"}));
}

TEST_F(SyncCounts, IgnoredChangedSinceDoesNotInflateChanged)
{
    FakeImapServer server("IMAP4rev1 AUTH=PLAIN SASL-IR CONDSTORE");
    server.changedSince = FakeImapServer::ChangedSince::Ignored;
    fill(server, 10);
    QString error;
    sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    server.setFlags(4, {"\\Flagged"});
    server.setFlags(7, {});
    const ImapFolderSync::Stats s = sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(count(server, "CHANGEDSINCE"), 1); // asked, and the server sent all ten
    EXPECT_EQ(s.changed, 2);
    EXPECT_EQ(store.messageByUid(folderId, 4)->flags, MessageFlag::fromImap({"\\Flagged"}));
    EXPECT_EQ(store.messageByUid(folderId, 7)->flags, MessageFlag::fromImap({}));
    // Nothing changed since: a third sync counts nothing although all FLAGS come again.
    server.setFlags(4, {"\\Flagged"}); // same flags, a new MODSEQ
    EXPECT_EQ(sync(server, &error).changed, 0);
}

TEST_F(SyncCounts, ChangedSinceRefusedWithBadFallsBackToAllFlags)
{
    FakeImapServer server("IMAP4rev1 AUTH=PLAIN SASL-IR CONDSTORE");
    server.changedSince = FakeImapServer::ChangedSince::Bad;
    fill(server, 6);
    QString error;
    sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    server.setFlags(2, {"\\Answered"});
    const ImapFolderSync::Stats s = sync(server, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(count(server, "CHANGEDSINCE"), 1);              // refused once
    EXPECT_EQ(count(server, "UID FETCH 1:6 (UID FLAGS MODSEQ)"), 2); // then the base command
    EXPECT_EQ(s.changed, 1);
    EXPECT_EQ(store.messageByUid(folderId, 2)->flags, MessageFlag::fromImap({"\\Answered"}));
}
