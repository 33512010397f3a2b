// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Session tab shows about one protocol session, protocol-neutral so
// that SMTP fills it today and IMAP / POP3 later (see SessionSummary).
#include "trace/TraceEvent.h"

#include <QString>
#include <QStringList>

namespace carteiro {

struct SessionSummaryInfo
{
    QString protocol;        // "SMTP", "IMAP", "POP3"
    QString server;          // "smtp://127.0.0.1:10587", may be empty
    QString greeting;        // the server's first words
    QStringList offered;     // capabilities as the server listed them (the last list: inside TLS)
    QStringList used;        // what Carteiro used ("STARTTLS", "AUTH PLAIN", "PIPELINING"...)
    QString authMechanism;   // empty: no authentication
    bool tlsActive = false;
    TlsDetails tls;          // valid when tlsActive
    bool succeeded = false;
    QString result;          // "accepted, queued as 4Xyz (250 2.0.0 Ok ...)" or the error
    QStringList details;     // e.g. one line per recipient
};

} // namespace carteiro
