// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real submission to the lab (carteiro-cli send --trace, Postfix on port
// 10587) as the inspector exports it with timestamps: STARTTLS, AUTH, then
// MAIL/RCPT/RCPT/BDAT pipelined (RFC 2920) before any reply came back.
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QList>

namespace carteiro::test {

inline const QByteArray kLabSubmission =
    "+0.000ms *: connecting to 127.0.0.1:10587 (smtp+starttls)\n"
    "+0.412ms *: connected to 127.0.0.1:10587\n"
    "+0.431ms *: state GREETING\n"
    "+3.118ms S: 220 mail.example.test ESMTP Postfix (Debian/GNU)\n"
    "+3.240ms C: EHLO vm\n"
    "+3.901ms S: 250-mail.example.test\n"
    "+3.905ms S: 250-PIPELINING\n"
    "+3.907ms S: 250-SIZE 26214400\n"
    "+3.909ms S: 250-STARTTLS\n"
    "+3.911ms S: 250-ENHANCEDSTATUSCODES\n"
    "+3.913ms S: 250-8BITMIME\n"
    "+3.915ms S: 250 CHUNKING\n"
    "+3.990ms C: STARTTLS\n"
    "+4.620ms S: 220 2.0.0 Ready to start TLS\n"
    "+11.870ms *: TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384; certificate mail.example.test, "
    "localhost issued by Carteiro Lab CA, SHA-256 271684e0b52dfdff80af7f7f4e13dca6385edd22b207d79e8a1239d9958dbee5"
    " (verified)\n"
    "+11.950ms C: EHLO vm\n"
    "+12.630ms S: 250-mail.example.test\n"
    "+12.634ms S: 250-PIPELINING\n"
    "+12.636ms S: 250-SIZE 26214400\n"
    "+12.638ms S: 250-AUTH PLAIN LOGIN\n"
    "+12.640ms S: 250-ENHANCEDSTATUSCODES\n"
    "+12.642ms S: 250-8BITMIME\n"
    "+12.644ms S: 250 CHUNKING\n"
    "+12.700ms C: AUTH PLAIN <\\0alice\\0*****>\n"
    "+21.340ms S: 235 2.7.0 Authentication successful\n"
    "+21.410ms C: MAIL FROM:<alice@example.test> BODY=8BITMIME SIZE=412\n"
    "+21.430ms C: RCPT TO:<bob@example.test>\n"
    "+21.440ms C: RCPT TO:<carol@example.test>\n"
    "+21.460ms C: BDAT 412 LAST\n"
    "+21.470ms C: <412 bytes: BDAT chunk>\n"
    "+22.310ms S: 250 2.1.0 Ok\n"
    "+22.700ms S: 250 2.1.5 Ok\n"
    "+22.980ms S: 250 2.1.5 Ok\n"
    "+31.220ms S: 250 2.0.0 Ok: queued as 4QxYz3kL9pz1\n"
    "+31.300ms C: QUIT\n"
    "+31.800ms S: 221 2.0.0 Bye\n";

// C: and S: lines of a transcript: one arrow each.
inline int arrowLines(const QByteArray &text)
{
    int n = 0;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype ms = line.startsWith('+') ? line.indexOf("ms ") : -1;
        const QByteArray rest = ms > 0 ? line.mid(ms + 3) : line;
        if (rest.startsWith("C: ") || rest.startsWith("S: "))
            ++n;
    }
    return n;
}

} // namespace carteiro::test
