// Each IMAP account operation (core/sync/Imap*Op) alone, over a real
// ImapConnection to a loopback server that follows a script of commands and
// replies. Every reply is sent whole and again one byte per write (the framer
// sees it cut at every offset). Checked: the commands in order, the store only
// after OK, what the operation hands on (rows, ids), conflicts on replay.
#include "SyncTestSupport.h"
#include "TestTls.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "sync/ImapAppendOp.h"
#include "sync/ImapDeleteOp.h"
#include "sync/ImapFetchBodyOp.h"
#include "sync/ImapIdleOp.h"
#include "sync/ImapFolderOp.h"
#include "sync/ImapListFoldersOp.h"
#include "sync/ImapMoveOp.h"
#include "sync/ImapPrefetchOp.h"
#include "sync/ImapStoreFlagsOp.h"
#include "sync/ImapSyncFolderOp.h"
#include "trace/TraceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

// One step of the script: a command the client must send (tag left out; a
// trailing '*' matches any rest) and the reply lines ("TAG" = its tag).
struct Step
{
    QByteArray command;
    QList<QByteArray> reply;
};

class ScriptServer
{
public:
    explicit ScriptServer(bool byteByByte) : m_byteByByte(byteByByte)
    {
        const TlsIdentity id = makeSelfSigned(QStringLiteral("ops.imap"), {QStringLiteral("localhost")},
                                              {QStringLiteral("127.0.0.1")});
        m_server = std::make_unique<ScriptedServer>(id, false);
        m_server->onConnection = [this](QSslSocket *s) {
            m_socket = s;
            send("* OK [CAPABILITY " + capabilities + "] script ready\r\n");
        };
        m_server->onLine = [this](QSslSocket *, const QByteArray &line) { onLine(line); };
        m_server->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server->serverPort(); }
    void send(const QByteArray &bytes)
    {
        if (!m_byteByByte) {
            m_socket->write(bytes);
            return;
        }
        for (const char c : bytes) {
            m_socket->write(&c, 1);
            m_socket->flush();
        }
    }

