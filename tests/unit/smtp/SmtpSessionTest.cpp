// SmtpSession from scripted transcripts, each replayed whole, byte by byte and
// split at every byte offset (tests/support/SmtpScript.h).
#include "SmtpScript.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

SmtpSession::Config config(SmtpSession::Security security = SmtpSession::Security::StartTlsRequired)
{
    SmtpSession::Config c;
    c.ehloName = "client.example";
    c.security = security;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("secret");
    return c;
}

SmtpEnvelope envelope(QList<QByteArray> rcpts = {"bob@example.test", "carol@example.test"})
{
    SmtpEnvelope e;
    e.from = "alice@example.test";
    e.recipients = rcpts;
    e.size = 1234;
    return e;
}

const QByteArray kPlainIr = QByteArray("\0alice\0secret", 13).toBase64(); // AGFsaWNlAHNlY3JldA==

const QByteArray kPreTls = "S: 220 mail.example.test ESMTP Postfix\n"
                           "C: EHLO client.example\n"
                           "S: 250-mail.example.test\n"
                           "S: 250-PIPELINING\n"
                           "S: 250-SIZE 10240000\n"
                           "S: 250-STARTTLS\n"
                           "S: 250-ENHANCEDSTATUSCODES\n"
                           "S: 250 8BITMIME\n"
                           "C: STARTTLS\n"
                           "S: 220 2.0.0 Ready to start TLS\n"
                           "*: TLS\n"
                           "C: EHLO client.example\n";

QByteArray ehloAfterTls(const QByteArray &extra)
{
    return "S: 250-mail.example.test\n"
           "S: 250-SIZE 10240000\n"
           "S: 250-AUTH PLAIN LOGIN\n" +
           extra +
           "S: 250-ENHANCEDSTATUSCODES\n"
           "S: 250 8BITMIME\n";
}

void expectPasswordAbsent(const SmtpRun &run)
{
    for (const QByteArray &t : run.traceLines) {
        EXPECT_FALSE(t.contains("secret")) << t.constData();
        EXPECT_FALSE(t.contains(QByteArray("secret").toBase64())) << t.constData();
        EXPECT_FALSE(t.contains(kPlainIr)) << t.constData();
    }
}

} // namespace

TEST(SmtpSession, HappyPathStartTlsAuthPipelinedData)
{
    const SmtpScript script = SmtpScript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
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
    replayAtEveryOffset(config(), {envelope()}, script, [](const SmtpRun &run) {
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
    const SmtpScript script = SmtpScript::parse(kPreTls + ehloAfterTls("") +
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
    replayAtEveryOffset(config(), {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded); });
}

TEST(SmtpSession, ChunkingWithPipeliningUsesBdatAfterRecipients)
{
    const SmtpScript script =
        SmtpScript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\nS: 250-CHUNKING\n") +
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
    replayAtEveryOffset(config(), {envelope({"bob@example.test"})}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded);
        EXPECT_EQ(run.results.value(0).queueId, QStringLiteral("B1"));
    });
}

TEST(SmtpSession, ChunkingWithoutPipelining)
{
    const SmtpScript script = SmtpScript::parse(kPreTls + ehloAfterTls("S: 250-CHUNKING\n") +
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
    replayAtEveryOffset(config(), {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded); });
}

TEST(SmtpSession, StartTlsMissingStopsBeforeAuth)
{
    const SmtpScript script = SmtpScript::parse("S: 220 mail.example.test ESMTP\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-mail.example.test\n"
                                                "S: 250-AUTH PLAIN LOGIN\n"
                                                "S: 250 PIPELINING\n"
                                                "C: QUIT\n"
                                                "S: 221 Bye\n");
    replayAtEveryOffset(config(), {envelope()}, script, [](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("STARTTLS"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("STARTTLS")));
        for (const QByteArray &l : run.clientLines)
            EXPECT_FALSE(l.startsWith("AUTH"));
    });
}

