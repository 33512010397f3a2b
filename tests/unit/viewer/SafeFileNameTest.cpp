// SPDX-License-Identifier: GPL-3.0-or-later
// SafeFileName: tests/README.md, case 18 (attachment names saved as a safe basename).
#include "mime/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
QString safe(const QString &in, const QByteArray &type = {}) { return SafeFileName::make(in, type); }
QString u(const char *utf8) { return QString::fromUtf8(utf8); }

// What every safe name must satisfy, whatever came in.
void expectSafe(const QString &name)
{
    EXPECT_FALSE(name.isEmpty());
    EXPECT_LE(name.size(), SafeFileName::kMaxLength);
    for (const QChar c : name) {
        EXPECT_GE(c.unicode(), 0x20) << name.toStdString();
        EXPECT_FALSE(QStringLiteral("/\\:<>\"|?*").contains(c)) << name.toStdString();
        EXPECT_NE(c.category(), QChar::Other_Format) << name.toStdString();
    }
    EXPECT_FALSE(name.startsWith(QLatin1Char('.'))) << name.toStdString();
    EXPECT_FALSE(name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))) << name.toStdString();
    EXPECT_FALSE(SafeFileName::isReservedWindowsName(name)) << name.toStdString();
}
} // namespace

TEST(SafeFileNameTest, PathTraversalKeepsOnlyTheBasename)
{
    EXPECT_EQ(safe(u("../../x")), u("x"));
    EXPECT_EQ(safe(u("../../.bashrc")), u("bashrc"));
    EXPECT_EQ(safe(u("..")), u("attachment.bin"));
    EXPECT_EQ(safe(u("a/../../b.txt")), u("b.txt"));
}

TEST(SafeFileNameTest, AbsoluteAndWindowsPathsKeepOnlyTheBasename)
{
    EXPECT_EQ(safe(u("/abs")), u("abs"));
    EXPECT_EQ(safe(u("/etc/passwd")), u("passwd"));
    EXPECT_EQ(safe(u("C:\\x")), u("x"));
    EXPECT_EQ(safe(u("C:\\Windows\\System32\\evil.dll")), u("evil.dll"));
    EXPECT_EQ(safe(u("C:x.txt")), u("x.txt"));
    EXPECT_EQ(safe(u("\\\\server\\share\\doc.pdf")), u("doc.pdf"));
}

TEST(SafeFileNameTest, NulAndControlsAreRemoved)
{
    EXPECT_EQ(safe(QStringLiteral("evil.sh") + QChar(u'\0') + QStringLiteral(".txt")), u("evil.sh.txt"));
    EXPECT_EQ(safe(u("a\x01\x1b" "b.txt")), u("ab.txt"));
}

TEST(SafeFileNameTest, RightToLeftOverrideIsRemovedSoTheRealExtensionShows)
{
    // "invoice<RLO>fdp.exe" displays as "invoiceexe.pdf".
    const QString name = safe(u("invoice") + QChar(0x202e) + u("fdp.exe"));
    EXPECT_EQ(name, u("invoicefdp.exe"));
    EXPECT_TRUE(name.endsWith(u(".exe")));
    const QString isolates = safe(QChar(0x2067) + u("a.txt") + QChar(0x2069) + QChar(0x200f));
    EXPECT_EQ(isolates, u("a.txt"));
}

TEST(SafeFileNameTest, NewlineBecomesASpace)
{
    EXPECT_EQ(safe(u("report\r\nContent-Type: x.pdf")), u("report Content-Type_ x.pdf"));
}

TEST(SafeFileNameTest, TwoHundredSpacesThenExeShowsTheExe)
{
    const QString name = safe(u("photo.jpg") + QString(200, QLatin1Char(' ')) + u(".exe"));
    EXPECT_EQ(name, u("photo.jpg.exe"));
    EXPECT_TRUE(name.endsWith(u(".exe")));
}

TEST(SafeFileNameTest, LongStemIsCutKeepingTheExtension)
{
    const QString name = safe(QString(500, QLatin1Char('a')) + u(".exe"));
    EXPECT_EQ(name.size(), SafeFileName::kMaxLength);
    EXPECT_TRUE(name.endsWith(QChar(0x2026) + u(".exe"))) << name.toStdString();
    // A long name of astral characters is not cut inside a surrogate pair.
    QString astral;
    for (int i = 0; i < 100; ++i)
        astral += u("\xf0\x9f\x98\x80");
    const QString cut = safe(astral + u(".png"));
    EXPECT_TRUE(cut.endsWith(u(".png")));
    EXPECT_TRUE(cut.isValidUtf16());
}

