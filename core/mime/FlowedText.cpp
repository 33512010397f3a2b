// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/FlowedText.h"

#include <QStringList>

namespace carteiro {

namespace {

const QString kSignatureSeparator = QStringLiteral("-- ");

// Leading '>' marks (spaces between them allowed, "> > x"), as a depth; *rest
// is what follows, with the one stuffing/separating space removed.
int quoteDepth(const QString &line, QString *rest, bool allowSpacesBetween)
{
    int depth = 0;
    qsizetype i = 0;
    for (;;) {
        if (i < line.size() && line.at(i) == QLatin1Char('>')) {
            ++depth;
            ++i;
            continue;
        }
        if (allowSpacesBetween && depth > 0 && i + 1 < line.size() && line.at(i) == QLatin1Char(' ')
            && line.at(i + 1) == QLatin1Char('>')) {
            ++i;
            continue;
        }
        break;
    }
    QString r = line.mid(i);
    if (r.startsWith(QLatin1Char(' ')))
        r.remove(0, 1);
    *rest = r;
    return depth;
}

QStringList lines(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList out = body.split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast(); // the final line break ends the text
    return out;
}

// Wraps one paragraph into pieces of at most `width` characters, breaking after
// spaces; every piece but the last keeps its trailing space (the soft break).
QStringList wrap(const QString &text, int width)
{
    QStringList out;
    QString rest = text;
    while (rest.size() > width) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), width - 1);
        if (cut <= 0)
            cut = rest.indexOf(QLatin1Char(' '), width); // one long word: break after it
        if (cut < 0 || cut + 1 >= rest.size())
            break;
        out << rest.left(cut + 1);
        rest = rest.mid(cut + 1);
    }
    out << rest;
    return out;
}

bool needsStuffing(const QString &piece)
{
    return piece.startsWith(QLatin1Char(' ')) || piece.startsWith(QLatin1String("From "))
           || piece.startsWith(QLatin1Char('>'));
}

} // namespace

QList<FlowedText::Paragraph> FlowedText::decode(const QString &body, bool delSp)
{
    QList<Paragraph> out;
    bool open = false; // the last paragraph continues (its last line was soft)
    for (const QString &line : lines(body)) {
        QString content;
        const int depth = quoteDepth(line, &content, false);
        const bool signature = content == kSignatureSeparator;
        const bool soft = !signature && content.endsWith(QLatin1Char(' '));
        if (soft && delSp)
            content.chop(1);
        if (open && !out.isEmpty() && out.last().depth == depth) {
            out.last().text += content;
        } else {
            // §4.5: a soft line followed by another depth is treated as hard.
            out.append({depth, content});
        }
        open = soft;
    }
    for (Paragraph &p : out) // a paragraph that ended soft: its trailing space is not text
        if (p.text != kSignatureSeparator)
            while (p.text.endsWith(QLatin1Char(' ')))
                p.text.chop(1);
    return out;
}

QString FlowedText::toPlain(const QList<Paragraph> &paragraphs)
{
    QString out;
    for (const Paragraph &p : paragraphs) {
        if (p.depth > 0)
            out += QString(p.depth, QLatin1Char('>')) + (p.text.isEmpty() ? QString() : QStringLiteral(" "));
        out += p.text + QLatin1Char('\n');
    }
    return out;
}

QList<FlowedText::Paragraph> FlowedText::quoted(const QList<Paragraph> &paragraphs)
{
    QList<Paragraph> out = paragraphs;
    for (Paragraph &p : out)
        ++p.depth;
    return out;
}

QList<FlowedText::Paragraph> FlowedText::fromPlain(const QString &text)
{
    QList<Paragraph> out;
    for (const QString &line : lines(text)) {
        QString content;
        const int depth = quoteDepth(line, &content, true);
        out.append({depth, depth == 0 ? line : content});
    }
    return out;
}

QString FlowedText::encode(const QString &text, int width)
{
    QString out;
    for (Paragraph p : fromPlain(text)) {
        const QString marks = QString(p.depth, QLatin1Char('>'));
        if (p.text == kSignatureSeparator) {
            out += marks + (p.depth > 0 ? QStringLiteral(" ") : QString()) + p.text + QLatin1Char('\n');
            continue;
        }
        while (p.text.endsWith(QLatin1Char(' '))) // §4.2: no soft break the user did not mean
            p.text.chop(1);
        const int room = qMax(20, width - int(marks.size()) - 1);
        for (const QString &piece : wrap(p.text, room)) {
            out += marks;
            // §4.4: stuffing after quote marks (always, for readability) and
            // before what a reader could take for a quote, "From " or a space.
            if (!marks.isEmpty() ? !piece.isEmpty() : needsStuffing(piece))
                out += QLatin1Char(' ');
            out += piece + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace carteiro
