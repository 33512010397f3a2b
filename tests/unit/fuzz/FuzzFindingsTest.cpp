// SPDX-License-Identifier: GPL-3.0-or-later
// Regression tests for what the fuzz targets (tests/fuzz) found, each reduced
// to the smallest input that showed it; the full inputs are kept under
// tests/data/fuzz/<target>/ and replayed by the smoke tests.
#include "imap/ImapFramer.h"
#include "imap/ImapResponse.h"
#include "net/LineFramer.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
ImapFramer::Limits smallLimits()
{
    ImapFramer::Limits l;
    l.maxLiteralBytes = 41;
    l.maxLineBytes = 30;
    l.maxResponseBytes = 102;
    return l;
}

QList<QByteArray> frames(ImapFramer &framer, const QList<QByteArray> &pieces)
{
    QList<QByteArray> out;
    for (const QByteArray &p : pieces) {
        framer.feed(p);
        while (auto f = framer.next())
            out.append(*f);
    }
    return out;
}
} // namespace

TEST(FuzzFindings, ImapNumberOfTwentyDigitsIsRefusedNotWrapped)
{
    // 18446744073709551620 is 2^64 + 4: it used to wrap around to UID 4.
    QString error;
    EXPECT_FALSE(ImapResponse::parse("* 1 FETCH (UID 18446744073709551620)", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("out of range"))) << error.toStdString();
    const auto big = ImapResponse::parse("* 1 FETCH (MODSEQ (9223372036854775807))", &error);
    ASSERT_TRUE(big);
    EXPECT_EQ(big->fetch.modSeq, 9223372036854775807ULL);
    EXPECT_FALSE(ImapResponse::parse("* 1 FETCH (MODSEQ (9223372036854775808))", &error));
}

TEST(FuzzFindings, ImapResponseBoundCountsTheLineAfterTheLastLiteral)
{
    // Each literal fits the response bound when announced; the final line took
    // the response past it and was returned all the same.
    const QByteArray stream = "* 1 FETCH (BODY[] {40}\r\n" + QByteArray(40, 'a') + " BODY[1] {20}\r\n" +
                              QByteArray(20, 'b') + " UID 1 FLAGS (\\Seen \\Draft))\r\n";
    ImapFramer whole(smallLimits());
    EXPECT_TRUE(frames(whole, {stream}).isEmpty());
    EXPECT_TRUE(whole.hasError());
    EXPECT_TRUE(whole.error().contains(QStringLiteral("response longer than 102 bytes")))
        << whole.error().toStdString();
}

TEST(FuzzFindings, ImapLineOfTheLimitIsAcceptedWhereverTheReadSplitsItsCrlf)
{
    // A line of exactly maxLineBytes was refused when a read ended between its
    // CR and LF, and accepted when CRLF came in one read.
    const QByteArray line = "* " + QByteArray(28, 'x');
    ImapFramer split(smallLimits());
    const QList<QByteArray> got = frames(split, {line + "\r", "\n"});
    EXPECT_FALSE(split.hasError()) << split.error().toStdString();
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got[0], line);
    ImapFramer longer(smallLimits());
    frames(longer, {line + "x\r", "\n"});
    EXPECT_TRUE(longer.hasError());
}

TEST(FuzzFindings, LineOfTheLimitIsAcceptedWhereverTheReadSplitsItsCrlf)
{
    // Same as the IMAP case, in the CRLF framer under SMTP and POP3 (found by
    // pop3Framer comparing whole and split reads).
    for (const auto bareLf : {LineFramer::BareLf::Error, LineFramer::BareLf::LineEnd}) {
        LineFramer split(16, bareLf);
        split.feed("+OK" + QByteArray(13, 'x') + "\r");
        EXPECT_FALSE(split.next());
        EXPECT_FALSE(split.hasError()) << split.error().toStdString();
        split.feed("\n");
        const auto line = split.next();
        ASSERT_TRUE(line);
        EXPECT_EQ(line->size(), 16);
        LineFramer longer(16, bareLf);
        longer.feed("+OK" + QByteArray(14, 'x') + "\r");
        EXPECT_FALSE(longer.next());
        EXPECT_TRUE(longer.hasError());
    }
}
