// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/CommandCatalog.h"

#include "trace/RfcLink.h"

#include <QCoreApplication>

// The catalog is data: one static table per protocol. Summaries and notes are
// marked for lupdate and translated when looked up; verbs, syntax (ABNF-like, as
// the RFCs write it), sources and state names are not translated.

namespace carteiro {
namespace {

struct CommandEntry
{
    const char *verb;
    const char *syntax;
    const char *summary;
    const char *source;
    const char *states; // space-separated console state names
    bool obsolete;
    const char *note; // nullptr when there is nothing to add
};

// ---- SMTP ------------------------------------------------------------------
// RFC 5321 §4.1.1 (commands), §4.1.4 (order: NOOP, HELP, EXPN, VRFY and RSET
// may be used at any time), RFC 3207 (STARTTLS), RFC 4954 (AUTH), RFC 3030
// (BDAT), and the commands of RFC 821 that RFC 5321 Appendix F removed.
constexpr const char kSmtpAnywhere[] = "greeting ready mail rcpt";

constexpr CommandEntry kSmtp[] = {
    {"HELO", "HELO SP Domain",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Identifies the client to the server (original SMTP, no extensions)"),
     "RFC 5321 §4.1.1.1", "greeting ready", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "The server answers with one 250 line and no list of extensions; use EHLO "
                       "to learn what the server offers")},
    {"EHLO", "EHLO SP ( Domain / address-literal )",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Identifies the client and asks the server to list its extensions (ESMTP)"),
     "RFC 5321 §4.1.1.1", "greeting ready", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "The reply has one line per extension keyword (PIPELINING, SIZE, STARTTLS, "
                       "AUTH, ...); after STARTTLS the client must send EHLO again")},
    {"MAIL", "MAIL FROM:<reverse-path> [SP Mail-parameters]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Starts a mail transaction and gives the sender address (the envelope's "
                       "return path)"),
     "RFC 5321 §4.1.1.2", "ready", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "The address goes between angle brackets, with no space after the colon: "
                       "MAIL FROM:<ana@example.test> (RFC 5321 §4.1.2). A lenient server accepts "
                       "it without them; a strict one answers 501")},
    {"RCPT", "RCPT TO:<forward-path> [SP Rcpt-parameters]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Gives one recipient of the message; repeat it for each recipient"),
     "RFC 5321 §4.1.1.3", "mail rcpt", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "A server accepts mail for its own domains; for any other domain it relays "
                       "only for authenticated clients, and refuses the rest (554 Relay access "
                       "denied, RFC 5321 §3.6)")},
    {"DATA", "DATA",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks to send the message itself: after the 354 reply come the lines of "
                       "the message, ended by a line with a single dot"),
     "RFC 5321 §4.1.1.4", "rcpt", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "A line of the message that starts with a dot is sent with one more dot "
                       "(dot-stuffing, RFC 5321 §4.5.2), so that only the lone dot ends it")},
    {"BDAT", "BDAT SP chunk-size [SP LAST]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Sends the message in chunks of an exact byte count, with no dot-stuffing "
                       "(CHUNKING)"),
     "RFC 3030 §2", "rcpt", false, nullptr},
    {"RSET", "RSET",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Aborts the current mail transaction: sender and recipients are forgotten"),
     "RFC 5321 §4.1.1.5", kSmtpAnywhere, false, nullptr},
    {"VRFY", "VRFY SP String",
     QT_TRANSLATE_NOOP("CommandCatalog", "Asks whether a user or mailbox exists on the server"),
     "RFC 5321 §4.1.1.6", kSmtpAnywhere, false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Most servers will not confirm addresses, so that nobody can harvest them: "
                       "they answer 252 (cannot verify, but will accept the message and try to "
                       "deliver it) or 502 (disabled by policy). See RFC 5321 §3.5.3 and §7.3")},
    {"EXPN", "EXPN SP String",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks the server to expand a mailing list into its members"),
     "RFC 5321 §4.1.1.7", kSmtpAnywhere, false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Usually disabled so that the members of a list stay private: the server "
                       "answers 502 (not implemented) or 252. See RFC 5321 §3.5.3 and §7.3")},
    {"HELP", "HELP [SP String]",
     QT_TRANSLATE_NOOP("CommandCatalog", "Asks the server for help on its commands (reply 214)"),
     "RFC 5321 §4.1.1.8", kSmtpAnywhere, false, nullptr},
    {"NOOP", "NOOP [SP String]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Does nothing: the server answers 250, which shows the connection is alive"),
     "RFC 5321 §4.1.1.9", kSmtpAnywhere, false, nullptr},
    {"QUIT", "QUIT",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Ends the session: the server answers 221 and closes the connection"),
     "RFC 5321 §4.1.1.10", kSmtpAnywhere, false, nullptr},
    {"STARTTLS", "STARTTLS",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks to upgrade the connection to TLS: after the 220 reply comes the TLS "
                       "handshake, and the session starts over with EHLO"),
     "RFC 3207 §4", "ready", false, nullptr},
    {"AUTH", "AUTH SP mechanism [SP initial-response]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Authenticates with a SASL mechanism (PLAIN, LOGIN, SCRAM-SHA-256, ...)"),
     "RFC 4954 §4", "ready", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "PLAIN and LOGIN carry the password merely encoded in base64, not "
                       "encrypted: only inside TLS")},
    {"TURN", "TURN",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asked the server to swap roles and send its queued mail to the client "
                       "(obsolete)"),
     "RFC 5321 Appendix F.1; RFC 821 §4.1.1", "ready", true,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Obsolete: defined in RFC 821 and removed from RFC 5321, because anyone "
                       "could take the mail meant for a host. A server today answers 502 "
                       "(command not implemented)")},
    {"SEND", "SEND FROM:<reverse-path>",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asked to deliver the message to the user's terminal instead of the "
                       "mailbox (obsolete)"),
     "RFC 5321 Appendix F.6; RFC 821 §4.1.1", "ready", true,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Obsolete: defined in RFC 821 and removed from RFC 5321 (users no longer "
                       "sit at the server's terminals). A server today answers 502 (command not "
                       "implemented)")},
    {"SOML", "SOML FROM:<reverse-path>",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Send Or MaiL: to the user's terminal if logged in, otherwise to the "
                       "mailbox (obsolete)"),
     "RFC 5321 Appendix F.6; RFC 821 §4.1.1", "ready", true,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Obsolete: defined in RFC 821 and removed from RFC 5321 (users no longer "
                       "sit at the server's terminals). A server today answers 502 (command not "
                       "implemented)")},
    {"SAML", "SAML FROM:<reverse-path>",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Send And MaiL: to the user's terminal and to the mailbox (obsolete)"),
     "RFC 5321 Appendix F.6; RFC 821 §4.1.1", "ready", true,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Obsolete: defined in RFC 821 and removed from RFC 5321 (users no longer "
                       "sit at the server's terminals). A server today answers 502 (command not "
                       "implemented)")},
};

