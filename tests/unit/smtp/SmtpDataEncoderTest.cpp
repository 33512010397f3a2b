// SPDX-License-Identifier: GPL-3.0-or-later
// DATA transparency and line endings (RFC 5321 §4.5.2, §2.3.8; tests/README.md, case 14).
#include "smtp/SmtpDataEncoder.h"

#include <QList>

#include <gtest/gtest.h>

using carteiro::SmtpDataEncoder;

namespace {
// Encodes `in` split at every offset (and byte by byte) and checks all agree.
QByteArray encodeEverySplit(const QByteArray &in, SmtpDataEncoder::Mode mode = SmtpDataEncoder::Mode::Data)
{
    const QByteArray whole = SmtpDataEncoder::encodeAll(in, mode);
    for (qsizetype k = 0; k <= in.size(); ++k) {
        SmtpDataEncoder e(mode);
        QByteArray split = e.encode(in.left(k));
        split += e.encode(in.mid(k));
        split += e.finish();
        EXPECT_EQ(split, whole) << "split at " << k;
    }
    SmtpDataEncoder e(mode);
    QByteArray bytes;
    for (char c : in)
        bytes += e.encode(QByteArray(1, c));
    bytes += e.finish();
    EXPECT_EQ(bytes, whole) << "byte by byte";
    return whole;
}

// Undoes DATA encoding as a server does: strip terminator, un-stuff dots.
QByteArray serverView(const QByteArray &wire)
{
    EXPECT_TRUE(wire.endsWith("\r\n.\r\n") || wire == ".\r\n");
    QByteArray body = wire.chopped(3); // the final ".\r\n"
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype end = body.indexOf("\r\n", pos);
        EXPECT_GE(end, 0);
        const QByteArray line = body.mid(pos, end - pos);
        out += (line.startsWith('.') ? line.mid(1) : line) + '\n';
        pos = end + 2;
    }
    return out;
}
} // namespace

TEST(SmtpDataEncoder, DotAtVeryFirstByteIsStuffed)
{
    EXPECT_EQ(encodeEverySplit(".hidden\r\n"), QByteArray("..hidden\r\n.\r\n"));
}

TEST(SmtpDataEncoder, LoneDotLineIsStuffed)
{
    EXPECT_EQ(encodeEverySplit("a\r\n.\r\nb\r\n"), QByteArray("a\r\n..\r\nb\r\n.\r\n"));
}

TEST(SmtpDataEncoder, CrlfDotCrlfInsideBodyCannotEndTheMessage)
{
    const QByteArray wire = encodeEverySplit("before\r\n.\r\nMAIL FROM:<evil@x>\r\n");
    EXPECT_EQ(wire.indexOf("\r\n.\r\n"), wire.size() - 5);
    EXPECT_EQ(wire.count("\r\n.\r\n"), 1);
}

TEST(SmtpDataEncoder, BareLfAndBareCrBecomeCrlf)
{
    EXPECT_EQ(encodeEverySplit("a\nb\rc\r\nd"), QByteArray("a\r\nb\r\nc\r\nd\r\n.\r\n"));
    EXPECT_EQ(encodeEverySplit("a\r\r\nb"), QByteArray("a\r\n\r\nb\r\n.\r\n"));
    EXPECT_EQ(encodeEverySplit("x\n.\n"), QByteArray("x\r\n..\r\n.\r\n"));
}

TEST(SmtpDataEncoder, MissingFinalCrlfIsAddedExactlyOnce)
{
    EXPECT_EQ(encodeEverySplit("no newline"), QByteArray("no newline\r\n.\r\n"));
    EXPECT_EQ(encodeEverySplit("ends\r\n"), QByteArray("ends\r\n.\r\n"));
    EXPECT_EQ(encodeEverySplit("ends with cr\r"), QByteArray("ends with cr\r\n.\r\n"));
    EXPECT_EQ(encodeEverySplit(""), QByteArray(".\r\n"));
}

TEST(SmtpDataEncoder, EveryLineEndIsCrlfAndServerSeesTheOriginal)
{
    const QByteArray in = ".a\n..b\r\nc\r.\rd\n\n.";
    const QByteArray wire = encodeEverySplit(in);
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\n')
            EXPECT_TRUE(i > 0 && wire[i - 1] == '\r') << i;
        if (wire[i] == '\r')
            EXPECT_TRUE(i + 1 < wire.size() && wire[i + 1] == '\n') << i;
    }
    EXPECT_EQ(serverView(wire), QByteArray(".a\n..b\nc\n.\nd\n\n.\n"));
}

TEST(SmtpDataEncoder, BdatModeNormalisesButDoesNotStuff)
{
    EXPECT_EQ(encodeEverySplit(".a\nb", SmtpDataEncoder::Mode::Bdat), QByteArray(".a\r\nb\r\n"));
    EXPECT_EQ(encodeEverySplit("", SmtpDataEncoder::Mode::Bdat), QByteArray());
}