TEST(SmtpSession, StartTlsRefusedStopsBeforeAuth)
{
    for (const QByteArray refusal : {"454 4.7.0 TLS not available", "502 5.5.1 no", "500 what"}) {
        const SmtpScript script = SmtpScript::parse("S: 220 mail.example.test ESMTP\n"
                                                    "C: EHLO client.example\n"
                                                    "S: 250-mail.example.test\n"
                                                    "S: 250-STARTTLS\n"
                                                    "S: 250 AUTH PLAIN\n"
                                                    "C: STARTTLS\n"
                                                    "S: " + refusal + "\n"
                                                    "C: QUIT\n"
                                                    "S: 221 Bye\n");
        replayAtEveryOffset(config(), {envelope()}, script, [&](const SmtpRun &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("STARTTLS"));
            EXPECT_TRUE(run.error.contains(QString::fromLatin1(refusal.left(3))));
        });
    }
}

TEST(SmtpSession, BytesInjectedAfterStartTlsAreDiscardedAndEhloResent)
{
    // The injected "250 AUTH PLAIN" must not count: after TLS the server offers
    // no AUTH, so the session must fail instead of authenticating.
    for (const QByteArray tail : {QByteArray("250-AUTH PLAIN\r\n250 PIPELINING\r\n"),
                                  QByteArray("250 AUTH PLAIN")}) {
        QByteArray pre = "220 mail ESMTP\r\n250-mail\r\n250-STARTTLS\r\n250 AUTH LOGIN\r\n"
                         "220 2.0.0 Ready\r\n" + tail;
        QByteArray post = "250-mail\r\n250 SIZE 1000000\r\n221 Bye\r\n";
        SmtpScript script;
        script.serverSegments = {pre, post};
        script.expectedClient = {"EHLO client.example", "STARTTLS", "EHLO client.example", "QUIT"};
        replayAtEveryOffset(config(), {envelope()}, script, [&](const SmtpRun &run) {
            ASSERT_EQ(run.injections.size(), 1);
            EXPECT_EQ(run.injections[0], tail);
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        });
    }
}

TEST(SmtpSession, Reply421AtEveryStepEndsTheSession)
{
    const QList<QByteArray> happy = {
        "220 mail ESMTP\r\n",
        "250-mail\r\n250-STARTTLS\r\n250 PIPELINING\r\n",
        "220 go\r\n",
        // after TLS
        "250-mail\r\n250-AUTH PLAIN\r\n250 PIPELINING\r\n",
        "235 ok\r\n",
        "250 ok\r\n",
        "250 ok\r\n",
        "354 go\r\n",
        "250 queued as X\r\n",
        "221 bye\r\n"};
    for (int failAt = 0; failAt < happy.size(); ++failAt) {
        QList<QByteArray> segments = {QByteArray()};
        for (int i = 0; i < failAt; ++i) {
            segments.last() += happy[i];
            if (i == 2)
                segments.append(QByteArray());
        }
        segments.last() += "421 4.3.2 Service shutting down\r\n";
        for (qsizetype k = 0; k <= segments.last().size(); ++k) {
            QList<qsizetype> splits(segments.size(), -1);
            splits.last() = k;
            const SmtpRun run = runSmtp(config(), {envelope({"bob@example.test"})}, segments, splits);
            SCOPED_TRACE(failAt);
            // A 421 in answer to QUIT, after the message was accepted, changes nothing.
            EXPECT_EQ(run.succeeded, failAt == happy.size() - 1);
            EXPECT_TRUE(run.closed);
            if (failAt < happy.size() - 1) {
                EXPECT_EQ(run.state, SmtpSession::State::Failed);
                EXPECT_TRUE(run.error.contains(QStringLiteral("421"))) << run.error.toStdString();
            }
            if (failAt <= 3) {
                for (const QByteArray &l : run.clientLines)
                    EXPECT_FALSE(l.startsWith("AUTH"));
            }
        }
    }
}