// ---- IMAP ------------------------------------------------------------------
// RFC 9051 §6 (IMAP4rev2; the same commands as RFC 3501 §6 unless noted), and
// the extensions Carteiro uses: ID (RFC 2971), ENABLE (RFC 5161), IDLE (RFC
// 2177), NAMESPACE (RFC 2342), MOVE (RFC 6851), UNSELECT (RFC 3691).
constexpr const char kImapAny[] = "not-authenticated authenticated selected";
constexpr const char kImapAuth[] = "authenticated selected";

constexpr CommandEntry kImap[] = {
    {"CAPABILITY", "tag CAPABILITY",
     QT_TRANSLATE_NOOP("CommandCatalog", "Asks the server for the list of its capabilities"),
     "RFC 9051 §6.1.1", kImapAny, false, nullptr},
    {"NOOP", "tag NOOP",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Does nothing, but gives the server a chance to report news (new "
                       "messages, flag changes)"),
     "RFC 9051 §6.1.2", kImapAny, false, nullptr},
    {"LOGOUT", "tag LOGOUT",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Ends the session: the server sends BYE, then OK, and closes the "
                       "connection"),
     "RFC 9051 §6.1.3", kImapAny, false, nullptr},
    {"ID", "tag ID ( \"(\" field value ... \")\" / NIL )",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Exchanges the names and versions of client and server software"),
     "RFC 2971 §3.1", kImapAny, false, nullptr},
    {"STARTTLS", "tag STARTTLS",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks to upgrade the connection to TLS; capabilities must be asked again "
                       "afterwards"),
     "RFC 9051 §6.2.1", "not-authenticated", false, nullptr},
    {"AUTHENTICATE", "tag AUTHENTICATE mechanism [SP initial-response]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Logs in with a SASL mechanism (PLAIN, SCRAM-SHA-256, XOAUTH2, ...)"),
     "RFC 9051 §6.2.2", "not-authenticated", false, nullptr},
    {"LOGIN", "tag LOGIN user password",
     QT_TRANSLATE_NOOP("CommandCatalog", "Logs in with a user name and a password in plain text"),
     "RFC 9051 §6.2.3", "not-authenticated", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "The password travels as it is: only inside TLS. A server that forbids it "
                       "announces LOGINDISABLED")},
    {"ENABLE", "tag ENABLE capability ...",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Turns on extensions that change how the server answers (CONDSTORE, "
                       "QRESYNC, UTF8=ACCEPT)"),
     "RFC 9051 §6.3.1", "authenticated", false, nullptr},
    {"SELECT", "tag SELECT mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Opens a mailbox for reading and writing; the server reports its size, "
                       "flags and UIDs"),
     "RFC 9051 §6.3.2", kImapAuth, false, nullptr},
    {"EXAMINE", "tag EXAMINE mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Opens a mailbox read-only (like SELECT, changes nothing)"),
     "RFC 9051 §6.3.3", kImapAuth, false, nullptr},
    {"CREATE", "tag CREATE mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog", "Creates a mailbox (folder)"), "RFC 9051 §6.3.4",
     kImapAuth, false, nullptr},
    {"DELETE", "tag DELETE mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog", "Deletes a mailbox and the messages in it"),
     "RFC 9051 §6.3.5", kImapAuth, false, nullptr},
    {"RENAME", "tag RENAME mailbox new-name",
     QT_TRANSLATE_NOOP("CommandCatalog", "Renames a mailbox"), "RFC 9051 §6.3.6", kImapAuth, false,
     nullptr},
    {"SUBSCRIBE", "tag SUBSCRIBE mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Adds a mailbox to the subscribed list (the folders a client shows)"),
     "RFC 9051 §6.3.7", kImapAuth, false, nullptr},
    {"UNSUBSCRIBE", "tag UNSUBSCRIBE mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog", "Removes a mailbox from the subscribed list"),
     "RFC 9051 §6.3.8", kImapAuth, false, nullptr},
    {"LIST", "tag LIST reference mailbox-pattern [RETURN (...)]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Lists mailboxes whose names match a pattern (* any, % one level)"),
     "RFC 9051 §6.3.9", kImapAuth, false, nullptr},
    {"LSUB", "tag LSUB reference mailbox-pattern",
     QT_TRANSLATE_NOOP("CommandCatalog", "Lists subscribed mailboxes (IMAP4rev1)"),
     "RFC 3501 §6.3.9", kImapAuth, false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Removed from IMAP4rev2 (RFC 9051), which uses LIST (SUBSCRIBED) instead")},
    {"NAMESPACE", "tag NAMESPACE",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks for the prefixes and hierarchy separators of personal, other users' "
                       "and shared mailboxes"),
     "RFC 9051 §6.3.10", kImapAuth, false, nullptr},
    {"STATUS", "tag STATUS mailbox (item ...)",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks for counters of a mailbox (MESSAGES, UNSEEN, UIDNEXT, ...) without "
                       "selecting it"),
     "RFC 9051 §6.3.11", kImapAuth, false, nullptr},
    {"APPEND", "tag APPEND mailbox [(flags)] [date-time] {size}",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Stores a new message in a mailbox (the Sent folder, a draft); the message "
                       "follows as a literal"),
     "RFC 9051 §6.3.12", kImapAuth, false, nullptr},
    {"IDLE", "tag IDLE",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Waits for the server to push news (new mail, expunges) until the client "
                       "sends DONE"),
     "RFC 9051 §6.3.13", kImapAuth, false, nullptr},
    {"DONE", "DONE", QT_TRANSLATE_NOOP("CommandCatalog", "Ends IDLE (sent without a tag)"),
     "RFC 9051 §6.3.13", "idle", false, nullptr},
    {"CLOSE", "tag CLOSE",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Closes the selected mailbox, removing the messages marked \\Deleted"),
     "RFC 9051 §6.4.1", "selected", false, nullptr},
    {"UNSELECT", "tag UNSELECT",
     QT_TRANSLATE_NOOP("CommandCatalog", "Closes the selected mailbox without removing anything"),
     "RFC 9051 §6.4.2", "selected", false, nullptr},
    {"EXPUNGE", "tag EXPUNGE",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Removes for good the messages marked \\Deleted in the selected mailbox"),
     "RFC 9051 §6.4.3", "selected", false, nullptr},
    {"SEARCH", "tag SEARCH [RETURN (...)] [CHARSET charset] criteria ...",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Finds the messages that match criteria (UNSEEN, FROM, SINCE, ...)"),
     "RFC 9051 §6.4.4", "selected", false, nullptr},
    {"FETCH", "tag FETCH sequence-set (item ...)",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Reads data of messages: flags, envelope, size, structure, headers or "
                       "body parts"),
     "RFC 9051 §6.4.5", "selected", false, nullptr},
    {"STORE", "tag STORE sequence-set [+|-]FLAGS[.SILENT] (flag ...)",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Changes the flags of messages (\\Seen, \\Deleted, \\Flagged, ...)"),
     "RFC 9051 §6.4.6", "selected", false, nullptr},
    {"COPY", "tag COPY sequence-set mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog", "Copies messages to another mailbox"), "RFC 9051 §6.4.7",
     "selected", false, nullptr},
    {"MOVE", "tag MOVE sequence-set mailbox",
     QT_TRANSLATE_NOOP("CommandCatalog", "Moves messages to another mailbox"), "RFC 9051 §6.4.8",
     "selected", false, nullptr},
    {"UID", "tag UID (FETCH / STORE / COPY / MOVE / SEARCH / EXPUNGE) ...",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Runs FETCH, STORE, COPY, MOVE, SEARCH or EXPUNGE with UIDs (stable "
                       "identifiers) instead of message sequence numbers"),
     "RFC 9051 §6.4.9", "selected", false, nullptr},
    {"CHECK", "tag CHECK",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asked the server to save the selected mailbox's state to disk "
                       "(IMAP4rev1)"),
     "RFC 3501 §6.4.1", "selected", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Removed from IMAP4rev2 (RFC 9051); servers treat it as NOOP")},
};