    QByteArray capabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR IDLE UIDPLUS MOVE LITERAL+";
    QList<Step> script;
    bool refuseLogin = false;
    QList<QByteArray> received; // scripted commands as sent, tag removed
    QStringList mismatches;
    bool done() const { return m_next >= script.size(); }

private:
    void onLine(const QByteArray &line)
    {
        if (m_literalLeft > 0) { // the rest of an APPEND literal (LITERAL+, RFC 7888)
            m_literalLeft -= line.size() + 2;
            return;
        }
        if (!m_pendingTag.isEmpty()) { // the command's end after the literal
            answer(m_pendingTag, m_pendingCommand);
            m_pendingTag.clear();
            return;
        }
        if (!m_idleTag.isEmpty()) {
            received.append(line);
            answer(m_idleTag, line);
            m_idleTag.clear();
            return;
        }
        const qsizetype sp = line.indexOf(' ');
        const QByteArray tag = line.left(sp), cmd = line.mid(sp + 1), upper = cmd.toUpper();
        if (upper == "CAPABILITY") {
            send("* CAPABILITY " + capabilities + "\r\n" + tag + " OK done\r\n");
        } else if ((upper.startsWith("AUTHENTICATE") || upper.startsWith("LOGIN")) && refuseLogin) {
            send(tag + " NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        } else if (upper.startsWith("AUTHENTICATE") || upper.startsWith("LOGIN")) {
            send(tag + " OK [CAPABILITY " + capabilities + "] logged in\r\n");
        } else if (upper.startsWith("ENABLE") || upper.startsWith("ID ")) {
            send(tag + " OK\r\n");
        } else if (upper == "LOGOUT") {
            send("* BYE bye\r\n" + tag + " OK\r\n");
        } else if (upper.startsWith("APPEND") && cmd.endsWith("+}")) {
            received.append(cmd);
            m_pendingTag = tag;
            m_pendingCommand = cmd;
            m_literalLeft = cmd.mid(cmd.lastIndexOf('{') + 1).chopped(2).toLongLong();
        } else {
            received.append(cmd);
            if (upper == "IDLE")
                m_idleTag = tag;
            answer(tag, cmd);
        }
    }

    void answer(const QByteArray &tag, const QByteArray &cmd)
    {
        if (done()) {
            mismatches << QStringLiteral("unexpected: %1").arg(QString::fromLatin1(cmd));
            send(tag + " BAD not in the script\r\n");
            return;
        }
        const Step &step = script.at(m_next++);
        const bool any = step.command.endsWith('*');
        const bool match = any ? cmd.startsWith(step.command.chopped(1)) : cmd == step.command;
        if (!match)
            mismatches << QStringLiteral("expected %1, got %2")
                              .arg(QString::fromLatin1(step.command), QString::fromLatin1(cmd));
        QByteArray out;
        for (const QByteArray &l : step.reply)
            out += QByteArray(l).replace("TAG", tag) + "\r\n";
        send(out);
    }

    std::unique_ptr<ScriptedServer> m_server;
    QSslSocket *m_socket = nullptr;
    bool m_byteByByte;
    qsizetype m_next = 0;
    QByteArray m_idleTag, m_pendingTag, m_pendingCommand;
    qint64 m_literalLeft = 0;
};

struct Recorder : ImapOperationEvents
{
    void foldersChanged() override { ++folders; }
    void chunkStored(qint64, const QList<StoredMessage> &rows) override { stored += rows; }
    void folderSynced(qint64 f, int a, int, int) override { synced << f; added += a; }
    void bodyReady(qint64 id) override { bodies << id; }
    void flagsChanged(const QList<StoredMessage> &rows) override { flagged += rows; }
    void messagesMoved(const QList<qint64> &ids, qint64 t) override { moved += ids; movedTo = t; }
    void messagesRemoved(const QList<qint64> &ids) override { removed += ids; }
    void appended(const QString &f, quint32 uid) override { appendedTo = f; appendedUid = uid; }
    void conflict(const QString &m) override { conflicts << m; }
    void prefetchProgress(qint64, qint64 done, qint64 total) override { prefetched << qMakePair(done, total); }
    QList<QPair<qint64, qint64>> prefetched;
    int folders = 0, added = 0;
    QList<qint64> synced, bodies, moved, removed;
    qint64 movedTo = 0;
    QList<StoredMessage> stored, flagged;
    QString appendedTo;
    quint32 appendedUid = 0;
    QStringList conflicts;
};

class ImapOps : public ::testing::TestWithParam<bool>
{
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }

    void SetUp() override
    {
        server = std::make_unique<ScriptServer>(GetParam());
        store = std::make_unique<MailStore>(dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store->open()) << store->error().toStdString();
        inbox = addFolder(QStringLiteral("INBOX"), "\\Inbox");
        trash = addFolder(QStringLiteral("Trash"), "\\Trash");
        QList<StoredMessage> rows;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            StoredMessage m;
            m.uid = uid;
            m.envelopeKnown = true;
            m.subject = QStringLiteral("m%1").arg(uid);
            m.flags = uid == 1 ? quint32(MessageFlag::Seen) : 0u;
            rows << m;
        }
        ASSERT_TRUE(store->upsertMessages(inbox, rows));
    }

    qint64 addFolder(const QString &name, const QByteArray &use)
    {
        StoredFolder f;
        f.accountId = QStringLiteral("acct");
        f.name = name;
        f.wireName = name.toLatin1();
        f.specialUse = use;
        return store->upsertFolder(f);
    }

    ChannelOptions channel() const
    {
        ChannelOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server->port();
        o.security = TransportSecurity::Plain;
        o.connectTimeoutMs = 5000;
        o.replyTimeoutMs = 5000;
        return o;
    }

    static ImapSession::Config config()
    {
        ImapSession::Config c;
        c.security = TransportSecurity::Plain;
        c.allowAuthWithoutTls = true;
        c.credentials.username = QStringLiteral("alice");
        c.credentials.password = QStringLiteral("pw");
        return c;
    }

    void connectToServer()
    {
        conn = std::make_unique<ImapConnection>(&hub, channel(), config());
        conn->open();
        ASSERT_TRUE(runUntil([&] { return conn->isReady(); }));
        ctx.connection = conn.get();
        ctx.store = store.get();
        ctx.accountId = QStringLiteral("acct");
        ctx.events = &events;
        ctx.finished = [this](ImapOperation *) { asyncEnded = true; };
    }

    // Runs `op` to its end, feeding it the connection's untagged data and completions.
    ImapOperation::Status run(ImapOperation &op)
    {
        asyncEnded = false;
        ImapOperation::Status status = ImapOperation::Status::Running;
        const auto a = QObject::connect(conn.get(), &ImapConnection::untagged,
                                        [&](const ImapResponse &r) { op.onUntagged(ctx, r); });
        const auto b = QObject::connect(conn.get(), &ImapConnection::jobFinished,
                                        [&](quint64 job, const ImapCompletion &c) {
                                            if (op.owns(job))
                                                status = op.onCompleted(ctx, job, c);
                                        });
        status = op.start(ctx);
        runUntil([&] { return status != ImapOperation::Status::Running || asyncEnded; });
        QObject::disconnect(a);
        QObject::disconnect(b);
        return asyncEnded ? op.status() : status;
    }

    StoredMessage row(qint64 folder, quint32 uid) const
    {
        return store->messageByUid(folder, uid).value_or(StoredMessage());
    }

    QString mismatches() const { return server->mismatches.join(QLatin1Char('\n')); }

    QTemporaryDir dir;
    TraceHub hub;
    std::unique_ptr<ScriptServer> server;
    std::unique_ptr<MailStore> store;
    std::unique_ptr<ImapConnection> conn;
    ImapOperationContext ctx;
    Recorder events;
    qint64 inbox = 0, trash = 0;
    bool asyncEnded = false;
};

