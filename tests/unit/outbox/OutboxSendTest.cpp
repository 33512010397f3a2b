// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxEngine against a scripted SMTP server: several messages over one
// connection, 4xx then success, one recipient of three refused, every
// recipient refused, and the connection lost after the final dot.
#include "OutboxFixture.h"

#include <QElapsedTimer>

#include "engine/OutboxPolicy.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

TEST_F(OutboxTest, SeveralMessagesGoOverOneConnectionWithRsetBetween)
{
    auto engine = makeEngine();
    engine->start(false);
    const QList<qint64> queued = queueAndFlush(*engine, {message(1), message(2), message(3)});
    ASSERT_EQ(queued.size(), 3);
    EXPECT_EQ(smtp.connections, 1);
    EXPECT_EQ(smtp.verbs(), (QList<QByteArray>{"EHLO", "MAIL", "RCPT", "DATA", ".", "RSET", "MAIL", "RCPT", "DATA",
                                                ".", "RSET", "MAIL", "RCPT", "DATA", ".", "QUIT"}));
    ASSERT_EQ(smtp.bodies.size(), 3);
    // The exact bytes, dot-stuffed on the wire and unstuffed here by the fake.
    EXPECT_TRUE(smtp.bodies.at(1).contains("Message-ID: <m2@example.test>\r\n"));
    EXPECT_TRUE(smtp.bodies.at(1).contains("\r\n..dot line\r\n"));
    ASSERT_EQ(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(results.at(i).first, queued.at(i));
        EXPECT_EQ(results.at(i).second.outcome, SendResult::Outcome::Sent);
        EXPECT_EQ(results.at(i).second.queueId, QStringLiteral("Q%1").arg(i + 1));
        EXPECT_TRUE(results.at(i).second.hasSummary);
    }
    // Nothing to file in (no account): the rows are gone.
    ASSERT_TRUE(waitUntil([&] { return engine->entries().isEmpty(); }));
    for (qint64 id : queued)
        EXPECT_FALSE(stored(id).has_value());
}

TEST_F(OutboxTest, A4xxDefersWithBackOffAndSendNowSendsIt)
{
    smtp.endReplies.insert(0, "451 4.3.0 Temporary lookup failure");
    auto engine = makeEngine();
    engine->start(false);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = queueAndFlush(*engine, {message(1)}).value(0);
    const auto deferred = stored(id);
    ASSERT_TRUE(deferred.has_value());
    EXPECT_EQ(deferred->state, OutboxEntry::State::Deferred);
    EXPECT_EQ(deferred->attempts, 1);
    EXPECT_TRUE(deferred->lastReply.startsWith(QStringLiteral("451 4.3.0"))) << deferred->lastReply.toStdString();
    EXPECT_TRUE(deferred->lastError.contains(QStringLiteral("Temporary lookup failure")));
    // About a minute ahead (the first back-off step), not a timing check of the send.
    EXPECT_GE(deferred->nextAttempt, before.addSecs(59));
    EXPECT_LE(deferred->nextAttempt, QDateTime::currentDateTimeUtc().addSecs(61));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::Failed);

    engine->sendNow(id);
    ASSERT_TRUE(waitUntil([&] { return results.size() == 2; }));
    EXPECT_EQ(results.last().second.outcome, SendResult::Outcome::Sent);
    EXPECT_EQ(results.last().second.queueId, QStringLiteral("Q2"));
    EXPECT_EQ(smtp.messages, 2);
    ASSERT_TRUE(waitUntil([&] { return !stored(id).has_value(); }));
}

