// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one field of a raw header block (RFC 5322 §2.2: name ":" value, folded
// lines unfolded), the first occurrence, without parsing the whole message.
// Used on the list path (POP3 TOP headers, IMAP header fetches).
#include <QByteArray>
#include <QString>

namespace carteiro {

class HeaderFields
{
public:
    // The raw (still RFC 2047-encoded) unfolded value, or a null QByteArray.
    static QByteArray raw(const QByteArray &header, const QByteArray &name);
    // The value with encoded words decoded and control characters removed.
    static QString decoded(const QByteArray &header, const QByteArray &name);
    // Decodes RFC 2047 encoded words in a header value (or an IMAP ENVELOPE
    // string) and removes control characters, so a NUL or newline hidden in an
    // encoded word never reaches a view.
    static QString decodeWords(const QByteArray &value);
    // C0 controls and DEL removed (what decodeWords does after decoding).
    static QString withoutControls(QString text);
};

} // namespace carteiro
