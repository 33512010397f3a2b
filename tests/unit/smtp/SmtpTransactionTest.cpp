// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession's mail transactions from scripted transcripts: pipelined and
// one-by-one MAIL/RCPT/DATA (RFC 5321 §3.3, RFC 2920), BDAT (RFC 3030), per
// recipient refusals, several messages on one connection, a drop after the
// body, the connection test; each replayed whole, byte by byte and split at
// every offset (tests/support/SmtpReplay.h).
#include "SmtpSessionFixtures.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(SmtpSession, HappyPathStartTlsAuthPipelinedData)
{
    const Transcript script = Transcript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 Authentication successful\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "C: RCPT TO:<carol@example.test>\n"
                                                "C: DATA\n"
                                                "S: 250 2.1.0 Ok\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "S: 354 End data with <CR><LF>.<CR><LF>\n"
                                                "C: <body>\n"
                                                "S: 250 2.0.0 Ok: queued as 4ABC123\n"
                                                "C: QUIT\n"
                                                "S: 221 2.0.0 Bye\n");
    replaySmtp(config(), {envelope()}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.state, SmtpSession::State::Done);
        ASSERT_EQ(run.results.size(), 1);
        EXPECT_EQ(run.results[0].queueId, QStringLiteral("4ABC123"));
        EXPECT_EQ(run.results[0].finalReply.enhanced, QByteArray("2.0.0"));
        EXPECT_TRUE(run.injections.isEmpty());
        expectPasswordAbsent(run);
    });
}

TEST(SmtpSession, WithoutPipeliningOneCommandAtATime)
{
    const Transcript script = Transcript::parse(kPreTls + ehloAfterTls("") +
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 Authentication successful\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "S: 250 2.1.0 Ok\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "C: DATA\n"
                                                "S: 354 go ahead\n"
                                                "C: <body>\n"
                                                "S: 250 2.0.0 Ok: queued as Q1\n"
                                                "C: QUIT\n"
                                                "S: 221 2.0.0 Bye\n");
    replaySmtp(config(), {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded); });
}

TEST(SmtpSession, ChunkingWithPipeliningUsesBdatAfterRecipients)
{
    const Transcript script =
        Transcript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\nS: 250-CHUNKING\n") +
                          "C: AUTH PLAIN " + kPlainIr + "\n"
                          "S: 235 2.7.0 ok\n"
                          "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                          "C: RCPT TO:<bob@example.test>\n"
                          "S: 250 2.1.0 Ok\n"
                          "S: 250 2.1.5 Ok\n"
                          "C: <body>\n"
                          "S: 250 2.0.0 Ok: queued as B1\n"
                          "C: QUIT\n"
                          "S: 221 2.0.0 Bye\n");
    replaySmtp(config(), {envelope({"bob@example.test"})}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded);
        EXPECT_EQ(run.results.value(0).queueId, QStringLiteral("B1"));
    });
}

TEST(SmtpSession, ChunkingWithoutPipelining)
{
    const Transcript script = Transcript::parse(kPreTls + ehloAfterTls("S: 250-CHUNKING\n") +
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 ok\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "S: 250 2.1.0 Ok\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "C: <body>\n"
                                                "S: 250 2.0.0 Ok: queued as B2\n"
                                                "C: QUIT\n"
                                                "S: 221 2.0.0 Bye\n");
    replaySmtp(config(), {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded); });
}

