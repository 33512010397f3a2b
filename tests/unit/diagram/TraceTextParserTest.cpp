// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramFixtures.h"

#include "trace/TraceText.h"
#include "trace/TraceTextParser.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::kLabSubmission;

TEST(TraceTextParser, ParsesTheLabTranscriptBackIntoEvents)
{
    const auto r = TraceTextParser::parse(kLabSubmission);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.timed);
    ASSERT_EQ(r.events.size(), kLabSubmission.count('\n'));
    for (const TraceEvent &e : r.events)
        EXPECT_EQ(e.protocol, Protocol::Smtp); // guessed from "220 ..."
    const TraceEvent &greeting = r.events.at(3);
    EXPECT_EQ(greeting.direction, Direction::ServerToClient);
    EXPECT_EQ(greeting.replyCode, 220);
    EXPECT_EQ(greeting.timestampNs, 3118000);
    const TraceEvent &tls = r.events.at(14);
    EXPECT_EQ(tls.kind, TraceKind::TlsHandshake);
    EXPECT_EQ(tls.tls.protocol, QStringLiteral("TLSv1.3"));
    EXPECT_EQ(tls.tls.cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    EXPECT_EQ(tls.tls.subject, QStringLiteral("mail.example.test, localhost"));
    EXPECT_EQ(tls.tls.issuer, QStringLiteral("Carteiro Lab CA"));
    EXPECT_TRUE(tls.tls.verified);
    const TraceEvent &auth = r.events.at(23);
    EXPECT_EQ(auth.verb, QStringLiteral("AUTH"));
    EXPECT_EQ(auth.bytes, QByteArray("AUTH PLAIN <\0alice\0*****>", 25)); // "\0" made a NUL again
    const TraceEvent &body = r.events.at(29);
    EXPECT_EQ(body.kind, TraceKind::BodySummary);
    EXPECT_EQ(body.bodyBytes, 412);
    EXPECT_EQ(body.bytes, QByteArray("BDAT chunk"));
    EXPECT_EQ(r.events.at(30).enhancedCode, QStringLiteral("2.1.0"));
    EXPECT_EQ(r.events.at(2).kind, TraceKind::StateChange);
    EXPECT_EQ(r.events.at(2).state, QStringLiteral("GREETING"));
}

TEST(TraceTextParser, RoundTripsWithTraceTextWithAndWithoutTimestamps)
{
    const auto r = TraceTextParser::parse(kLabSubmission);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(TraceText::format(r.events, true), kLabSubmission);

    const QByteArray plain = TraceText::format(r.events, false);
    const auto again = TraceTextParser::parse(plain);
    ASSERT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_FALSE(again.timed);
    EXPECT_EQ(TraceText::format(again.events, false), plain);
    for (const TraceEvent &e : again.events)
        EXPECT_EQ(e.timestampNs, 0);
}