TEST(SmtpSession, MalformedRepliesAreProtocolErrors)
{
    for (const QByteArray bad : {QByteArray("hello there\r\n"), QByteArray("25O ok\r\n"),
                                 QByteArray("2500 ok\r\n"), QByteArray("250-a\r\n251 b\r\n"),
                                 QByteArray("250 ok\n"), QByteArray("250 o\rk\r\n"),
                                 QByteArray("\r\n"), QByteArray("650 what\r\n")}) {
        const SmtpRun run = runSmtp(config(), {envelope()}, {"220 mail ESMTP\r\n" + bad}, {});
        SCOPED_TRACE(bad.constData());
        EXPECT_EQ(run.state, SmtpSession::State::Failed);
        EXPECT_TRUE(run.closed);
        EXPECT_FALSE(run.error.isEmpty());
    }
}

TEST(SmtpSession, BareCodeAndMultilineRepliesAreAccepted)
{
    const SmtpRun run =
        runSmtp(config(SmtpSession::Security::PlainLab), {envelope({"bob@example.test"})},
                {"220-mail first\r\n220-second\r\n220\r\n250-mail\r\n250 AUTH PLAIN\r\n221\r\n"},
                {});
    EXPECT_EQ(run.clientLines.value(0), QByteArray("EHLO client.example"));
    EXPECT_EQ(run.failedStep, QStringLiteral("AUTH")); // plaintext: no credentials
    EXPECT_FALSE(run.clientLines.contains("AUTH PLAIN " + kPlainIr));
}

TEST(SmtpSession, EndlessContinuationsAndHugeLinesAreBounded)
{
    QByteArray endless = "220 mail\r\n";
    for (int i = 0; i < 2000; ++i)
        endless += "250-KEYWORD" + QByteArray::number(i) + "\r\n";
    SmtpRun run = runSmtp(config(), {envelope()}, {endless}, {});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_TRUE(run.error.contains(QStringLiteral("512"))) << run.error.toStdString();

    const QByteArray huge = "220 mail\r\n250-" + QByteArray(1024 * 1024, 'a') + "\r\n250 ok\r\n";
    run = runSmtp(config(), {envelope()}, {huge}, {});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_FALSE(run.framerError.isEmpty());
    EXPECT_TRUE(run.closed);
}

TEST(SmtpSession, Unexpected354ToEhloFails)
{
    const SmtpRun run = runSmtp(config(), {envelope()}, {"220 mail\r\n354 go ahead\r\n"}, {});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_EQ(run.failedStep, QStringLiteral("EHLO"));
    EXPECT_TRUE(run.error.contains(QStringLiteral("354")));
}

TEST(SmtpSession, HeloFallbackOn502)
{
    SmtpSession::Config c = config(SmtpSession::Security::PlainLab);
    c.authenticate = false;
    const SmtpScript script = SmtpScript::parse("S: 220 old.example SMTP\n"
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
    replayAtEveryOffset(c, {envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) { EXPECT_TRUE(run.succeeded) << run.error.toStdString(); });
}

TEST(SmtpSession, PerRecipientRejectionsAreReportedByName)
{
    const SmtpScript script = SmtpScript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
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
    replayAtEveryOffset(config(), {envelope()}, script, [](const SmtpRun &run) {
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
    for (const QByteArray dataReply : {QByteArray("S: 554 5.5.1 Error: no valid recipients\n"
                                                  "C: QUIT\n"),
                                       QByteArray("S: 354 go\n"
                                                  "C: .\n"
                                                  "S: 554 5.5.1 no recipients\n"
                                                  "C: QUIT\n")}) {
        const SmtpScript script = SmtpScript::parse(kPreTls + ehloAfterTls("S: 250-PIPELINING\n") +
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
        replayAtEveryOffset(config(), {envelope()}, script, [](const SmtpRun &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_FALSE(run.results.value(0).accepted);
            EXPECT_FALSE(run.clientLines.contains("<body>"));
            EXPECT_TRUE(run.error.contains(QStringLiteral("no bob")));
        });
    }
}

TEST(SmtpSession, AuthLoginAndServerRejection)
{
    const QByteArray user = QByteArray("alice").toBase64(), pass = QByteArray("secret").toBase64();
    SmtpSession::Config c = config();
    c.mechanism = QStringLiteral("LOGIN");
    const SmtpScript ok = SmtpScript::parse(kPreTls + ehloAfterTls("") +
                                            "C: AUTH LOGIN\n"
                                            "S: 334 VXNlcm5hbWU6\n"
                                            "C: " + user + "\n"
                                            "S: 334 UGFzc3dvcmQ6\n"
                                            "C: " + pass + "\n"
                                            "S: 535 5.7.8 Error: authentication failed: bad\n"
                                            "C: QUIT\n"
                                            "S: 221 Bye\n");
    replayAtEveryOffset(c, {envelope()}, ok, [&](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("535 5.7.8")));
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains(pass)) << t.constData();
    });
}

TEST(SmtpSession, AuthCramMd5Rfc2195Example)
{
    SmtpSession::Config c = config(SmtpSession::Security::ImplicitTls);
    c.credentials.username = QStringLiteral("tim");
    c.credentials.password = QStringLiteral("tanstaaftanstaaf");
    const SmtpScript script = SmtpScript::parse(
        "S: 220 mail ESMTP\n"
        "C: EHLO client.example\n"
        "S: 250-mail\n"
        "S: 250 AUTH CRAM-MD5 PLAIN LOGIN\n"
        "C: AUTH CRAM-MD5\n"
        "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
        "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n"
        "S: 235 2.7.0 ok\n"
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
    replayAtEveryOffset(c, {envelope({"bob@example.test"})}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("b913a602c7eda7a495b4e6e7334d3890")) << t.constData();
    });
}

