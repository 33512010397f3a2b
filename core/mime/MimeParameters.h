// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A structured MIME header value: "value; name=token; name*0*=utf-8''..."
// (RFC 2045 section 5.1, RFC 2231 continuations and charsets, and the
// non-standard but common RFC 2047 words inside quoted values).
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace carteiro {

class MimeParameters
{
public:
    QByteArray value;                     // "text/plain", comments removed, whitespace removed
    QMap<QByteArray, QString> parameters; // names lower-case, values decoded
    QStringList defects;                  // translated notes on what was malformed

    // Never fails: malformed pieces are skipped and noted in defects.
    // Continuations are assembled by section number (not by order of appearance),
    // stop at the first missing section, and take precedence over a plain
    // parameter of the same name, wherever it appears.
    static MimeParameters parse(const QByteArray &fieldValue);
};

} // namespace carteiro
