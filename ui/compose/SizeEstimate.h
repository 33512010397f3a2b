// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A quick estimate of the encoded size of a draft, shown live in the composer
// and checked against the server's SIZE limit (RFC 1870) before sending. The
// point for a class: base64 turns every 3 bytes into 4 characters plus a CRLF
// every 76, so a 3.6 kB photo goes out as 4.9 kB (written with util/DataSize.h).
#include "mime/MessageDraft.h"

#include <QString>

namespace carteiro {

struct SizeEstimate
{
    qint64 total = 0;              // the whole message on the wire, headers included
    qint64 attachmentBytes = 0;    // the attachments as files
    qint64 attachmentEncoded = 0;  // the same, in base64

    // File sizes come from the file system: nothing is read.
    static SizeEstimate of(const MessageDraft &draft);
    // base64 with 76-character lines and CRLF (RFC 2045 §6.8).
    static qint64 base64Size(qint64 bytes);
};

} // namespace carteiro
