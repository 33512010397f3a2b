// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 line explanations: greeting, +OK / -ERR read in the context of their
// command, the lines of a multi-line reply (listings, CAPA, the message), the
// terminating dot. Data only; Pop3LineReader picks the keys.
#include "trace/ExplanationTable.h"

#include <QtGlobal>

#include <iterator>

namespace carteiro::trace_detail {

namespace {
constexpr ExplanationEntry kPop3[] = {
    // ---- Greeting and status indicators (RFC 1939 §3, §4) ----
    {"pop3.greeting",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The server is ready; the session is in the AUTHORIZATION state"),
     nullptr, "RFC 1939 §4"},
    {"pop3.greeting.apop",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The <...> in the greeting is a unique timestamp: APOP signs it with the "
                       "password"),
     nullptr, "RFC 1939 §7"},
    {"pop3.greeting.refused", QT_TRANSLATE_NOOP("LineExplainer", "The server refuses the session"),
     nullptr, "RFC 1939 §4"},
    {"pop3.ok", QT_TRANSLATE_NOOP("LineExplainer", "+OK: %1 succeeded"), nullptr, "RFC 1939 §3"},
    {"pop3.ok.any", QT_TRANSLATE_NOOP("LineExplainer", "+OK: the command succeeded"), nullptr,
     "RFC 1939 §3"},
    {"pop3.err", QT_TRANSLATE_NOOP("LineExplainer", "-ERR: %1 failed"), nullptr, "RFC 1939 §3"},
    {"pop3.err.any", QT_TRANSLATE_NOOP("LineExplainer", "-ERR: the command failed"), nullptr,
     "RFC 1939 §3"},
    {"pop3.err.PASS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Login refused: wrong user name or password, or the maildrop is locked"),
     nullptr, "RFC 1939 §7"},
    {"pop3.err.AUTH", QT_TRANSLATE_NOOP("LineExplainer", "Authentication failed"), nullptr,
     "RFC 5034 §4"},
    {"pop3.continue",
     QT_TRANSLATE_NOOP("LineExplainer", "A continuation: the server waits for more"), nullptr,
     "RFC 5034 §4"},

