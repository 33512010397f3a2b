// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LineFramer.h"

#include <QList>

#include <gtest/gtest.h>

using carteiro::LineFramer;

TEST(LineFramer, LinesAcrossEverySplit)
{
    const QByteArray in = "220 a\r\n250-b\r\n250 c\r\n";
    for (qsizetype k = 0; k <= in.size(); ++k) {
        LineFramer f;
        QList<QByteArray> lines;
        for (const QByteArray &piece : {in.left(k), in.mid(k)}) {
            f.feed(piece);
            while (auto l = f.next())
                lines << *l;
        }
        EXPECT_FALSE(f.hasError());
        EXPECT_EQ(lines, (QList<QByteArray>{"220 a", "250-b", "250 c"})) << k;
    }
}

TEST(LineFramer, BoundedLineLength)
{
    LineFramer f(1024);
    f.feed(QByteArray(2000, 'x'));
    EXPECT_FALSE(f.next().has_value());
    EXPECT_TRUE(f.hasError());
    LineFramer g(1024);
    g.feed(QByteArray(1025, 'x') + "\r\n");
    EXPECT_FALSE(g.next().has_value());
    EXPECT_TRUE(g.hasError());
    LineFramer h(1024);
    h.feed(QByteArray(1024, 'x') + "\r\n");
    EXPECT_EQ(h.next().value_or(QByteArray()).size(), 1024);
}

TEST(LineFramer, BareLfAndBareCrAreErrors)
{
    LineFramer f;
    f.feed("250 ok\n");
    EXPECT_FALSE(f.next().has_value());
    EXPECT_TRUE(f.hasError());
    LineFramer g;
    g.feed("250 o\rk\r\n");
    EXPECT_FALSE(g.next().has_value());
    EXPECT_TRUE(g.hasError());
    LineFramer h; // a CR at the end of the buffer may be the start of CRLF
    h.feed("250 ok\r");
    EXPECT_FALSE(h.next().has_value());
    EXPECT_FALSE(h.hasError());
    h.feed("\n");
    EXPECT_EQ(h.next().value_or("?"), QByteArray("250 ok"));
}

TEST(LineFramer, TakeBufferedReturnsUnreadBytes)
{
    LineFramer f;
    f.feed("220 go\r\n250 injected\r\n250 partial");
    EXPECT_EQ(f.next().value_or("?"), QByteArray("220 go"));
    EXPECT_EQ(f.takeBuffered(), QByteArray("250 injected\r\n250 partial"));
    EXPECT_EQ(f.buffered(), 0);
    EXPECT_FALSE(f.next().has_value());
}