// ---- POP3 ------------------------------------------------------------------
// RFC 1939 §4-§7 (the AUTHORIZATION, TRANSACTION and UPDATE states and the
// optional commands), RFC 2449 (CAPA), RFC 2595 (STLS), RFC 5034 (AUTH).
constexpr CommandEntry kPop3[] = {
    {"CAPA", "CAPA",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks for the server's capabilities (one per line, ended by a lone dot)"),
     "RFC 2449 §5", "authorization transaction", false, nullptr},
    {"STLS", "STLS",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks to upgrade the connection to TLS, before logging in"),
     "RFC 2595 §4", "authorization", false, nullptr},
    {"USER", "USER SP name",
     QT_TRANSLATE_NOOP("CommandCatalog", "Gives the user name (first half of USER/PASS login)"),
     "RFC 1939 §7", "authorization", false, nullptr},
    {"PASS", "PASS SP password",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Gives the password, in plain text (second half of USER/PASS login)"),
     "RFC 1939 §7", "authorization", false,
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "The password travels as it is: only inside TLS (STLS first, or port "
                       "995)")},
    {"APOP", "APOP SP name SP digest",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Logs in with an MD5 digest of the greeting's timestamp and the password "
                       "(the password itself is not sent)"),
     "RFC 1939 §7", "authorization", false,
     QT_TRANSLATE_NOOP("CommandCatalog", "MD5 is weak today: APOP is no substitute for TLS")},
    {"AUTH", "AUTH SP mechanism [SP initial-response]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Logs in with a SASL mechanism (PLAIN, SCRAM-SHA-256, XOAUTH2, ...)"),
     "RFC 5034 §4", "authorization", false, nullptr},
    {"STAT", "STAT",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Asks how many messages the maildrop holds and their total size"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"LIST", "LIST [SP msg]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Lists the messages with their sizes (or the size of one message)"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"UIDL", "UIDL [SP msg]",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Lists the messages with their unique ids, which stay the same across "
                       "sessions"),
     "RFC 1939 §7", "transaction", false, nullptr},
    {"RETR", "RETR SP msg",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Downloads a whole message (multi-line, ended by a lone dot)"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"TOP", "TOP SP msg SP n",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Downloads the header of a message and its first n body lines"),
     "RFC 1939 §7", "transaction", false, nullptr},
    {"DELE", "DELE SP msg",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Marks a message as deleted; it is removed only at QUIT (UPDATE state)"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"NOOP", "NOOP", QT_TRANSLATE_NOOP("CommandCatalog", "Does nothing; the server answers +OK"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"RSET", "RSET",
     QT_TRANSLATE_NOOP("CommandCatalog", "Unmarks every message marked as deleted in this session"),
     "RFC 1939 §5", "transaction", false, nullptr},
    {"QUIT", "QUIT",
     QT_TRANSLATE_NOOP("CommandCatalog",
                       "Ends the session; in the TRANSACTION state the server first removes the "
                       "messages marked as deleted (UPDATE state)"),
     "RFC 1939 §6", "authorization transaction", false, nullptr},
};