TEST(SmtpSession, AuthXoauth2AndOauthBearerWithToken)
{
    SmtpSession::Config c = config(SmtpSession::Security::ImplicitTls);
    c.credentials.password.clear();
    c.credentials.oauthToken = QStringLiteral("ya29.token");
    c.credentials.host = QStringLiteral("mail.example.test");
    c.credentials.port = 465;
    const QByteArray xo = QByteArray("user=alice\x01""auth=Bearer ya29.token\x01\x01").toBase64();
    const SmtpScript x = SmtpScript::parse("S: 220 mail\n"
                                           "C: EHLO client.example\n"
                                           "S: 250-mail\n"
                                           "S: 250 AUTH XOAUTH2 PLAIN\n"
                                           "C: AUTH XOAUTH2 " + xo + "\n"
                                           "S: 235 ok\n"
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
    replayAtEveryOffset(c, {envelope({"bob@example.test"})}, x, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("ya29.token")) << t.constData();
    });

    const QByteArray ob = QByteArray("n,a=alice,\x01host=mail.example.test\x01port=465\x01"
                                     "auth=Bearer ya29.token\x01\x01")
                              .toBase64();
    const QByteArray err = QByteArray(R"({"status":"invalid_token","scope":"mail"})").toBase64();
    const SmtpScript o = SmtpScript::parse("S: 220 mail\n"
                                           "C: EHLO client.example\n"
                                           "S: 250-mail\n"
                                           "S: 250 AUTH OAUTHBEARER XOAUTH2\n"
                                           "C: AUTH OAUTHBEARER " + ob + "\n"
                                           "S: 334 " + err + "\n"
                                           "C: AQ==\n"
                                           "S: 535 5.7.8 invalid token\n"
                                           "C: QUIT\n"
                                           "S: 221 bye\n");
    replayAtEveryOffset(c, {envelope({"bob@example.test"})}, o, [](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
    });
}

