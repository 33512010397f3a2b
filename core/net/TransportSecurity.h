// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one connection is protected, the same three choices for SMTP, IMAP and
// POP3: the Channel (core/net/Channel.h) acts on it when it connects, the
// protocol sessions when they decide whether to ask for STARTTLS (RFC 3207,
// RFC 3501 §6.2.1, RFC 2595 §4) and whether a credential may leave.
namespace carteiro {

enum class TransportSecurity {
    Plain,      // no TLS at all: only for an explicit plaintext lab account
    StartTls,   // plain TCP, upgraded with STARTTLS / STLS before anything else (required)
    ImplicitTls // TLS from the first byte (465, 993, 995)
};

} // namespace carteiro
