// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode on SmtpSession (account/ClassroomMode.h): a server that offers
// PIPELINING and CHUNKING still gets MAIL, RCPT, DATA one at a time, the body
// after DATA and 354 (never BDAT), AUTH without an initial response (the
// server's empty 334 asks for it); HELO only on a plaintext lab connection.
// Every script is replayed whole, byte by byte and split at every offset.
#include "SmtpReplay.h"
#include "account/ClassroomMode.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

SmtpSession::Config classroomConfig(TransportSecurity security, bool helo = false)
{
    SmtpSession::Config c;
    c.ehloName = "client.example";
    c.security = security;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("secret");
    ClassroomMode mode;
    mode.helo = helo;
    mode.apply(c);
    return c;
}

SmtpEnvelope envelope()
{
    SmtpEnvelope e;
    e.from = "alice@example.test";
    e.recipients = {"bob@example.test", "carol@example.test"};
    e.size = 1234;
    return e;
}

const QByteArray kPlainIr = QByteArray("\0alice\0secret", 13).toBase64();

} // namespace

TEST(SmtpClassroom, OneCommandAtATimeDataNotBdatAuthWithoutInitialResponse)
{
    const Transcript script = Transcript::parse(
        "S: 220 mail.example.test ESMTP Postfix\n"
        "C: EHLO client.example\n"
        "S: 250-mail.example.test\n"
        "S: 250-PIPELINING\n"
        "S: 250-STARTTLS\n"
        "S: 250 CHUNKING\n"
        "C: STARTTLS\n"
        "S: 220 2.0.0 Ready to start TLS\n"
        "*: TLS\n"
        "C: EHLO client.example\n"
        "S: 250-mail.example.test\n"
        "S: 250-PIPELINING\n"
        "S: 250-SIZE 10240000\n"
        "S: 250-AUTH PLAIN LOGIN\n"
        "S: 250-ENHANCEDSTATUSCODES\n"
        "S: 250 CHUNKING\n"
        "C: AUTH PLAIN\n"
        "S: 334 \n"
        "C: " + kPlainIr + "\n"
        "S: 235 2.7.0 Authentication successful\n"
        "C: MAIL FROM:<alice@example.test> SIZE=1234\n"
        "S: 250 2.1.0 Ok\n"
        "C: RCPT TO:<bob@example.test>\n"
        "S: 250 2.1.5 Ok\n"
        "C: RCPT TO:<carol@example.test>\n"
        "S: 250 2.1.5 Ok\n"
        "C: DATA\n"
        "S: 354 End data with <CR><LF>.<CR><LF>\n"
        "C: <body>\n"
        "S: 250 2.0.0 Ok: queued as 4CLASS\n"
        "C: QUIT\n"
        "S: 221 2.0.0 Bye\n");
    const SmtpSession::Config config = classroomConfig(TransportSecurity::StartTls);
    EXPECT_TRUE(config.classroomNote.contains("PIPELINING"));
    EXPECT_TRUE(config.classroomNote.contains("CHUNKING"));
    EXPECT_TRUE(config.classroomNote.contains("SASL-IR"));
    replaySmtp(config, {envelope()}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.largestBatch, 1); // nothing pipelined, although the server offers it
        ASSERT_EQ(run.results.size(), 1);
        EXPECT_EQ(run.results[0].queueId, QStringLiteral("4CLASS"));
        for (const QByteArray &t : run.traceLines) {
            EXPECT_FALSE(t.startsWith("BDAT")) << t.constData();
            EXPECT_FALSE(t.contains(kPlainIr)) << t.constData();
            EXPECT_FALSE(t.contains("secret")) << t.constData();
        }
        EXPECT_TRUE(run.traceLines.contains("AUTH PLAIN"));
    });
}

TEST(SmtpClassroom, HeloOnPlaintextLabConnectionWithoutAuth)
{
    const Transcript script = Transcript::parse("S: 220 mail.example.test ESMTP Postfix\n"
                                                "C: HELO client.example\n"
                                                "S: 250 mail.example.test\n"
                                                "C: MAIL FROM:<alice@example.test>\n"
                                                "S: 250 2.1.0 Ok\n"
                                                "C: RCPT TO:<bob@example.test>\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "C: RCPT TO:<carol@example.test>\n"
                                                "S: 250 2.1.5 Ok\n"
                                                "C: DATA\n"
                                                "S: 354 End data with <CR><LF>.<CR><LF>\n"
                                                "C: <body>\n"
                                                "S: 250 2.0.0 Ok: queued as 4HELO\n"
                                                "C: QUIT\n"
                                                "S: 221 2.0.0 Bye\n");
    const SmtpSession::Config config = classroomConfig(TransportSecurity::Plain, true);
    EXPECT_FALSE(config.authenticate);
    EXPECT_TRUE(config.classroomNote.contains("HELO"));
    replaySmtp(config, {envelope()}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.largestBatch, 1);
    });
}

TEST(SmtpClassroom, HeloIsRefusedOnATlsConnectionBeforeAnythingIsSent)
{
    for (const auto security : {TransportSecurity::StartTls, TransportSecurity::ImplicitTls}) {
        SmtpSession::Config config = classroomConfig(security);
        config.useHelo = true;
        config.authenticate = false;
        SmtpSession session(config);
        session.addMessage(envelope());
        const QString why = session.validate();
        EXPECT_TRUE(why.contains(QStringLiteral("HELO"))) << why.toStdString();
        EXPECT_TRUE(why.contains(QStringLiteral("plaintext lab"))) << why.toStdString();
        // A driver that skipped validate() still gets no HELO: only a polite QUIT.
        const Transcript script = Transcript::parse("S: 220 mail.example.test ESMTP\n"
                                                    "C: QUIT\n"
                                                    "S: 221 Bye\n");
        replaySmtp(config, {envelope()}, script, [](const SmtpRun &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("HELO"));
            for (const QByteArray &l : run.clientLines)
                EXPECT_FALSE(l.startsWith("HELO")) << l.constData();
        });
    }
}

TEST(SmtpClassroom, HeloCannotAuthenticate)
{
    SmtpSession::Config config = classroomConfig(TransportSecurity::Plain);
    config.useHelo = true;
    config.authenticate = true;
    SmtpSession session(config);
    EXPECT_TRUE(session.validate().contains(QStringLiteral("AUTH")));
}