const QList<QByteArray> kSelected = {"* 3 EXISTS", "* OK [UIDVALIDITY 7] ok", "TAG OK [READ-WRITE] selected"};

} // namespace

TEST_P(ImapOps, StoreFlagsAddsThenRemovesAndHandsOnTheRows)
{
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID STORE 2:3 +FLAGS.SILENT (\\Flagged)", {"TAG OK stored"}},
                      {"UID STORE 2:3 -FLAGS.SILENT (\\Seen)", {"TAG OK stored"}}};
    connectToServer();
    ImapStoreFlagsOp op(QStringLiteral("INBOX"), {2, 3}, MessageFlag::Flagged, MessageFlag::Seen);
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->done());
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(row(inbox, 2).flags, quint32(MessageFlag::Flagged));
    ASSERT_EQ(events.flagged.size(), 2);
    EXPECT_EQ(events.flagged[0].id, row(inbox, 2).id);
    EXPECT_EQ(events.flagged[1].flags, quint32(MessageFlag::Flagged));
    EXPECT_EQ(ctx.selected, QStringLiteral("INBOX"));
}

TEST_P(ImapOps, StoreFlagsRefusedLeavesTheRowsAlone)
{
    server->script = {{"SELECT INBOX", kSelected}, {"UID STORE 2 +FLAGS.SILENT (\\Seen)", {"TAG NO [CANNOT] read-only"}}};
    connectToServer();
    ImapStoreFlagsOp op(QStringLiteral("INBOX"), {2}, MessageFlag::Seen, 0);
    EXPECT_EQ(run(op), ImapOperation::Status::Failed);
    EXPECT_EQ(op.error(), QStringLiteral("UID STORE +FLAGS: NO [CANNOT] read-only"));
    EXPECT_EQ(row(inbox, 2).flags, 0u);
    EXPECT_TRUE(events.flagged.isEmpty());
}

TEST_P(ImapOps, ReplayChecksTheUidsAndReportsTheGoneOnes)
{
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID SEARCH UID 2,9", {"* SEARCH 2", "TAG OK searched"}},
                      {"UID STORE 2 +FLAGS.SILENT (\\Flagged)", {"TAG OK stored"}}};
    connectToServer();
    ImapStoreFlagsOp op(QStringLiteral("INBOX"), {2, 9}, MessageFlag::Flagged, 0);
    op.setCheckUids(true);
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    ASSERT_EQ(events.conflicts.size(), 1);
    EXPECT_TRUE(events.conflicts[0].contains(QLatin1String("UID 9"))) << events.conflicts[0].toStdString();
    EXPECT_EQ(row(inbox, 2).flags, quint32(MessageFlag::Flagged));
}

