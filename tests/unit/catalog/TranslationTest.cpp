// SPDX-License-Identifier: GPL-3.0-or-later
// The pt_BR translation of the catalog: compiled from translations/*.ts,
// read from the build tree (or the installed share/carteiro/translations),
// loaded with a QTranslator.
#include "trace/ReplyCatalog.h"
#include "util/Translations.h"

#include "PtBrFixture.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using carteiro::ReplyCatalog;

using carteiro::test::ensureApp;
using carteiro::test::s;
using carteiro::test::u;
using PtBrTranslation = carteiro::test::PtBrFixture;
constexpr const char *kQmPath = carteiro::test::kPtBrQmPath;

TEST(CatalogTranslationResource, PtBrQmIsBuiltForTheTests)
{
    QFile qm(u(kQmPath));
    ASSERT_TRUE(qm.exists()) << kQmPath;
    EXPECT_GT(qm.size(), 1000);
}

TEST(CatalogTranslationLoader, FindsTheBuildTreesTranslationsFromDisk)
{
    ensureApp();
    qunsetenv("CARTEIRO_TRANSLATIONS_DIR");
    const QStringList dirs = carteiro::translationSearchDirs();
    ASSERT_FALSE(dirs.isEmpty());
    EXPECT_TRUE(dirs.first().endsWith(u("/translations"))) << s(dirs.first());
    ASSERT_TRUE(carteiro::installTranslations(QLocale(u("pt_BR"))));
    EXPECT_EQ(s(carteiro::loadedTranslationsDir()), s(dirs.first()));
    EXPECT_TRUE(QFile::exists(carteiro::loadedTranslationsDir() + u("/carteiro_pt_BR.qm")));
    carteiro::removeTranslations();
    EXPECT_TRUE(carteiro::loadedTranslationsDir().isEmpty());
}

TEST(CatalogTranslationLoader, TheEnvironmentFolderComesFirstAndAnEmptyOneIsPassedOver)
{
    ensureApp();
    QTemporaryDir empty;
    ASSERT_TRUE(empty.isValid());
    qputenv("CARTEIRO_TRANSLATIONS_DIR", empty.path().toUtf8());
    const QStringList dirs = carteiro::translationSearchDirs();
    ASSERT_GE(dirs.size(), 2);
    EXPECT_EQ(s(dirs.first()), s(QDir::cleanPath(empty.path())));
    // Nothing for pt_BR there: the build tree's copy is used.
    EXPECT_TRUE(carteiro::installTranslations(QLocale(u("pt_BR"))));
    EXPECT_NE(s(carteiro::loadedTranslationsDir()), s(dirs.first()));
    qunsetenv("CARTEIRO_TRANSLATIONS_DIR");
    carteiro::removeTranslations();
}

TEST_F(PtBrTranslation, SpotChecksArePortuguese)
{
    EXPECT_EQ(s(translator.language()), "pt_BR");
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(250).meaning),
              "Ação de correio solicitada concluída com sucesso");
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(550).meaning),
              "Ação solicitada não executada: caixa postal indisponível");
    EXPECT_EQ(s(ReplyCatalog::enhanced(u("5.1.1")).detail),
              "Endereço de caixa postal de destino inválido");
    EXPECT_EQ(s(ReplyCatalog::enhanced(u("5.7.8")).detail),
              "Credenciais de autenticação inválidas");
    EXPECT_EQ(s(ReplyCatalog::enhanced(u("4.7.0")).classMeaning), "Falha transitória persistente");
    EXPECT_EQ(s(ReplyCatalog::imapCode(u("OVERQUOTA")).meaning),
              "O usuário ultrapassaria a cota após a operação");
    EXPECT_EQ(s(ReplyCatalog::pop3Code(u("IN-USE")).meaning),
              "A autenticação foi bem-sucedida, mas a caixa postal (maildrop) está em uso "
              "(provavelmente por outro cliente POP3)");
    EXPECT_EQ(s(ReplyCatalog::describeSmtpReply(550, u("5.1.1"))),
              "550 Ação solicitada não executada: caixa postal indisponível · 5.1.1 Falha "
              "permanente: Endereço de caixa postal de destino inválido");
    // Fallbacks are translated too.
    EXPECT_TRUE(
        ReplyCatalog::smtpBasic(259).meaning.startsWith(u("Resposta de conclusão positiva")))
        << s(ReplyCatalog::smtpBasic(259).meaning);
    // Citations are not translated.
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(250).source), "RFC 5321 §4.2.3");
}

TEST_F(PtBrTranslation, EveryCatalogTextHasATranslation)
{
    int missing = 0;
    for (const QString &text : ReplyCatalog::allSourceTexts()) {
        const QByteArray utf8 = text.toUtf8();
        const QString pt =
            QCoreApplication::translate(ReplyCatalog::translationContext(), utf8.constData());
        if (pt.isEmpty() || pt == text) {
            ++missing;
            ADD_FAILURE() << "no pt_BR translation for: " << utf8.constData();
        }
    }
    EXPECT_EQ(missing, 0);
}

TEST(CatalogTranslationLoader, InstallsPtBrAndFallsBackToEnglish)
{
    ensureApp();
    EXPECT_TRUE(carteiro::installTranslations(QLocale(QLocale::Portuguese, QLocale::Brazil)));
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(354).meaning),
              "Inicie a entrada da mensagem; termine com <CRLF>.<CRLF>");

    // No translation for English (the source language): none installed.
    EXPECT_FALSE(carteiro::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(354).meaning), "Start mail input; end with <CRLF>.<CRLF>");

    EXPECT_TRUE(carteiro::installTranslations(QLocale(u("pt_BR"))));
    carteiro::removeTranslations();
    EXPECT_EQ(s(ReplyCatalog::smtpBasic(250).meaning), "Requested mail action okay, completed");
}

// Issue 12 §7: Qt's own strings (standard buttons, file dialogs) in Portuguese
// too, from qtbase_pt_BR (Debian: qt6-translations-l10n, installed by
// packaging/debian/install-deps.sh).
TEST(CatalogTranslationLoader, QtsOwnStringsArePortuguese)
{
    ensureApp();
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + u("/qtbase_pt_BR.qm")))
        GTEST_SKIP() << "qtbase_pt_BR.qm is not in " << s(dir) << ": apt install qt6-translations-l10n";
    ASSERT_TRUE(carteiro::installTranslations(QLocale(QLocale::Portuguese, QLocale::Brazil)));
    EXPECT_EQ(s(QCoreApplication::translate("QPlatformTheme", "Cancel")), "Cancelar");
    EXPECT_EQ(s(QCoreApplication::translate("QFileDialog", "Open")), "Abrir");
    carteiro::removeTranslations();
    EXPECT_EQ(s(QCoreApplication::translate("QPlatformTheme", "Cancel")), "Cancel");
}
