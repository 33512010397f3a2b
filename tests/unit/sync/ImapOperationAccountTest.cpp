// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP operations on folders and the account (ImapOpsFixture.h): delete,
// append, list, subscriptions, IDLE, a whole folder sync, a refused login.
#include "ImapOpsFixture.h"

using namespace carteiro;
using namespace carteiro::test;

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
