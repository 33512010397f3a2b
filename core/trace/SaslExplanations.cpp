// SPDX-License-Identifier: GPL-3.0-or-later
// SASL steps and mechanisms, for SMTP AUTH, IMAP AUTHENTICATE and POP3 AUTH.
// Each step says what the message carries, never its content: the lines
// arrive with their secrets masked, and an explanation repeats none of it.
#include "trace/ExplanationTable.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::trace_detail {

namespace {
constexpr ExplanationEntry kSasl[] = {
    // ---- Mechanisms (RFC 4422 and the mechanism RFCs) ----
    {"sasl.mech.PLAIN",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "PLAIN: user name and password in one message, base64-encoded (encoded, "
                       "not encrypted: only inside TLS)"),
     nullptr, "RFC 4616 §2"},
    {"sasl.mech.LOGIN",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "LOGIN: the server asks for the user name, then the password, each sent "
                       "in base64 (only inside TLS)"),
     nullptr, "RFC 4954 §4"},
    {"sasl.mech.CRAM-MD5",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "CRAM-MD5: the password is not sent, only an HMAC-MD5 digest of a server "
                       "challenge (an old, weak mechanism)"),
     nullptr, "RFC 2195 §2"},
    {"sasl.mech.DIGEST-MD5",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "DIGEST-MD5: a digest challenge and response (obsolete, RFC 6331)"),
     nullptr, "RFC 6331 §1"},
    {"sasl.mech.SCRAM-SHA-1",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM-SHA-1: client and server prove to each other that they know the "
                       "password, without sending it"),
     nullptr, "RFC 5802 §3"},
    {"sasl.mech.SCRAM-SHA-256",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM-SHA-256: client and server prove to each other that they know the "
                       "password, without sending it"),
     nullptr, "RFC 7677 §3"},
    {"sasl.mech.SCRAM-SHA-1-PLUS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM-SHA-1-PLUS: SCRAM bound to this TLS channel (channel binding)"),
     nullptr, "RFC 5802 §6"},
    {"sasl.mech.SCRAM-SHA-256-PLUS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM-SHA-256-PLUS: SCRAM bound to this TLS channel (channel binding)"),
     nullptr, "RFC 7677 §3"},
    {"sasl.mech.XOAUTH2",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "XOAUTH2: an OAuth 2 access token instead of the password (Google and "
                       "Microsoft)"),
     nullptr, "RFC 6749 §1.4"},
    {"sasl.mech.OAUTHBEARER",
     QT_TRANSLATE_NOOP("LineExplainer", "OAUTHBEARER: an OAuth 2 bearer token instead of the "
                                        "password"),
     nullptr, "RFC 7628 §3"},
    {"sasl.mech.EXTERNAL",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "EXTERNAL: the identity comes from outside SASL, e.g. a TLS client "
                       "certificate"),
     nullptr, "RFC 4422 Appendix A"},
    {"sasl.mech.ANONYMOUS",
     QT_TRANSLATE_NOOP("LineExplainer", "ANONYMOUS: access without an account"), nullptr,
     "RFC 4505 §2"},
    {"sasl.mech.GSSAPI", QT_TRANSLATE_NOOP("LineExplainer", "GSSAPI: Kerberos single sign-on"),
     nullptr, "RFC 4752 §3"},
    {"sasl.mech.GS2-KRB5",
     QT_TRANSLATE_NOOP("LineExplainer", "GS2-KRB5: Kerberos through the GS2 family"), nullptr,
     "RFC 5801 §3"},
    {"sasl.mech.NTLM",
     QT_TRANSLATE_NOOP("LineExplainer", "NTLM: Microsoft's challenge-response login (no RFC)"),
     nullptr, nullptr},
    {"sasl.mech.OTP", QT_TRANSLATE_NOOP("LineExplainer", "OTP: a one-time password"), nullptr,
     "RFC 2444 §2"},
    {"sasl.mech.other",
     QT_TRANSLATE_NOOP("LineExplainer", "%1: a SASL mechanism this catalog does not describe"),
     nullptr, "RFC 4422 §3"},

    // ---- Steps ----
    {"sasl.initial-response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The first SASL message goes with the command (initial response)"),
     nullptr, "RFC 4422 §3"},
    {"sasl.empty-challenge",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "An empty challenge: the server waits for the client's first SASL "
                       "message"),
     nullptr, "RFC 4422 §3"},
    {"sasl.challenge",
     QT_TRANSLATE_NOOP("LineExplainer", "A %1 challenge from the server, in base64"), nullptr,
     "RFC 4422 §3"},
    {"sasl.response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The client's %1 response, in base64; any secret in it is masked"),
     nullptr, "RFC 4422 §3"},
    {"sasl.empty-response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "An empty response: the client has nothing more to send and waits for "
                       "the outcome"),
     nullptr, "RFC 4422 §3"},
    {"sasl.cancel",
     QT_TRANSLATE_NOOP("LineExplainer", "\"*\": the client cancels the authentication exchange"),
     nullptr, "RFC 4422 §3"},
    {"sasl.plain.response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The PLAIN message: authorization identity, user name and password "
                       "separated by NUL bytes, in base64; the password is masked"),
     nullptr, "RFC 4616 §2"},
    {"sasl.login.ask-user",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server asks for the user name (\"Username:\" in base64)"),
     nullptr, "RFC 4954 §4"},
    {"sasl.login.ask-password",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server asks for the password (\"Password:\" in base64)"),
     nullptr, "RFC 4954 §4"},
    {"sasl.login.user", QT_TRANSLATE_NOOP("LineExplainer", "The user name, in base64"), nullptr,
     "RFC 4954 §4"},
    {"sasl.login.password",
     QT_TRANSLATE_NOOP("LineExplainer", "The password, in base64 (masked here)"), nullptr,
     "RFC 4954 §4"},
    {"sasl.cram.challenge",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The CRAM-MD5 challenge: a unique string the client must sign with the "
                       "password"),
     nullptr, "RFC 2195 §2"},
    {"sasl.cram.response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The CRAM-MD5 response: the user name and an HMAC-MD5 digest of the "
                       "challenge; the password itself is not sent"),
     nullptr, "RFC 2195 §2"},
    {"sasl.digest.challenge",
     QT_TRANSLATE_NOOP("LineExplainer", "The DIGEST-MD5 challenge: realm, nonce and options"),
     nullptr, "RFC 2831 §2.1.1"},
    {"sasl.digest.rspauth",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The DIGEST-MD5 server proof (rspauth): the server knows the password too"),
     nullptr, "RFC 2831 §2.1.3"},
    {"sasl.scram.client-first",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM client-first message: the user name and a fresh random nonce"),
     nullptr, "RFC 5802 §3"},
    {"sasl.scram.server-first",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM server-first message: the combined nonce, the salt and the "
                       "iteration count for hashing the password"),
     nullptr, "RFC 5802 §3"},
    {"sasl.scram.client-final",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM client-final message: channel binding, the nonce and the client "
                       "proof; the password is not sent"),
     nullptr, "RFC 5802 §3"},
    {"sasl.scram.server-final",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SCRAM server-final message: the server signature, which proves the server "
                       "knows the password too"),
     nullptr, "RFC 5802 §3"},
    {"sasl.oauth.response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The OAuth message: the user name and the access token (masked here)"),
     nullptr, "RFC 7628 §3.1"},
    {"sasl.oauth.error",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server refuses the token: the challenge is an error report in JSON "
                       "(status, scope)"),
     nullptr, "RFC 7628 §3.2.2"},
    {"sasl.oauth.ack",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The client acknowledges the error report; the server then answers with "
                       "the failure"),
     nullptr, "RFC 7628 §3.2.3"},
    {"sasl.external.response",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The EXTERNAL message: the authorization identity, or empty to use the "
                       "one from the certificate"),
     nullptr, "RFC 4422 Appendix A"},
};
} // namespace

ExplanationTableView saslExplanations()
{
    return {std::begin(kSasl), std::end(kSasl)};
}

} // namespace carteiro::trace_detail
