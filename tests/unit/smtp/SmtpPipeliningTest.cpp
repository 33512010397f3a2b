// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession across messages on one connection (RFC 2920 §3.1, RFC 3030):
// the next envelope behind BDAT LAST, messages sent whole ahead of their turn
// (Config::pipelineBodies) within the window, and which of them a drop, a 421
// or a garbled reply leaves possibly sent.
#include "SmtpSessionFixtures.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {
// The outbox's configuration on a server with PIPELINING and CHUNKING (Postfix's).
SmtpSession::Config outboxConfig()
{
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    c.resetBetweenMessages = true;
    return c;
}
SmtpSession::Config aheadConfig()
{
    SmtpSession::Config c = outboxConfig();
    c.pipelineBodies = true;
    return c;
}
const QByteArray kChunkingLogin = "S: 220 m\n"
                                  "C: EHLO client.example\n"
                                  "S: 250-m\n"
                                  "S: 250-PIPELINING\n"
                                  "S: 250-CHUNKING\n"
                                  "S: 250-SIZE 5000\n"
                                  "S: 250 AUTH PLAIN\n"
                                  "C: AUTH PLAIN " + kPlainIr + "\n"
                                  "S: 235 ok\n";
// The same greeting, EHLO and AUTH as raw server bytes, for the scripted drops.
const QByteArray kChunkingServer = "220 m\r\n250-m\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 AUTH PLAIN\r\n235 ok\r\n";
// Message 1 to bob: envelope pipelined, replies, then its body.
const QByteArray kFirstToBob = "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                               "C: RCPT TO:<bob@example.test>\n"
                               "S: 250 ok\n"
                               "S: 250 ok\n"
                               "C: <body>\n";
// A message sent whole ahead of its turn (pipelineBodies).
QByteArray aheadTo(const char *user)
{
    return QByteArray("C: RSET\n"
                      "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                      "C: RCPT TO:<") + user + "@example.test>\nC: <body>\n";
}
} // namespace

TEST(SmtpSession, TheNextEnvelopeFollowsBdatLastWithoutWaitingForItsVerdict)
{
    // RFC 2920 §3.1 with RFC 3030: RSET, MAIL and RCPT of message 2 go right
    // behind message 1's BDAT LAST; one round trip per message.
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob +
                                                "C: RSET\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "C: RCPT TO:<carol@example.test>\n"
                                                "S: 250 ok: queued as M1\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "C: <body>\n"
                                                "S: 250 ok: queued as M2\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(outboxConfig(), {envelope({"bob@example.test"}), envelope({"carol@example.test"})}, script,
               [](const SmtpRun &run) {
                   ASSERT_EQ(run.results.size(), 2);
                   EXPECT_EQ(run.results[0].queueId, QStringLiteral("M1"));
                   EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                   EXPECT_TRUE(run.results[1].recipients.value(0).accepted);
                   EXPECT_TRUE(run.succeeded) << run.error.toStdString();
               });
}

TEST(SmtpSession, ARefusedBodyDoesNotStopTheEnvelopeAlreadySentBehindIt)
{
    // Message 1's BDAT is refused; the RSET already on its way clears it and
    // message 2 goes as usual. Message 2's RCPT is refused for one recipient.
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob +
                                                "C: RSET\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "C: RCPT TO:<carol@example.test>\n"
                                                "C: RCPT TO:<dan@example.test>\n"
                                                "S: 554 5.7.1 content refused\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 550 5.1.1 no such user\n"
                                                "C: <body>\n"
                                                "S: 250 ok: queued as M2\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(outboxConfig(),
               {envelope({"bob@example.test"}), envelope({"carol@example.test", "dan@example.test"})}, script,
               [](const SmtpRun &run) {
                   ASSERT_EQ(run.results.size(), 2);
                   EXPECT_FALSE(run.results[0].accepted);
                   EXPECT_EQ(run.results[0].failedStep, QStringLiteral("BDAT"));
                   EXPECT_TRUE(run.results[0].error.contains(QStringLiteral("content refused")));
                   EXPECT_TRUE(run.results[1].accepted);
                   EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                   EXPECT_EQ(run.results[1].recipients.value(0).reply.code, 250);
                   EXPECT_EQ(run.results[1].recipients.value(1).reply.code, 550);
                   EXPECT_FALSE(run.succeeded);
               });
}

