// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ESMTP service extensions from an EHLO reply (RFC 5321 §4.1.1.1).
#include "smtp/SmtpReply.h"

#include <QStringList>

namespace carteiro {

struct SmtpCapabilities
{
    bool esmtp = false;
    bool startTls = false;        // RFC 3207
    bool pipelining = false;      // RFC 2920
    bool eightBitMime = false;    // RFC 6152
    bool smtpUtf8 = false;        // RFC 6531
    bool dsn = false;             // RFC 3461
    bool enhancedStatusCodes = false; // RFC 2034
    bool chunking = false;        // RFC 3030
    bool binaryMime = false;      // RFC 3030
    bool sizeAdvertised = false;
    qint64 sizeLimit = 0;         // RFC 1870; 0 = no fixed limit
    QStringList authMechanisms;   // RFC 4954, upper-case
    QStringList keywords;         // every keyword line as sent, for the inspector

    static SmtpCapabilities fromEhlo(const SmtpReply &reply);
};

} // namespace carteiro