TEST_P(ImapOps, ReplayWithEveryMessageGoneSendsNothingMore)
{
    server->script = {{"SELECT INBOX", kSelected}, {"UID SEARCH UID 8:9", {"* SEARCH", "TAG OK searched"}}};
    connectToServer();
    ImapMoveOp op(QStringLiteral("INBOX"), {8, 9}, QStringLiteral("Trash"));
    op.setCheckUids(true);
    EXPECT_EQ(run(op), ImapOperation::Status::Done);
    EXPECT_TRUE(server->done());
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(events.conflicts.size(), 1);
}

TEST_P(ImapOps, FetchBodyStoresTheRawMessage)
{
    const QByteArray raw = "Subject: m2\r\n\r\nhello\r\n";
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID FETCH 2 (UID BODY.PEEK[])",
                       {"* 2 FETCH (UID 2 BODY[] {" + QByteArray::number(raw.size()) + "}\r\n" + raw + ")",
                        "TAG OK fetched"}}};
    connectToServer();
    const qint64 id = row(inbox, 2).id;
    ImapFetchBodyOp op(id);
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(store->body(id).value_or(QByteArray()), raw);
    EXPECT_EQ(events.bodies, QList<qint64>{id});
}

// Keep for offline use: the bodies the store lacks, newest first, BODY.PEEK[]
// pipelined; a message expunged meanwhile (no data) is skipped, not a failure.
TEST_P(ImapOps, PrefetchStoresEveryMissingBodyNewestFirst)
{
    const QByteArray raw3 = "Subject: m3\r\n\r\nthree\r\n", raw1 = "Subject: m1\r\n\r\none\r\n";
    ASSERT_TRUE(store->storeBody(row(inbox, 2).id, "Subject: m2\r\n\r\ncached\r\n"));
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID FETCH 3 (UID BODY.PEEK[])",
                       {"* 3 FETCH (UID 3 BODY[] {" + QByteArray::number(raw3.size()) + "}\r\n" + raw3 + ")",
                        "TAG OK fetched"}},
                      {"UID FETCH 1 (UID BODY.PEEK[])", {"TAG OK gone meanwhile"}}};
    connectToServer();
    ImapPrefetchOp op(inbox, QStringLiteral("INBOX"));
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(store->body(row(inbox, 3).id).value_or(QByteArray()), raw3);
    EXPECT_FALSE(store->body(row(inbox, 1).id).has_value());
    EXPECT_EQ(events.prefetched, (QList<QPair<qint64, qint64>>{{0, 2}, {1, 2}, {2, 2}}));
    Q_UNUSED(raw1);
}

TEST_P(ImapOps, PrefetchWithEverythingCachedSendsNothing)
{
    for (quint32 uid = 1; uid <= 3; ++uid)
        ASSERT_TRUE(store->storeBody(row(inbox, uid).id, "Subject: x\r\n\r\nx\r\n"));
    server->script = {};
    connectToServer();
    ImapPrefetchOp op(inbox, QStringLiteral("INBOX"));
    EXPECT_EQ(run(op), ImapOperation::Status::Done);
    EXPECT_TRUE(events.prefetched.isEmpty());
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
}

TEST_P(ImapOps, FetchBodyOfAnExpungedMessageSaysSo)
{
    server->script = {{"SELECT INBOX", kSelected}, {"UID FETCH 2 (UID BODY.PEEK[])", {"TAG OK nothing"}}};
    connectToServer();
    ImapFetchBodyOp op(row(inbox, 2).id);
    EXPECT_EQ(run(op), ImapOperation::Status::Failed);
    EXPECT_TRUE(op.error().contains(QLatin1String("expunged?"))) << op.error().toStdString();
}

TEST_P(ImapOps, MoveRemovesTheSourceRowsAfterOk)
{
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID MOVE 1:2 Trash", {"* OK [COPYUID 7 1:2 5:6] moved", "* 1 EXPUNGE", "* 1 EXPUNGE", "TAG OK done"}}};
    connectToServer();
    const QList<qint64> ids = {row(inbox, 1).id, row(inbox, 2).id};
    ImapMoveOp op(QStringLiteral("INBOX"), {1, 2}, QStringLiteral("Trash"));
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(store->uids(inbox), QList<quint32>{3});
    EXPECT_EQ(events.moved, ids);
    EXPECT_EQ(events.movedTo, trash);
}