TEST(SmtpSession, AMessageTheServerWouldRefuseIsNotSentAhead)
{
    // Message 2 is over the server's SIZE: nothing of it goes out, before or after.
    SmtpEnvelope big = envelope({"carol@example.test"});
    big.size = 9000;
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob +
                                                "S: 250 ok: queued as M1\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(outboxConfig(), {envelope({"bob@example.test"}), big}, script, [](const SmtpRun &run) {
        ASSERT_EQ(run.results.size(), 2);
        EXPECT_EQ(run.results[0].queueId, QStringLiteral("M1"));
        EXPECT_FALSE(run.results[1].accepted);
        EXPECT_TRUE(run.results[1].error.contains(QStringLiteral("5000")));
    });
}

TEST(SmtpSession, ADropAfterBdatLastLeavesOnlyThatMessagePossiblySent)
{
    // The connection ends after message 1's BDAT LAST and message 2's envelope:
    // message 1 may have been taken; message 2's body never went, so it is not.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n";
    const SmtpRun run = runSmtp(outboxConfig(), {envelope({"bob@example.test"}), envelope({"carol@example.test"})},
                                {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 2);
    EXPECT_TRUE(run.results[0].possiblySent);
    EXPECT_FALSE(run.results[1].possiblySent);
    EXPECT_FALSE(run.results[1].accepted);
    EXPECT_TRUE(run.clientLines.contains("RSET")) << "message 2's envelope went out behind message 1";
}

TEST(SmtpSession, WithPipelinedBodiesTheNextMessagesGoWholeWhileOneAwaitsItsVerdict)
{
    // Once message 1's body is out, messages 2 and 3 go whole (envelope and
    // BDAT LAST) without waiting; the verdicts come in order.
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob +
                                                aheadTo("carol") +
                                                aheadTo("dan") +
                                                "S: 250 ok: queued as M1\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok: queued as M2\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok: queued as M3\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(aheadConfig(),
               {envelope({"bob@example.test"}), envelope({"carol@example.test"}), envelope({"dan@example.test"})},
               script, [](const SmtpRun &run) {
                   ASSERT_EQ(run.results.size(), 3);
                   EXPECT_EQ(run.results[0].queueId, QStringLiteral("M1"));
                   EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                   EXPECT_EQ(run.results[2].queueId, QStringLiteral("M3"));
                   EXPECT_TRUE(run.succeeded) << run.error.toStdString();
               });
}

TEST(SmtpSession, ABodySentAheadOfARefusedEnvelopeKeepsTheEnvelopesReason)
{
    // Message 2's sender is refused; its BDAT, already out, is refused too
    // (RFC 3030 §2): the message failed at MAIL FROM, and message 3 is taken.
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob +
                                                aheadTo("carol") +
                                                aheadTo("dan") +
                                                "S: 250 ok: queued as M1\n"
                                                "S: 250 ok\n"
                                                "S: 553 5.7.1 sender not owned\n"
                                                "S: 503 5.5.1 need MAIL command\n"
                                                "S: 503 5.5.1 need RCPT command\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok: queued as M3\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(aheadConfig(),
               {envelope({"bob@example.test"}), envelope({"carol@example.test"}), envelope({"dan@example.test"})},
               script, [](const SmtpRun &run) {
                   ASSERT_EQ(run.results.size(), 3);
                   EXPECT_TRUE(run.results[0].accepted);
                   EXPECT_FALSE(run.results[1].accepted);
                   EXPECT_FALSE(run.results[1].possiblySent);
                   EXPECT_EQ(run.results[1].failedStep, QStringLiteral("MAIL FROM"));
                   EXPECT_TRUE(run.results[1].error.contains(QStringLiteral("sender not owned")));
                   EXPECT_EQ(run.results[2].queueId, QStringLiteral("M3"));
                   EXPECT_FALSE(run.succeeded);
               });
}

