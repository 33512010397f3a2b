// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/VCard.h"

#include "mime/MimeCharset.h"
#include "mime/MimeStrings.h"
#include "util/DataSize.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace carteiro {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VCard", text);
}

struct Property
{
    QByteArray name;                  // upper-case, group prefix removed
    QList<QByteArray> params;         // "TYPE=WORK", "QUOTED-PRINTABLE" (2.1 bare), upper-case names
    QByteArray rawValue;
    int line = 0;

    QByteArray param(const QByteArray &key) const
    {
        for (const QByteArray &p : params) {
            const qsizetype eq = p.indexOf('=');
            if (eq > 0 && p.left(eq).trimmed().toUpper() == key)
                return p.mid(eq + 1).trimmed();
        }
        return {};
    }
    bool quotedPrintable() const
    {
        for (const QByteArray &p : params)
            if (p.toUpper().contains("QUOTED-PRINTABLE"))
                return true;
        return false;
    }
};

// Splits at `sep` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &s, char sep)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false;
    for (const char c : s) {
        if (c == '"')
            quoted = !quoted;
        if (c == sep && !quoted) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

std::optional<Property> parseLine(const QByteArray &line, int number)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            quoted = !quoted;
        else if (line.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    QList<QByteArray> head = splitOutsideQuotes(line.left(colon), ';');
    Property p;
    p.name = head.takeFirst().trimmed().toUpper();
    if (const qsizetype dot = p.name.lastIndexOf('.'); dot >= 0)
        p.name = p.name.mid(dot + 1); // RFC 6350 §3.3 group: "item1.EMAIL"
    p.params = head;
    p.rawValue = line.mid(colon + 1);
    p.line = number;
    return p;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// The value as text: QUOTED-PRINTABLE decoded, then CHARSET (UTF-8 by default;
// bytes that are not UTF-8 are read as Latin-1 rather than lost).
QString valueText(const Property &p)
{
    QByteArray bytes = p.quotedPrintable() ? decodeQuotedPrintable(p.rawValue) : p.rawValue;
    QByteArray charset = p.param("CHARSET");
    if (charset.startsWith('"'))
        charset = charset.mid(1).chopped(1);
    if (!charset.isEmpty())
        return MimeCharset::decode(bytes, charset.toLower());
    const QString utf8 = QString::fromUtf8(bytes);
    if (utf8.contains(QChar::ReplacementCharacter))
        return QString::fromLatin1(bytes);
    return utf8;
}

// Splits a structured value at unescaped `sep` (";" for N and ORG), unescaping each part.
QStringList components(const QString &value, QChar sep)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == sep) {
            out << VCard::unescapeText(current);
            current.clear();
            continue;
        }
        current += c;
    }
    out << VCard::unescapeText(current);
    return out;
}

QString clean(const QString &s)
{
    QString out = s;
    out.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n'); });
    return out;
}

struct PendingCard
{
    ContactCard card;
    bool group = false;
    QStringList members; // raw MEMBER values
    QString nameFromN;
    int line = 0;
    int number = 0;
};

QString cardLabel(const PendingCard &c)
{
    const QString name = c.card.name.isEmpty() ? c.nameFromN : c.card.name;
    if (!name.isEmpty())
        return QCoreApplication::translate("VCard", "card %1 \"%2\" (line %3)")
            .arg(c.number)
            .arg(MimeStrings::printable(name, 80))
            .arg(c.line);
    return QCoreApplication::translate("VCard", "card %1 (line %2)").arg(c.number).arg(c.line);
}

