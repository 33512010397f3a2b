// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures (RFC 3676 §4.3 separator, placement) and format=flowed (RFC 3676:
// reading, reply quoting §4.5, writing with space-stuffing §4.4 and soft breaks §4.2).
#include "mime/FlowedText.h"
#include "mime/Signature.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(Signature, BlockHasTheStandardSeparatorOnce)
{
    EXPECT_EQ(Signature::block(QStringLiteral("Ana\nEscola\n\n")), QStringLiteral("-- \nAna\nEscola"));
    EXPECT_EQ(Signature::block(QStringLiteral("--\nAna")), QStringLiteral("-- \nAna"));
    EXPECT_EQ(Signature::block(QStringLiteral("-- \r\nAna")), QStringLiteral("-- \nAna"));
    EXPECT_TRUE(Signature::block(QStringLiteral(" \n \n")).isEmpty());
}

TEST(Signature, PlacedBelowOrAboveTheQuote)
{
    const QString reply = QStringLiteral("\n\nOn Monday, Bob wrote:\n> Oi\n");
    EXPECT_EQ(Signature::place(QString(), QStringLiteral("Ana"), Signature::Placement::BelowQuote).body,
              QStringLiteral("\n\n-- \nAna"));
    EXPECT_EQ(Signature::place(reply, QStringLiteral("Ana"), Signature::Placement::BelowQuote).body,
              QStringLiteral("\n\nOn Monday, Bob wrote:\n> Oi\n\n-- \nAna"));
    EXPECT_EQ(Signature::place(reply, QStringLiteral("Ana"), Signature::Placement::AboveQuote).body,
              QStringLiteral("\n\n-- \nAna\n\nOn Monday, Bob wrote:\n> Oi\n"));
    EXPECT_EQ(Signature::place(reply, QString(), Signature::Placement::AboveQuote).body, reply);
}

TEST(Signature, ReplacedWhenTheIdentityChangesUnlessEdited)
{
    QString body = QStringLiteral("Texto\n\n-- \nAna");
    EXPECT_TRUE(Signature::replace(&body, QStringLiteral("Ana"), QStringLiteral("Ana Silva\nSecretaria"),
                                   Signature::Placement::BelowQuote));
    EXPECT_EQ(body, QStringLiteral("Texto\n\n-- \nAna Silva\nSecretaria"));
    EXPECT_TRUE(Signature::replace(&body, QStringLiteral("Ana Silva\nSecretaria"), QString(),
                                   Signature::Placement::BelowQuote));
    EXPECT_EQ(body, QStringLiteral("Texto\n"));
    QString edited = QStringLiteral("Texto\n\n-- \nAna (editada)");
    EXPECT_FALSE(Signature::replace(&edited, QStringLiteral("Bia"), QStringLiteral("Cris"), Signature::Placement::BelowQuote));
    EXPECT_EQ(edited, QStringLiteral("Texto\n\n-- \nAna (editada)"));
}

TEST(Signature, RepliesLeaveTheOriginalSignatureOut)
{
    EXPECT_EQ(Signature::withoutSignature(QStringLiteral("Oi\n\n-- \nBob\n")), QStringLiteral("Oi\n"));
    EXPECT_EQ(Signature::withoutSignature(QStringLiteral("Oi\r\n-- \r\nBob")), QStringLiteral("Oi\r\n"));
    EXPECT_EQ(Signature::withoutSignature(QStringLiteral("a --\n-- x\n")), QStringLiteral("a --\n-- x\n"));
}

TEST(FlowedText, DecodesSoftBreaksQuoteDepthsAndStuffing)
{
    const QString body = QStringLiteral("Esta frase continua \r\nna linha seguinte.\r\n"
                                        ">> citado que \r\n>> flui\r\n> outro \r\nnivel muda\r\n"
                                        " From aqui\r\n-- \r\nBob\r\n");
    const QList<FlowedText::Paragraph> p = FlowedText::decode(body);
    ASSERT_EQ(p.size(), 7);
    EXPECT_EQ(p.at(0), (FlowedText::Paragraph{0, QStringLiteral("Esta frase continua na linha seguinte.")}));
    EXPECT_EQ(p.at(1), (FlowedText::Paragraph{2, QStringLiteral("citado que flui")}));
    EXPECT_EQ(p.at(2), (FlowedText::Paragraph{1, QStringLiteral("outro")})); // soft, but the depth changes
    EXPECT_EQ(p.at(3), (FlowedText::Paragraph{0, QStringLiteral("nivel muda")}));
    EXPECT_EQ(p.at(4), (FlowedText::Paragraph{0, QStringLiteral("From aqui")})); // stuffing removed
    EXPECT_EQ(p.at(5), (FlowedText::Paragraph{0, QStringLiteral("-- ")}));       // never flowed
    EXPECT_EQ(FlowedText::decode(QStringLiteral("um \r\ndois"), true).first().text, QStringLiteral("umdois")); // DelSp
    EXPECT_EQ(FlowedText::toPlain(FlowedText::quoted(p.mid(0, 2))),
              QStringLiteral("> Esta frase continua na linha seguinte.\n>>> citado que flui\n"));
}

TEST(FlowedText, EncodesLongLinesQuotesAndStuffing)
{
    const QString para = QStringLiteral("palavra ").repeated(20).trimmed(); // 159 characters
    const QString text = para + QStringLiteral("   \n> ") + para + QStringLiteral("\n>> fundo\nFrom me\n >x\n-- \nAna\n");
    const QString out = FlowedText::encode(text, 72);
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (const QString &l : lines)
        EXPECT_LE(l.size(), 72) << l.toStdString();
    EXPECT_TRUE(lines.at(0).endsWith(QLatin1Char(' '))); // a soft break
    EXPECT_TRUE(out.contains(QStringLiteral("\n> palavra")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n>> fundo\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n From me\n"))); // §4.4 stuffed
    EXPECT_TRUE(out.contains(QStringLiteral("\n  >x\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n-- \nAna\n")));
    // Read back, it is the same text: paragraphs whole, the user's trailing spaces gone (§4.2).
    const QList<FlowedText::Paragraph> back = FlowedText::decode(out);
    ASSERT_GE(back.size(), 4);
    EXPECT_EQ(back.at(0), (FlowedText::Paragraph{0, para}));
    EXPECT_EQ(back.at(1), (FlowedText::Paragraph{1, para}));
    EXPECT_EQ(back.at(2), (FlowedText::Paragraph{2, QStringLiteral("fundo")}));
    EXPECT_EQ(back.at(3), (FlowedText::Paragraph{0, QStringLiteral("From me")}));
    EXPECT_EQ(back.at(4), (FlowedText::Paragraph{0, QStringLiteral(" >x")}));
}
