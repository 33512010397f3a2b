// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// APOP (RFC 1939 §7): the greeting's timestamp and the MD5 digest that proves
// the shared secret without sending it. Used only when the greeting carries a
// timestamp, and never after a SASL failure (no silent downgrade).
#include <QByteArray>

namespace carteiro {

class Pop3Apop
{
public:
    // The msg-id "<process-ID.clock@hostname>" in the greeting text, or empty
    // when there is none (no '@', control bytes or spaces, over 256 octets).
    static QByteArray timestamp(const QByteArray &greeting);
    // MD5(timestamp + secret) as 32 lower-case hex digits.
    static QByteArray digest(const QByteArray &timestamp, const QByteArray &secret);
};

} // namespace carteiro
