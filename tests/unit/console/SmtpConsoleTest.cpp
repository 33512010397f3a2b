// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleReplay.h"
#include "console/SmtpConsoleSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
const QByteArray kEhlo = "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 41943040\r\n"
                         "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n";
} // namespace

TEST(SmtpConsole, CourseSessionWithDotStuffing)
{
    const QList<ConsoleStep> steps = {
        server("220 mail.example.test ESMTP Postfix\r\n"),
        typed("HELO mydomain.com"),
        server("250 mail.example.test\r\n"),
        typed("MAIL FROM: sender@mydomain.com"),
        server("250 2.1.0 Ok\r\n"),
        typed("RCPT TO: bob@example.test"),
        server("250 2.1.5 Ok\r\n"),
        typed("DATA"),
        server("354 End data with <CR><LF>.<CR><LF>\r\n"),
        typed("Subject: hello"),
        typed(""),
        typed(".hidden line"),
        typed("."),
        server("250 2.0.0 Ok: queued as 4XyZ\r\n"),
        typed("QUIT"),
        server("221 2.0.0 Bye\r\n"),
    };
    replayConsole(Protocol::Smtp, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("HELO mydomain.com\r\nMAIL FROM: sender@mydomain.com\r\n"
                                     "RCPT TO: bob@example.test\r\nDATA\r\nSubject: hello\r\n\r\n"
                                     "..hidden line\r\n.\r\nQUIT\r\n"));
        EXPECT_EQ(r.states,
                  QStringList({QStringLiteral("greeting"), QStringLiteral("greeting"), QStringLiteral("ready"), QStringLiteral("ready"), QStringLiteral("mail"), QStringLiteral("mail"), QStringLiteral("rcpt"), QStringLiteral("rcpt"),
                               QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("data"), QStringLiteral("ready"), QStringLiteral("ready"), QStringLiteral("ready")}));
        // The greeting and each command's reply: 7 complete replies, the last a success.
        EXPECT_EQ(r.replies, 7);
        EXPECT_TRUE(r.lastSuccess);
        EXPECT_TRUE(r.closed);
        EXPECT_TRUE(r.errors.isEmpty());
        // The stuffed line is said, the envelope syntax of RFC 5321 §4.1.2 explained.
        EXPECT_TRUE(transcriptHas(r, "dot-stuffed"));
        EXPECT_TRUE(transcriptHas(r, "MAIL FROM:<sender@mydomain.com>"));
        EXPECT_TRUE(transcriptHas(r, "RCPT TO:<bob@example.test>"));
        // The body lines go straight (nothing awaited) between 354 and the lone dot.
        EXPECT_TRUE(r.awaiting[1]);  // HELO sent
        EXPECT_FALSE(r.awaiting[9]); // a body line
        EXPECT_TRUE(r.awaiting[12]); // the lone "."
    });
}

TEST(SmtpConsole, MultilineReplyIsCompleteOnlyAtItsLastLine)
{
    const QList<ConsoleStep> steps = {server("220 hi\r\n"), typed("EHLO me"), server(kEhlo.left(40)),
                                      server(kEhlo.mid(40))};
    const ConsoleRun r = runConsole(Protocol::Smtp, {}, steps);
    EXPECT_EQ(r.replies, 2);
    EXPECT_TRUE(r.awaiting[2]); // a part of the EHLO reply is not a reply
    EXPECT_FALSE(r.awaiting[3]);
    EXPECT_EQ(r.states.last(), QStringLiteral("ready"));
    replayConsole(Protocol::Smtp, {}, {server("220 hi\r\n"), typed("EHLO me"), server(kEhlo)},
                  [](const ConsoleRun &run) {
                      EXPECT_EQ(run.replies, 2);
                      EXPECT_EQ(run.states.last(), QStringLiteral("ready"));
                  });
}

TEST(SmtpConsole, StrictEnvelopeSyntaxGetsNoNote)
{
    const ConsoleRun r = runConsole(
        Protocol::Smtp, {}, {server("220 hi\r\n"), typed("MAIL FROM:<a@b.test> SIZE=10")});
    EXPECT_FALSE(transcriptHas(r, "RFC 5321 §4.1.2"));
}

