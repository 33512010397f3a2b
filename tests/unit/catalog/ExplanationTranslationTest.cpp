// SPDX-License-Identifier: GPL-3.0-or-later
// The pt_BR translation of the command catalog and of the line explanations:
// every translatable text has a finished translation in the embedded .qm, and
// explanations come out in Portuguese with their citations untouched.
#include "trace/CommandCatalog.h"
#include "trace/LineExplainer.h"

#include "PtBrFixture.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

using namespace carteiro;

using carteiro::test::s;
using carteiro::test::u;
using ExplanationPtBr = carteiro::test::PtBrFixture;

namespace {

int countMissing(const char *context, const QStringList &texts)
{
    int missing = 0;
    for (const QString &text : texts) {
        const QByteArray utf8 = text.toUtf8();
        const QString pt = QCoreApplication::translate(context, utf8.constData());
        if (pt.trimmed().isEmpty() || pt == text) {
            ++missing;
            ADD_FAILURE() << context << ": no pt_BR translation for: " << utf8.constData();
        }
        // Placeholders survive translation.
        for (int i = 1; i <= 3; ++i) {
            const QString marker = QLatin1Char('%') + QString::number(i);
            EXPECT_EQ(text.contains(marker), pt.contains(marker))
                << marker.toStdString() << " in " << utf8.constData();
        }
    }
    return missing;
}

} // namespace

TEST_F(ExplanationPtBr, EveryCommandCatalogTextIsTranslated)
{
    const QStringList texts = CommandCatalog::allSourceTexts();
    EXPECT_GT(texts.size(), 60);
    EXPECT_EQ(countMissing(CommandCatalog::translationContext(), texts), 0);
}

TEST_F(ExplanationPtBr, EveryLineExplanationTextIsTranslated)
{
    const QStringList texts = LineExplainer::allSourceTexts();
    EXPECT_GT(texts.size(), 250);
    EXPECT_EQ(countMissing(LineExplainer::translationContext(), texts), 0);
}

TEST_F(ExplanationPtBr, ExplanationsComeOutInPortuguese)
{
    const auto mail = CommandCatalog::find(Protocol::Smtp, u("MAIL"));
    ASSERT_TRUE(mail);
    EXPECT_NE(s(mail->summary), "Starts a mail transaction and gives the sender address (the "
                                "envelope's return path)");
    EXPECT_EQ(s(mail->source), "RFC 5321 §4.1.1.2");

    LineExplainer smtp(Protocol::Smtp);
    smtp.explain(Direction::ServerToClient, "220 x");
    smtp.explain(Direction::ClientToServer, "EHLO me");
    smtp.explain(Direction::ServerToClient, "250-x");
    const LineExplanation e = smtp.explain(Direction::ServerToClient, "250 CHUNKING");
    EXPECT_EQ(s(e.key), "smtp.ehlo.CHUNKING");
    EXPECT_TRUE(e.text.startsWith(u("CHUNKING:"))) << s(e.text);
    EXPECT_TRUE(e.text.contains(u("BDAT"))) << s(e.text);
    EXPECT_TRUE(e.text.contains(u("mensagem"))) << s(e.text);
    EXPECT_EQ(s(e.source), "RFC 3030 §2");

    LineExplainer imap(Protocol::Imap);
    EXPECT_EQ(s(imap.explain(Direction::ServerToClient, "* 3 EXISTS").text),
              "A caixa postal agora tem 3 mensagens");
    const LineExplanation enh = LineExplainer::fromKey(u("smtp.reply.DOT.250+code.enh.2.0.0"));
    EXPECT_TRUE(enh.text.contains(u("2.0.0 Sucesso"))) << s(enh.text);
}