TEST_P(ImapOps, MoveWithCopyUidShowsTheRowsInTheTargetAtOnce)
{
    ASSERT_TRUE(store->setSyncState(trash, 7, 5, 0)); // the target was synced under UIDVALIDITY 7
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID MOVE 1:2 Trash", {"* OK [COPYUID 7 1:2 5:6] moved", "* 1 EXPUNGE", "* 1 EXPUNGE", "TAG OK done"}}};
    connectToServer();
    ImapMoveOp op(QStringLiteral("INBOX"), {1, 2}, QStringLiteral("Trash"));
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(store->uids(trash), (QList<quint32>{5, 6})) << "RFC 4315 §3 pairs 1->5, 2->6";
    EXPECT_EQ(row(trash, 5).subject, QStringLiteral("m1"));
    EXPECT_EQ(row(trash, 5).flags, quint32(MessageFlag::Seen)) << "the flags travel with the message";
    EXPECT_EQ(row(trash, 6).subject, QStringLiteral("m2"));
    ASSERT_EQ(events.stored.size(), 2) << "handed on with their new ids";
    EXPECT_EQ(events.stored[0].folderId, trash);
    EXPECT_EQ(events.stored[0].id, row(trash, 5).id);
    EXPECT_EQ(store->uids(inbox), QList<quint32>{3});
}

TEST_P(ImapOps, CopyKeepsTheSourceAndTrustsOnlyTheKnownUidValidity)
{
    ASSERT_TRUE(store->setSyncState(trash, 7, 5, 0));
    server->script = {{"SELECT INBOX", kSelected},
                      {"UID COPY 3 Trash", {"TAG OK [COPYUID 7 3 9] copied"}},
                      {"UID COPY 2 Trash", {"TAG OK [COPYUID 8 2 1] copied"}}};
    connectToServer();
    ImapMoveOp copy(QStringLiteral("INBOX"), {3}, QStringLiteral("Trash"), true);
    EXPECT_EQ(run(copy), ImapOperation::Status::Done) << copy.error().toStdString();
    EXPECT_EQ(store->uids(inbox), (QList<quint32>{1, 2, 3})) << "a copy takes nothing away";
    EXPECT_EQ(store->uids(trash), QList<quint32>{9});
    EXPECT_TRUE(events.moved.isEmpty());

    ctx.selected = QStringLiteral("INBOX");
    ImapMoveOp renumbered(QStringLiteral("INBOX"), {2}, QStringLiteral("Trash"), true);
    EXPECT_EQ(run(renumbered), ImapOperation::Status::Done) << renumbered.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(store->uids(trash), QList<quint32>{9}) << "another UIDVALIDITY: the next sync decides";
}

TEST_P(ImapOps, DeleteInTrashStoresDeletedThenExpungesJustThem)
{
    StoredMessage t;
    t.uid = 40;
    t.envelopeKnown = true;
    ASSERT_TRUE(store->upsertMessages(trash, {t}));
    server->script = {{"SELECT Trash", kSelected},
                      {"UID STORE 40 +FLAGS.SILENT (\\Deleted)", {"TAG OK stored"}},
                      {"UID EXPUNGE 40", {"* 1 EXPUNGE", "TAG OK expunged"}}};
    connectToServer();
    const qint64 id = row(trash, 40).id;
    ImapDeleteOp op(QStringLiteral("Trash"), {40});
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_TRUE(store->uids(trash).isEmpty());
    EXPECT_EQ(events.removed, QList<qint64>{id});
}

TEST_P(ImapOps, DeleteRefusedKeepsTheRow)
{
    StoredMessage t;
    t.uid = 40;
    t.envelopeKnown = true;
    ASSERT_TRUE(store->upsertMessages(trash, {t}));
    server->script = {{"SELECT Trash", kSelected},
                      {"UID STORE 40 +FLAGS.SILENT (\\Deleted)", {"TAG OK stored"}},
                      {"UID EXPUNGE 40", {"TAG NO expunge failed"}}};
    connectToServer();
    ImapDeleteOp op(QStringLiteral("Trash"), {40});
    EXPECT_EQ(run(op), ImapOperation::Status::Failed);
    EXPECT_EQ(op.error(), QStringLiteral("UID EXPUNGE in Trash: NO expunge failed"));
    EXPECT_EQ(store->uids(trash), QList<quint32>{40});
}

