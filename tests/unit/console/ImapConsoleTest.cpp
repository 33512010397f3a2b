// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleReplay.h"
#include "console/ImapConsoleSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
const QByteArray kGreeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.\r\n";
}

TEST(ImapConsole, TagsAreAddedAndShownBothWays)
{
    const QList<ConsoleStep> steps = {
        server(kGreeting),
        typed("LOGIN alice"),
        password("alicepass"),
        server("a1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"),
        typed("LIST \"\" *"),
        server("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n"
               "a2 OK List completed.\r\n"),
        typed("x9 NOOP"),
        server("x9 OK NOOP completed.\r\n"),
    };
    replayConsole(Protocol::Imap, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("a1 LOGIN \"alice\" \"alicepass\"\r\na2 LIST \"\" *\r\nx9 NOOP\r\n"));
        EXPECT_EQ(r.states.last(), QStringLiteral("authenticated"));
        EXPECT_EQ(r.replies, 4);
        EXPECT_TRUE(r.lastSuccess);
        EXPECT_TRUE(transcriptHas(r, "C: a2 LIST \"\" *"));
        EXPECT_TRUE(transcriptHas(r, "C: a1 LOGIN \"alice\" *****"));
        expectSecretNowhere(r, "alicepass");
        EXPECT_EQ(r.history, QStringList({QStringLiteral("LOGIN alice"), QStringLiteral("LIST \"\" *"), QStringLiteral("x9 NOOP")}));
        EXPECT_TRUE(r.awaiting[4]);  // LIST sent
        EXPECT_FALSE(r.awaiting[5]); // its tagged OK arrived
    });
    ImapConsoleSession s({});
    s.feed("* OK hi");
    s.submit("LIST \"\" *");
    EXPECT_EQ(s.typedFor("a1"), QByteArray("LIST \"\" *"));
    s.submit("t7 NOOP");
    EXPECT_TRUE(s.typedFor("t7").isEmpty());
}

TEST(ImapConsole, LiteralWaitsForTheContinuation)
{
    const QList<ConsoleStep> steps = {
        server(kGreeting),
        typed("APPEND INBOX {13}"),
        server("+ OK\r\n"),
        typed("Subject: x"), // 12 bytes with CRLF
        typed("y"),          // the 13th byte, no line end
        typed(""),           // the end of the command line
        server("a1 OK [APPENDUID 1 7] Append completed.\r\n"),
    };
    replayConsole(Protocol::Imap, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("a1 APPEND INBOX {13}\r\nSubject: x\r\ny\r\n"));
        EXPECT_TRUE(r.awaiting[1]);  // waiting for "+"
        EXPECT_FALSE(r.awaiting[2]); // the student's turn: the literal's bytes
        EXPECT_FALSE(r.awaiting[4]); // literal complete: the rest of the line
        EXPECT_TRUE(r.awaiting[5]);  // the command is complete: the tagged reply is awaited
        EXPECT_TRUE(r.lastSuccess);
        EXPECT_TRUE(r.errors.isEmpty());
    });
}

TEST(ImapConsole, LineTypedBeforeTheContinuationIsRefused)
{
    const ConsoleRun r = runConsole(Protocol::Imap, {},
                                    {server(kGreeting), typed("APPEND INBOX {5}"), typed("hello")});
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_EQ(r.wire, QByteArray("a1 APPEND INBOX {5}\r\n"));
}

TEST(ImapConsole, RefusedLiteralEndsTheCommand)
{
    const ConsoleRun r = runConsole(
        Protocol::Imap, {},
        {server(kGreeting), typed("APPEND INBOX {5}"), server("a1 NO [TOOBIG] too big\r\n"), typed("NOOP")});
    EXPECT_EQ(r.wire, QByteArray("a1 APPEND INBOX {5}\r\na2 NOOP\r\n"));
    EXPECT_TRUE(r.errors.isEmpty());
}

TEST(ImapConsole, ServerLiteralsAreCountedByTheFramer)
{
    const QList<ConsoleStep> steps = {
        server("* PREAUTH ready\r\n"),
        typed("SELECT INBOX"),
        server("* 1 EXISTS\r\na1 OK [READ-WRITE] Select completed.\r\n"),
        typed("FETCH 1 BODY[]"),
        // a literal that holds a fake tagged OK must not end the response early
        server("* 1 FETCH (BODY[] {16}\r\na2 OK fake\r\nxx\r\n)\r\na2 OK Fetch completed.\r\n"),
    };
    replayConsole(Protocol::Imap, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.replies, 3);
        EXPECT_EQ(r.states.last(), QStringLiteral("selected"));
        EXPECT_FALSE(r.awaiting.last());
    });
}

