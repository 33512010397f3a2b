// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/SafeFileName.h"

#include "mime/DisplaySanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

namespace carteiro {

namespace {

constexpr int kMaxExtension = 16;

bool isForbiddenOnWindows(char32_t c)
{
    switch (c) {
    case '<': case '>': case ':': case '"': case '/': case '\\': case '|': case '?': case '*':
        return true;
    default:
        return false;
    }
}

QString stripEnds(QString s)
{
    // Leading dots make hidden files ("..", ".bashrc"); Windows drops trailing dots and spaces.
    qsizetype b = 0, e = s.size();
    while (b < e && (s.at(b) == QLatin1Char('.') || s.at(b) == QLatin1Char(' ')))
        ++b;
    while (e > b && (s.at(e - 1) == QLatin1Char('.') || s.at(e - 1) == QLatin1Char(' ')))
        --e;
    return s.mid(b, e - b);
}

// Cuts s to at most n UTF-16 units without splitting a surrogate pair.
QString cut(const QString &s, qsizetype n)
{
    if (s.size() <= n)
        return s;
    if (n > 0 && s.at(n - 1).isHighSurrogate())
        --n;
    return s.left(n);
}

QString fallbackName(const QByteArray &mediaType)
{
    QString suffix;
    if (!mediaType.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(QString::fromLatin1(mediaType));
        if (type.isValid())
            suffix = type.preferredSuffix();
    }
    if (suffix.isEmpty() || suffix.size() > kMaxExtension)
        suffix = QStringLiteral("bin");
    return QStringLiteral("attachment.") + suffix;
}

} // namespace

bool SafeFileName::isReservedWindowsName(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QSet<QString> plain = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (plain.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        return stem.at(3).isDigit() || stem.at(3) == QChar(0xb9) || stem.at(3) == QChar(0xb2)
            || stem.at(3) == QChar(0xb3);
    return false;
}

bool SafeFileName::isExecutableName(const QString &name)
{
    static const QSet<QString> risky = {
        QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("bat"), QStringLiteral("cmd"),
        QStringLiteral("scr"), QStringLiteral("pif"), QStringLiteral("msi"), QStringLiteral("msp"),
        QStringLiteral("cpl"), QStringLiteral("jar"), QStringLiteral("js"), QStringLiteral("jse"),
        QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("wsf"), QStringLiteral("wsh"),
        QStringLiteral("ps1"), QStringLiteral("psm1"), QStringLiteral("hta"), QStringLiteral("lnk"),
        QStringLiteral("reg"), QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("command"),
        QStringLiteral("app"), QStringLiteral("desktop"), QStringLiteral("run"), QStringLiteral("appimage"),
        QStringLiteral("py"), QStringLiteral("pl"), QStringLiteral("dll"), QStringLiteral("so"),
        QStringLiteral("dylib"), QStringLiteral("url"), QStringLiteral("iso"), QStringLiteral("img")};
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && risky.contains(name.mid(dot + 1).toLower());
}

QString SafeFileName::make(const QString &name, const QByteArray &mediaType)
{
    // 1. Only the last path component: "../../x", "/abs/x", "C:\dir\x" -> "x".
    QString s = name;
    s.replace(QLatin1Char('\\'), QLatin1Char('/'));
    s = s.mid(s.lastIndexOf(QLatin1Char('/')) + 1);
    // A drive prefix without a separator ("C:x") would be relative to C:'s current folder.
    if (s.size() >= 2 && s.at(1) == QLatin1Char(':') && s.at(0).isLetter())
        s = s.mid(2);

    // 2. Controls out (line breaks become spaces), Bidi and invisible formats out,
    //    characters Windows forbids replaced, white space collapsed.
    QString clean;
    clean.reserve(s.size());
    for (const char32_t c : s.toUcs4()) {
        if (c == u'\r' || c == u'\n' || c == u'\t')
            clean += QLatin1Char(' ');
        else if (DisplaySanitizer::isControl(c) || DisplaySanitizer::isBidiOrInvisible(c))
            continue;
        else if (isForbiddenOnWindows(c))
            clean += QLatin1Char('_');
        else
            clean += QString::fromUcs4(&c, 1);
    }
    clean = stripEnds(clean.simplified());

    // 3. Split off the extension so that a cut keeps it visible.
    QString stem = clean, ext;
    const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && clean.size() - dot - 1 <= kMaxExtension) {
        stem = stripEnds(clean.left(dot));
        ext = clean.mid(dot + 1).trimmed();
    }
    if (stem.isEmpty() && ext.isEmpty())
        return fallbackName(mediaType);
    if (stem.isEmpty()) // ".exe" or "   .exe": keep the extension visible
        stem = QStringLiteral("attachment");
    const qsizetype room = kMaxLength - (ext.isEmpty() ? 0 : ext.size() + 1);
    if (stem.size() > room) // keep the start and mark the cut
        stem = stripEnds(cut(stem, room - 1)) + QChar(0x2026);
    QString result = ext.isEmpty() ? stem : stem + QLatin1Char('.') + ext;
    if (isReservedWindowsName(result))
        result.prepend(QLatin1Char('_'));
    return result;
}

QString SafeFileName::uniquePath(const QString &folder, const QString &safeName)
{
    const QDir dir(folder);
    const QString name = safeName.isEmpty() ? fallbackName({}) : safeName;
    QString candidate = dir.filePath(name);
    if (!QFileInfo::exists(candidate))
        return candidate;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2; n < 10000; ++n) {
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(stem, QString::number(n), ext));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace carteiro