TEST(SmtpSession, BadChallengeCancelsWithStar)
{
    SmtpSession::Config c = config(SmtpSession::Security::ImplicitTls);
    for (const QByteArray &mech : {QByteArray("LOGIN"), QByteArray("CRAM-MD5"),
                                   QByteArray("SCRAM-SHA-256"), QByteArray("SCRAM-SHA-1")}) {
        for (const QByteArray challenge : {QByteArray("!!!notbase64"), QByteArray("===="),
                                           QByteArray("")}) {
            c.mechanism = QString::fromLatin1(mech);
            const bool clientFirst = mech.startsWith("SCRAM");
            const SmtpScript script = SmtpScript::parse(
                "S: 220 mail\n"
                "C: EHLO client.example\n"
                "S: 250-mail\n"
                "S: 250 AUTH SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 LOGIN PLAIN\n"
                "C: AUTH " + mech + (clientFirst ? " *" : "") + "\n"
                "S: 334 " + challenge + "\n"
                "C: *\n"
                "S: 501 5.7.0 Authentication aborted\n"
                "C: QUIT\n"
                "S: 221 bye\n");
            if (mech == "LOGIN" && challenge.isEmpty())
                continue; // an empty LOGIN prompt is answered with the user name
            SCOPED_TRACE(mech.constData());
            SCOPED_TRACE(challenge.constData());
            replayAtEveryOffset(c, {envelope()}, script, [&](const SmtpRun &run) {
                EXPECT_FALSE(run.succeeded);
                EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
                EXPECT_TRUE(run.error.contains(QString::fromLatin1(mech))) << run.error.toStdString();
                // No fallback to another mechanism: exactly one AUTH command.
                int auths = 0;
                for (const QByteArray &l : run.clientLines)
                    auths += l.startsWith("AUTH ") ? 1 : 0;
                EXPECT_EQ(auths, 1);
            });
        }
    }
}

TEST(SmtpSession, StrongestMechanismIsChosenAndNoSilentFallback)
{
    const SmtpScript script = SmtpScript::parse("S: 220 mail\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-mail\n"
                                                "S: 250 AUTH PLAIN LOGIN SCRAM-SHA-256 CRAM-MD5\n"
                                                "C: AUTH SCRAM-SHA-256 *\n"
                                                "S: 535 5.7.8 no\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replayAtEveryOffset(config(SmtpSession::Security::ImplicitTls), {envelope()}, script,
                        [](const SmtpRun &run) { EXPECT_EQ(run.failedStep, QStringLiteral("AUTH")); });
}

TEST(SmtpSession, PlaintextLabRefusesAuthUnlessAllowed)
{
    const QByteArray server = "220 lab\r\n250-lab\r\n250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n"
                              "354 go\r\n250 ok\r\n221 bye\r\n";
    SmtpSession::Config c = config(SmtpSession::Security::PlainLab);
    SmtpRun run = runSmtp(c, {envelope({"bob@example.test"})}, {server}, {});
    EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
    EXPECT_EQ(run.clientLines, (QList<QByteArray>{"EHLO client.example", "QUIT"}));

    c.allowAuthWithoutTls = true;
    c.usePipelining = false;
    run = runSmtp(c, {envelope({"bob@example.test"})}, {server}, {});
    EXPECT_TRUE(run.succeeded) << run.error.toStdString();
    EXPECT_EQ(run.clientLines.value(1), "AUTH PLAIN " + kPlainIr);
}

TEST(SmtpSession, ForbiddenBytesAreRefusedBeforeAnythingIsSent)
{
    for (const QByteArray bad : {QByteArray("bob@example.test\r\nRCPT TO:<x@y>"),
                                 QByteArray("bob@exa\nmple.test"), QByteArray("bob\0@x", 6),
                                 QByteArray("bob>@x")}) {
        SmtpSession s(config());
        s.addMessage(envelope({bad}));
        EXPECT_FALSE(s.validate().isEmpty()) << bad.constData();
    }
    SmtpSession::Config c = config();
    c.ehloName = "evil\r\nMAIL FROM:<x>";
    SmtpSession s(c);
    s.addMessage(envelope());
    EXPECT_FALSE(s.validate().isEmpty());
    SmtpSession good(config());
    good.addMessage(envelope());
    EXPECT_TRUE(good.validate().isEmpty());
}

