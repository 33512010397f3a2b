// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/AddressList.h"

#include <QSet>

namespace carteiro {

namespace {

QString trimSpaces(QString p)
{
    // Only spaces and tabs: a CR or LF must reach the parser and be refused.
    while (!p.isEmpty() && (p.front() == QLatin1Char(' ') || p.front() == QLatin1Char('\t')))
        p.remove(0, 1);
    while (!p.isEmpty() && (p.back() == QLatin1Char(' ') || p.back() == QLatin1Char('\t')))
        p.chop(1);
    return p;
}

} // namespace

QStringList AddressList::split(const QString &text)
{
    QStringList pieces;
    QString current;
    bool quoted = false, inGroup = false;
    int angle = 0, comment = 0;
    const auto flush = [&] {
        const QString p = trimSpaces(current);
        if (!p.isEmpty())
            pieces << p;
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((quoted || comment > 0) && c == QLatin1Char('\\') && i + 1 < text.size()) {
            if (quoted) // a quoted-pair stays in the display name; in a comment it goes with it
                current += c, current += text.at(i + 1);
            ++i;
            continue;
        }
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            current += c;
            continue;
        }
        if (comment > 0) { // RFC 5322 §3.2.2: comments nest
            if (c == QLatin1Char('('))
                ++comment;
            else if (c == QLatin1Char(')'))
                --comment;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted = true;
            current += c;
            break;
        case u'(':
            comment = 1;
            break;
        case u'<':
            ++angle;
            current += c;
            break;
        case u'>':
            angle = qMax(0, angle - 1);
            current += c;
            break;
        case u':':
            // RFC 5322 §3.4 group: display-name ":" [group-list] ";". Inside
            // angle brackets a colon belongs to an obsolete route, not a group.
            if (angle == 0 && !inGroup && !current.contains(QLatin1Char('@'))) {
                current.clear(); // the group's name is not an address
                inGroup = true;
            } else {
                current += c;
            }
            break;
        case u',':
        case u';':
            if (angle > 0) {
                current += c;
                break;
            }
            flush();
            if (c == QLatin1Char(';'))
                inGroup = false;
            break;
        default:
            current += c;
        }
    }
    flush();
    return pieces;
}

QList<MailAddress> AddressList::parse(const QString &text, QStringList *problems)
{
    QList<MailAddress> out;
    QSet<QString> seen;
    for (const QString &piece : split(text)) {
        QString why;
        const auto a = MailAddress::parse(piece, &why);
        if (!a) {
            if (problems)
                problems->append(why);
            continue;
        }
        if (seen.contains(a->address.toLower()))
            continue;
        seen.insert(a->address.toLower());
        out << *a;
    }
    return out;
}

QString AddressList::join(const QList<MailAddress> &addresses)
{
    QStringList parts;
    for (const MailAddress &a : addresses)
        parts << a.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

} // namespace carteiro
