// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text from a message in some declared charset, to Unicode, without trusting
// the declaration: unknown or broken charset names never throw and never reach
// ICU as anything but a plain name.
#include <QByteArray>
#include <QString>

namespace carteiro {

class MimeCharset
{
public:
    // bytes in charset as Unicode. UTF-8, US-ASCII and ISO-8859-1 are decoded by Qt;
    // other names go to vmime's converter (ICU) only if isPlausibleName(), because ICU
    // takes an unknown name for a data file path ("../../x" is looked up on disk).
    // Unknown or failing charsets fall back to UTF-8 when the bytes are valid UTF-8,
    // else ISO-8859-1; *known is then false. An empty charset means "undeclared":
    // UTF-8 if valid, else ISO-8859-1 (raw 8-bit headers, RFC 6532).
    static QString decode(const QByteArray &bytes, const QByteArray &charset, bool *known = nullptr);

    // 1 to 40 characters from [A-Za-z0-9._:+-], starting with a letter or digit.
    static bool isPlausibleName(const QByteArray &name);

    // Text that may hold RFC 2047 encoded words ("=?utf-8?Q?...?="), decoded with
    // vmime's word parser and decode() for each word's charset.
    // Adjacent words of one charset are joined before decoding; a malformed word
    // (bad base64 or Q text) is kept as written (RFC 2047 §6.3).
    static QString decodeEncodedWords(const QByteArray &text, bool *allKnown = nullptr);
    // The length of a well-formed encoded-word starting at text[pos], or 0.
    static qsizetype encodedWordLength(const QByteArray &text, qsizetype pos);
};

} // namespace carteiro