    // ---- +OK in context ----
    {"pop3.ok.USER",
     QT_TRANSLATE_NOOP("LineExplainer", "The user name is noted; now the password (PASS)"), nullptr,
     "RFC 1939 §7"},
    {"pop3.ok.PASS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Logged in: the maildrop is locked for this session, now in the "
                       "TRANSACTION state"),
     nullptr, "RFC 1939 §7"},
    {"pop3.ok.APOP",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Logged in with APOP: the maildrop is locked, the session is in the "
                       "TRANSACTION state"),
     nullptr, "RFC 1939 §7"},
    {"pop3.ok.AUTH",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Authenticated: the maildrop is locked, the session is in the "
                       "TRANSACTION state"),
     nullptr, "RFC 5034 §4"},
    {"pop3.ok.STAT",
     QT_TRANSLATE_NOOP("LineExplainer", "The maildrop holds %1 messages, %2 bytes in all"), nullptr,
     "RFC 1939 §5"},
    {"pop3.ok.LIST",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A listing follows: one line per message (number and size in bytes), "
                       "ended by a lone dot"),
     nullptr, "RFC 1939 §5"},
    {"pop3.ok.LIST.one", QT_TRANSLATE_NOOP("LineExplainer", "Message %1 has %2 bytes"), nullptr,
     "RFC 1939 §5"},
    {"pop3.ok.UIDL",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A listing follows: one line per message (number and unique id), ended by "
                       "a lone dot"),
     nullptr, "RFC 1939 §7"},
    {"pop3.ok.UIDL.one", QT_TRANSLATE_NOOP("LineExplainer", "The unique id of message %1"), nullptr,
     "RFC 1939 §7"},
    {"pop3.ok.RETR",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The message follows, ended by a lone dot (a line that starts with a dot "
                       "has it doubled)"),
     nullptr, "RFC 1939 §5"},
    {"pop3.ok.TOP",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The header and the first lines of the body follow, ended by a lone dot"),
     nullptr, "RFC 1939 §7"},
    {"pop3.ok.DELE",
     QT_TRANSLATE_NOOP("LineExplainer", "The message is marked as deleted; it is removed at QUIT"),
     nullptr, "RFC 1939 §5"},
    {"pop3.ok.RSET",
     QT_TRANSLATE_NOOP("LineExplainer", "Every deletion mark of this session is undone"), nullptr,
     "RFC 1939 §5"},
    {"pop3.ok.NOOP", QT_TRANSLATE_NOOP("LineExplainer", "Nothing done: the server is there"),
     nullptr, "RFC 1939 §5"},
    {"pop3.ok.QUIT",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Goodbye: the messages marked as deleted are removed now (UPDATE state)"),
     nullptr, "RFC 1939 §6"},
    {"pop3.ok.CAPA",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The capability list follows, one per line, ended by a lone dot"),
     nullptr, "RFC 2449 §5"},
    {"pop3.ok.STLS",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Go ahead: the TLS handshake starts now; afterwards the client asks CAPA "
                       "again"),
     nullptr, "RFC 2595 §4"},

    // ---- Lines of multi-line replies (RFC 1939 §3) ----
    {"pop3.list.line", QT_TRANSLATE_NOOP("LineExplainer", "Message %1 has %2 bytes"), nullptr,
     "RFC 1939 §5"},
    {"pop3.uidl.line",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "Message %1 and its unique id, which stays the same across sessions"),
     nullptr, "RFC 1939 §7"},
    {"pop3.message.line", QT_TRANSLATE_NOOP("LineExplainer", "A line of the message"), nullptr,
     "RFC 1939 §5"},
    {"pop3.message.stuffed",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "A line that starts with a dot, doubled by the server; un-stuffed it "
                       "reads \"%1\""),
     nullptr, "RFC 1939 §3"},
    {"pop3.multiline.end",
     QT_TRANSLATE_NOOP("LineExplainer", "The lone dot: the end of the multi-line reply"), nullptr,
     "RFC 1939 §3"},
    {"pop3.body",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The lines of the multi-line reply, shown as one summary (dot-unstuffed, "
                       "ended by the lone dot)"),
     nullptr, "RFC 1939 §3"},
    {"pop3.body.RETR",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The message itself, shown as one summary (dot-unstuffed, ended by the "
                       "lone dot); its structure is in the MIME tab"),
     nullptr, "RFC 1939 §5"},
    {"pop3.body.TOP",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The header and first body lines, shown as one summary (dot-unstuffed, "
                       "ended by the lone dot)"),
     nullptr, "RFC 1939 §7"},
    {"pop3.body.LIST",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The listing of messages and sizes, shown as one summary (ended by the "
                       "lone dot)"),
     nullptr, "RFC 1939 §5"},
    {"pop3.body.UIDL",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The listing of messages and unique ids, shown as one summary (ended by "
                       "the lone dot)"),
     nullptr, "RFC 1939 §7"},
    {"pop3.body.CAPA",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The capability list, shown as one summary (ended by the lone dot)"),
     nullptr, "RFC 2449 §5"},

    // ---- CAPA lines (RFC 2449 §6) ----
    {"pop3.capa.CAPA",
     QT_TRANSLATE_NOOP("LineExplainer", "CAPA: the CAPA command itself is available"), nullptr,
     "RFC 2449 §5"},
    {"pop3.capa.TOP", QT_TRANSLATE_NOOP("LineExplainer", "TOP: the TOP command is available"),
     nullptr, "RFC 2449 §6.1"},
    {"pop3.capa.USER",
     QT_TRANSLATE_NOOP("LineExplainer", "USER: login with USER and PASS is available"), nullptr,
     "RFC 2449 §6.2"},
    {"pop3.capa.SASL",
     QT_TRANSLATE_NOOP("LineExplainer", "SASL: AUTH is available with these mechanisms"), nullptr,
     "RFC 2449 §6.3"},
    {"pop3.capa.RESP-CODES",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "RESP-CODES: -ERR replies may carry a code in brackets, such as [IN-USE]"),
     nullptr, "RFC 2449 §6.4"},
    {"pop3.capa.LOGIN-DELAY",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "LOGIN-DELAY: the least time between two logins, in seconds"),
     nullptr, "RFC 2449 §6.5"},
    {"pop3.capa.PIPELINING",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "PIPELINING: the client may send several commands without waiting for "
                       "each reply"),
     nullptr, "RFC 2449 §6.6"},
    {"pop3.capa.EXPIRE",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "EXPIRE: how many days the server keeps messages once downloaded (NEVER: "
                       "for ever)"),
     nullptr, "RFC 2449 §6.7"},
    {"pop3.capa.UIDL", QT_TRANSLATE_NOOP("LineExplainer", "UIDL: the UIDL command is available"),
     nullptr, "RFC 2449 §6.8"},
    {"pop3.capa.IMPLEMENTATION",
     QT_TRANSLATE_NOOP("LineExplainer", "IMPLEMENTATION: the name of the server software"), nullptr,
     "RFC 2449 §6.9"},
    {"pop3.capa.STLS",
     QT_TRANSLATE_NOOP("LineExplainer", "STLS: the connection can be upgraded to TLS"), nullptr,
     "RFC 2595 §4"},
    {"pop3.capa.AUTH-RESP-CODE",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "AUTH-RESP-CODE: a failed login says whether the credentials or the "
                       "system were at fault ([AUTH], [SYS/...])"),
     nullptr, "RFC 3206 §6"},
    {"pop3.capa.UTF8",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "UTF8: the server can speak UTF-8 (after the UTF8 command)"),
     nullptr, "RFC 6856 §2"},
    {"pop3.capa.LANG",
     QT_TRANSLATE_NOOP("LineExplainer", "LANG: the server's replies can come in other languages"),
     nullptr, "RFC 6856 §3"},
    {"pop3.capa.other",
     QT_TRANSLATE_NOOP("LineExplainer", "%1: a capability this catalog does not describe"), nullptr,
     "RFC 2449 §5"},

    // ---- Client lines ----
    {"pop3.pass.masked",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "The password is masked here; on the wire it is plain text, protected "
                       "only by TLS"),
     nullptr, "RFC 1939 §7"},
    {"pop3.cmd.unknown",
     QT_TRANSLATE_NOOP("LineExplainer",
                       "%1: a command this catalog does not know; the server will answer -ERR"),
     nullptr, "RFC 1939 §3"},
    {"pop3.reply.malformed.unknown",
     QT_TRANSLATE_NOOP("LineExplainer", "Not a valid reply: a POP3 reply starts with +OK or -ERR"),
     nullptr, "RFC 1939 §3"},
};
} // namespace

ExplanationTableView pop3Explanations()
{
    return {std::begin(kPop3), std::end(kPop3)};
}

} // namespace carteiro::trace_detail
