// SPDX-License-Identifier: GPL-3.0-or-later
// DisplaySanitizer: tests/README.md, case 17 (From/To/Subject shown safely).
#include "mime/DisplaySanitizer.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
QString u(const char *utf8) { return QString::fromUtf8(utf8); }
} // namespace

TEST(DisplaySanitizerTest, PlainAsciiIsUntouchedAndNotFlagged)
{
    const DisplayText t = DisplaySanitizer::header("Alice <alice@example.test>", true);
    EXPECT_EQ(t.text, u("Alice <alice@example.test>"));
    EXPECT_FALSE(t.suspicious());
    EXPECT_TRUE(t.warnings().isEmpty());
}

TEST(DisplaySanitizerTest, EncodedNulAndLineBreaksAreShownVisiblyAndFlagged)
{
    // =00, =0D=0A inside an RFC 2047 word: a hidden second header line.
    const DisplayText t = DisplaySanitizer::header("=?utf-8?Q?Bob=00=0D=0AX-Evil:_1?= <bob@example.test>", true);
    EXPECT_FALSE(t.text.contains(QChar(u'\0')));
    EXPECT_FALSE(t.text.contains(QLatin1Char('\r')));
    EXPECT_FALSE(t.text.contains(QLatin1Char('\n')));
    EXPECT_TRUE(t.text.contains(QChar(0x2400))) << t.text.toStdString(); // NUL symbol
    EXPECT_TRUE(t.text.contains(QChar(0x240D)));                          // CR symbol
    EXPECT_TRUE(t.text.contains(QChar(0x240A)));                          // LF symbol
    EXPECT_TRUE(t.issues & DisplayText::ControlCharacters);
    EXPECT_TRUE(t.suspicious());
    EXPECT_EQ(t.warnings().size(), 1);
    EXPECT_TRUE(t.original.contains(QLatin1String("\\r\\n")));
}

TEST(DisplaySanitizerTest, OtherC0AndC1ControlsAreNeutralisedTabIsASpace)
{
    const DisplayText t = DisplaySanitizer::text(u("a\x1b[31mb\tc") + QChar(0x85) + QChar(0x7f));
    EXPECT_FALSE(t.text.contains(QChar(0x1b)));
    EXPECT_FALSE(t.text.contains(QChar(0x85)));
    EXPECT_FALSE(t.text.contains(QChar(0x7f)));
    EXPECT_TRUE(t.text.contains(QLatin1String("b c")));
    EXPECT_TRUE(t.issues & DisplayText::ControlCharacters);
}

TEST(DisplaySanitizerTest, EveryBidiControlIsRemovedAndFlagged)
{
    const char16_t bidi[] = {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
                             0x200e, 0x200f, 0x061c};
    for (const char16_t c : bidi) {
        const QString in = u("invoice") + QChar(c) + u("gpj.exe");
        const DisplayText t = DisplaySanitizer::text(in);
        EXPECT_EQ(t.text, u("invoicegpj.exe")) << std::hex << unsigned(c);
        EXPECT_TRUE(t.issues & DisplayText::BidiControls) << std::hex << unsigned(c);
        EXPECT_TRUE(t.original.contains(QStringLiteral("<U+%1>").arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))))
            << t.original.toStdString();
    }
}

TEST(DisplaySanitizerTest, ZeroWidthCharactersAreRemovedToo)
{
    const DisplayText t = DisplaySanitizer::text(u("pay") + QChar(0x200b) + u("pal") + QChar(0xfeff));
    EXPECT_EQ(t.text, u("paypal"));
    EXPECT_TRUE(t.issues & DisplayText::BidiControls);
}

TEST(DisplaySanitizerTest, RloInsideAnEncodedWordIsRemoved)
{
    // "=?utf-8?B?...?=" of "Suporte <RLO>gnp.exe"
    const QByteArray word = "=?utf-8?B?" + u("Suporte \u202egnp.exe").toUtf8().toBase64() + "?= <s@example.test>";
    const DisplayText t = DisplaySanitizer::header(word, true);
    EXPECT_EQ(t.text, u("Suporte gnp.exe <s@example.test>"));
    EXPECT_TRUE(t.issues & DisplayText::BidiControls);
}

TEST(DisplaySanitizerTest, HomographDomainIsShownAsPunycodeWithUnicodeInTheOriginal)
{
    // "pаypal.com" with a Cyrillic a (U+0430), raw UTF-8 (RFC 6532).
    const QByteArray raw = "Suporte <suporte@p\xd0\xb0ypal.com>";
    const DisplayText t = DisplaySanitizer::header(raw, true);
    EXPECT_EQ(t.text, u("Suporte <suporte@xn--pypal-4ve.com>"));
    EXPECT_TRUE(t.issues & DisplayText::InternationalDomain);
    EXPECT_TRUE(t.suspicious());
    EXPECT_TRUE(t.original.contains(u("p\xd0\xb0ypal.com")));
}

TEST(DisplaySanitizerTest, EveryNonAsciiDomainInAListIsConverted)
{
    const DisplayText t = DisplaySanitizer::addresses(u("a@b\xc3\xbc" "cher.example, \"x\" <c@ascii.test>, d@\xe4\xbe\x8b\xe3\x81\x88.test"));
    EXPECT_EQ(t.text, u("a@xn--bcher-kva.example, \"x\" <c@ascii.test>, d@xn--r8jz45g.test"));
    EXPECT_TRUE(t.issues & DisplayText::InternationalDomain);
}

TEST(DisplaySanitizerTest, NonAsciiDisplayNameAloneIsNotAWarning)
{
    const DisplayText t = DisplaySanitizer::header("=?utf-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@exemplo.com.br>", true);
    EXPECT_EQ(t.text, u("Z\xc3\xa9 Ningu\xc3\xa9m <ze@exemplo.com.br>"));
    EXPECT_FALSE(t.suspicious());
}

TEST(DisplaySanitizerTest, SubjectIsNotTreatedAsAnAddressList)
{
    const DisplayText t = DisplaySanitizer::header("=?utf-8?Q?Pre=C3=A7o_@_caf=C3=A9.com?=", false);
    EXPECT_EQ(t.text, u("Pre\xc3\xa7o @ caf\xc3\xa9.com"));
    EXPECT_FALSE(t.issues & DisplayText::InternationalDomain);
}

TEST(DisplaySanitizerTest, FoldedHeaderIsUnfoldedNotFlagged)
{
    const DisplayText t = DisplaySanitizer::header("Alice\r\n <alice@example.test>", true);
    EXPECT_EQ(t.text, u("Alice <alice@example.test>"));
    EXPECT_FALSE(t.suspicious());
}

TEST(DisplaySanitizerTest, HugeHeaderIsCutAndSaysSo)
{
    const DisplayText t = DisplaySanitizer::text(QString(100000, QLatin1Char('x')));
    EXPECT_LE(t.text.size(), DisplaySanitizer::kMaxLength + 1);
    EXPECT_TRUE(t.issues & DisplayText::Truncated);
    EXPECT_FALSE(t.suspicious());
}