void applyProperty(PendingCard *c, const Property &p, QStringList *problems)
{
    const QString text = valueText(p);
    if (p.name == "FN") {
        c->card.name = clean(VCard::unescapeText(text)).simplified();
    } else if (p.name == "N") {
        const QStringList n = components(text, QLatin1Char(';'));
        // Family;Given;Additional;Prefixes;Suffixes (§6.2.2): "Given Additional Family".
        QStringList parts;
        for (int i : {3, 1, 2, 0, 4})
            if (i < n.size() && !n.at(i).trimmed().isEmpty())
                parts << n.at(i).trimmed();
        c->nameFromN = clean(parts.join(QLatin1Char(' '))).simplified();
    } else if (p.name == "EMAIL") {
        QString address = clean(VCard::unescapeText(text)).trimmed();
        if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            address = address.mid(7);
        QString why;
        if (!MailAddress{QString(), address}.isValid(&why)) {
            problems->append(QCoreApplication::translate("VCard", "%1: address left out: %2").arg(cardLabel(*c), why));
            return;
        }
        const bool preferred = p.param("PREF") == "1" || p.param("TYPE").toUpper().contains("PREF");
        if (!c->card.emails.contains(address, Qt::CaseInsensitive)) {
            if (preferred)
                c->card.emails.prepend(address);
            else
                c->card.emails.append(address);
        }
    } else if (p.name == "TEL") {
        const QString phone = clean(VCard::unescapeText(text)).simplified();
        if (!phone.isEmpty())
            c->card.phones << (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive) ? phone.mid(4) : phone);
    } else if (p.name == "ORG") {
        c->card.organization = clean(components(text, QLatin1Char(';')).value(0)).simplified();
    } else if (p.name == "NOTE") {
        c->card.note = clean(VCard::unescapeText(text));
    } else if (p.name == "UID") {
        c->card.uid = clean(text).trimmed();
    } else if (p.name == "KIND" || p.name == "X-ADDRESSBOOKSERVER-KIND") {
        c->group = text.trimmed().compare(QLatin1String("group"), Qt::CaseInsensitive) == 0;
    } else if (p.name == "MEMBER" || p.name == "X-ADDRESSBOOKSERVER-MEMBER") {
        c->members << text.trimmed();
    }
}

// Physical lines joined into content lines: folding (§3.2) and 2.1's QP soft breaks.
QList<QPair<QByteArray, int>> contentLines(const QByteArray &data)
{
    QList<QPair<QByteArray, int>> out;
    const QList<QByteArray> physical = data.split('\n');
    int number = 0;
    for (QByteArray line : physical) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !out.isEmpty()) {
            out.last().first += line.mid(1);
            continue;
        }
        if (!out.isEmpty() && out.last().first.endsWith('=')
            && out.last().first.left(out.last().first.indexOf(':')).toUpper().contains("QUOTED-PRINTABLE")) {
            out.last().first.chop(1); // RFC 2045 §6.7 soft line break inside a 2.1 value
            out.last().first += line;
            continue;
        }
        if (line.isEmpty())
            continue;
        out.append({line, number});
    }
    return out;
}

} // namespace

QString VCard::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QString VCard::unescapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray VCard::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80) // never inside a UTF-8 sequence
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

