// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeStrings.h"

#include <QCoreApplication>

namespace carteiro {

QString MimeStrings::printable(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxLength) + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() >= maxLength) {
            out += QStringLiteral("...");
            break;
        }
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\r': out += QStringLiteral("\\r"); continue;
        case u'\n': out += QStringLiteral("\\n"); continue;
        case u'\t': out += QStringLiteral("\\t"); continue;
        case u'\0': out += QStringLiteral("\\0"); continue;
        default: break;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0'));
        } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
                   || c == 0x200f || c == 0x061c) {
            // Bidi controls would reorder the rest of the line on screen.
            out += QStringLiteral("<U+%1>").arg(unsigned(c), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += text.at(i);
        }
    }
    return out;
}

bool MimeStrings::hasLineBreakOrNul(const QString &text)
{
    return !lineBreakOrNulProblem(text).isEmpty();
}

QString MimeStrings::lineBreakOrNulProblem(const QString &text)
{
    if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')))
        return QCoreApplication::translate("Mime", "contains a line break (CR or LF)");
    if (text.contains(QChar(u'\0')))
        return QCoreApplication::translate("Mime", "contains a NUL character");
    return {};
}

std::string MimeStrings::toStd(const QString &text)
{
    return toStd(text.toUtf8());
}

std::string MimeStrings::toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString MimeStrings::fromStd(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace carteiro