TEST(ImapConsole, IdleEndsWithDone)
{
    const QList<ConsoleStep> steps = {
        server("* PREAUTH ready\r\n"),
        typed("SELECT INBOX"),
        server("a1 OK selected\r\n"),
        typed("IDLE"),
        server("+ idling\r\n"),
        server("* 2 EXISTS\r\n"),
        typed("NOOP"),
        typed("done"),
        server("a2 OK Idle completed.\r\n"),
    };
    replayConsole(Protocol::Imap, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("a1 SELECT INBOX\r\na2 IDLE\r\nDONE\r\n"));
        EXPECT_EQ(r.states[4], QStringLiteral("idle"));
        EXPECT_FALSE(r.awaiting[4]); // idling: the student may type DONE
        EXPECT_EQ(r.errors.size(), 1); // NOOP while idling
        EXPECT_EQ(r.states.last(), QStringLiteral("selected"));
        EXPECT_TRUE(transcriptHas(r, "DONE"));
    });
}

TEST(ImapConsole, AuthenticatePlainUsesSaslIrUnlessClassroom)
{
    const QByteArray message = QByteArray("\0alice\0alicepass", 16).toBase64();
    replayConsole(Protocol::Imap, {},
                  {server(kGreeting), typed("AUTHENTICATE PLAIN alice"), password("alicepass"),
                   server("a1 OK Logged in\r\n")},
                  [&](const ConsoleRun &r) {
                      EXPECT_EQ(r.wire, "a1 AUTHENTICATE PLAIN " + message + "\r\n");
                      expectSecretNowhere(r, "alicepass");
                      for (const QByteArray &line : r.transcript)
                          EXPECT_FALSE(line.contains(message)) << line.constData();
                      EXPECT_EQ(r.states.last(), QStringLiteral("authenticated"));
                  });
    ConsoleSession::Config classroom;
    classroom.classroom = true;
    replayConsole(Protocol::Imap, classroom,
                  {server(kGreeting), typed("AUTHENTICATE PLAIN alice"), password("alicepass"),
                   server("+ \r\n"), server("a1 OK Logged in\r\n")},
                  [&](const ConsoleRun &r) {
                      EXPECT_EQ(r.wire, "a1 AUTHENTICATE PLAIN\r\n" + message + "\r\n");
                      expectSecretNowhere(r, "alicepass");
                      for (const QByteArray &line : r.transcript)
                          EXPECT_FALSE(line.contains(message)) << line.constData();
                  });
}

TEST(ImapConsole, PasswordTypedOnTheLineIsMaskedAndNotKept)
{
    const ConsoleRun r = runConsole(Protocol::Imap, {},
                                    {server(kGreeting), typed("LOGIN alice \"alicepass\""),
                                     server("a1 OK Logged in\r\n")});
    EXPECT_EQ(r.wire, QByteArray("a1 LOGIN alice \"alicepass\"\r\n"));
    expectSecretNowhere(r, "alicepass");
    EXPECT_EQ(r.history, QStringList({QStringLiteral("LOGIN alice")}));
}

TEST(ImapConsole, StartTlsUpgradesAndAsksForCapabilitiesAgain)
{
    const QList<ConsoleStep> steps = {server(kGreeting), typed("STARTTLS"),
                                      server("a1 OK Begin TLS negotiation now.\r\n"), tlsUp(),
                                      typed("CAPABILITY"),
                                      server("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK done\r\n")};
    replayConsole(Protocol::Imap, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.startTls, 1);
        EXPECT_TRUE(transcriptHas(r, "CAPABILITY (RFC 3501 §6.2.1)"));
        EXPECT_EQ(r.states.last(), QStringLiteral("not-authenticated"));
    });
}

TEST(ImapConsole, FailedSelectLeavesNoMailboxSelected)
{
    const ConsoleRun r = runConsole(Protocol::Imap, {},
                                    {server("* PREAUTH hi\r\n"), typed("SELECT INBOX"), server("a1 OK\r\n"),
                                     typed("SELECT Nope"), server("a2 NO [NONEXISTENT] no\r\n")});
    EXPECT_EQ(r.states[2], QStringLiteral("selected"));
    EXPECT_EQ(r.states[4], QStringLiteral("authenticated"));
    EXPECT_FALSE(r.lastSuccess);
}

TEST(ImapConsole, LogoutClosesTheSession)
{
    const ConsoleRun r = runConsole(Protocol::Imap, {},
                                    {server(kGreeting), typed("LOGOUT"),
                                     server("* BYE Logging out\r\na1 OK Logout completed.\r\n"),
                                     typed("NOOP")});
    EXPECT_TRUE(r.closed);
    EXPECT_TRUE(r.lastSuccess);
    EXPECT_EQ(r.errors.size(), 1); // nothing more after LOGOUT
}