TEST(SmtpConsole, StartTlsAsksForTheUpgradeAndEhloAgain)
{
    const QList<ConsoleStep> steps = {server("220 hi\r\n"),  typed("EHLO me"), server(kEhlo),
                                      typed("STARTTLS"),      server("220 2.0.0 Ready to start TLS\r\n"),
                                      tlsUp(),                typed("EHLO me"), server(kEhlo)};
    replayConsole(Protocol::Smtp, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.startTls, 1);
        EXPECT_TRUE(r.discarded.isEmpty());
        EXPECT_EQ(r.states[5], QStringLiteral("greeting")); // after TLS: EHLO again
        EXPECT_EQ(r.states.last(), QStringLiteral("ready"));
        EXPECT_TRUE(transcriptHas(r, "SHA-256: ab12"));
        EXPECT_TRUE(transcriptHas(r, "EHLO again"));
    });
}

TEST(SmtpConsole, BytesAfterTheStartTlsReplyAreDiscarded)
{
    const ConsoleRun r = runConsole(
        Protocol::Smtp, {},
        {server("220 hi\r\n"), typed("STARTTLS"), server("220 go ahead\r\n250 injected\r\n")});
    EXPECT_EQ(r.startTls, 1);
    EXPECT_EQ(r.discarded, QByteArray("250 injected\r\n"));
}

TEST(SmtpConsole, AuthPlainHelperMasksThePassword)
{
    const QList<ConsoleStep> steps = {server("220 hi\r\n"), typed("AUTH PLAIN alice"), password("s3cretpass"),
                                      server("235 2.7.0 Authentication successful\r\n")};
    replayConsole(Protocol::Smtp, {}, steps, [](const ConsoleRun &r) {
        const QByteArray message = QByteArray("\0alice\0s3cretpass", 17).toBase64();
        EXPECT_EQ(r.wire, "AUTH PLAIN " + message + "\r\n");
        EXPECT_EQ(r.passwordRequests, 1);
        expectSecretNowhere(r, "s3cretpass");
        for (const QByteArray &line : r.transcript)
            EXPECT_FALSE(line.contains(message)) << line.constData();
        EXPECT_TRUE(transcriptHas(r, "C: AUTH PLAIN <\\0alice\\0*****>"));
        EXPECT_EQ(r.history, QStringList({QStringLiteral("AUTH PLAIN alice")}));
        EXPECT_TRUE(r.lastSuccess);
    });
}

TEST(SmtpConsole, ClassroomAuthPlainWaitsFor334)
{
    ConsoleSession::Config config;
    config.classroom = true;
    config.user = QStringLiteral("alice");
    const QList<ConsoleStep> steps = {server("220 hi\r\n"), typed("AUTH PLAIN"), password("s3cretpass"),
                                      server("334 \r\n"), server("235 2.7.0 ok\r\n")};
    replayConsole(Protocol::Smtp, config, steps, [](const ConsoleRun &r) {
        const QByteArray message = QByteArray("\0alice\0s3cretpass", 17).toBase64();
        EXPECT_EQ(r.wire, "AUTH PLAIN\r\n" + message + "\r\n");
        EXPECT_TRUE(r.awaiting[3]); // the 334 is not the end of AUTH
        expectSecretNowhere(r, "s3cretpass");
        for (const QByteArray &line : r.transcript)
            EXPECT_FALSE(line.contains(message)) << line.constData();
        EXPECT_EQ(r.replies, 2);
    });
}

TEST(SmtpConsole, AuthLoginAnswersBothPrompts)
{
    const QList<ConsoleStep> steps = {server("220 hi\r\n"), typed("AUTH LOGIN bob"), password("b0bsecret"),
                                      server("334 VXNlcm5hbWU6\r\n"), server("334 UGFzc3dvcmQ6\r\n"),
                                      server("535 5.7.8 Error: authentication failed\r\n")};
    replayConsole(Protocol::Smtp, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, "AUTH LOGIN\r\n" + QByteArray("bob").toBase64() + "\r\n" +
                              QByteArray("b0bsecret").toBase64() + "\r\n");
        expectSecretNowhere(r, "b0bsecret");
        EXPECT_FALSE(r.lastSuccess);
    });
}

