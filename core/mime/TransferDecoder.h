// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Content-Transfer-Encoding decoding (RFC 2045 sections 6.7 and 6.8), lenient
// the way readers must be: base64 skips characters outside its alphabet,
// accepts missing padding and stops at the padding; quoted-printable keeps a stray "=" as it is and
// drops trailing blanks before line breaks. Output goes to a sink in blocks,
// so a size can be counted, or a large body saved, without holding it.
//
// (vmime's own decoders were not used: 0.9.2 turns "!!@@" inside base64 into
// garbage bytes, drops unpadded final groups, and swallows "=4" at the end of
// quoted-printable text.)
#include <QByteArray>

#include <functional>

namespace carteiro {

class TransferDecoder
{
public:
    using Sink = std::function<void(const char *data, qint64 size)>;

    // encoding lower-case. "7bit", "8bit", "binary", empty and unknown names copy.
    static void decode(const QByteArray &encoding, const char *data, qint64 size, const Sink &sink);
    static QByteArray decode(const QByteArray &encoding, const char *data, qint64 size);
    static qint64 decodedSize(const QByteArray &encoding, const char *data, qint64 size);

    // base64 ends at its padding (RFC 2045 §6.8: "=" only pads the end): the
    // offset of the first "=", or size. What follows is never decoded;
    // base64TrailingData gives the offset of the first base64 letter after the
    // padding (-1 if there is none), for the reader to report.
    static qint64 base64End(const char *data, qint64 size);
    static qint64 base64TrailingData(const char *data, qint64 size);

    static bool isKnown(const QByteArray &encoding); // 7bit 8bit binary base64 quoted-printable
    static bool isIdentity(const QByteArray &encoding); // 7bit 8bit binary (or empty)
};

} // namespace carteiro
