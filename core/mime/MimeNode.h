// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entity of a parsed message (RFC 2045 section 2.4): what the MIME tree
// view and `carteiro-cli --mime-tree` show.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace carteiro {

struct MimeNode
{
    QByteArray mediaType;                 // "multipart/mixed", lower-case ("text/plain" when absent or invalid)
    QMap<QByteArray, QString> parameters; // Content-Type parameters, names lower-case, values decoded
                                          // (RFC 2231 continuations and charsets, RFC 2047 words)
    QByteArray disposition;               // "attachment" / "inline" / empty
    QString fileName;                     // decoded, raw (NOT sanitised: may hold "../", controls, RLO)
    QByteArray transferEncoding;          // "base64", "quoted-printable", "7bit" (the default)...
    QByteArray charset;                   // lower-case, from the charset parameter; empty if none
    // Byte ranges in the raw message. The header range covers the header fields with
    // their line breaks, not the blank line that ends them; the body range runs from
    // after that blank line to the line break before the next boundary (or the end).
    qint64 headerOffset = 0, headerLength = 0, bodyOffset = 0, bodyLength = 0;
    qint64 encodedSize = 0, decodedSize = 0; // body bytes before / after transfer decoding
    QStringList defects;                  // what was wrong and how it was read (translated)
    QList<MimeNode> children;             // multipart parts, or the message inside message/rfc822
};

} // namespace carteiro