TEST(SmtpSession, SizeLimitAndSmtpUtf8AreCheckedBeforeMail)
{
    SmtpEnvelope big = envelope({"bob@example.test"});
    big.size = 5000;
    const QByteArray server = "220 m\r\n250-m\r\n250-SIZE 1000\r\n250 AUTH PLAIN\r\n235 ok\r\n221 bye\r\n";
    SmtpRun run = runSmtp(config(SmtpSession::Security::ImplicitTls), {big}, {server}, {});
    EXPECT_FALSE(run.succeeded);
    EXPECT_TRUE(run.error.contains(QStringLiteral("1000")));
    EXPECT_EQ(run.clientLines.last(), QByteArray("QUIT"));
    for (const QByteArray &l : run.clientLines)
        EXPECT_FALSE(l.startsWith("MAIL"));

    SmtpEnvelope utf = envelope({"zé@exemplo.com.br"});
    utf.smtpUtf8 = true;
    utf.size = 100;
    run = runSmtp(config(SmtpSession::Security::ImplicitTls), {utf}, {server}, {});
    EXPECT_TRUE(run.error.contains(QStringLiteral("SMTPUTF8")));
}

TEST(SmtpSession, MailParametersFollowCapabilities)
{
    SmtpEnvelope e = envelope({"zé@exemplo.com.br"});
    e.smtpUtf8 = true;
    e.eightBit = true;
    const QByteArray server = "220 m\r\n250-m\r\n250-SIZE 0\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n"
                              "250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n250 ok\r\n221 bye\r\n";
    SmtpRun run = runSmtp(config(SmtpSession::Security::ImplicitTls), {e}, {server}, {});
    EXPECT_TRUE(run.succeeded) << run.error.toStdString();
    EXPECT_EQ(run.clientLines.value(2),
              QByteArray("MAIL FROM:<alice@example.test> SIZE=1234 BODY=8BITMIME SMTPUTF8"));
}

TEST(SmtpSession, TwoMessagesOnOneConnectionWithRsetAfterFailure)
{
    SmtpSession::Config c = config(SmtpSession::Security::ImplicitTls);
    const SmtpScript script = SmtpScript::parse("S: 220 m\n"
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
    replayAtEveryOffset(c, {envelope({"bob@example.test"}), envelope({"bob@example.test"})}, script,
                        [](const SmtpRun &run) {
                            ASSERT_EQ(run.results.size(), 2);
                            EXPECT_FALSE(run.results[0].accepted);
                            EXPECT_EQ(run.results[0].failedStep, QStringLiteral("MAIL FROM"));
                            EXPECT_TRUE(run.results[1].accepted);
                            EXPECT_EQ(run.results[1].queueId, QStringLiteral("M2"));
                            EXPECT_FALSE(run.succeeded);
                        });
}

TEST(SmtpSession, DropAfterBodyIsPossiblySent)
{
    const QByteArray server = "220 m\r\n250-m\r\n250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n";
    const SmtpRun run = runSmtp(config(SmtpSession::Security::ImplicitTls),
                                {envelope({"bob@example.test"})}, {server}, {});
    EXPECT_FALSE(run.succeeded);
    ASSERT_EQ(run.results.size(), 1);
    EXPECT_TRUE(run.results[0].possiblySent);
    EXPECT_FALSE(run.results[0].accepted);
}

TEST(SmtpSession, ConnectionTestWithoutMessagesAuthenticatesThenNoop)
{
    const SmtpScript script = SmtpScript::parse("S: 220 m\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-m\n"
                                                "S: 250 AUTH PLAIN\n"
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: 235 2.7.0 ok\n"
                                                "C: NOOP\n"
                                                "S: 250 2.0.0 Ok\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replayAtEveryOffset(config(SmtpSession::Security::ImplicitTls), {}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_TRUE(run.results.isEmpty());
    });
    // A failed login is not a successful test.
    const SmtpRun bad = runSmtp(config(SmtpSession::Security::ImplicitTls), {},
                                {"220 m\r\n250-m\r\n250 AUTH PLAIN\r\n535 5.7.8 no\r\n221 bye\r\n"}, {});
    EXPECT_FALSE(bad.succeeded);
    EXPECT_EQ(bad.failedStep, QStringLiteral("AUTH"));
}