template <std::size_t N> QList<const CommandEntry *> entries(const CommandEntry (&table)[N])
{
    QList<const CommandEntry *> out;
    out.reserve(qsizetype(N));
    for (const CommandEntry &e : table)
        out << &e;
    return out;
}

QList<const CommandEntry *> tableFor(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return entries(kSmtp);
    case Protocol::Imap:
        return entries(kImap);
    case Protocol::Pop3:
        return entries(kPop3);
    case Protocol::Other:
        break;
    }
    return {};
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandCatalog", text) : QString();
}

CommandInfo infoOf(const CommandEntry &e)
{
    CommandInfo info;
    info.verb = QString::fromLatin1(e.verb);
    info.syntax = QString::fromUtf8(e.syntax);
    info.summary = translated(e.summary);
    info.source = QString::fromUtf8(e.source);
    info.states = QString::fromLatin1(e.states).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    info.obsolete = e.obsolete;
    info.note = translated(e.note);
    info.link = RfcLink::forSource(info.source);
    return info;
}

} // namespace

QList<CommandInfo> CommandCatalog::commands(Protocol protocol)
{
    QList<CommandInfo> out;
    for (const CommandEntry *e : tableFor(protocol))
        out << infoOf(*e);
    return out;
}

QList<CommandInfo> CommandCatalog::commandsFor(Protocol protocol, const QString &state)
{
    QList<CommandInfo> out;
    for (const CommandEntry *e : tableFor(protocol)) {
        const QStringList states =
            QString::fromLatin1(e->states).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (states.contains(state))
            out << infoOf(*e);
    }
    return out;
}