TEST(SafeFileNameTest, ReservedWindowsNamesArePrefixed)
{
    for (const char *n : {"CON", "con.txt", "NUL", "nul.tar.gz", "PRN.doc", "AUX", "COM1", "com9.log", "LPT1.txt",
                          "Lpt9", "CONIN$"}) {
        const QString name = safe(u(n));
        EXPECT_EQ(name, u("_") + u(n)) << n;
    }
    EXPECT_EQ(safe(u("CONSOLE.txt")), u("CONSOLE.txt"));
    EXPECT_EQ(safe(u("COM10")), u("COM10"));
}

TEST(SafeFileNameTest, TrailingDotsAndSpacesAreRemoved)
{
    EXPECT_EQ(safe(u("notes.txt. . ")), u("notes.txt"));
    EXPECT_EQ(safe(u("  leading.txt")), u("leading.txt"));
}

TEST(SafeFileNameTest, EmptyFallsBackByMediaType)
{
    EXPECT_EQ(safe(QString()), u("attachment.bin"));
    EXPECT_EQ(safe(u("   ")), u("attachment.bin"));
    EXPECT_EQ(safe(QString(), "image/png"), u("attachment.png"));
    EXPECT_EQ(safe(u("../"), "application/pdf"), u("attachment.pdf"));
    EXPECT_EQ(safe(QString(), "x-not/a-type"), u("attachment.bin"));
    EXPECT_EQ(safe(u(".exe")), u("exe"));
    EXPECT_EQ(safe(u("   .exe")), u("exe"));
}

TEST(SafeFileNameTest, ForbiddenWindowsCharactersAreReplaced)
{
    EXPECT_EQ(safe(u("a<b>c:d\"e|f?g*h.txt")), u("a_b_c_d_e_f_g_h.txt"));
}

TEST(SafeFileNameTest, UnicodeNamesSurvive)
{
    EXPECT_EQ(safe(u("cart\xc3\xa3o-postal \xe4\xbe\x8b.png")), u("cart\xc3\xa3o-postal \xe4\xbe\x8b.png"));
}

TEST(SafeFileNameTest, EveryHostileNameGivesAValidName)
{
    const QList<QString> hostile = {u("../../x"), u("/abs"), u("C:\\x"), QString(QChar(u'\0')), u("\n"),
                                    QChar(0x202e) + u("exe.txt"), QString(200, QLatin1Char(' ')) + u(".exe"),
                                    u("CON"), u("..."), u(". ."), QString(1000, QLatin1Char('/')),
                                    u("a\\b/c:d"), QString(300, QChar(0x200b)), u("nul .txt")};
    for (const QString &h : hostile)
        expectSafe(safe(h));
}

TEST(SafeFileNameTest, UniquePathNeverClobbers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = SafeFileName::uniquePath(dir.path(), u("report.pdf"));
    EXPECT_EQ(first, QDir(dir.path()).filePath(u("report.pdf")));
    QFile f1(first);
    ASSERT_TRUE(f1.open(QIODevice::WriteOnly));
    f1.close();
    const QString second = SafeFileName::uniquePath(dir.path(), u("report.pdf"));
    EXPECT_EQ(second, QDir(dir.path()).filePath(u("report (2).pdf")));
    QFile f2(second);
    ASSERT_TRUE(f2.open(QIODevice::WriteOnly));
    f2.close();
    EXPECT_EQ(SafeFileName::uniquePath(dir.path(), u("report.pdf")), QDir(dir.path()).filePath(u("report (3).pdf")));
    // No extension, and a name holding "%1"-like text, are handled as text.
    QFile f3(QDir(dir.path()).filePath(u("README %2")));
    ASSERT_TRUE(f3.open(QIODevice::WriteOnly));
    f3.close();
    EXPECT_EQ(SafeFileName::uniquePath(dir.path(), u("README %2")), QDir(dir.path()).filePath(u("README %2 (2)")));
}

TEST(SafeFileNameTest, ExecutableNamesAreRecognised)
{
    EXPECT_TRUE(SafeFileName::isExecutableName(u("evil.sh")));
    EXPECT_TRUE(SafeFileName::isExecutableName(u("setup.EXE")));
    EXPECT_FALSE(SafeFileName::isExecutableName(u("photo.png")));
    EXPECT_FALSE(SafeFileName::isExecutableName(u("README")));
}