TEST(SmtpSession, HeloFallbackOn502)
{
    SmtpSession::Config c = config(TransportSecurity::Plain);
    c.authenticate = false;
    const Transcript script = Transcript::parse("S: 220 old.example SMTP\n"
                                                "C: EHLO client.example\n"
                                                "S: 502 5.5.2 Error: command not recognized\n"
                                                "C: HELO client.example\n"
                                                "S: 250 old.example\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "S: 250 ok\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "S: 250 ok\n"
                                                "C: DATA\n"
                                                "S: 354 go\n"
                                                "C: <body>\n"
                                                "S: 250 ok\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded) << run.error.toStdString(); });
}

TEST(SmtpSession, PerRecipientRejectionsAreReportedByName)
{
    const Transcript script = Transcript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 ok\n"
                                                "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "C: RCPT TO:<carol@example.test>\n"
                                                "C: DATA\n"
                                                "S: 250 2.1.0 Ok\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "S: 550 5.1.1 <carol@example.test>: Recipient address rejected\n"
                                                "S: 354 go\n"
                                                "C: <body>\n"
                                                "S: 250 2.0.0 Ok: queued as P1\n"
                                                "C: QUIT\n"
                                                "S: 221 Bye\n");
    replaySmtp(config(), {envelope()}, script, [](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        ASSERT_EQ(run.results.size(), 1);
        EXPECT_TRUE(run.results[0].accepted);
        EXPECT_TRUE(run.results[0].recipients[0].accepted);
        EXPECT_FALSE(run.results[0].recipients[1].accepted);
        EXPECT_EQ(run.results[0].recipients[1].reply.code, 550);
        EXPECT_TRUE(run.error.contains(QStringLiteral("carol@example.test")));
        EXPECT_EQ(run.failedStep, QStringLiteral("RCPT TO"));
    });
}

TEST(SmtpSession, AllRecipientsRejectedNoBodySent)
{
    // RFC 2920: DATA answered 554 after all RCPTs failed; and a server that says 354
    // anyway gets an empty body (a lone ".") and never the message.
    for (const QByteArray &dataReply : {QByteArray("S: 554 5.5.1 Error: no valid recipients\n"
                                                  "C: QUIT\n"),
                                       QByteArray("S: 354 go\n"
                                                  "C: .\n"
                                                  "S: 554 5.5.1 no recipients\n"
                                                  "C: QUIT\n")}) {
        const Transcript script = Transcript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
                                                    "C: AUTH PLAIN " + kPlainIr + "\n"
                                                    "S: 235 2.7.0 ok\n"
                                                    "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
                                                    "C: RCPT TO:<bob@example.test>\n"
                                                    "C: RCPT TO:<carol@example.test>\n"
                                                    "C: DATA\n"
                                                    "S: 250 2.1.0 Ok\n"
                                                    "S: 550 5.1.1 no bob\n"
                                                    "S: 550 5.1.1 no carol\n" +
                                                    dataReply + "S: 221 Bye\n");
        replaySmtp(config(), {envelope()}, script, [](const SmtpRun &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_FALSE(run.results.value(0).accepted);
            EXPECT_FALSE(run.clientLines.contains("<body>"));
            EXPECT_TRUE(run.error.contains(QStringLiteral("no bob")));
        });
    }
}

TEST(SmtpSession, SizeLimitAndSmtpUtf8AreCheckedBeforeMail)
{
    SmtpEnvelope big = envelope({"bob@example.test"});
    big.size = 5000;
    const QByteArray server = "220 m\r\n250-m\r\n250-SIZE 1000\r\n250 AUTH PLAIN\r\n235 ok\r\n221 bye\r\n";
    SmtpRun run = runSmtp(config(TransportSecurity::ImplicitTls), {big}, {server});
    EXPECT_FALSE(run.succeeded);
    EXPECT_TRUE(run.error.contains(QStringLiteral("1000")));
    EXPECT_EQ(run.clientLines.last(), QByteArray("QUIT"));
    for (const QByteArray &l : run.clientLines)
        EXPECT_FALSE(l.startsWith("MAIL"));

    SmtpEnvelope utf = envelope({"zé@exemplo.com.br"});
    utf.smtpUtf8 = true;
    utf.size = 100;
    run = runSmtp(config(TransportSecurity::ImplicitTls), {utf}, {server});
    EXPECT_TRUE(run.error.contains(QStringLiteral("SMTPUTF8")));
}

