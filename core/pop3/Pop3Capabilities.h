// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CAPA listing (RFC 2449 §5, §6): one capability per line, a tag and
// arguments. Read again after STLS (RFC 2595 §4): nothing from before TLS counts.
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace carteiro {

struct Pop3Capabilities
{
    bool known = false;       // CAPA answered +OK (an RFC 1939-only server answers -ERR)
    bool stls = false;        // RFC 2595 §4
    bool user = false;        // RFC 2449 §6.8: USER/PASS allowed
    bool top = false;         // RFC 2449 §6.2
    bool uidl = false;        // RFC 2449 §6.6
    bool pipelining = false;  // RFC 2449 §6.6
    bool respCodes = false;   // RFC 2449 §6.4
    bool authRespCode = false;// RFC 3206 §6
    QStringList saslMechanisms; // RFC 2449 §6.3 / RFC 5034 §3, upper case
    QByteArray implementation;  // RFC 2449 §6.9, for the inspector
    QByteArray loginDelay;      // RFC 2449 §6.5, seconds as sent
    QByteArray expire;          // RFC 2449 §6.7, days or NEVER

    // Builds the capabilities from the CAPA lines (without the "." terminator).
    static Pop3Capabilities fromCapa(const QList<QByteArray> &lines);
};

} // namespace carteiro
