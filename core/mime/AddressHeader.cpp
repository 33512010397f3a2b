// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/AddressHeader.h"

#include "mime/DisplayName.h"
#include "mime/MimeCharset.h"

namespace carteiro {

namespace {


// Splits an address-list (RFC 5322 §3.4) at commas outside quotes, angle
// brackets and comments; group syntax "name: a, b;" yields its members.
QList<QByteArray> splitAddressList(const QByteArray &value)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false, escaped = false;
    int angle = 0, comment = 0;
    auto flush = [&] {
        QByteArray item = current.trimmed();
        current.clear();
        if (!item.isEmpty())
            out.append(item);
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        // An encoded-word is one atom: a ":" or "," inside it splits nothing.
        if (c == '=' && !quoted && !comment && !escaped) {
            if (const qsizetype n = MimeCharset::encodedWordLength(value, i); n > 0) {
                current += value.mid(i, n);
                i += n - 1;
                continue;
            }
        }
        if (escaped) {
            current += c;
            escaped = false;
            continue;
        }
        if (c == '\\' && (quoted || comment)) {
            current += c;
            escaped = true;
            continue;
        }
        if (quoted) {
            if (c == '"')
                quoted = false;
            current += c;
            continue;
        }
        if (comment) {
            if (c == '(')
                ++comment;
            else if (c == ')')
                --comment;
            current += c;
            continue;
        }
        switch (c) {
        case '"': quoted = true; current += c; break;
        case '(': comment = 1; current += c; break;
        case '<': ++angle; current += c; break;
        case '>': angle = qMax(0, angle - 1); current += c; break;
        case ',':
        case ';':
            if (angle)
                current += c;
            else
                flush();
            break;
        case ':':
            if (angle)
                current += c;
            else
                current.clear(); // "group-name:" (RFC 5322 §3.4)
            break;
        default: current += c;
        }
    }
    flush();
    return out;
}

// The addr-spec as written: RFC 2047 §5 allows encoded-words only in phrases
// and comments, so "=?utf-8?b?...?=@evil.example" stays that text and can
// never decode into another address. 8-bit bytes are read as UTF-8 (RFC 6532)
// or Latin-1; blanks and control characters are dropped.
QString addrSpec(const QByteArray &bytes)
{
    QString text = MimeCharset::decode(bytes.trimmed(), QByteArray());
    text.removeIf([](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7f; });
    return text;
}

// Removes comments "(...)" outside quotes; returns the last comment's text in *lastComment.
QByteArray stripComments(const QByteArray &in, QByteArray *lastComment)
{
    QByteArray out, text;
    bool quoted = false, escaped = false;
    int depth = 0;
    for (char c : in) {
        if (escaped) {
            (depth ? text : out) += c;
            escaped = false;
            continue;
        }
        if (c == '\\' && (quoted || depth)) {
            escaped = true;
            if (!depth)
                out += c;
            continue;
        }
        if (depth) {
            if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0) {
                if (lastComment)
                    *lastComment = text.trimmed();
                text.clear();
                continue;
            }
            text += c;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == '(' && !quoted) {
            depth = 1;
            continue;
        }
        out += c;
    }
    return out;
}

// "\"Silva, Ana\"" -> "Silva, Ana" (quoted-string, RFC 5322 §3.2.4).
QByteArray unquote(const QByteArray &in)
{
    QByteArray out;
    bool escaped = false;
    for (char c : in) {
        if (escaped) {
            out += c;
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c != '"') {
            out += c;
        }
    }
    return out.simplified();
}

HeaderMailbox parseMailbox(const QByteArray &item)
{
    HeaderMailbox box;
    const qsizetype open = item.lastIndexOf('<');
    const qsizetype close = item.lastIndexOf('>');
    if (open >= 0 && close > open) {
        const QByteArray phrase = stripComments(item.left(open), nullptr).trimmed();
        box.address = addrSpec(item.mid(open + 1, close - open - 1));
        box.name = MimeCharset::decodeEncodedWords(unquote(phrase));
    } else {
        QByteArray comment;
        const QByteArray spec = stripComments(item, &comment).trimmed();
        box.address = addrSpec(spec);
        box.name = MimeCharset::decodeEncodedWords(unquote(comment)); // "bob@x (Bob)", the old form
    }
    return box;
}

} // namespace

QList<HeaderMailbox> AddressHeader::parse(const QByteArray &rawValue, int maxItems)
{
    QList<HeaderMailbox> out;
    for (const QByteArray &item : splitAddressList(rawValue)) {
        if (out.size() >= maxItems)
            break;
        HeaderMailbox box = parseMailbox(item);
        if (!box.address.isEmpty() || !box.name.isEmpty())
            out.append(std::move(box));
    }
    return out;
}

QString AddressHeader::format(const QString &name, const QString &address)
{
    if (address.isEmpty())
        return name;
    if (name.isEmpty())
        return address;
    // Quoted (RFC 5322 §3.2.4) when the name holds what could be read as address
    // syntax or split the list; a plain "Dr. Ana Silva" stays as it is.
    const QString shown = displayname::quotedIfNeeded(name, [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('@')
            || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('\\');
    });
    return shown + QStringLiteral(" <") + address + QLatin1Char('>');
}

QString AddressHeader::formatList(const QByteArray &rawValue)
{
    QStringList parts;
    for (const HeaderMailbox &box : parse(rawValue))
        parts.append(format(box.name, box.address));
    return parts.join(QStringLiteral(", "));
}

QString AddressHeader::addressText(const QByteArray &bytes)
{
    return addrSpec(bytes);
}

QByteArray AddressHeader::withoutComments(const QByteArray &value)
{
    return stripComments(value, nullptr);
}

bool AddressHeader::nameLooksLikeAddress(const QString &name)
{
    for (const QChar c : name)
        if (c == QLatin1Char('@') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"'))
            return true;
    return false;
}

QString AddressHeader::shortForm(const QString &name, const QString &address)
{
    if (name.trimmed().isEmpty())
        return address;
    if (nameLooksLikeAddress(name))
        return format(name, address);
    return name;
}

} // namespace carteiro
