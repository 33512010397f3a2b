// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeHeaderBlock.h"

#include <QCoreApplication>

#include <cstring>

namespace carteiro {

namespace {

bool nameIs(const char *name, qint64 length, const char *expected)
{
    const qint64 n = qint64(std::strlen(expected));
    return length == n && qstrnicmp(name, expected, size_t(n)) == 0;
}

} // namespace

bool MimeHeaderBlock::scan(const char *data, qint64 start, qint64 end, qint64 maxLineBytes, MimeHeaderBlock *out,
                           QString *error)
{
    QByteArray *current = nullptr; // the tracked field a continuation line belongs to
    bool notedNoColon = false;
    qint64 pos = start;
    while (pos < end) {
        const void *nl = std::memchr(data + pos, '\n', size_t(end - pos));
        const qint64 lineEnd = nl ? static_cast<const char *>(nl) - data : end;
        const qint64 next = nl ? lineEnd + 1 : end;
        qint64 contentEnd = lineEnd;
        if (contentEnd > pos && data[contentEnd - 1] == '\r')
            --contentEnd;
        const qint64 length = contentEnd - pos;
        if (length > maxLineBytes) {
            if (error)
                *error = QCoreApplication::translate("Mime", "Header line of %1 bytes at byte %2 exceeds the limit of %3 bytes")
                             .arg(length)
                             .arg(pos)
                             .arg(maxLineBytes);
            return false;
        }
        if (length == 0) {
            out->headerEnd = pos;
            out->bodyStart = next;
            return true;
        }
        const char first = data[pos];
        if (first == ' ' || first == '\t') {
            if (current) {
                if (current->size() + length > maxLineBytes) {
                    if (error)
                        *error = QCoreApplication::translate("Mime", "Folded header field at byte %1 exceeds the limit of %2 bytes")
                                     .arg(pos)
                                     .arg(maxLineBytes);
                    return false;
                }
                current->append(data + pos, length); // unfolding: drop the CRLF only (RFC 5322 2.2.3)
            }
        } else {
            current = nullptr;
            const void *colon = std::memchr(data + pos, ':', size_t(length));
            if (!colon) {
                if (!notedNoColon)
                    out->defects << QCoreApplication::translate("Mime", "Header line without a colon at byte %1 ignored").arg(pos);
                notedNoColon = true;
            } else {
                const qint64 colonAt = static_cast<const char *>(colon) - data;
                qint64 nameEnd = colonAt;
                while (nameEnd > pos && (data[nameEnd - 1] == ' ' || data[nameEnd - 1] == '\t'))
                    --nameEnd;
                const char *name = data + pos;
                const qint64 nameLength = nameEnd - pos;
                QByteArray *target = nullptr;
                bool *seen = nullptr;
                const char *label = nullptr;
                if (nameIs(name, nameLength, "content-type")) {
                    target = &out->contentType, seen = &out->hasContentType, label = "Content-Type";
                } else if (nameIs(name, nameLength, "content-transfer-encoding")) {
                    target = &out->transferEncoding, seen = &out->hasTransferEncoding, label = "Content-Transfer-Encoding";
                } else if (nameIs(name, nameLength, "content-disposition")) {
                    target = &out->disposition, seen = &out->hasDisposition, label = "Content-Disposition";
                }
                if (target && *seen) {
                    const QString note = QCoreApplication::translate("Mime", "Duplicate %1 field: the first one is used")
                                             .arg(QLatin1String(label));
                    if (!out->defects.contains(note))
                        out->defects << note;
                } else if (target) {
                    *seen = true;
                    *target = QByteArray(data + colonAt + 1, contentEnd - colonAt - 1);
                    current = target;
                }
            }
        }
        pos = next;
    }
    out->headerEnd = end;
    out->bodyStart = end;
    return true;
}

} // namespace carteiro