TEST_P(ImapOps, AppendReportsTheUidFromAppenduid)
{
    server->script = {{"APPEND Sent (\\Seen) {*", {"TAG OK [APPENDUID 7 12] appended"}}};
    connectToServer();
    ImapAppendOp op(QStringLiteral("Sent"), "Subject: s\r\n\r\nbody\r\n", MessageFlag::Seen);
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(events.appendedTo, QStringLiteral("Sent"));
    EXPECT_EQ(events.appendedUid, 12u);
}

TEST_P(ImapOps, ListStoresFoldersWithTheirUseAndDropsGoneOnes)
{
    addFolder(QStringLiteral("Old"), {});
    // RFC 3501 §6.3.9 LSUB first (no LIST-EXTENDED here), pipelined with the LIST.
    server->script = {{"LSUB \"\" *", {"* LSUB () \"/\" INBOX", "* LSUB () \"/\" Sent", "TAG OK lsub done"}},
                      {"LIST \"\" *",
                       {"* LIST (\\HasNoChildren) \"/\" INBOX", "* LIST (\\HasNoChildren \\Trash) \"/\" Trash",
                        "* LIST (\\HasNoChildren \\Sent) \"/\" Sent", "TAG OK listed"}}};
    connectToServer();
    ImapListFoldersOp op;
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    EXPECT_EQ(events.folders, 1);
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Old")));
    const auto sent = store->folderByName(QStringLiteral("acct"), QStringLiteral("Sent"));
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->specialUse, QByteArray("\\Sent"));
    EXPECT_TRUE(sent->subscribed);
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Trash"))->subscribed);
}

TEST_P(ImapOps, ARefusedSubscriptionListLeavesTheMarksAsTheyWere)
{
    server->script = {{"LSUB \"\" *", {"TAG BAD unknown command"}},
                      {"LIST \"\" *", {"* LIST (\\HasNoChildren) \"/\" INBOX", "* LIST () \"/\" Work", "TAG OK listed"}}};
    connectToServer();
    ImapListFoldersOp op;
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    const auto work = store->folderByName(QStringLiteral("acct"), QStringLiteral("Work"));
    ASSERT_TRUE(work);
    EXPECT_TRUE(work->subscribed) << "unknown: shown as before";
}

TEST_P(ImapOps, SubscribeAndUnsubscribeNameTheFolderAndTheStoreFollowsTheOk)
{
    addFolder(QStringLiteral("Work"), {});
    server->script = {{"UNSUBSCRIBE Work", {"TAG OK unsubscribed"}},
                      {"SUBSCRIBE Work", {"TAG NO [NOPERM] Not allowed here"}}};
    connectToServer();
    ImapFolderOp off(ImapFolderOp::Kind::Unsubscribe, QStringLiteral("Work"));
    EXPECT_EQ(run(off), ImapOperation::Status::Done) << off.error().toStdString();
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Work"))->subscribed);
    ImapFolderOp on(ImapFolderOp::Kind::Subscribe, QStringLiteral("Work"));
    EXPECT_EQ(run(on), ImapOperation::Status::Failed);
    EXPECT_EQ(on.error(), QStringLiteral("SUBSCRIBE Work: NO [NOPERM] Not allowed here"));
    EXPECT_FALSE(store->folderByName(QStringLiteral("acct"), QStringLiteral("Work"))->subscribed);
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
}