TEST(SmtpSession, MailParametersFollowCapabilities)
{
    SmtpEnvelope e = envelope({"zé@exemplo.com.br"});
    e.smtpUtf8 = true;
    e.eightBit = true;
    const QByteArray server = "220 m\r\n250-m\r\n250-SIZE 0\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n"
                              "250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n250 ok\r\n221 bye\r\n";
    SmtpRun run = runSmtp(config(TransportSecurity::ImplicitTls), {e}, {server});
    EXPECT_TRUE(run.succeeded) << run.error.toStdString();
    EXPECT_EQ(run.clientLines.value(2),
              QByteArray("MAIL FROM:<alice@example.test> SIZE=1234 BODY=8BITMIME SMTPUTF8"));
}

TEST(SmtpSession, TwoMessagesOnOneConnectionWithRsetAfterFailure)
{
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    const Transcript script = Transcript::parse("S: 220 m\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-m\n"
                                                "S: 250 AUTH PLAIN\n"
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 ok\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "S: 550 5.7.1 sender refused\n"
                                                "C: RSET\n"
                                                "S: 250 ok\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "S: 250 ok\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "S: 250 ok\n"
                                                "C: DATA\n"
                                                "S: 354 go\n"
                                                "C: <body>\n"
                                                "S: 250 ok: queued as M2\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"}), envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) {
                            ASSERT_EQ(run.results.size(), 2);
                            EXPECT_FALSE(run.results[0].accepted);
                            EXPECT_EQ(run.results[0].failedStep, QStringLiteral("MAIL FROM"));
                            EXPECT_TRUE(run.results[1].accepted);
                            EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                            EXPECT_FALSE(run.succeeded);
                        });
}

TEST(SmtpSession, ResetBetweenMessagesPipelinesRsetWithTheNextEnvelope)
{
    // The outbox's connections: RSET before every message after the first
    // (RFC 5321 §4.1.1.5), sent in one group with MAIL, RCPT and DATA (RFC 2920 §3.1).
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    c.resetBetweenMessages = true;
    const Transcript script = Transcript::parse("S: 220 m\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-m\n"
                                                "S: 250-PIPELINING\n"
                                                "S: 250 AUTH PLAIN\n"
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 ok\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "C: DATA\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 354 go\n"
                                                "C: <body>\n"
                                                "S: 250 ok: queued as M1\n"
                                                "C: RSET\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "C: DATA\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 250 ok\n"
                                                "S: 354 go\n"
                                                "C: <body>\n"
                                                "S: 250 ok: queued as M2\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"}), envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) {
                            ASSERT_EQ(run.results.size(), 2);
                            EXPECT_EQ(run.results[0].queueId, QStringLiteral("M1"));
                            EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                            EXPECT_TRUE(run.succeeded) << run.error.toStdString();
                        });
}

TEST(SmtpSession, DropAfterBodyIsPossiblySent)
{
    const QByteArray server = "220 m\r\n250-m\r\n250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n";
    const SmtpRun run = runSmtp(config(TransportSecurity::ImplicitTls),
                                {envelope({"bob@example.test"})}, {server});
    EXPECT_FALSE(run.succeeded);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_TRUE(run.results[0].possiblySent);
    EXPECT_FALSE(run.results[0].accepted);
}

TEST(SmtpSession, ConnectionTestWithoutMessagesAuthenticatesThenNoop)
{
    const Transcript script = Transcript::parse("S: 220 m\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-m\n"
                                                "S: 250 AUTH PLAIN\n"
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 ok\n"
                                                "C: NOOP\n"
                                                "S: 250 2.0.0 Ok\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(config(TransportSecurity::ImplicitTls), {}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_TRUE(run.results.isEmpty());
    });
    // A failed login is not a successful test.
    const SmtpRun bad = runSmtp(config(TransportSecurity::ImplicitTls), {},
                                {"220 m\r\n250-m\r\n250 AUTH PLAIN\r\n535 5.7.8 no\r\n221 bye\r\n"});
    EXPECT_FALSE(bad.succeeded);
    EXPECT_EQ(bad.failedStep, QStringLiteral("AUTH"));
}
