// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleReplay.h"
#include "console/Pop3ConsoleSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(Pop3Console, MultilineRepliesEndAtTheLoneDot)
{
    const QList<ConsoleStep> steps = {
        server("+OK Dovecot ready.\r\n"),
        typed("USER bob"),
        server("+OK\r\n"),
        typed("PASS"),
        password("bobpass"),
        server("+OK Logged in.\r\n"),
        typed("LIST"),
        server("+OK 2 messages:\r\n1 120\r\n2 340\r\n.\r\n"),
        typed("LIST 1"),
        server("+OK 1 120\r\n"),
        typed("RETR 1"),
        server("+OK 120 octets\r\nSubject: x\r\n\r\n..dotted\r\n.\r\n"),
        typed("QUIT"),
        server("+OK Logging out.\r\n"),
    };
    replayConsole(Protocol::Pop3, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.wire, QByteArray("USER bob\r\nPASS bobpass\r\nLIST\r\nLIST 1\r\nRETR 1\r\nQUIT\r\n"));
        EXPECT_EQ(r.states[2], QStringLiteral("authorization"));
        EXPECT_EQ(r.states[5], QStringLiteral("transaction"));
        EXPECT_EQ(r.replies, 7);
        EXPECT_FALSE(r.awaiting[7]);
        EXPECT_FALSE(r.awaiting[9]);
        EXPECT_TRUE(r.closed);
        EXPECT_TRUE(r.lastSuccess);
        EXPECT_TRUE(transcriptHas(r, "S: ..dotted"));
        EXPECT_TRUE(transcriptHas(r, "\".dotted\""));
        EXPECT_TRUE(transcriptHas(r, "C: PASS *****"));
        expectSecretNowhere(r, "bobpass");
        EXPECT_EQ(r.history, QStringList({QStringLiteral("USER bob"), QStringLiteral("PASS"), QStringLiteral("LIST"), QStringLiteral("LIST 1"), QStringLiteral("RETR 1"), QStringLiteral("QUIT")}));
    });
}

TEST(Pop3Console, MultilineCommands)
{
    EXPECT_TRUE(Pop3ConsoleSession::isMultiline("CAPA"));
    EXPECT_TRUE(Pop3ConsoleSession::isMultiline("list"));
    EXPECT_FALSE(Pop3ConsoleSession::isMultiline("LIST 3"));
    EXPECT_TRUE(Pop3ConsoleSession::isMultiline("UIDL"));
    EXPECT_FALSE(Pop3ConsoleSession::isMultiline("UIDL 1"));
    EXPECT_TRUE(Pop3ConsoleSession::isMultiline("RETR 1"));
    EXPECT_TRUE(Pop3ConsoleSession::isMultiline("TOP 1 0"));
    EXPECT_FALSE(Pop3ConsoleSession::isMultiline("STAT"));
    EXPECT_FALSE(Pop3ConsoleSession::isMultiline("DELE 1"));
}

TEST(Pop3Console, ErrToAMultilineCommandIsOneLine)
{
    const ConsoleRun r = runConsole(Protocol::Pop3, {},
                                    {server("+OK hi\r\n"), typed("RETR 9"), server("-ERR no such message\r\n"),
                                     typed("NOOP")});
    EXPECT_EQ(r.wire, QByteArray("RETR 9\r\nNOOP\r\n"));
    EXPECT_FALSE(r.awaiting[2]);
}

TEST(Pop3Console, StlsUpgradesAndAsksForCapaAgain)
{
    const QList<ConsoleStep> steps = {server("+OK hi\r\n"), typed("STLS"), server("+OK Begin TLS.\r\n"), tlsUp(),
                                      typed("CAPA"), server("+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n")};
    replayConsole(Protocol::Pop3, {}, steps, [](const ConsoleRun &r) {
        EXPECT_EQ(r.startTls, 1);
        EXPECT_TRUE(transcriptHas(r, "type CAPA"));
        EXPECT_FALSE(r.awaiting.last());
    });
}

TEST(Pop3Console, AuthLoginClassroomAndPlain)
{
    ConsoleSession::Config classroom;
    classroom.classroom = true;
    replayConsole(Protocol::Pop3, classroom,
                  {server("+OK hi\r\n"), typed("AUTH PLAIN bob"), password("bobpass"), server("+ \r\n"),
                   server("+OK Logged in.\r\n")},
                  [](const ConsoleRun &r) {
                      const QByteArray message = QByteArray("\0bob\0bobpass", 12).toBase64();
                      EXPECT_EQ(r.wire, "AUTH PLAIN\r\n" + message + "\r\n");
                      expectSecretNowhere(r, "bobpass");
                      for (const QByteArray &line : r.transcript)
                          EXPECT_FALSE(line.contains(message)) << line.constData();
                      EXPECT_EQ(r.states.last(), QStringLiteral("transaction"));
                  });
    replayConsole(Protocol::Pop3, {},
                  {server("+OK hi\r\n"), typed("AUTH LOGIN bob"), password("bobpass"), server("+ VXNlcm5hbWU6\r\n"),
                   server("+ UGFzc3dvcmQ6\r\n"), server("+OK Logged in.\r\n")},
                  [](const ConsoleRun &r) {
                      EXPECT_EQ(r.wire, "AUTH LOGIN\r\n" + QByteArray("bob").toBase64() + "\r\n" +
                                            QByteArray("bobpass").toBase64() + "\r\n");
                      expectSecretNowhere(r, "bobpass");
                      EXPECT_TRUE(r.lastSuccess);
                  });
}

TEST(Pop3Console, PassTypedOnTheLineIsMasked)
{
    const ConsoleRun r = runConsole(Protocol::Pop3, {},
                                    {server("+OK hi\r\n"), typed("USER bob"), server("+OK\r\n"),
                                     typed("PASS bobpass"), server("-ERR [AUTH] Authentication failed.\r\n")});
    EXPECT_EQ(r.wire, QByteArray("USER bob\r\nPASS bobpass\r\n"));
    expectSecretNowhere(r, "bobpass");
    EXPECT_FALSE(r.lastSuccess);
    EXPECT_EQ(r.states.last(), QStringLiteral("authorization"));
}