TEST_P(ImapOps, IdleEndsWithDoneOnNews)
{
    server->script = {{"SELECT INBOX", kSelected}, {"IDLE", {"+ idling"}}, {"DONE", {"TAG OK IDLE terminated"}}};
    connectToServer();
    ImapIdleOp op(QStringLiteral("INBOX"));
    ImapOperation::Status status = ImapOperation::Status::Running;
    QObject::connect(conn.get(), &ImapConnection::untagged, [&](const ImapResponse &r) { op.onUntagged(ctx, r); });
    QObject::connect(conn.get(), &ImapConnection::jobFinished, [&](quint64 job, const ImapCompletion &c) {
        if (op.owns(job))
            status = op.onCompleted(ctx, job, c);
    });
    status = op.start(ctx);
    ASSERT_TRUE(runUntil([&] { return op.idling() && server->received.contains("IDLE"); }));
    EXPECT_FALSE(op.news());
    server->send("* 4 EXISTS\r\n");
    ASSERT_TRUE(runUntil([&] { return status != ImapOperation::Status::Running; }));
    EXPECT_EQ(status, ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(op.news());
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
}

TEST_P(ImapOps, SyncFolderHandsOnTheStoredRowsWithIds)
{
    server->capabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR IDLE UIDPLUS MOVE";
    server->script = {{"SELECT INBOX", {"* 4 EXISTS", "* OK [UIDVALIDITY 7] ok", "* OK [UIDNEXT 5] ok",
                                        "TAG OK [READ-WRITE] selected"}},
                      {"UID SEARCH ALL", {"* SEARCH 2 3 4", "TAG OK"}},
                      {"UID FETCH 1:3 (UID FLAGS)", {"* 1 FETCH (UID 2 FLAGS (\\Seen))", "* 2 FETCH (UID 3 FLAGS ())",
                                                     "TAG OK"}},
                      {"UID FETCH 4 (*", {"* 3 FETCH (UID 4 FLAGS () RFC822.SIZE 10 INTERNALDATE "
                                          "\"01-Dec-2026 10:00:00 +0000\" ENVELOPE (NIL \"new\" NIL NIL NIL NIL NIL "
                                          "NIL NIL NIL) BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 "
                                          "NIL NIL NIL NIL))",
                                          "TAG OK"}}};
    connectToServer();
    const qint64 gone = row(inbox, 1).id;
    // The stored sync state: UIDVALIDITY 7, nothing new below UIDNEXT 4.
    ASSERT_TRUE(store->setSyncState(inbox, 7, 4, 0));
    ImapSyncFolderOp op(QStringLiteral("INBOX"));
    EXPECT_EQ(run(op), ImapOperation::Status::Done) << op.error().toStdString();
    EXPECT_TRUE(server->mismatches.isEmpty()) << mismatches().toStdString();
    ASSERT_EQ(events.stored.size(), 1);
    EXPECT_EQ(events.stored[0].uid, 4u);
    EXPECT_EQ(events.stored[0].id, row(inbox, 4).id);
    EXPECT_GT(events.stored[0].id, 0);
    ASSERT_EQ(events.flagged.size(), 1); // only UID 2 changed
    EXPECT_EQ(events.flagged[0].uid, 2u);
    EXPECT_EQ(events.flagged[0].flags, quint32(MessageFlag::Seen));
    EXPECT_EQ(events.removed, QList<qint64>{gone}); // UID 1 is gone from the server
    EXPECT_EQ(events.synced, QList<qint64>{inbox});
}

TEST_P(ImapOps, ARefusedLoginIsReportedAsSuchAndNotAsAConnectionFailure)
{
    server->refuseLogin = true;
    ImapAccountSync account(&hub, channel(), config(), store.get(), QStringLiteral("acct"));
    QStringList login, failures;
    QObject::connect(&account, &ImapAccountSync::loginFailed, [&](const QString &w) { login << w; });
    QObject::connect(&account, &ImapAccountSync::operationFailed,
                     [&](const QString &step, const QString &m) { failures << step + QLatin1Char('|') + m; });
    account.start();
    ASSERT_TRUE(runUntil([&] { return !login.isEmpty() || !failures.isEmpty(); }));
    ASSERT_EQ(login.size(), 1) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(login[0].contains(QLatin1String("Authentication failed."))) << login[0].toStdString();
    EXPECT_TRUE(account.loginRefused());
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    // Offline meanwhile: a flag change is kept for later and shown at once.
    account.setFlags({row(inbox, 2).id}, MessageFlag::Flagged, 0);
    EXPECT_EQ(row(inbox, 2).flags, quint32(MessageFlag::Flagged));
    EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(WholeAndByteByByte, ImapOps, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &i) { return i.param ? "ByteByByte" : "Whole"; });
