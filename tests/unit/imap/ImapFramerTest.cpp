// SPDX-License-Identifier: GPL-3.0-or-later
// ImapFramer: whole responses with literals counted in bytes, at every split
// offset; hostile literal sizes are clean errors with bounded memory.
#include "ImapFrameReplay.h"

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapFramer::Limits small()
{
    ImapFramer::Limits l;
    l.maxLiteralBytes = 1024;
    l.maxLineBytes = 512;
    l.maxResponseBytes = 4096;
    return l;
}

void expectFrames(const QByteArray &stream, const QList<QByteArray> &expected,
                  ImapFramer::Limits limits = {})
{
    frameAtEveryOffset(stream, limits, [&](const FrameRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        ASSERT_EQ(run.frames.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            EXPECT_EQ(run.frames[i], expected[i]) << i;
    });
}

void expectError(const QByteArray &stream, const char *fragment, ImapFramer::Limits limits,
                 int framesBefore = 0)
{
    frameAtEveryOffset(stream, limits, [&](const FrameRun &run) {
        EXPECT_EQ(run.frames.size(), framesBefore);
        EXPECT_TRUE(run.error.contains(QLatin1String(fragment))) << run.error.toStdString();
    });
}

TEST(ImapFramer, PlainLinesAreFramesWithoutCrlf)
{
    expectFrames("* OK IMAP4rev1 ready\r\n* CAPABILITY IMAP4rev1 IDLE\r\na1 OK done\r\n",
                 {"* OK IMAP4rev1 ready", "* CAPABILITY IMAP4rev1 IDLE", "a1 OK done"});
}

TEST(ImapFramer, LiteralHoldingAFakeTaggedOkIsCountedNotScanned)
{
    // curl's desync: a literal that contains "a2 OK" and CRLFs must not end the response.
    const QByteArray body = "x\r\na2 OK fake\r\n* 9 EXISTS\r\n";
    const QByteArray fetch = "* 1 FETCH (UID 7 BODY[] {" + QByteArray::number(body.size()) +
                             "}\r\n" + body + ")";
    expectFrames(fetch + "\r\na2 OK FETCH done\r\n", {fetch, "a2 OK FETCH done"});
}

TEST(ImapFramer, LiteralsInEveryPositionOfOneResponse)
{
    const QByteArray f = "* 3 FETCH (ENVELOPE (NIL {7}\r\nSubj\r\nx ((NIL NIL {5}\r\nalice "
                         "\"example.test\")) NIL NIL NIL NIL NIL NIL NIL) BODYSTRUCTURE (\"text\" "
                         "\"plain\" ({7}\r\ncharset {5}\r\nutf-8) NIL NIL \"7bit\" 12 1) "
                         "BODY[1]<0> {0}\r\n)";
    expectFrames(f + "\r\n* 4 EXISTS\r\n", {f, "* 4 EXISTS"});
}

TEST(ImapFramer, ZeroLiteralAndLiteralPlusAndLiteral8)
{
    const QByteArray binary = "* 1 FETCH (BINARY[1] ~{3}\r\n" + QByteArray("\0\1\2", 3) + ")";
    expectFrames("* LIST () \"/\" {0}\r\n\r\n" + binary + "\r\n* ID (\"name\" {4+}\r\nDove)\r\n",
                 {"* LIST () \"/\" {0}\r\n", binary, "* ID (\"name\" {4+}\r\nDove)"});
}

TEST(ImapFramer, LiteralsInIdStatusAndList)
{
    expectFrames("* STATUS {5}\r\nINBOX (MESSAGES 2)\r\n* LIST (\\Sent) \"/\" {4}\r\nSent\r\n"
                 "* ID ({4}\r\nname {7}\r\nDovecot)\r\n",
                 {"* STATUS {5}\r\nINBOX (MESSAGES 2)", "* LIST (\\Sent) \"/\" {4}\r\nSent",
                  "* ID ({4}\r\nname {7}\r\nDovecot)"});
}

TEST(ImapFramer, BracesInStatusTextTaggedAndContinuationAreText)
{
    expectFrames("* OK [ALERT] see {5}\r\na1 NO {99999999999}\r\n+ {3}\r\n",
                 {"* OK [ALERT] see {5}", "a1 NO {99999999999}", "+ {3}"}, small());
}

TEST(ImapFramer, HostileLiteralSizesAreCleanErrors)
{
    expectError("* LIST () \"/\" {-1}\r\nx\r\n", "malformed literal", small());
    expectError("* 1 FETCH (BODY[] {4294967296}\r\n", "4294967296", small());
    expectError("* 1 FETCH (BODY[] {18446744073709551615}\r\n", "18446744073709551615", small());
    expectError("* 1 FETCH (BODY[] {99999999999999999999999}\r\n", "malformed literal", small());
    expectError("* 1 FETCH (BODY[] {1025}\r\n", "1025", small());
    expectError("* 1 FETCH (BODY[] {}\r\n", "malformed literal", small());
    expectError("* 1 FETCH (BODY[] {12a}\r\n", "malformed literal", small());
    // 4294967295 is a legal number, but not below any bound we keep.
    ImapFramer::Limits big;
    expectError("* 1 FETCH (BODY[] {4294967295}\r\n", "4294967295", big);
    expectError("* OK hi\r\n* ID ({2000}\r\n", "2000", small(), 1);
}

TEST(ImapFramer, ResponseBoundCoversManyLiterals)
{
    ImapFramer::Limits l = small();
    QByteArray stream = "* ID (";
    for (int i = 0; i < 10; ++i)
        stream += "{1000}\r\n" + QByteArray(1000, 'x') + " ";
    expectError(stream, "response longer", l);
}

TEST(ImapFramer, LiteralLongerThanTheStreamWaitsWithBoundedMemory)
{
    frameAtEveryOffset("* OK hi\r\n* 1 FETCH (BODY[] {1000}\r\nonly a little", small(),
                       [](const FrameRun &run) {
                           EXPECT_TRUE(run.error.isEmpty());
                           ASSERT_EQ(run.frames.size(), 1);
                           EXPECT_EQ(run.frames[0], "* OK hi");
                           EXPECT_LE(run.maxPending, 1100);
                       });
    const FrameRun run = frameStream({"* 1 FETCH (BODY[] {1000}\r\nabc"}, small());
    EXPECT_EQ(run.literalRemaining, 1000); // counted from its start: 997 bytes still to come
}

TEST(ImapFramer, LongLinesAreErrors)
{
    // A bare LF is a line end (ImapOtherServersTest), no longer an error.
    expectError("* SEARCH " + QByteArray(600, '1') + "\r\n", "longer than 512", small());
    expectError("* SEARCH " + QByteArray(600, '1'), "longer than 512", small());
}

TEST(ImapFramer, TakeBufferedReturnsUnreadBytesForStartTls)
{
    ImapFramer f;
    f.feed("a2 OK Begin TLS\r\n* OK injected\r\n* 1 FETCH (BODY[] {3}\r\nab");
    EXPECT_EQ(f.next(), QByteArray("a2 OK Begin TLS"));
    EXPECT_EQ(f.takeBuffered(), QByteArray("* OK injected\r\n* 1 FETCH (BODY[] {3}\r\nab"));
    EXPECT_EQ(f.pendingBytes(), 0);
    f.feed("* OK fresh\r\n");
    EXPECT_EQ(f.next(), QByteArray("* OK fresh"));
}

TEST(ImapFramer, TraceTextSummarisesLiterals)
{
    ImapFramer f;
    const QByteArray big(5000, 'z');
    EXPECT_EQ(f.traceText("* 1 FETCH (UID 4 BODY[] {5000}\r\n" + big + ")"),
              QByteArray("* 1 FETCH (UID 4 BODY[] {5000 bytes})"));
    EXPECT_EQ(f.traceText("* LIST () \"/\" {4}\r\nSent"), QByteArray("* LIST () \"/\" {4 bytes: Sent}"));
    EXPECT_EQ(f.traceText("* X {4}\r\na\r\nb"), QByteArray("* X {4 bytes}"));
    EXPECT_EQ(f.traceText("a1 OK done"), QByteArray("a1 OK done"));
}

} // namespace
