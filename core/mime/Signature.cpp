// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/Signature.h"

#include <QStringList>

namespace carteiro {

namespace {
const QString kSeparator = QStringLiteral("-- ");
} // namespace

QString Signature::block(const QString &signature)
{
    QString s = signature;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('\n')))
        s.remove(0, 1);
    if (s.trimmed().isEmpty())
        return {};
    // The user's own separator line ("--" or "-- ") is replaced by the standard one.
    const QString firstLine = s.section(QLatin1Char('\n'), 0, 0);
    if (firstLine == QLatin1String("--") || firstLine == kSeparator)
        s = s.section(QLatin1Char('\n'), 1);
    return kSeparator + QLatin1Char('\n') + s;
}

Signature::Placed Signature::place(const QString &body, const QString &signature, Placement placement)
{
    const QString b = block(signature);
    if (b.isEmpty())
        return {body, 0};
    if (body.trimmed().isEmpty())
        return {QStringLiteral("\n\n") + b, 0};
    if (placement == Placement::AboveQuote) {
        QString rest = body;
        while (rest.startsWith(QLatin1Char('\n')))
            rest.remove(0, 1);
        return {QStringLiteral("\n\n") + b + QStringLiteral("\n\n") + rest, 0};
    }
    QString out = body;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return {out + QLatin1Char('\n') + b, 0};
}

bool Signature::replace(QString *body, const QString &oldSignature, const QString &newSignature,
                        Placement placement)
{
    const QString oldBlock = block(oldSignature);
    const QString newBlock = block(newSignature);
    if (oldBlock.isEmpty()) {
        if (newBlock.isEmpty())
            return true;
        *body = place(*body, newSignature, placement).body;
        return true;
    }
    const qsizetype at = body->lastIndexOf(oldBlock);
    if (at < 0)
        return false;
    if (!newBlock.isEmpty()) {
        body->replace(at, oldBlock.size(), newBlock);
        return true;
    }
    // No signature any more: the block goes with the empty line before it.
    qsizetype start = at;
    if (start >= 1 && body->at(start - 1) == QLatin1Char('\n'))
        --start;
    qsizetype end = at + oldBlock.size();
    if (end < body->size() && body->at(end) == QLatin1Char('\n'))
        ++end;
    body->remove(start, end - start);
    return true;
}

QString Signature::withoutSignature(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line == kSeparator) {
            QString kept = lines.mid(0, i).join(QLatin1Char('\n'));
            while (kept.endsWith(QLatin1Char('\n')))
                kept.chop(1);
            return kept + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace carteiro
