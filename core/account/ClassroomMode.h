// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Classroom mode: Carteiro shows each protocol step instead of optimising it
// away, so a class sees the exchange the course describes. It switches off
// SMTP PIPELINING (RFC 2920) and CHUNKING (RFC 3030), so DATA, 354 and the lone
// dot appear; SASL initial responses (RFC 4954 §4, RFC 4959, RFC 5034 §4), so
// the server's empty challenge appears; IMAP LITERAL+ (RFC 7888) and IMAP
// pipelining, so each literal waits for "+" and each command for its answer;
// POP3 PIPELINING (RFC 2449 §6.6). Optionally HELO instead of EHLO (plaintext
// lab connections only) and USER/PASS instead of SASL on POP3 (RFC 1939 §7).
// Each config carries a note the driver shows at the start of the connection.
#include "imap/ImapSession.h"
#include "pop3/Pop3Session.h"
#include "smtp/SmtpSession.h"

namespace carteiro {

struct ClassroomMode
{
    bool helo = false;         // HELO instead of EHLO (no STARTTLS, no AUTH)
    bool pop3UserPass = false; // USER/PASS instead of SASL on POP3

    void apply(SmtpSession::Config &config) const;
    void apply(ImapSession::Config &config) const;
    void apply(Pop3Session::Config &config) const;
};

} // namespace carteiro
