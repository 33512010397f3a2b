// SPDX-License-Identifier: GPL-3.0-or-later
// Each IMAP account operation (core/sync/Imap*Op) alone, over a real
// ImapConnection to a loopback server that follows a script of commands and
// replies. Every reply is sent whole and again one byte per write (the framer
// sees it cut at every offset). Checked: the commands in order, the store only
// after OK, what the operation hands on (rows, ids), conflicts on replay.
#include "ImapOpsFixture.h"

using namespace carteiro;
using namespace carteiro::test;

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

INSTANTIATE_TEST_SUITE_P(WholeAndByteByByte, ImapOps, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &i) { return i.param ? "ByteByByte" : "Whole"; });
