// SMTP line explanations: the greeting, EHLO keywords, replies read in the
// context of their command, the lines of a message after DATA, MAIL/RCPT
// parameters. Data only; SmtpLineReader picks the keys.
#include "trace/ExplanationTable.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::trace_detail {

namespace {
#define T(s) QT_TRANSLATE_NOOP("LineExplainer", s)

constexpr ExplanationEntry kSmtp[] = {
    // ---- Session start (RFC 5321 §3.1, §4.3.1) ----
    {"smtp.greeting", T("The server is ready: its greeting names the host, and often the software"),
     T("The first line of every SMTP session, before any command. The client then introduces "
       "itself with EHLO (or HELO)."),
     "RFC 5321 §3.1"},
    {"smtp.greeting.refused", T("The server refuses the session at once: no SMTP service here"),
     T("A 554 greeting means the client may only send QUIT."), "RFC 5321 §3.1"},
    {"smtp.greeting.busy",
     T("The server is not available now and closes the connection; try again later"), nullptr,
     "RFC 5321 §3.8"},

    // ---- Reply to EHLO / HELO (RFC 5321 §4.1.1.1) ----
    {"smtp.ehlo.greeting",
     T("The server greets the client by name; each following line names one extension it "
       "offers"),
     T("A multi-line reply: \"250-\" goes on, \"250 \" (a space after the code) is the last "
       "line. From the second line on, each line is an extension keyword, the last one "
       "included."),
     "RFC 5321 §4.1.1.1"},
    {"smtp.ehlo.only", T("The server greets the client by name and offers no extensions"), nullptr,
     "RFC 5321 §4.1.1.1"},
    {"smtp.helo.ok", T("The server greets the client: plain SMTP, with no list of extensions"),
     nullptr, "RFC 5321 §4.1.1.1"},
    {"smtp.ehlo.PIPELINING",
     T("PIPELINING: the client may send several commands without waiting for each reply"),
     T("MAIL, the RCPTs and DATA can go out in one batch; the replies come back in the same "
       "order. This saves round trips on a slow network."),
     "RFC 2920 §3"},
    {"smtp.ehlo.SIZE", T("SIZE: the client may announce the message size with MAIL ... SIZE="),
     nullptr, "RFC 1870 §4"},
    {"smtp.ehlo.SIZE.limit", T("SIZE: the largest message this server accepts is %1 bytes"),
     T("The client announces the size with MAIL FROM:<...> SIZE=n, and a message that is too "
       "big is refused before it is sent."),
     "RFC 1870 §4"},
    {"smtp.ehlo.8BITMIME",
     T("8BITMIME: the server accepts bodies with 8-bit bytes (MAIL ... BODY=8BITMIME)"), nullptr,
     "RFC 6152 §2"},
    {"smtp.ehlo.SMTPUTF8",
     T("SMTPUTF8: addresses and header fields may be written in UTF-8 (international mail)"),
     nullptr, "RFC 6531 §3.1"},
    {"smtp.ehlo.STARTTLS",
     T("STARTTLS: the connection can be upgraded to TLS with the STARTTLS command"),
     T("Until then everything, passwords included, travels in clear text."), "RFC 3207 §4"},
    {"smtp.ehlo.AUTH", T("AUTH: the server accepts authentication with these SASL mechanisms"),
     T("A server offering AUTH before STARTTLS invites passwords in clear text."), "RFC 4954 §3"},
    {"smtp.ehlo.AUTH.legacy",
     T("AUTH=: the same list of mechanisms, in the form some old clients expected"), nullptr,
     "RFC 4954 §3"},
    {"smtp.ehlo.CHUNKING",
     T("CHUNKING: the message may be sent with BDAT in chunks of exact byte counts, with no "
       "dot-stuffing"),
     nullptr, "RFC 3030 §2"},
    {"smtp.ehlo.BINARYMIME",
     T("BINARYMIME: the server accepts binary bodies (with BDAT and BODY=BINARYMIME)"), nullptr,
     "RFC 3030 §3"},
    {"smtp.ehlo.ENHANCEDSTATUSCODES",
     T("ENHANCEDSTATUSCODES: replies carry an enhanced status code such as 2.1.0 after the "
       "reply code"),
     nullptr, "RFC 2034 §3"},
    {"smtp.ehlo.DSN",
     T("DSN: the client may ask for delivery status notifications (NOTIFY=, RET=, ENVID=)"),
     nullptr, "RFC 3461 §4"},
    {"smtp.ehlo.ETRN",
     T("ETRN: a client may ask the server to start delivering the mail queued for a domain"),
     nullptr, "RFC 1985 §3"},
    {"smtp.ehlo.VRFY", T("VRFY: the server accepts the VRFY command"), nullptr,
     "RFC 5321 §4.1.1.6"},
    {"smtp.ehlo.EXPN", T("EXPN: the server accepts the EXPN command"), nullptr,
     "RFC 5321 §4.1.1.7"},
    {"smtp.ehlo.HELP", T("HELP: the server accepts the HELP command"), nullptr,
     "RFC 5321 §4.1.1.8"},
    {"smtp.ehlo.DELIVERBY", T("DELIVERBY: the client may ask for delivery within a time limit"),
     nullptr, "RFC 2852 §4"},
    {"smtp.ehlo.REQUIRETLS",
     T("REQUIRETLS: the client may require TLS on every hop of the message's way"), nullptr,
     "RFC 8689 §4"},
    {"smtp.ehlo.MT-PRIORITY", T("MT-PRIORITY: the client may give the message a priority"), nullptr,
     "RFC 6710 §3"},
    {"smtp.ehlo.FUTURERELEASE",
     T("FUTURERELEASE: the client may ask the server to hold the message until a given time"),
     nullptr, "RFC 4865 §3"},
    {"smtp.ehlo.BURL", T("BURL: the message may be fetched by the server from an IMAP URL"),
     nullptr, "RFC 4468 §3"},
    {"smtp.ehlo.LIMITS",
     T("LIMITS: the server announces its limits (recipients per transaction, ...)"), nullptr,
     "RFC 9422 §4"},
    {"smtp.ehlo.other", T("%1: an extension keyword this catalog does not describe"), nullptr,
     "RFC 5321 §4.1.1.1"},

    // ---- Replies read in the context of their command ----
    {"smtp.reply.more",
     T("A line of a multi-line reply (a hyphen after the code); the reply ends at the line "
       "with a space after the code"),
     nullptr, "RFC 5321 §4.2.1"},
    {"smtp.reply.MAIL.250", T("The sender is accepted: the mail transaction has begun"), nullptr,
     "RFC 5321 §4.1.1.2"},
    {"smtp.reply.RCPT.250", T("The recipient is accepted"), nullptr, "RFC 5321 §4.1.1.3"},
    {"smtp.reply.RCPT.relay",
     T("The recipient is refused: this server does not relay mail to other domains for this "
       "client"),
     T("A server takes mail for its own domains from anyone, but passes mail on to other "
       "domains only for its authenticated users; otherwise it would be an open relay that "
       "spammers abuse."),
     "RFC 5321 §3.6"},
    {"smtp.reply.DATA.354",
     T("The server waits for the message: header, blank line, body, then a line with a lone "
       "dot"),
     nullptr, "RFC 5321 §4.1.1.4"},
    {"smtp.reply.DOT.250",
     T("The message is accepted: from now on the server is responsible for delivering it"),
     T("The text of the reply often gives the queue id under which the server keeps it."),
     "RFC 5321 §4.1.1.4"},
    {"smtp.reply.BDAT.250", T("The chunk is received"), nullptr, "RFC 3030 §2"},
    {"smtp.reply.BDAT.LAST.250",
     T("The last chunk is received and the message is accepted for delivery"), nullptr,
     "RFC 3030 §2"},
    {"smtp.reply.RSET.250", T("The transaction is cleared: sender and recipients are forgotten"),
     nullptr, "RFC 5321 §4.1.1.5"},
    {"smtp.reply.NOOP.250", T("Nothing done: the server is there and answering"), nullptr,
     "RFC 5321 §4.1.1.9"},
    {"smtp.reply.QUIT.221", T("The server says goodbye and closes the connection"), nullptr,
     "RFC 5321 §4.1.1.10"},
    {"smtp.reply.STARTTLS.220",
     T("Go ahead: the TLS handshake starts now; then the client sends EHLO again"),
     T("Anything the server said before the handshake is forgotten, capabilities included."),
     "RFC 3207 §4"},
    {"smtp.reply.STARTTLS.454", T("TLS is not available now, for a temporary reason"), nullptr,
     "RFC 3207 §4"},
    {"smtp.reply.AUTH.235", T("Authentication succeeded: the client may now submit mail"), nullptr,
     "RFC 4954 §6"},
    {"smtp.reply.AUTH.535",
     T("Authentication failed: the user name or the password (or token) is wrong"), nullptr,
     "RFC 4954 §6"},
    {"smtp.reply.VRFY.250", T("The user exists: the reply names the mailbox"), nullptr,
     "RFC 5321 §3.5.3"},
    {"smtp.reply.VRFY.252",
     T("The server will not say whether the user exists, but would accept mail for it"),
     T("A policy choice: confirming addresses would let anyone harvest them."), "RFC 5321 §3.5.3"},
    {"smtp.reply.VRFY.502", T("VRFY is disabled on this server, by policy"),
     T("Confirming addresses would let anyone harvest them, so servers switch it off."),
     "RFC 5321 §3.5.3; RFC 5321 §7.3"},
    {"smtp.reply.EXPN.250", T("The list is expanded: one member per line"), nullptr,
     "RFC 5321 §3.5.3"},
    {"smtp.reply.EXPN.502", T("EXPN is disabled on this server, by policy"),
     T("Expanding lists would reveal their members, so servers switch it off."),
     "RFC 5321 §3.5.3; RFC 5321 §7.3"},
    {"smtp.reply.HELP.214", T("The server's help text, meant for a person"), nullptr,
     "RFC 5321 §4.1.1.8"},
    {"smtp.reply.obsolete.502",
     T("%1 is not implemented: an obsolete command of RFC 821, removed from RFC 5321"),
     T("TURN let anyone collect the mail meant for a host; SEND, SOML and SAML wrote to the "
       "terminals of users logged in on the server. Servers today answer 502."),
     "RFC 5321 Appendix F"},
    {"smtp.reply.unknown-command", T("The server does not know this command"), nullptr,
     "RFC 5321 §4.2.4"},
    {"smtp.reply.malformed.unknown",
     T("Not a valid reply line: an SMTP reply starts with a three-digit code"), nullptr,
     "RFC 5321 §4.2"},

    // ---- Client lines ----
    {"smtp.cmd.unknown",
     T("%1: a command this catalog does not know; the server will likely answer 500 or 502"),
     nullptr, "RFC 5321 §4.2.4"},
    {"smtp.cmd.empty.unknown", T("An empty line: not a command"), nullptr, "RFC 5321 §4.1.1"},
    {"smtp.syntax.brackets",
     T("The address is written without angle brackets: the syntax is FROM:<address> and "
       "TO:<address>; a lenient server accepts it, a strict one answers 501"),
     nullptr, "RFC 5321 §4.1.2"},
    {"smtp.mail.null",
     T("The empty reverse path <>: a bounce or notification, which must never bounce itself"),
     nullptr, "RFC 5321 §4.5.5"},
    {"smtp.param.SIZE",
     T("SIZE=%1: the message size, announced so that the server can refuse "
       "a message too big before it is sent"),
     nullptr, "RFC 1870 §6"},
    {"smtp.param.BODY", T("BODY=%1: the body type (7BIT, 8BITMIME or BINARYMIME)"), nullptr,
     "RFC 6152 §2"},
    {"smtp.param.SMTPUTF8", T("SMTPUTF8: this message needs UTF-8 addresses or header fields"),
     nullptr, "RFC 6531 §3.4"},
    {"smtp.param.RET", T("RET=%1: how much of the message a failure notice should return"), nullptr,
     "RFC 3461 §4.3"},
    {"smtp.param.ENVID",
     T("ENVID: an identifier the sender gives the envelope, quoted in "
       "notifications"),
     nullptr, "RFC 3461 §4.4"},
    {"smtp.param.NOTIFY", T("NOTIFY=%1: when to send a delivery status notification"), nullptr,
     "RFC 3461 §4.1"},
    {"smtp.param.ORCPT", T("ORCPT: the original recipient address, for notifications"), nullptr,
     "RFC 3461 §4.2"},
    {"smtp.param.AUTH", T("AUTH=: the identity that submitted the message"), nullptr,
     "RFC 4954 §5"},
    {"smtp.param.REQUIRETLS", T("REQUIRETLS: this message must travel over TLS on every hop"),
     nullptr, "RFC 8689 §4"},
    {"smtp.param.other", T("%1: a parameter this catalog does not describe"), nullptr,
     "RFC 5321 §4.1.2"},
    {"smtp.auth.initial-response",
     T("The first SASL message goes with the command (initial response); its secret part is "
       "masked"),
     nullptr, "RFC 4954 §4"},
    {"smtp.data.header", T("A header field of the message (%1), part of the text after DATA"),
     nullptr, "RFC 5322 §2.2"},
    {"smtp.data.header-continued",
     T("The continuation of a header field (folded: it starts with a space)"), nullptr,
     "RFC 5322 §2.2.3"},
    {"smtp.data.blank", T("The blank line that separates the header from the body"), nullptr,
     "RFC 5322 §2.1"},
    {"smtp.data.body", T("A line of the message body"), nullptr, "RFC 5321 §4.1.1.4"},
    {"smtp.data.stuffed",
     T("A body line that begins with a dot, sent with one extra dot (dot-stuffing); the "
       "server removes it"),
     nullptr, "RFC 5321 §4.5.2"},
    {"smtp.data.end",
     T("The lone dot: the end of the message; the server now says whether it accepts it"), nullptr,
     "RFC 5321 §4.1.1.4"},
    {"smtp.bdat.chunk", T("Bytes of a BDAT chunk: counted, not dot-stuffed, no terminating dot"),
     nullptr, "RFC 3030 §2"},
};
#undef T
} // namespace

ExplanationTableView smtpExplanations()
{
    return {std::begin(kSmtp), std::end(kSmtp)};
}

} // namespace carteiro::trace_detail
