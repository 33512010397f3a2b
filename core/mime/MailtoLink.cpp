// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MailtoLink.h"

#include "mime/AddressList.h"
#include "mime/MimeCharset.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace carteiro {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MailtoLink", text);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// %-decoding into UTF-8 (RFC 6068 §2: the octets are UTF-8; '+' stays '+').
std::optional<QString> percentDecode(const QString &part, const QString &where, QString *error)
{
    QByteArray bytes;
    bytes.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part.at(i);
        if (c != QLatin1Char('%')) {
            bytes += QString(c).toUtf8();
            continue;
        }
        const int hi = i + 1 < part.size() ? hexValue(part.at(i + 1)) : -1;
        const int lo = i + 2 < part.size() ? hexValue(part.at(i + 2)) : -1;
        if (hi < 0 || lo < 0) {
            *error = tr("the mailto: link has a bad %-escape \"%1\" in %2")
                         .arg(part.mid(i, 3), where);
            return std::nullopt;
        }
        bytes += char(hi * 16 + lo);
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = tr("the mailto: link's %1 is not UTF-8 text").arg(where);
        return std::nullopt;
    }
    return text;
}

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// Addresses split at commas outside quotes and angle brackets (RFC 6068 §2:
// "to" is a list).
std::optional<QStringList> addresses(const QString &text, const QString &where, QString *error)
{
    QStringList out;
    for (const QString &piece : AddressList::split(text)) {
        if (hasControl(piece)) {
            *error = tr("the mailto: link's %1 holds a control character (a line break?) in an address")
                         .arg(where);
            return std::nullopt;
        }
        const QString a = piece.trimmed();
        if (!a.isEmpty())
            out << a;
    }
    return out;
}

// One line: line breaks and other controls become spaces (a header can't hold them).
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    return out.simplified();
}

// The body: CRLF and lone CR become "\n" (RFC 6068 §5), other controls but TAB go.
QString bodyText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(normalised.size());
    for (QChar c : normalised)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            if (c.unicode() != 0x7f)
                out += c;
    return out;
}

} // namespace

bool MailtoLink::isMailto(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

bool MailtoLink::namesAFile(const QString &lowerName)
{
    // attach (Thunderbird, Evolution), attachment(s) (KMail, Outlook), file,
    // path ... and any variant of them: a link never gets to name a file.
    static const char *const kWords[] = {"attach", "file", "path", "upload", "document", "include", "import"};
    for (const char *w : kWords)
        if (lowerName.contains(QLatin1String(w)))
            return true;
    return false;
}

std::optional<MailtoLink> MailtoLink::parse(const QString &url, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    const QString text = url.trimmed();
    if (text.size() > kMaxLength) {
        why = tr("the mailto: link is too long (%1 characters; at most %2)").arg(text.size()).arg(kMaxLength);
        return std::nullopt;
    }
    if (!isMailto(text)) {
        why = tr("\"%1\" is not a mailto: link").arg(text.left(60));
        return std::nullopt;
    }
    QString rest = text.mid(7);
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        rest.truncate(hash); // a fragment means nothing to mail (RFC 3986 §3.5)
    if (hasControl(rest)) {
        // Browsers %-encode these; raw ones are a made-up link. (A raw space,
        // as typed in a terminal, is harmless and kept.)
        why = tr("the mailto: link holds a control character that is not %-encoded");
        return std::nullopt;
    }

    MailtoLink link;
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? rest : rest.left(q);
    const auto pathText = percentDecode(path, tr("address"), &why);
    if (!pathText)
        return std::nullopt;
    const auto pathAddresses = addresses(*pathText, tr("address"), &why);
    if (!pathAddresses)
        return std::nullopt;
    link.to = *pathAddresses;

    bool haveSubject = false, haveBody = false;
    const QStringList fields = q < 0 ? QStringList() : rest.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const auto name = percentDecode(eq < 0 ? field : field.left(eq), tr("a parameter name"), &why);
        if (!name)
            return std::nullopt;
        const QString key = name->toLower();
        const auto value = percentDecode(eq < 0 ? QString() : field.mid(eq + 1), tr("parameter \"%1\"").arg(key),
                                         &why);
        if (!value)
            return std::nullopt;
        if (namesAFile(key)) {
            link.refused << QStringLiteral("%1=%2").arg(oneLine(*name), oneLine(*value).left(200));
        } else if (key == QLatin1String("to") || key == QLatin1String("cc") || key == QLatin1String("bcc")) {
            const auto list = addresses(*value, tr("parameter \"%1\"").arg(key), &why);
            if (!list)
                return std::nullopt;
            (key == QLatin1String("to") ? link.to : key == QLatin1String("cc") ? link.cc : link.bcc) << *list;
        } else if (key == QLatin1String("subject") && !haveSubject) {
            haveSubject = true;
            // RFC 6068 §2 allows RFC 2047 encoded words here; plain text passes unchanged.
            link.subject = oneLine(value->contains(QLatin1String("=?"))
                                       ? MimeCharset::decodeEncodedWords(value->toUtf8())
                                       : *value);
        } else if (key == QLatin1String("body") && !haveBody) {
            haveBody = true;
            link.body = bodyText(*value);
        } else if (key == QLatin1String("in-reply-to") && link.inReplyTo.isEmpty()) {
            const QString id = oneLine(*value);
            if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')) && !id.contains(QLatin1Char(' ')))
                link.inReplyTo = id;
            else
                link.ignored << oneLine(*name);
        } else {
            link.ignored << oneLine(*name).left(60);
        }
    }
    return link;
}

} // namespace carteiro
