// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP line explanations: the greeting, EHLO keywords, replies read in the
// context of their command, the lines of a message after DATA, MAIL/RCPT
// parameters. Data only; SmtpLineReader picks the keys.
#include "trace/ExplanationTable.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::trace_detail {

namespace {
constexpr ExplanationEntry kSmtp[] = {
    // ---- Session start (RFC 5321 §3.1, §4.3.1) ----
    {"smtp.greeting",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server is ready: its greeting names the host, and often the software"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The first line of every SMTP session, before any command. The client then introduces "
         "itself with EHLO (or HELO)."),
     "RFC 5321 §3.1"},
    {"smtp.greeting.refused",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server refuses the session at once: no SMTP service here"),
     QT_TRANSLATE_NOOP("LineExplainer", "A 554 greeting means the client may only send QUIT."),
     "RFC 5321 §3.1"},
    {"smtp.greeting.busy",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The server is not available now and closes the connection; try again later"),
     nullptr, "RFC 5321 §3.8"},

    // ---- Reply to EHLO / HELO (RFC 5321 §4.1.1.1) ----
    {"smtp.ehlo.greeting",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The server greets the client by name; each following line names one extension it "
         "offers"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "A multi-line reply: \"250-\" goes on, \"250 \" (a space after the code) is the last "
         "line. From the second line on, each line is an extension keyword, the last one "
         "included."),
     "RFC 5321 §4.1.1.1"},
    {"smtp.ehlo.only",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server greets the client by name and offers no extensions"),
     nullptr, "RFC 5321 §4.1.1.1"},
    {"smtp.helo.ok",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server greets the client: plain SMTP, with no list of extensions"),
     nullptr, "RFC 5321 §4.1.1.1"},
    {"smtp.ehlo.PIPELINING",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "PIPELINING: the client may send several commands without waiting for each reply"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "MAIL, the RCPTs and DATA can go out in one batch; the replies come back in the same "
         "order. This saves round trips on a slow network."),
     "RFC 2920 §3"},
    {"smtp.ehlo.SIZE",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SIZE: the client may announce the message size with MAIL ... SIZE="),
     nullptr, "RFC 1870 §4"},
    {"smtp.ehlo.SIZE.limit",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SIZE: the largest message this server accepts is %1 bytes"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The client announces the size with MAIL FROM:<...> SIZE=n, and a message that is too "
         "big is refused before it is sent."),
     "RFC 1870 §4"},
    {"smtp.ehlo.8BITMIME",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "8BITMIME: the server accepts bodies with 8-bit bytes (MAIL ... BODY=8BITMIME)"),
     nullptr, "RFC 6152 §2"},
    {"smtp.ehlo.SMTPUTF8",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "SMTPUTF8: addresses and header fields may be written in UTF-8 (international mail)"),
     nullptr, "RFC 6531 §3.1"},
    {"smtp.ehlo.STARTTLS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "STARTTLS: the connection can be upgraded to TLS with the STARTTLS command"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Until then everything, passwords included, travels in clear text."),
     "RFC 3207 §4"},
    {"smtp.ehlo.AUTH",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "AUTH: the server accepts authentication with these SASL mechanisms"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A server offering AUTH before STARTTLS invites passwords in clear text."),
     "RFC 4954 §3"},
    {"smtp.ehlo.AUTH.legacy",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "AUTH=: the same list of mechanisms, in the form some old clients expected"),
     nullptr, "RFC 4954 §3"},
    {"smtp.ehlo.CHUNKING",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "CHUNKING: the message may be sent with BDAT in chunks of exact byte counts, with no "
         "dot-stuffing"),
     nullptr, "RFC 3030 §2"},
    {"smtp.ehlo.BINARYMIME",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "BINARYMIME: the server accepts binary bodies (with BDAT and BODY=BINARYMIME)"),
     nullptr, "RFC 3030 §3"},
    {"smtp.ehlo.ENHANCEDSTATUSCODES",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "ENHANCEDSTATUSCODES: replies carry an enhanced status code such as 2.1.0 after the "
         "reply code"),
     nullptr, "RFC 2034 §3"},
    {"smtp.ehlo.DSN",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "DSN: the client may ask for delivery status notifications (NOTIFY=, RET=, ENVID=)"),
     nullptr, "RFC 3461 §4"},
    {"smtp.ehlo.ETRN",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "ETRN: a client may ask the server to start delivering the mail queued for a domain"),
     nullptr, "RFC 1985 §3"},
    {"smtp.ehlo.VRFY",
     QT_TRANSLATE_NOOP("LineExplainer", "VRFY: the server accepts the VRFY command"), nullptr,
     "RFC 5321 §4.1.1.6"},
    {"smtp.ehlo.EXPN",
     QT_TRANSLATE_NOOP("LineExplainer", "EXPN: the server accepts the EXPN command"), nullptr,
     "RFC 5321 §4.1.1.7"},
    {"smtp.ehlo.HELP",
     QT_TRANSLATE_NOOP("LineExplainer", "HELP: the server accepts the HELP command"), nullptr,
     "RFC 5321 §4.1.1.8"},
    {"smtp.ehlo.DELIVERBY",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "DELIVERBY: the client may ask for delivery within a time limit"),
     nullptr, "RFC 2852 §4"},
    {"smtp.ehlo.REQUIRETLS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "REQUIRETLS: the client may require TLS on every hop of the message's way"),
     nullptr, "RFC 8689 §4"},
    {"smtp.ehlo.MT-PRIORITY",
     QT_TRANSLATE_NOOP("LineExplainer", "MT-PRIORITY: the client may give the message a priority"),
     nullptr, "RFC 6710 §3"},
    {"smtp.ehlo.FUTURERELEASE",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "FUTURERELEASE: the client may ask the server to hold the message until a given time"),
     nullptr, "RFC 4865 §3"},
    {"smtp.ehlo.BURL",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "BURL: the message may be fetched by the server from an IMAP URL"),
     nullptr, "RFC 4468 §3"},
    {"smtp.ehlo.LIMITS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "LIMITS: the server announces its limits (recipients per transaction, ...)"),
     nullptr, "RFC 9422 §4"},
    {"smtp.ehlo.other",
     QT_TRANSLATE_NOOP("LineExplainer", "%1: an extension keyword this catalog does not describe"),
     nullptr, "RFC 5321 §4.1.1.1"},

    // ---- Replies read in the context of their command ----
    {"smtp.reply.more",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "A line of a multi-line reply (a hyphen after the code); the reply ends at the line "
         "with a space after the code"),
     nullptr, "RFC 5321 §4.2.1"},
    {"smtp.reply.MAIL.250",
     QT_TRANSLATE_NOOP("LineExplainer", "The sender is accepted: the mail transaction has begun"),
     nullptr, "RFC 5321 §4.1.1.2"},
    {"smtp.reply.RCPT.250", QT_TRANSLATE_NOOP("LineExplainer", "The recipient is accepted"),
     nullptr, "RFC 5321 §4.1.1.3"},
    {"smtp.reply.RCPT.relay",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The recipient is refused: this server does not relay mail to other domains for this "
         "client"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "A server takes mail for its own domains from anyone, but passes mail on to other "
         "domains only for its authenticated users; otherwise it would be an open relay that "
         "spammers abuse."),
     "RFC 5321 §3.6"},
    {"smtp.reply.DATA.354",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The server waits for the message: header, blank line, body, then a line with a lone "
         "dot"),
     nullptr, "RFC 5321 §4.1.1.4"},
    {"smtp.reply.DOT.250",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The message is accepted: from now on the server is responsible for delivering it"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The text of the reply often gives the queue id under which the server keeps it."),
     "RFC 5321 §4.1.1.4"},
    {"smtp.reply.BDAT.250", QT_TRANSLATE_NOOP("LineExplainer", "The chunk is received"), nullptr,
     "RFC 3030 §2"},
    {"smtp.reply.BDAT.LAST.250",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The last chunk is received and the message is accepted for delivery"),
     nullptr, "RFC 3030 §2"},
    {"smtp.reply.RSET.250",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The transaction is cleared: sender and recipients are forgotten"),
     nullptr, "RFC 5321 §4.1.1.5"},
    {"smtp.reply.NOOP.250",
     QT_TRANSLATE_NOOP("LineExplainer", "Nothing done: the server is there and answering"), nullptr,
     "RFC 5321 §4.1.1.9"},
    {"smtp.reply.QUIT.221",
     QT_TRANSLATE_NOOP("LineExplainer", "The server says goodbye and closes the connection"),
     nullptr, "RFC 5321 §4.1.1.10"},
    {"smtp.reply.STARTTLS.220",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Go ahead: the TLS handshake starts now; then the client sends EHLO again"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "Anything the server said before the handshake is forgotten, capabilities included."),
     "RFC 3207 §4"},
    {"smtp.reply.STARTTLS.454",
     QT_TRANSLATE_NOOP("LineExplainer", "TLS is not available now, for a temporary reason"),
     nullptr, "RFC 3207 §4"},
    {"smtp.reply.AUTH.235",
     QT_TRANSLATE_NOOP("LineExplainer", "Authentication succeeded: the client may now submit mail"),
     nullptr, "RFC 4954 §6"},
    {"smtp.reply.AUTH.535",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Authentication failed: the user name or the password (or token) is wrong"),
     nullptr, "RFC 4954 §6"},
    {"smtp.reply.VRFY.250",
     QT_TRANSLATE_NOOP("LineExplainer", "The user exists: the reply names the mailbox"), nullptr,
     "RFC 5321 §3.5.3"},
    {"smtp.reply.VRFY.252",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The server will not say whether the user exists, but would accept mail for it"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A policy choice: confirming addresses would let anyone harvest them."),
     "RFC 5321 §3.5.3"},
    {"smtp.reply.VRFY.refused",
     QT_TRANSLATE_NOOP("LineExplainer", "VRFY is refused on this server, by policy"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "Confirming addresses would let anyone harvest them, so servers switch it off."),
     "RFC 5321 §3.5.3; RFC 5321 §7.3"},
    {"smtp.reply.EXPN.250",
     QT_TRANSLATE_NOOP("LineExplainer", "The list is expanded: one member per line"), nullptr,
     "RFC 5321 §3.5.3"},
    {"smtp.reply.EXPN.refused",
     QT_TRANSLATE_NOOP("LineExplainer", "EXPN is refused on this server, by policy"),
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Expanding lists would reveal their members, so servers switch it off."),
     "RFC 5321 §3.5.3; RFC 5321 §7.3"},
    {"smtp.reply.HELP.214",
     QT_TRANSLATE_NOOP("LineExplainer", "The server's help text, meant for a person"), nullptr,
     "RFC 5321 §4.1.1.8"},
    {"smtp.reply.obsolete",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "%1 is refused: an obsolete command of RFC 821, removed from RFC 5321"),
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "TURN let anyone collect the mail meant for a host; SEND, SOML and SAML wrote to the "
         "terminals of users logged in on the server. Servers today answer 502 (not "
         "implemented) or 500 (not recognized)."),
     "RFC 5321 Appendix F"},
    {"smtp.reply.unknown-command",
     QT_TRANSLATE_NOOP("LineExplainer", "The server does not know this command"), nullptr,
     "RFC 5321 §4.2.4"},
    {"smtp.reply.malformed.unknown",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Not a valid reply line: an SMTP reply starts with a three-digit code"),
     nullptr, "RFC 5321 §4.2"},

    // ---- Client lines ----
    {"smtp.cmd.unknown",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "%1: a command this catalog does not know; the server will likely answer 500 or 502"),
     nullptr, "RFC 5321 §4.2.4"},
    {"smtp.cmd.empty.unknown", QT_TRANSLATE_NOOP("LineExplainer", "An empty line: not a command"),
     nullptr, "RFC 5321 §4.1.1"},
    {"smtp.syntax.brackets",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The address is written without angle brackets: the syntax is FROM:<address> and "
         "TO:<address>; a lenient server accepts it, a strict one answers 501"),
     nullptr, "RFC 5321 §4.1.2"},
    {"smtp.syntax.space",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "There is a space after the colon: the syntax has none (FROM:<address>); "
                       "many servers tolerate it"),
     nullptr, "RFC 5321 §4.1.2"},
    {"smtp.mail.null",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The empty reverse path <>: a bounce or notification, which must never bounce itself"),
     nullptr, "RFC 5321 §4.5.5"},
    {"smtp.param.SIZE",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SIZE=%1: the message size, announced so that the server can refuse "
                       "a message too big before it is sent"),
     nullptr, "RFC 1870 §6"},
    {"smtp.param.BODY",
     QT_TRANSLATE_NOOP("LineExplainer", "BODY=%1: the body type (7BIT, 8BITMIME or BINARYMIME)"),
     nullptr, "RFC 6152 §2"},
    {"smtp.param.SMTPUTF8",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "SMTPUTF8: this message needs UTF-8 addresses or header fields"),
     nullptr, "RFC 6531 §3.4"},
    {"smtp.param.RET",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "RET=%1: how much of the message a failure notice should return"),
     nullptr, "RFC 3461 §4.3"},
    {"smtp.param.ENVID",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "ENVID: an identifier the sender gives the envelope, quoted in "
                       "notifications"),
     nullptr, "RFC 3461 §4.4"},
    {"smtp.param.NOTIFY",
     QT_TRANSLATE_NOOP("LineExplainer", "NOTIFY=%1: when to send a delivery status notification"),
     nullptr, "RFC 3461 §4.1"},
    {"smtp.param.ORCPT",
     QT_TRANSLATE_NOOP("LineExplainer", "ORCPT: the original recipient address, for notifications"),
     nullptr, "RFC 3461 §4.2"},
    {"smtp.param.AUTH",
     QT_TRANSLATE_NOOP("LineExplainer", "AUTH=: the identity that submitted the message"), nullptr,
     "RFC 4954 §5"},
    {"smtp.param.REQUIRETLS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "REQUIRETLS: this message must travel over TLS on every hop"),
     nullptr, "RFC 8689 §4"},
    {"smtp.param.other",
     QT_TRANSLATE_NOOP("LineExplainer", "%1: a parameter this catalog does not describe"), nullptr,
     "RFC 5321 §4.1.2"},
    {"smtp.auth.initial-response",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The first SASL message goes with the command (initial response); its secret part is "
         "masked"),
     nullptr, "RFC 4954 §4"},
    {"smtp.data.header",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A header field of the message (%1), part of the text after DATA"),
     nullptr, "RFC 5322 §2.2"},
    {"smtp.data.header-continued",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The continuation of a header field (folded: it starts with a space)"),
     nullptr, "RFC 5322 §2.2.3"},
    {"smtp.data.blank",
     QT_TRANSLATE_NOOP("LineExplainer", "The blank line that separates the header from the body"),
     nullptr, "RFC 5322 §2.1"},
    {"smtp.data.body", QT_TRANSLATE_NOOP("LineExplainer", "A line of the message body"), nullptr,
     "RFC 5321 §4.1.1.4"},
    {"smtp.data.stuffed",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "A body line that begins with a dot, sent with one extra dot (dot-stuffing); the "
         "server removes it"),
     nullptr, "RFC 5321 §4.5.2"},
    {"smtp.data.end",
     QT_TRANSLATE_NOOP(
         "LineExplainer",
         "The lone dot: the end of the message; the server now says whether it accepts it"),
     nullptr, "RFC 5321 §4.1.1.4"},
    {"smtp.bdat.chunk",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Bytes of a BDAT chunk: counted, not dot-stuffed, no terminating dot"),
     nullptr, "RFC 3030 §2"},
};
} // namespace

ExplanationTableView smtpExplanations()
{
    return {std::begin(kSmtp), std::end(kSmtp)};
}

} // namespace carteiro::trace_detail
