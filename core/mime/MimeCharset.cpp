// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeCharset.h"

#include "MimeStrings.h"
#include "VmimeUtf8Platform.h"

#include <QStringDecoder>

#include <optional>

#include <vmime/vmime.hpp>

namespace carteiro {

namespace {

bool decodeUtf8Strict(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *out = text;
    return true;
}

QString lenient(const QByteArray &bytes)
{
    QString text;
    if (decodeUtf8Strict(bytes, &text))
        return text;
    return QString::fromLatin1(bytes);
}

} // namespace

bool MimeCharset::isPlausibleName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || !(c == '.' || c == '_' || c == ':' || c == '+' || c == '-')))
            return false;
    }
    return true;
}

QString MimeCharset::decode(const QByteArray &bytes, const QByteArray &charset, bool *known)
{
    if (known)
        *known = true;
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty())
        return lenient(bytes);
    if (name == "utf-8" || name == "utf8")
        return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
    if (name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968")
        return lenient(bytes); // 8-bit in "ASCII" text is common: read it as UTF-8 if it is
    if (name == "iso-8859-1" || name == "latin1" || name == "iso_8859-1" || name == "l1")
        return QString::fromLatin1(bytes);
    if (isPlausibleName(name)) {
        VmimeUtf8Platform::ensureInstalled();
        try {
            std::string out;
            vmime::charset::convert(MimeStrings::toStd(bytes), out, vmime::charset(MimeStrings::toStd(name)),
                                    vmime::charset("utf-8"));
            QString text;
            if (decodeUtf8Strict(QByteArray(out.data(), qsizetype(out.size())), &text))
                return text;
        } catch (const std::exception &) {
            // Unknown to ICU: fall through.
        }
    }
    if (known)
        *known = false;
    return lenient(bytes);
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 2047 §4.1: the "B" encoding is base64 (RFC 2045 §6.8). Padding left out
// altogether is forgiven (common, and unambiguous); wrong padding or a character
// outside the alphabet makes the word malformed (nullopt).
std::optional<QByteArray> decodeB(QByteArray text)
{
    const qsizetype padding = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    const qsizetype data = text.size() - padding;
    for (qsizetype i = 0; i < data; ++i) {
        const char c = text.at(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return std::nullopt;
    }
    if (padding > 0 && text.size() % 4 != 0)
        return std::nullopt; // "VEVTVA=": padding that does not complete the last group
    if (padding == 0 && data % 4 == 1)
        return std::nullopt; // one character cannot carry a byte
    if (padding == 0)
        text.append(QByteArray((4 - data % 4) % 4, '='));
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

// RFC 2047 §4.2: "_" is a space, "=XX" an octet; anything else malformed.
std::optional<QByteArray> decodeQ(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text.at(i + 1)), lo = hexValue(text.at(i + 2));
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += char(hi * 16 + lo);
            i += 2;
        } else if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x7f) {
            return std::nullopt;
        } else {
            out += c;
        }
    }
    return out;
}

// One encoded-word at text[pos] ("=?charset[*lang]?B|Q?text?=", RFC 2047 §2 and
// RFC 2231 §5): its length and decoded text, or 0 when none starts there.
qsizetype encodedWordAt(const QByteArray &text, qsizetype pos, QByteArray *decoded, QByteArray *charsetOut)
{
    if (pos + 1 >= text.size() || text.at(pos) != '=' || text.at(pos + 1) != '?')
        return 0;
    // Bounded scans: a charset name is short, and the encoded text stops at the
    // first "?" or blank, so hostile runs of "=?" cost linear time in all.
    qsizetype q1 = pos + 2;
    while (q1 < text.size() && q1 - pos <= 64 && text.at(q1) != '?')
        ++q1;
    if (q1 + 2 >= text.size() || text.at(q1) != '?' || text.at(q1 + 2) != '?')
        return 0;
    qsizetype end = q1 + 3;
    while (end < text.size()) {
        const char c = text.at(end);
        if (c == '?' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            break;
        ++end;
    }
    if (end + 1 >= text.size() || text.at(end) != '?' || text.at(end + 1) != '=')
        return 0; // no "?=" before a blank or another "?" (RFC 2047 §2)
    QByteArray charset = text.mid(pos + 2, q1 - pos - 2);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star); // RFC 2231 §5: a language after "*"
    const QByteArray payload = text.mid(q1 + 3, end - q1 - 3);
    if (!MimeCharset::isPlausibleName(charset))
        return 0;
    const char encoding = text.at(q1 + 1);
    std::optional<QByteArray> bytes;
    if (encoding == 'B' || encoding == 'b')
        bytes = decodeB(payload);
    else if (encoding == 'Q' || encoding == 'q')
        bytes = decodeQ(payload);
    if (!bytes)
        return 0; // RFC 2047 §6.3: a malformed word is shown as it is written
    *decoded = *bytes;
    *charsetOut = charset.toLower();
    return end + 2 - pos;
}

} // namespace

qsizetype MimeCharset::encodedWordLength(const QByteArray &text, qsizetype pos)
{
    QByteArray bytes, charset;
    return encodedWordAt(text, pos, &bytes, &charset);
}

QString MimeCharset::decodeEncodedWords(const QByteArray &text, bool *allKnown)
{
    if (allKnown)
        *allKnown = true;
    if (!text.contains("=?"))
        return lenient(text);
    QString out;
    QByteArray pending;    // plain text not yet decoded (decoded as a whole: 8-bit UTF-8 stays whole)
    QByteArray whitespace; // blanks after a word: dropped when another word follows (RFC 2047 §6.2)
    QByteArray wordBytes, wordCharset; // adjacent words of one charset, decoded together: a
                                       // character split across two words is whole again
    bool afterWord = false;
    const auto flushWords = [&] {
        if (wordCharset.isNull())
            return;
        bool known = true;
        out += decode(wordBytes, wordCharset, &known);
        if (!known && allKnown)
            *allKnown = false;
        wordBytes.clear();
        wordCharset = QByteArray();
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        QByteArray bytes, charset;
        const qsizetype length = text.at(pos) == '=' ? encodedWordAt(text, pos, &bytes, &charset) : 0;
        if (length > 0) {
            if (afterWord) {
                whitespace.clear();
            } else {
                out += lenient(pending);
                pending.clear();
            }
            if (charset != wordCharset)
                flushWords();
            wordCharset = charset;
            wordBytes += bytes;
            afterWord = true;
            pos += length;
            continue;
        }
        const char c = text.at(pos++);
        if (afterWord && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            whitespace += c;
            continue;
        }
        if (afterWord) {
            flushWords();
            pending = whitespace;
            whitespace.clear();
            afterWord = false;
        }
        pending += c;
    }
    flushWords();
    out += lenient(pending + whitespace);
    return out;
}

} // namespace carteiro
