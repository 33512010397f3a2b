// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession's security stance from scripted transcripts: STARTTLS missing or
// refused, bytes injected before the handshake, plaintext lab connections,
// forbidden bytes from user input (tests/README.md, cases 1, 3, 13); each
// replayed whole, byte by byte and split at every offset
// (tests/support/SmtpReplay.h).
#include "SmtpSessionFixtures.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(SmtpSession, StartTlsMissingStopsBeforeAuth)
{
    const Transcript script = Transcript::parse("S: 220 mail.example.test ESMTP\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-mail.example.test\n"
                                                "S: 250-AUTH PLAIN LOGIN\n"
                                                "S: 250 PIPELINING\n"
                                                "C: QUIT\n"
                                                "S: 221 Bye\n");
    replaySmtp(config(), {envelope()}, script, [](const SmtpRun &run) {
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
        const Transcript script = Transcript::parse("S: 220 mail.example.test ESMTP\n"
                                                    "C: EHLO client.example\n"
                                                    "S: 250-mail.example.test\n"
                                                    "S: 250-STARTTLS\n"
                                                    "S: 250 AUTH PLAIN\n"
                                                    "C: STARTTLS\n"
                                                    "S: " + refusal + "\n"
                                                    "C: QUIT\n"
                                                    "S: 221 Bye\n");
        replaySmtp(config(), {envelope()}, script, [&](const SmtpRun &run) {
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
    for (const QByteArray &tail : {QByteArray("250-AUTH PLAIN\r\n250 PIPELINING\r\n"),
                                  QByteArray("250 AUTH PLAIN")}) {
        QByteArray pre = "220 mail ESMTP\r\n250-mail\r\n250-STARTTLS\r\n250 AUTH LOGIN\r\n"
                         "220 2.0.0 Ready\r\n" + tail;
        QByteArray post = "250-mail\r\n250 SIZE 1000000\r\n221 Bye\r\n";
        Transcript script;
        script.serverSegments = {pre, post};
        script.expectedClient = {"EHLO client.example", "STARTTLS", "EHLO client.example", "QUIT"};
        replaySmtp(config(), {envelope()}, script, [&](const SmtpRun &run) {
            ASSERT_EQ(run.injections.size(), 1);
            EXPECT_EQ(run.injections[0], tail);
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        });
    }
}

TEST(SmtpSession, PlaintextLabRefusesAuthUnlessAllowed)
{
    const QByteArray server = "220 lab\r\n250-lab\r\n250 AUTH PLAIN\r\n235 ok\r\n250 ok\r\n250 ok\r\n"
                              "354 go\r\n250 ok\r\n221 bye\r\n";
    SmtpSession::Config c = config(TransportSecurity::Plain);
    SmtpRun run = runSmtp(c, {envelope({"bob@example.test"})}, {server});
    EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
    EXPECT_EQ(run.clientLines, (QList<QByteArray>{"EHLO client.example", "QUIT"}));

    c.allowAuthWithoutTls = true;
    c.usePipelining = false;
    run = runSmtp(c, {envelope({"bob@example.test"})}, {server});
    EXPECT_TRUE(run.succeeded) << run.error.toStdString();
    EXPECT_EQ(run.clientLines.value(1), "AUTH PLAIN " + kPlainIr);
}

TEST(SmtpSession, ForbiddenBytesAreRefusedBeforeAnythingIsSent)
{
    for (const QByteArray &bad : {QByteArray("bob@example.test\r\nRCPT TO:<x@y>"),
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