TEST_F(OutboxTest, WhenTheAccountsServerAnswersAgainItsDeferredMailGoes)
{
    smtp.endReplies.insert(0, "451 4.4.2 Try again later");
    smtp.endReplies.insert(1, "451 4.4.2 Try again later");
    auto engine = makeEngine();
    engine->start(false);
    OutboxEntry mine = message(1), theirs = message(2);
    mine.accountId = QStringLiteral("acct-a");
    theirs.accountId = QStringLiteral("acct-b");
    const QList<qint64> ids = queueAndFlush(*engine, {mine, theirs});
    ASSERT_EQ(ids.size(), 2);
    ASSERT_EQ(stored(ids[0])->state, OutboxEntry::State::Deferred);
    ASSERT_EQ(stored(ids[1])->state, OutboxEntry::State::Deferred);
    const int before = smtp.messages;

    engine->retryDeferred(QStringLiteral("acct-a")); // acct-a's IMAP login went through
    ASSERT_TRUE(waitUntil([&] { return smtp.messages == before + 1; })) << "acct-a's deferred mail went";
    ASSERT_TRUE(waitUntil([&] {
        return !stored(ids[0]).has_value() || stored(ids[0])->state == OutboxEntry::State::Sent;
    }));
    QElapsedTimer quiet; // anything else would have gone by now
    quiet.start();
    waitUntil([&] { return quiet.elapsed() > 300; });
    EXPECT_EQ(smtp.messages, before + 1) << "only that account's";
    EXPECT_EQ(stored(ids[1])->state, OutboxEntry::State::Deferred) << "another account's waits for its own server";
}

TEST_F(OutboxTest, OneRefusedRecipientOfThreeIsRecordedAndNotResent)
{
    smtp.rcptReplies.insert("carol@example.test", "550 5.1.1 <carol@example.test>: Recipient address rejected");
    auto engine = makeEngine();
    // A registered account whose filing fails: the Sent entry stays to be looked at.
    engine->setAccount(account(), QString());
    engine->setSentFiling([](const AccountSettings &, const QByteArray &, OutboxEngine::FilingDone done) {
        done(false, QString(), 0, QStringLiteral("APPEND: NO over quota"));
    });
    engine->start(false);
    OutboxEntry e = message(1, {"bob@example.test", "carol@example.test", "dave@example.test"});
    e.accountId = QStringLiteral("acc");
    const qint64 id = queueAndFlush(*engine, {e}).value(0);
    ASSERT_EQ(results.size(), 1);
    const SendResult &r = results.first().second;
    EXPECT_EQ(r.outcome, SendResult::Outcome::Sent);
    ASSERT_EQ(r.refusedRecipients.size(), 1);
    EXPECT_TRUE(r.refusedRecipients.first().startsWith(QStringLiteral("<carol@example.test>: 550 5.1.1")));
    const auto sent = stored(id);
    ASSERT_TRUE(sent.has_value());
    EXPECT_EQ(sent->state, OutboxEntry::State::Sent);
    EXPECT_EQ(sent->queueId, QStringLiteral("Q1"));
    EXPECT_EQ(sent->recipientReplies, r.refusedRecipients);
    EXPECT_TRUE(sent->lastError.contains(QStringLiteral("over quota"))) << sent->lastError.toStdString();
    EXPECT_EQ(smtp.messages, 1);
    EXPECT_EQ(smtp.verbs().count("DATA"), 1);
}

TEST_F(OutboxTest, EveryRecipientRefusedFailsWithTheServersWords)
{
    smtp.rcptReplies.insert("bob@example.test", "550 5.1.1 <bob@example.test>: User unknown");
    smtp.rcptReplies.insert("carol@example.test", "553 5.7.1 <carol@example.test>: Relay access denied");
    auto engine = makeEngine();
    engine->start(false);
    const qint64 id = queueAndFlush(*engine, {message(1, {"bob@example.test", "carol@example.test"})}).value(0);
    const auto failed = stored(id);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->state, OutboxEntry::State::Failed);
    ASSERT_EQ(failed->recipientReplies.size(), 2);
    EXPECT_TRUE(failed->recipientReplies.at(0).contains(QStringLiteral("550 5.1.1")));
    EXPECT_TRUE(failed->recipientReplies.at(1).contains(QStringLiteral("Relay access denied")));
    EXPECT_TRUE(failed->lastError.contains(QStringLiteral("User unknown"))) << failed->lastError.toStdString();
    EXPECT_FALSE(failed->nextAttempt.isValid());
    EXPECT_EQ(smtp.messages, 0);
    // Failed is never sent again by itself, not even by a flush.
    const int flushesBefore = flushes;
    engine->flush();
    ASSERT_TRUE(waitUntil([&] { return flushes > flushesBefore; }));
    EXPECT_EQ(smtp.verbs().count("MAIL"), 1);
}