std::optional<CommandInfo> CommandCatalog::find(Protocol protocol, const QString &verb)
{
    const QString wanted = verb.trimmed();
    for (const CommandEntry *e : tableFor(protocol)) {
        if (wanted.compare(QLatin1String(e->verb), Qt::CaseInsensitive) == 0)
            return infoOf(*e);
    }
    return std::nullopt;
}

QStringList CommandCatalog::states(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return {QStringLiteral("greeting"), QStringLiteral("ready"), QStringLiteral("mail"),
                QStringLiteral("rcpt"), QStringLiteral("data")};
    case Protocol::Imap:
        return {QStringLiteral("not-authenticated"), QStringLiteral("authenticated"),
                QStringLiteral("selected"), QStringLiteral("idle")};
    case Protocol::Pop3:
        return {QStringLiteral("authorization"), QStringLiteral("transaction")};
    case Protocol::Other:
        break;
    }
    return {};
}

QStringList CommandCatalog::allSourceTexts()
{
    QStringList texts;
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        for (const CommandEntry *e : tableFor(p)) {
            for (const char *t : {e->summary, e->note}) {
                if (t && !texts.contains(QString::fromUtf8(t)))
                    texts << QString::fromUtf8(t);
            }
        }
    }
    return texts;
}

} // namespace carteiro
