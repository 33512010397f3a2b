// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Framer on its own: lines, then a body ended by "." wherever reads split it.
#include "pop3/Pop3Framer.h"

#include <QList>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
// Feeds `bytes` in pieces of `step` bytes; switches to body mode after the
// status line "+OK"; returns the frames.
QList<QByteArray> frames(const QByteArray &bytes, qsizetype step, Pop3Framer &f)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        f.feed(bytes.mid(i, step));
        while (auto frame = f.next()) {
            out.append(*frame);
            if (*frame == "+OK body follows")
                f.expectBody();
        }
        if (f.hasError())
            break;
    }
    return out;
}
} // namespace

TEST(Pop3Framer, BodyEndsAtTheDotLineAcrossEverySplit)
{
    const QByteArray wire = "+OK body follows\r\nline 1\r\n..stuffed\r\n.\r\n-ERR next\r\n";
    for (qsizetype step = 1; step <= wire.size(); ++step) {
        Pop3Framer f;
        const QList<QByteArray> got = frames(wire, step, f);
        ASSERT_EQ(got.size(), 3) << "step " << step;
        EXPECT_EQ(got[1], QByteArray("line 1\r\n.stuffed\r\n"));
        EXPECT_EQ(got[2], QByteArray("-ERR next"));
        EXPECT_FALSE(f.inBody());
    }
}

TEST(Pop3Framer, TraceShowsASummaryForBodiesOnly)
{
    Pop3Framer f;
    f.feed("+OK body follows\r\n..a\r\nb\r\n.\r\n+OK\r\n");
    auto status = f.next();
    ASSERT_TRUE(status);
    EXPECT_EQ(f.traceText(*status), *status);
    f.expectBody();
    auto body = f.next();
    ASSERT_TRUE(body);
    EXPECT_EQ(f.traceText(*body), QByteArray("<body: 7 bytes in 2 lines, 1 dot-unstuffed, ended by \".\">"));
    auto next = f.next();
    ASSERT_TRUE(next);
    EXPECT_EQ(f.traceText(*next), QByteArray("+OK"));
}

TEST(Pop3Framer, DotInsideALineDoesNotEndTheBodyButDotBareLfDoes)
{
    // "." LF is a line "." ended by a bare LF: the end (Pop3OtherServersTest has more).
    Pop3Framer f;
    const QList<QByteArray> got =
        frames("+OK body follows\r\nx.\r\n\r\n. \r\n.\n+OK\r\n", 3, f);
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got[1], QByteArray("x.\r\n\r\n \r\n"));
    EXPECT_EQ(got[2], QByteArray("+OK"));
}

TEST(Pop3Framer, TakeBufferedReturnsUnreadBytesInBothModes)
{
    Pop3Framer f;
    f.feed("+OK\r\nrest");
    ASSERT_TRUE(f.next());
    EXPECT_EQ(f.takeBuffered(), QByteArray("rest"));
    f.feed("+OK body follows\r\npartial");
    ASSERT_TRUE(f.next());
    f.expectBody();
    EXPECT_FALSE(f.next());
    EXPECT_EQ(f.takeBuffered(), QByteArray("partial"));
    EXPECT_FALSE(f.inBody());
}

TEST(Pop3Framer, BodyLargerThanTheBoundIsAnError)
{
    Pop3Framer f(1024, 100);
    f.feed("+OK body follows\r\n");
    ASSERT_TRUE(f.next());
    f.expectBody();
    for (int i = 0; i < 20 && !f.hasError(); ++i) {
        f.feed("0123456789\r\n");
        EXPECT_FALSE(f.next());
    }
    EXPECT_TRUE(f.hasError());
    EXPECT_TRUE(f.error().contains(QStringLiteral("100")));
}

TEST(Pop3Framer, StatusLinesEndedByABareLfAreReadAndCounted)
{
    Pop3Framer f;
    f.feed("+OK bare LF\n+OK\r\n");
    EXPECT_EQ(f.next().value_or("?"), QByteArray("+OK bare LF"));
    EXPECT_EQ(f.bareLineEnds(), 1);
    EXPECT_EQ(f.next().value_or("?"), QByteArray("+OK"));
    EXPECT_EQ(f.bareLineEnds(), 0);
    EXPECT_FALSE(f.hasError());
}