TEST_F(OutboxTest, ConnectionLostAfterTheFinalDotIsPossiblySentAndNeverResent)
{
    smtp.dropAfterDot = 0;
    qint64 id = 0;
    {
        auto engine = makeEngine();
        engine->start(false);
        id = queueAndFlush(*engine, {message(1)}).value(0);
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::PossiblySent);
    }
    const auto possibly = stored(id);
    ASSERT_TRUE(possibly.has_value());
    EXPECT_EQ(possibly->state, OutboxEntry::State::PossiblySent);
    EXPECT_EQ(smtp.messages, 1);
    // A new start (as after a restart) with sending on: it stays where it is.
    auto again = makeEngine();
    const int changesBefore = changes;
    again->start(true);
    ASSERT_TRUE(waitUntil([&] { return changes > changesBefore; }));
    const int flushesBefore = flushes;
    again->flush();
    ASSERT_TRUE(waitUntil([&] { return flushes > flushesBefore; }));
    EXPECT_EQ(smtp.connections, 1);
    EXPECT_EQ(stored(id)->state, OutboxEntry::State::PossiblySent);
    ASSERT_EQ(again->entries().size(), 1);
    EXPECT_EQ(again->entries().first().state, OutboxEntry::State::PossiblySent);
}

TEST_F(OutboxTest, WithChunkingEachMessageGoesWholeBehindTheOneBefore)
{
    // CHUNKING and PIPELINING: a message goes whole (RSET, MAIL, RCPT, BDAT LAST)
    // while the one before awaits its verdict; each is still recorded DotSent
    // before its BDAT LAST and Sent after its 250.
    smtp.chunking = true;
    auto engine = makeEngine();
    engine->start(false);
    const QList<qint64> queued = queueAndFlush(*engine, {message(1), message(2), message(3)});
    ASSERT_EQ(queued.size(), 3);
    EXPECT_EQ(smtp.connections, 1);
    // The fake notes "BDAT n LAST" and then the chunk's end.
    EXPECT_EQ(smtp.verbs(), (QList<QByteArray>{"EHLO", "MAIL", "RCPT", "BDAT", "BDAT", "RSET", "MAIL", "RCPT", "BDAT",
                                                "BDAT", "RSET", "MAIL", "RCPT", "BDAT", "BDAT", "QUIT"}));
    ASSERT_EQ(smtp.bodies.size(), 3);
    EXPECT_TRUE(smtp.bodies.at(2).contains("Message-ID: <m3@example.test>\r\n"));
    ASSERT_EQ(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(results.at(i).first, queued.at(i));
        EXPECT_EQ(results.at(i).second.outcome, SendResult::Outcome::Sent);
        EXPECT_EQ(results.at(i).second.queueId, QStringLiteral("Q%1").arg(i + 1));
    }
    ASSERT_TRUE(waitUntil([&] { return engine->entries().isEmpty(); }));
}