TEST(SmtpSession, ADropWithBodiesOutLeavesThemPossiblySentAndTheWindowHoldsTheRest)
{
    // Message 1 went, then 2, 3 and 4 whole (four in flight); message 5 waits
    // for a verdict that never comes. Every body out without a reply may have
    // been taken; message 5 never went.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n";
    QList<SmtpEnvelope> five;
    for (int i = 0; i < 5; ++i)
        five << envelope({"bob@example.test"});
    const SmtpRun run = runSmtp(aheadConfig(), five, {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 5);
    EXPECT_EQ(run.clientLines.count("<body>"), SmtpSession::kAheadWindow);
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(run.results[i].possiblySent) << i;
    EXPECT_FALSE(run.results[4].possiblySent) << "message 5 never went";
}

TEST(SmtpSession, ARefusalOfTheCurrentBodyStillLeavesTheOneAheadPossiblySent)
{
    // 421 answers message 1's BDAT: message 1 failed (Deferred later), but
    // message 2's BDAT LAST went out with no answer: it may have been taken.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n421 4.3.0 shutting down\r\n";
    const SmtpRun run = runSmtp(aheadConfig(), {envelope({"bob@example.test"}), envelope({"carol@example.test"})},
                                {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 2);
    EXPECT_FALSE(run.results[0].possiblySent);
    EXPECT_FALSE(run.results[0].accepted);
    EXPECT_TRUE(run.results[1].possiblySent);
}

TEST(SmtpSession, ABigMessageWaitsForItsTurn)
{
    // More than one BDAT chunk: it is not sent ahead; it goes the usual way
    // once the message before it has its verdict.
    SmtpEnvelope big = envelope({"carol@example.test"});
    big.size = 300 * 1024;
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n";
    const SmtpRun run = runSmtp(aheadConfig(), {envelope({"bob@example.test"}), big}, {server, QByteArray()});
    EXPECT_EQ(run.clientLines.count("<body>"), 1);
    EXPECT_FALSE(run.clientLines.contains("RCPT TO:<carol@example.test>"));
    ASSERT_EQ(run.results.size(), 2);
    EXPECT_FALSE(run.results[1].possiblySent);
}

TEST(SmtpSession, OneVerdictFreesOnePlaceInTheWindow)
{
    // Six messages: the first, three ahead, then message 1's verdict lets
    // exactly one more go; the connection then ends.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n250 ok: queued as M1\r\n";
    QList<SmtpEnvelope> six;
    for (int i = 0; i < 6; ++i)
        six << envelope({"bob@example.test"});
    const SmtpRun run = runSmtp(aheadConfig(), six, {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 6);
    EXPECT_EQ(run.clientLines.count("<body>"), 5);
    EXPECT_TRUE(run.results[0].accepted);
    for (int i = 1; i < 5; ++i)
        EXPECT_TRUE(run.results[i].possiblySent) << i;
    EXPECT_FALSE(run.results[5].possiblySent);
}

TEST(SmtpSession, AGarbledReplyToBdatLastIsNoVerdict)
{
    // Mixed reply codes (RFC 5321 §4.2.1) after BDAT LAST: the body went out
    // and no reply was understood, so the message may have been taken.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n250-queued\r\n251 as what\r\n";
    const SmtpRun run = runSmtp(outboxConfig(), {envelope({"bob@example.test"})}, {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_TRUE(run.results[0].possiblySent);
    EXPECT_FALSE(run.results[0].accepted);
}

TEST(SmtpSession, ARefusedRsetWithMessagesInFlightClosesWithoutQuit)
{
    // The RSET of message 2 (sent ahead) is refused: its MAIL, RCPT and BDAT
    // replies are still to come, so a QUIT's reply could not be told apart;
    // the connection closes. Message 2's body went out unanswered.
    const QByteArray server = kChunkingServer + "250 ok\r\n250 ok\r\n250 ok: queued as M1\r\n502 5.5.2 no RSET here\r\n";
    const SmtpRun run = runSmtp(aheadConfig(), {envelope({"bob@example.test"}), envelope({"carol@example.test"})},
                                {server, QByteArray()});
    ASSERT_EQ(run.results.size(), 2);
    EXPECT_TRUE(run.results[0].accepted);
    EXPECT_TRUE(run.results[1].possiblySent);
    EXPECT_FALSE(run.clientLines.contains("QUIT"));
    EXPECT_TRUE(run.closed);
}

TEST(SmtpSession, EveryRecipientOfAMessageSentAheadRefusedKeepsTheirReasons)
{
    const Transcript script = Transcript::parse(kChunkingLogin + kFirstToBob + aheadTo("carol") + aheadTo("dan") +
                                                "S: 250 ok: queued as M1\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 550 5.1.1 <carol@example.test>: no such user\n"
                                                "S: 554 5.5.1 Error: no valid recipients\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok: queued as M3\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(aheadConfig(),
               {envelope({"bob@example.test"}), envelope({"carol@example.test"}), envelope({"dan@example.test"})},
               script, [](const SmtpRun &run) {
                   ASSERT_EQ(run.results.size(), 3);
                   EXPECT_FALSE(run.results[1].accepted);
                   EXPECT_FALSE(run.results[1].possiblySent);
                   EXPECT_EQ(run.results[1].failedStep, QStringLiteral("RCPT TO"));
                   EXPECT_TRUE(run.results[1].error.contains(QStringLiteral("no such user")));
                   EXPECT_FALSE(run.results[1].error.contains(QStringLiteral("no valid recipients")));
                   EXPECT_EQ(run.results[2].queueId, QStringLiteral("M3"));
               });
}
