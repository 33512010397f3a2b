// SPDX-License-Identifier: GPL-3.0-or-later
// A server line that ends in a bare LF reaches the inspector as the line plus a
// note right after it (explanation key trace.bareLf, core/trace), for IMAP and
// POP3 framers; SMTP's LineFramer still refuses it. What Carteiro writes keeps
// its CRLF. An in-process loopback server (port 0) plays the server.
#include "LoopbackFixture.h"
#include "imap/ImapFramer.h"
#include "pop3/Pop3Framer.h"
#include "trace/TraceExplainer.h"
#include "trace/TraceText.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

class ChannelBareLf : public LoopbackTest
{
protected:
    // The server greets with `greeting`, answers the client's first line with
    // `reply`; returns what the client received and the trace.
    struct Result
    {
        QList<QByteArray> lines;
        QList<TraceEvent> events;
        QByteArray clientWrote; // the lines the server read
        QString error;
    };

    Result talk(Protocol protocol, std::unique_ptr<Framer> framer, const QByteArray &greeting,
                const QByteArray &reply, int expectLines)
    {
        ScriptedServer server(identity, false);
        EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
        Result r;
        server.onConnection = [&](QSslSocket *s) { s->write(greeting); };
        server.onLine = [&](QSslSocket *s, const QByteArray &line) {
            r.clientWrote += line;
            s->write(reply);
        };
        TraceHub hub;
        Channel channel(&hub, protocol);
        if (framer)
            channel.setFramer(std::move(framer));
        QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
            r.lines << l;
            if (r.lines.size() == 1)
                channel.writeLine("a1 NOOP\r\n", "a1 NOOP");
        });
        const ChannelOptions o = loopbackOptions(server.serverPort(), TransportSecurity::Plain);
        channel.open(o);
        runUntil([&] {
            return r.lines.size() >= expectLines || channel.errorKind() != Channel::ErrorKind::None;
        });
        r.error = channel.errorString();
        r.events = hub.history();
        return r;
    }
};

qsizetype indexOfLine(const QList<TraceEvent> &events, const QByteArray &text)
{
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events[i].kind == TraceKind::Line && events[i].bytes == text)
            return i;
    return -1;
}

} // namespace

TEST_F(ChannelBareLf, ImapLineEndedByBareLfIsReadAndFlaggedRightAfterIt)
{
    const Result r = talk(Protocol::Imap, std::make_unique<ImapFramer>(), "* OK IMAP4rev1\r\n",
                          "a1 OK NOOP Completed\n* 2 EXISTS\r\n", 3);
    EXPECT_EQ(r.lines, (QList<QByteArray>{"* OK IMAP4rev1", "a1 OK NOOP Completed", "* 2 EXISTS"}))
        << r.error.toStdString();
    EXPECT_EQ(r.clientWrote, QByteArray("a1 NOOP"));
    const qsizetype at = indexOfLine(r.events, "a1 OK NOOP Completed");
    ASSERT_GE(at, 0);
    ASSERT_LT(at + 1, r.events.size());
    const TraceEvent &note = r.events[at + 1];
    EXPECT_EQ(note.direction, Direction::Note);
    EXPECT_EQ(note.explanationKey, QStringLiteral("trace.bareLf"));
    EXPECT_TRUE(note.bytes.contains("bare LF")) << note.bytes.constData();
    EXPECT_TRUE(note.bytes.contains("RFC 3501")) << note.bytes.constData();
    // Exactly one note: the CRLF lines have none.
    int notes = 0;
    for (const TraceEvent &e : r.events)
        notes += e.explanationKey == QStringLiteral("trace.bareLf");
    EXPECT_EQ(notes, 1);
    // The transcript shows it, and the explanation catalog knows the key.
    EXPECT_TRUE(TraceText::format(r.events, false).contains("S: a1 OK NOOP Completed\n*: bare LF"));
    const LineExplanation e = TraceExplainer::fromKey(note.explanationKey);
    EXPECT_FALSE(e.text.isEmpty());
    EXPECT_TRUE(e.source.contains(QStringLiteral("RFC 3501 §2.2")));
}

TEST_F(ChannelBareLf, Pop3StatusLineEndedByBareLfIsFlaggedWithItsRfc)
{
    const Result r = talk(Protocol::Pop3, std::make_unique<Pop3Framer>(), "+OK POP3 Ready <1.2@vm>\n",
                          "+OK\r\n", 2);
    EXPECT_EQ(r.lines, (QList<QByteArray>{"+OK POP3 Ready <1.2@vm>", "+OK"})) << r.error.toStdString();
    const qsizetype at = indexOfLine(r.events, "+OK POP3 Ready <1.2@vm>");
    ASSERT_GE(at, 0);
    ASSERT_LT(at + 1, r.events.size());
    EXPECT_EQ(r.events[at + 1].explanationKey, QStringLiteral("trace.bareLf"));
    EXPECT_TRUE(r.events[at + 1].bytes.contains("RFC 1939")) << r.events[at + 1].bytes.constData();
}

TEST_F(ChannelBareLf, SmtpStillRefusesABareLf)
{
    const Result r = talk(Protocol::Smtp, nullptr, "220 fake ESMTP\n", "250 ok\r\n", 1);
    EXPECT_TRUE(r.lines.isEmpty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("bare LF"))) << r.error.toStdString();
}