TEST_F(OutboxTest, WithMessagesInFlightALostConnectionLeavesThemPossiblySent)
{
    // The server takes message 1's BDAT LAST and answers nothing more. Three
    // more go whole behind it (four in flight, SmtpSession::kAheadWindow);
    // the other two wait for a verdict. Then the connection is lost: the four
    // may have been taken, none is sent again by itself; the two wait.
    smtp.chunking = true;
    smtp.silentAfterDot = 0;
    auto engine = makeEngine();
    engine->start(false);
    for (int i = 1; i <= 6; ++i)
        engine->enqueueEntry(quint64(ids.size() + 1), message(i));
    ASSERT_TRUE(waitUntil([&] { return ids.size() == 6; }));
    const QList<qint64> queued = ids;
    engine->flush();
    ASSERT_TRUE(waitUntil([&] { return smtp.messages == SmtpSession::kAheadWindow; }));
    QElapsedTimer quiet; // nothing more goes without a verdict
    quiet.start();
    while (quiet.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(smtp.messages, SmtpSession::kAheadWindow);
    ASSERT_TRUE(smtp.silent);
    smtp.silent->abort();
    ASSERT_TRUE(waitUntil([&] { return results.size() == 6; }));
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(stored(queued.at(i))->state, OutboxEntry::State::PossiblySent) << i;
    for (int i = 4; i < 6; ++i) {
        const auto waiting = stored(queued.at(i));
        ASSERT_TRUE(waiting.has_value());
        EXPECT_EQ(waiting->state, OutboxEntry::State::Deferred) << i;
    }
}

} // namespace

TEST_F(OutboxTest, SubmissionTuningTurnsChunkingOff)
{
    // carteiro-cli send --no-chunking: the same engine, DATA although the
    // server offers CHUNKING (RFC 3030).
    smtp.chunking = true;
    auto engine = makeEngine();
    SubmissionTuning tuning;
    tuning.useChunking = false;
    engine->setSubmissionTuning(tuning);
    engine->start(false);
    const QList<qint64> queued = queueAndFlush(*engine, {message(1), message(2)});
    ASSERT_EQ(queued.size(), 2);
    EXPECT_EQ(smtp.verbs(), (QList<QByteArray>{"EHLO", "MAIL", "RCPT", "DATA", ".", "RSET", "MAIL", "RCPT", "DATA",
                                                ".", "QUIT"}));
    ASSERT_EQ(results.size(), 2);
    for (const auto &r : std::as_const(results))
        EXPECT_EQ(r.second.outcome, SendResult::Outcome::Sent);
}

TEST_F(OutboxTest, ARefusedLoginFailsTheMessageInsteadOfRetryingTheSameSecret)
{
    // AUTH answered 535 (RFC 4954 §6): the session ends with a polite QUIT whose
    // 221 must not hide the refusal. The message fails with the server's words;
    // it is not deferred to be tried again later with the same password.
    smtp.authReply = "535 5.7.8 Error: authentication failed";
    auto engine = makeEngine();
    engine->setFallbackPassword(QStringLiteral("wrong"));
    engine->start(false);
    OutboxEntry e = message(1);
    e.login = QStringLiteral("alice");
    e.serverUrl = QStringLiteral("smtp+plain://127.0.0.1:%1").arg(smtp.server.serverPort()); // a lab: AUTH in clear
    const qint64 id = queueAndFlush(*engine, {e}).value(0);
    const auto failed = stored(id);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->state, OutboxEntry::State::Failed);
    EXPECT_TRUE(failed->lastError.contains(QStringLiteral("535"))) << failed->lastError.toStdString();
    EXPECT_FALSE(failed->nextAttempt.isValid());
    EXPECT_EQ(smtp.verbs().count("MAIL"), 0);
    EXPECT_EQ(smtp.verbs().last(), "QUIT");
}

TEST_F(OutboxTest, AClassroomAccountKeepsDataAndOneCommandAtATime)
{
    // Classroom mode turns CHUNKING and PIPELINING off (account/ClassroomMode.h);
    // the outbox's own defaults must not turn them on again.
    smtp.chunking = true;
    AccountSettings a = account();
    a.classroomMode = true;
    a.serverFilesSent = true; // nothing to file: the send alone is under test
    auto engine = makeEngine();
    engine->setAccount(a, QString());
    engine->start(false);
    OutboxEntry e = message(1);
    e.accountId = a.id;
    const QList<qint64> queued = queueAndFlush(*engine, {e});
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(smtp.verbs(), (QList<QByteArray>{"EHLO", "MAIL", "RCPT", "DATA", ".", "QUIT"}));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().second.outcome, SendResult::Outcome::Sent);
}
