// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/TextFold.h"

namespace carteiro {

QString TextFold::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded().replace(QChar(0x00df), QStringLiteral("ss"));
}

bool TextFold::startsWord(const QString &haystackFolded, const QString &folded)
{
    if (folded.isEmpty())
        return true;
    qsizetype from = 0;
    while ((from = haystackFolded.indexOf(folded, from)) >= 0) {
        if (from == 0 || !haystackFolded.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}

} // namespace carteiro