std::optional<VCard::Contents> VCard::read(const QByteArray &data, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<Contents> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (data.trimmed().isEmpty())
        return refuse(tr("The file is empty."));
    if (data.size() > kMaxFileBytes)
        return refuse(tr("The file is larger than %1; it is not read as an address book.")
                          .arg(formatDataSize(kMaxFileBytes)));
    if (data.contains('\0'))
        return refuse(tr("The file is not a vCard: it contains NUL bytes (a binary file?)."));
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a UTF-8 byte order mark

    Contents result;
    std::optional<PendingCard> current;
    QList<PendingCard> finished;
    bool sawBegin = false, reportedOutside = false;
    int cardCount = 0;
    auto finish = [&](PendingCard &&c) {
        if (c.card.name.isEmpty())
            c.card.name = c.nameFromN;
        if (c.card.name.isEmpty() && c.card.emails.isEmpty() && !c.group) {
            result.problems << tr("%1 has no name and no address: left out.").arg(cardLabel(c));
            return;
        }
        finished << std::move(c);
    };
    for (const auto &[line, number] : contentLines(text)) {
        const auto p = parseLine(line, number);
        if (!p) {
            if (current) {
                result.problems << tr("Line %1 is not a vCard property (NAME:value): left out.").arg(number);
            } else if (!reportedOutside) {
                result.problems << tr("Line %1 is outside BEGIN:VCARD ... END:VCARD: left out.").arg(number);
                reportedOutside = true;
            }
            continue;
        }
        if (p->name == "BEGIN" && p->rawValue.trimmed().toUpper() == "VCARD") {
            sawBegin = true;
            if (current) {
                result.problems << tr("%1 has no END:VCARD before the next card.").arg(cardLabel(*current));
                finish(std::move(*current));
            }
            if (++cardCount > kMaxCards)
                return refuse(tr("The file holds more than %1 cards; it is not read.").arg(kMaxCards));
            current = PendingCard();
            current->line = number;
            current->number = cardCount;
            continue;
        }
        if (!current) {
            if (!reportedOutside && p->name != "END") {
                result.problems << tr("Line %1 is outside BEGIN:VCARD ... END:VCARD: left out.").arg(number);
                reportedOutside = true;
            }
            continue;
        }
        if (p->name == "END") {
            finish(std::move(*current));
            current.reset();
            continue;
        }
        if (p->name == "VERSION") {
            const QByteArray v = p->rawValue.trimmed();
            if (v != "2.1" && v != "3.0" && v != "4.0")
                result.problems << tr("%1: unknown vCard version \"%2\", read as 4.0.")
                                       .arg(cardLabel(*current), MimeStrings::printable(QString::fromLatin1(v), 20));
            continue;
        }
        applyProperty(&*current, *p, &result.problems);
    }
    if (current) {
        result.problems << tr("%1 has no END:VCARD (the file ends first).").arg(cardLabel(*current));
        finish(std::move(*current));
    }
    if (!sawBegin)
        return refuse(tr("The file is not a vCard: it has no BEGIN:VCARD line."));

    QHash<QString, QString> nameByAddress, addressByUid;
    for (const PendingCard &c : std::as_const(finished)) {
        if (c.group || c.card.emails.isEmpty())
            continue;
        for (const QString &e : c.card.emails)
            nameByAddress.insert(e.toLower(), c.card.name);
        if (!c.card.uid.isEmpty())
            addressByUid.insert(c.card.uid, c.card.emails.first());
    }
    for (const PendingCard &c : std::as_const(finished)) {
        if (!c.group) {
            result.contacts << c.card;
            continue;
        }
        ContactGroup g;
        g.uid = c.card.uid;
        g.name = c.card.name;
        for (const QString &member : c.members) {
            QString address = member;
            if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                address = address.mid(7);
            else if (addressByUid.contains(member))
                address = addressByUid.value(member);
            else if (address.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)
                     && addressByUid.contains(address.mid(9)))
                address = addressByUid.value(address.mid(9));
            const MailAddress m{nameByAddress.value(address.toLower()), address.trimmed()};
            QString why;
            if (!m.isValid(&why)) {
                result.problems << tr("Group \"%1\": member \"%2\" left out: %3")
                                       .arg(MimeStrings::printable(g.name, 80), MimeStrings::printable(member, 80), why);
                continue;
            }
            g.members << m;
        }
        if (const QString why = g.validate(); !why.isEmpty()) {
            result.problems << tr("Group at line %1 left out: %2").arg(c.line).arg(why);
            continue;
        }
        result.groups << g;
    }
    return result;
}

QByteArray VCard::write(const QList<ContactCard> &contacts, const QList<ContactGroup> &groups)
{
    QByteArray out;
    const auto line = [&out](const QString &l) { out += fold(l.toUtf8()); };
    const auto uidOf = [](const QString &uid) {
        return uid.isEmpty() ? QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces) : uid;
    };
    for (const ContactCard &c : contacts) {
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:4.0"));
        line(QStringLiteral("UID:") + uidOf(c.uid));
        line(QStringLiteral("FN:") + escapeText(c.name.isEmpty() ? c.emails.value(0) : c.name));
        for (int i = 0; i < c.emails.size(); ++i)
            line((i == 0 ? QStringLiteral("EMAIL;PREF=1:") : QStringLiteral("EMAIL:")) + escapeText(c.emails.at(i)));
        for (const QString &phone : c.phones)
            line(QStringLiteral("TEL:") + escapeText(phone));
        if (!c.organization.isEmpty())
            line(QStringLiteral("ORG:") + escapeText(c.organization));
        if (!c.note.isEmpty())
            line(QStringLiteral("NOTE:") + escapeText(c.note));
        line(QStringLiteral("END:VCARD"));
    }
    for (const ContactGroup &g : groups) {
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:4.0"));
        line(QStringLiteral("KIND:group")); // RFC 6350 §6.1.4
        line(QStringLiteral("UID:") + uidOf(g.uid));
        line(QStringLiteral("FN:") + escapeText(g.name));
        for (const MailAddress &m : g.members) // §6.6.5: a URI per member
            line(QStringLiteral("MEMBER:mailto:") + m.address);
        line(QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace carteiro