TEST(SmtpConsole, AuthWithoutUserIsRefusedClearly)
{
    const ConsoleRun r = runConsole(Protocol::Smtp, {}, {server("220 hi\r\n"), typed("AUTH PLAIN")});
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].contains(QStringLiteral("user name")));
    EXPECT_TRUE(r.wire.isEmpty());
}

TEST(SmtpConsole, BdatCountsBytesWithoutStuffing)
{
    const QList<ConsoleStep> steps = {server("220 hi\r\n"), typed("BDAT 14 LAST"), typed(".dot"), typed("abcdefgh"),
                                      server("250 2.0.0 Ok\r\n")};
    replayConsole(Protocol::Smtp, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("BDAT 14 LAST\r\n.dot\r\nabcdefgh"));
        EXPECT_TRUE(transcriptHas(r, "not dot-stuffed"));
        EXPECT_FALSE(r.awaiting[2]); // inside the chunk: the student's turn
        EXPECT_TRUE(r.awaiting[3]);  // the chunk is complete: the reply is awaited
        EXPECT_EQ(r.states.last(), QStringLiteral("greeting"));
    });
}

TEST(SmtpConsole, BdatLineLongerThanTheChunkIsRefused)
{
    const ConsoleRun r =
        runConsole(Protocol::Smtp, {}, {server("220 hi\r\n"), typed("BDAT 3"), typed("abcdef")});
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].contains(QStringLiteral("3 bytes left")));
}

TEST(SmtpConsole, ControlCharactersNeverReachTheWire)
{
    const ConsoleRun r = runConsole(Protocol::Smtp, {},
                                    {server("220 hi\r\n"), typed(QByteArray("NOOP\0x", 6)),
                                     typed("RCPT TO:<a@b>\rDATA")});
    EXPECT_EQ(r.errors.size(), 2);
    EXPECT_TRUE(r.wire.isEmpty());
}

TEST(SmtpConsole, TypedPasswordDuringPromptIsRefused)
{
    const ConsoleRun r = runConsole(
        Protocol::Smtp, {}, {server("220 hi\r\n"), typed("AUTH LOGIN bob"), typed("NOOP")});
    EXPECT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.wire.isEmpty());
}

TEST(SmtpConsole, ReadyMadeSaslResponseIsRefusedAndNotKept)
{
    const QByteArray message = QByteArray("\0alice\0s3cretpass", 17).toBase64();
    for (const Protocol p : {Protocol::Smtp, Protocol::Pop3, Protocol::Imap}) {
        const QByteArray greeting = p == Protocol::Smtp ? "220 hi\r\n" : p == Protocol::Pop3 ? "+OK hi\r\n" : "* OK hi\r\n";
        const QByteArray verb = p == Protocol::Imap ? "AUTHENTICATE" : "AUTH";
        const ConsoleRun r = runConsole(p, {}, {server(greeting), typed(verb + " PLAIN " + message)});
        ASSERT_EQ(r.errors.size(), 1);
        EXPECT_TRUE(r.wire.isEmpty());
        EXPECT_TRUE(r.history.isEmpty());
        EXPECT_EQ(r.passwordRequests, 0);
        for (const QByteArray &line : r.transcript)
            EXPECT_FALSE(line.contains(message));
    }
}

TEST(SmtpConsole, A421AtAnyPointClosesTheSession)
{
    replayConsole(Protocol::Smtp, {},
                  {server("220 hi\r\n"), typed("EHLO me"), server("421 4.3.2 Shutting down\r\n"), typed("NOOP")},
                  [](const ConsoleRun &r) {
                      EXPECT_TRUE(r.closed);
                      EXPECT_FALSE(r.lastSuccess);
                      EXPECT_EQ(r.errors.size(), 1); // nothing more after 421
                      EXPECT_EQ(r.wire, QByteArray("EHLO me\r\n"));
                  });
}