TEST(TraceTextParser, EveryKindOfEventSurvivesFormatAndParse)
{
    QList<TraceEvent> events;
    auto add = [&](Direction d, TraceKind k, const QByteArray &bytes) -> TraceEvent & {
        TraceEvent e;
        e.protocol = Protocol::Imap;
        e.direction = d;
        e.kind = k;
        e.bytes = bytes;
        e.timestampNs = qint64(events.size()) * 1500000;
        events.append(e);
        return events.last();
    };
    add(Direction::ServerToClient, TraceKind::Line, "* OK [CAPABILITY IMAP4rev1] ready");
    add(Direction::ClientToServer, TraceKind::Line, "a1 LOGIN alice *****");
    add(Direction::ServerToClient, TraceKind::Line, QByteArray("ctl \x01\x1f\x7f cr\r lf\n nul\0x", 21));
    add(Direction::ServerToClient, TraceKind::Line, "literal backslashes \\x41 \\q \\");
    add(Direction::ServerToClient, TraceKind::BodySummary, "FETCH literal").bodyBytes = 2048;
    add(Direction::ServerToClient, TraceKind::BodySummary, {}).bodyBytes = 7;
    add(Direction::ServerToClient, TraceKind::Injection, "250 injected");
    add(Direction::Note, TraceKind::Error, "the server closed the connection");
    add(Direction::Note, TraceKind::StateChange, {}).state = QStringLiteral("SELECTED");
    add(Direction::Note, TraceKind::Info, "connecting to 127.0.0.1:10143");
    TraceEvent &tls = add(Direction::Note, TraceKind::TlsHandshake, {});
    tls.tls.protocol = QStringLiteral("TLSv1.2");
    tls.tls.cipher = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    tls.tls.subject = QStringLiteral("a, b");
    tls.tls.issuer = QStringLiteral("O=Lab, CN=Lab CA");
    tls.tls.sha256 = QStringLiteral("00ff");
    tls.tls.pinned = true;

    const QByteArray text = TraceText::format(events, true);
    const auto r = TraceTextParser::parse(text, Protocol::Imap);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.events.size(), events.size());
    EXPECT_EQ(TraceText::format(r.events, true), text);
    for (qsizetype i = 0; i < events.size(); ++i) {
        EXPECT_EQ(r.events[i].kind, events[i].kind) << i;
        EXPECT_EQ(r.events[i].direction, events[i].direction) << i;
        EXPECT_EQ(r.events[i].timestampNs, events[i].timestampNs) << i;
    }
    EXPECT_EQ(r.events[2].bytes, events[2].bytes);
    EXPECT_EQ(r.events[3].bytes, events[3].bytes);
    EXPECT_EQ(r.events[1].verb, QStringLiteral("LOGIN")); // after the IMAP tag
    EXPECT_EQ(r.events[4].bodyBytes, 2048);
    EXPECT_EQ(r.events[10].tls.issuer, QStringLiteral("O=Lab, CN=Lab CA"));
    EXPECT_TRUE(r.events[10].tls.pinned);
}

TEST(TraceTextParser, NamesTheMalformedLine)
{
    const auto r = TraceTextParser::parse("C: EHLO x\n\n# a comment\nS: 250 ok\nhello there\nS: 250 ok\n");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 5);
    EXPECT_TRUE(r.error.contains(QStringLiteral("line 5"))) << r.error.toStdString();

    for (const QByteArray &bad : {QByteArray("X: nope"), QByteArray("C:nospace"), QByteArray("+12msC: x"),
                                 QByteArray("+abc.0ms C: x"), QByteArray("-1.000ms C: x")}) {
        const auto b = TraceTextParser::parse(bad);
        EXPECT_FALSE(b.ok()) << bad.constData();
        EXPECT_EQ(b.errorLine, 1) << bad.constData();
    }
}

TEST(TraceTextParser, RefusesTimestampsGoingBackwards)
{
    const auto r = TraceTextParser::parse("+5.000ms C: NOOP\n+4.000ms S: 250 ok\n");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorLine, 2);
}

TEST(TraceTextParser, AcceptsCrLfAndGuessesEachProtocol)
{
    EXPECT_TRUE(TraceTextParser::parse("C: NOOP\r\nS: 250 ok\r\n").ok());
    EXPECT_EQ(TraceTextParser::parse("S: +OK POP3 ready\n").events.first().protocol, Protocol::Pop3);
    EXPECT_EQ(TraceTextParser::parse("S: * OK IMAP4rev2\n").events.first().protocol, Protocol::Imap);
    EXPECT_EQ(TraceTextParser::parse("S: 220 hi\n").events.first().protocol, Protocol::Smtp);
    EXPECT_EQ(TraceTextParser::parse("*: hi\n").events.first().protocol, Protocol::Other);
}

TEST(TraceTextParser, BoundsTheInput)
{
    TraceTextParser::Limits limits;
    limits.maxLines = 3;
    EXPECT_FALSE(TraceTextParser::parse("C: A\nC: B\nC: C\nC: D\n", Protocol::Smtp, limits).ok());
    limits.maxBytes = 4;
    EXPECT_FALSE(TraceTextParser::parse("C: NOOP\n", Protocol::Smtp, limits).ok());
}
