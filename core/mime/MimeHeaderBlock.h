// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds where an entity's header ends and picks out the few fields the MIME
// tree needs, in one pass over raw bytes: no copy of the header, bounded work
// per line, so 100,000 header fields or a 2 MB line cost a scan, not memory.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace carteiro {

class MimeHeaderBlock
{
public:
    qint64 headerEnd = 0; // offset of the blank line (or the range end if there is none)
    qint64 bodyStart = 0; // offset just after the blank line
    QByteArray contentType, transferEncoding, disposition; // unfolded values, first occurrence
    bool hasContentType = false, hasTransferEncoding = false, hasDisposition = false;
    QStringList defects;

    // Scans data[start, end). Fails (error set) when a physical header line, or a
    // Content-* field once unfolded, is longer than maxLineBytes.
    static bool scan(const char *data, qint64 start, qint64 end, qint64 maxLineBytes, MimeHeaderBlock *out,
                     QString *error);
};

} // namespace carteiro
