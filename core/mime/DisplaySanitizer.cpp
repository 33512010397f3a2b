// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/DisplaySanitizer.h"

#include "mime/AddressHeader.h"
#include "mime/MimeCharset.h"
#include "mime/MimeStrings.h"

#include <QCoreApplication>
#include <QUrl>

namespace carteiro {

QStringList DisplayText::warnings() const
{
    QStringList out;
    if (issues & ControlCharacters)
        out << QCoreApplication::translate("DisplaySanitizer",
                                           "It contains control characters (such as a hidden line break or NUL); "
                                           "they are shown as symbols.");
    if (issues & BidiControls)
        out << QCoreApplication::translate("DisplaySanitizer",
                                           "It contains invisible text-direction characters that can disguise "
                                           "what you read; they were removed.");
    if (issues & InternationalDomain)
        out << QCoreApplication::translate("DisplaySanitizer",
                                           "It contains an international domain name, shown in its punycode form: "
                                           "letters from other scripts can imitate a familiar address.");
    if (issues & Truncated)
        out << QCoreApplication::translate("DisplaySanitizer", "It is very long and was shortened.");
    return out;
}

bool DisplaySanitizer::isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
}

bool DisplaySanitizer::isBidiOrInvisible(char32_t c)
{
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c)
        return true;
    // Other invisible format characters (zero-width space/joiners, word joiner,
    // BOM, soft hyphen...) hide letters inside a name just as well.
    return QChar::category(c) == QChar::Other_Format;
}

namespace {

// Bidi and invisible formats removed, controls as Control Pictures (U+2400 block).
QString neutralise(const QString &in, DisplayText::Issues *issues)
{
    QString out;
    out.reserve(in.size());
    const auto ucs4 = in.toUcs4();
    for (const char32_t c : ucs4) {
        if (out.size() >= DisplaySanitizer::kMaxLength) {
            *issues |= DisplayText::Truncated;
            out += QChar(0x2026);
            break;
        }
        if (c == u'\t') { // a tab is harmless white space
            out += QLatin1Char(' ');
        } else if (DisplaySanitizer::isControl(c)) {
            *issues |= DisplayText::ControlCharacters;
            if (c < 0x20)
                out += QChar(char16_t(0x2400 + c)); // U+2400 NUL, U+240A LF, U+240D CR...
            else if (c == 0x7f)
                out += QChar(char16_t(0x2421)); // DEL symbol
            else
                out += QChar(char16_t(0xfffd));
        } else if (DisplaySanitizer::isBidiOrInvisible(c)) {
            *issues |= DisplayText::BidiControls;
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

bool endsDomain(QChar c)
{
    return c.isSpace() || c == QLatin1Char('>') || c == QLatin1Char(',') || c == QLatin1Char(';')
        || c == QLatin1Char(')') || c == QLatin1Char('(') || c == QLatin1Char('"') || c == QLatin1Char('<')
        || c == QLatin1Char('@');
}

// Every non-ASCII letter as <U+XXXX>: for a domain that is not a valid IDN.
QString escapedNonAscii(const QString &domain)
{
    QString out;
    for (const char32_t c : domain.toUcs4()) {
        if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out += QStringLiteral("<U+%1>").arg(QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return out;
}

} // namespace

DisplayText DisplaySanitizer::text(const QString &decoded)
{
    DisplayText result;
    result.text = neutralise(decoded, &result.issues);
    result.original = MimeStrings::printable(decoded, kMaxLength);
    return result;
}

DisplayText DisplaySanitizer::addresses(const QString &decoded)
{
    DisplayText result = text(decoded);
    const QString &in = result.text;
    QString out;
    out.reserve(in.size() + 16);
    qsizetype i = 0;
    while (i < in.size()) {
        const QChar c = in.at(i);
        out += c;
        ++i;
        if (c != QLatin1Char('@'))
            continue;
        qsizetype end = i;
        while (end < in.size() && !endsDomain(in.at(end)))
            ++end;
        const QString domain = in.mid(i, end - i);
        bool ascii = true;
        for (const QChar d : domain)
            ascii = ascii && d.unicode() < 0x80;
        if (ascii) {
            out += domain;
        } else {
            // RFC 5891 section 4.4: the A-label form is what the DNS and the
            // mail system use; show that, not letters that may imitate another name.
            result.issues |= DisplayText::InternationalDomain;
            const QByteArray ace = QUrl::toAce(domain);
            out += ace.isEmpty() ? escapedNonAscii(domain) : QString::fromLatin1(ace);
        }
        i = end;
    }
    result.text = out;
    return result;
}

DisplayText DisplaySanitizer::header(const QByteArray &rawValue, bool isAddressList)
{
    // Unfold (RFC 5322 section 2.2.3) before decoding: a folded line break is not content.
    QByteArray unfolded = rawValue;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ").replace("\n ", " ").replace("\n\t", " ");
    if (!isAddressList)
        return text(MimeCharset::decodeEncodedWords(unfolded.trimmed()));
    // Names decoded, addresses never (RFC 2047 §5), and a name that could pass
    // for an address quoted beside the real one (AddressHeader). A value with no
    // mailbox in it ("undisclosed-recipients:;") is shown as written.
    const QString list = AddressHeader::formatList(unfolded);
    return addresses(list.isEmpty() ? MimeCharset::decode(unfolded.trimmed(), QByteArray()) : list);
}

} // namespace carteiro
