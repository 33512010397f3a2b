// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ImapConsoleSession.h"

#include "imap/ImapFramer.h"
#include "sasl/SaslClient.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };

// Command names of RFC 3501 / RFC 9051 and common extensions: a first word that
// is one of these is a command typed without a tag.
bool isCommandName(const QByteArray &word)
{
    static const QSet<QByteArray> names = {
        "CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE",
        "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS",
        "APPEND", "CHECK", "CLOSE", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "UID",
        "IDLE", "NAMESPACE", "ID", "ENABLE", "UNSELECT", "GETQUOTA", "GETQUOTAROOT", "SETQUOTA",
        "GETACL", "SETACL", "MYRIGHTS", "LISTRIGHTS", "GETMETADATA", "SETMETADATA", "SORT",
        "THREAD", "ESEARCH", "COMPRESS", "XLIST", "NOTIFY"};
    return names.contains(word.toUpper());
}

QByteArray quoted(const QByteArray &value)
{
    // RFC 3501 §4.3: quoted string, with "\" and DQUOTE escaped
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray unquoted(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value[i] == '\\' && i + 2 < value.size())
            ++i;
        out += value[i];
    }
    return out;
}
} // namespace

ImapConsoleSession::ImapConsoleSession(Config config) : ConsoleSession(std::move(config)) {}

ImapConsoleSession::~ImapConsoleSession() = default;

std::unique_ptr<Framer> ImapConsoleSession::makeFramer() const
{
    return std::make_unique<ImapFramer>();
}

QString ImapConsoleSession::state() const
{
    if (m_idle)
        return QStringLiteral("idle");
    switch (m_phase) {
    case Phase::NotAuthenticated: return QStringLiteral("not-authenticated");
    case Phase::Authenticated: return QStringLiteral("authenticated");
    case Phase::Selected: return QStringLiteral("selected");
    }
    return {};
}

bool ImapConsoleSession::awaitingReply() const
{
    if (m_greeting || m_continuationWanted)
        return true;
    if (m_idle || m_literalLeft > 0 || m_commandContinues)
        return false; // the student's turn: DONE, the literal's bytes, the rest of the line
    return !m_pending.isEmpty();
}

QByteArray ImapConsoleSession::nextTag()
{
    return "a" + QByteArray::number(++m_tagCounter);
}

ConsoleOutput ImapConsoleSession::submitLine(const QByteArray &line)
{
    if (m_idle) {
        ConsoleOutput out;
        out.historyText = QString::fromUtf8(line);
        if (line.trimmed().toUpper() != "DONE") {
            out.error = TrConsole::tr("the server is idling: type DONE to end IDLE (RFC 2177 §3)");
            return out;
        }
        // RFC 2177 §3: DONE, without a tag, ends IDLE
        out.writes << ConsoleSession::line("DONE", QStringLiteral("DONE"));
        m_idle = false;
        return out;
    }
    if (m_continuationWanted) {
        ConsoleOutput out;
        out.error = TrConsole::tr("waiting for the server's \"+\" before the literal's bytes can be "
                                  "typed (RFC 3501 §7.5)");
        return out;
    }
    if (m_literalLeft > 0)
        return literalLine(line);
    if (m_commandContinues) {
        m_commandContinues = false;
        const QByteArray verb = m_pending.isEmpty() ? QByteArray() : m_pending.last().verb;
        ConsoleOutput out = sendCommandLine(QByteArray(), line, verb, line, true);
        out.historyText = QString::fromUtf8(line);
        return out;
    }
    return command(line);
}

ConsoleOutput ImapConsoleSession::literalLine(const QByteArray &line)
{
    ConsoleOutput out;
    out.historyText = QString::fromUtf8(line);
    QByteArray bytes = line + "\r\n";
    if (bytes.size() > m_literalLeft) {
        if (line.size() != m_literalLeft) {
            out.error = TrConsole::tr("the literal has %1 bytes left, and this line with its CRLF has "
                                      "%2: type a shorter line (exactly %1 bytes end the literal "
                                      "without a line end)")
                            .arg(m_literalLeft)
                            .arg(bytes.size());
            return out;
        }
        bytes = line;
    }
    // RFC 3501 §4.3: the literal's octets, exactly as counted
    out.writes << ConsoleWrite{bytes, line, QString()};
    m_literalLeft -= bytes.size();
    if (m_literalLeft == 0) {
        m_commandContinues = true;
        out.notes << TrConsole::tr("the literal is complete: type the rest of the command line "
                                   "(often nothing: just Enter)");
    }
    return out;
}

ConsoleOutput ImapConsoleSession::sendCommandLine(const QByteArray &tag, const QByteArray &text,
                                                  const QByteArray &verb, const QByteArray &trace,
                                                  bool continuation)
{
    ConsoleOutput out;
    const QByteArray wire = tag.isEmpty() ? text : tag + ' ' + text;
    const QByteArray shown = tag.isEmpty() ? trace : tag + ' ' + trace;
    // RFC 3501 §2.2.1: tag SP command, one line; a literal continues it
    out.writes << ConsoleSession::line(wire, QString::fromLatin1(verb), shown);
    if (!continuation)
        m_pending << Pending{tag, verb};
    QString why;
    const qint64 literal = ImapFramer::literalAtEnd(text, 64 * 1024 * 1024, &why);
    if (literal == -2) {
        out.notes << why;
    } else if (literal >= 0) {
        m_literalTag = m_pending.isEmpty() ? QByteArray() : m_pending.last().tag;
        m_literalLeft = literal;
        if (text.endsWith("+}")) {
            // RFC 7888 §3: a non-synchronising literal needs no "+"
            m_commandContinues = literal == 0;
            out.notes << TrConsole::tr("non-synchronising literal: type its %1 bytes now, without "
                                       "waiting for the server (RFC 7888)")
                             .arg(literal);
        } else {
            m_continuationWanted = true;
            out.notes << TrConsole::tr("literal of %1 bytes announced: the server must answer \"+\" "
                                       "before its bytes are sent (RFC 3501 §7.5)")
                             .arg(literal);
        }
    }
    return out;
}

ConsoleOutput ImapConsoleSession::command(const QByteArray &line)
{
    ConsoleOutput out;
    QList<QByteArray> w = words(line);
    if (w.isEmpty()) {
        out.error = TrConsole::tr("empty line: type an IMAP command such as CAPABILITY, LOGIN, "
                                  "LIST \"\" *, SELECT INBOX or LOGOUT (the tag is added for you)");
        return out;
    }
    QByteArray tag;
    QByteArray text = line.trimmed();
    if (!isCommandName(w[0]) && w.size() >= 2 && isCommandName(w[1])) {
        tag = w[0]; // the student's own tag
        text = text.mid(text.indexOf(' ') + 1).trimmed();
        w.removeFirst();
    }
    QByteArray verb = w[0].toUpper();
    if (verb == "UID" && w.size() >= 2)
        verb += ' ' + w[1].toUpper();
    if (verb == "DONE") {
        out.error = TrConsole::tr("DONE only ends an IDLE that the server accepted with \"+\" (RFC 2177 §3)");
        return out;
    }
    const bool added = tag.isEmpty();
    const QByteArray typedTag = added ? QByteArray() : tag + ' ';
    if (added)
        tag = nextTag();

    if (verb == "LOGIN" && w.size() == 2) {
        m_helper = Helper::Login;
        m_helperTag = tag;
        m_authUser = QString::fromUtf8(unquoted(w[1]));
        if (added)
            m_typed.insert(tag, text);
        return askPassword(TrConsole::tr("Password for %1 (LOGIN)").arg(m_authUser),
                           QString::fromUtf8(typedTag + text));
    }
    if (verb == "AUTHENTICATE" && w.size() >= 3 && isTypedSaslResponse(w[2])) {
        out.error = typedSaslResponseError(w[1].toUpper());
        return out;
    }
    if (verb == "AUTHENTICATE" && w.size() >= 2 && w.size() <= 3) {
        const QString user = w.size() == 3 ? QString::fromUtf8(w[2]) : m_config.user;
        if (user.isEmpty()) {
            out.error = TrConsole::tr("AUTHENTICATE %1 needs a user name: type AUTHENTICATE %1 NAME, "
                                      "or give the console a user")
                            .arg(QString::fromLatin1(w[1].toUpper()));
            return out;
        }
        m_helper = Helper::Authenticate;
        m_helperTag = tag;
        m_authMech = w[1].toUpper();
        m_authUser = user;
        if (added)
            m_typed.insert(tag, text);
        return askPassword(TrConsole::tr("Password for %1 (AUTHENTICATE %2)")
                               .arg(user, QString::fromLatin1(m_authMech)),
                           QString::fromUtf8(typedTag + text));
    }
    QByteArray trace = text;
    out.historyText = QString::fromUtf8(typedTag + text);
    if (verb == "LOGIN" && w.size() >= 3) {
        // The password typed on the line: masked from now on, never kept in the history.
        out.secrets << unquoted(w[2]);
        trace = "LOGIN " + w[1] + " *****";
        out.historyText = QString::fromUtf8(typedTag + "LOGIN " + w[1]);
        out.notes << TrConsole::tr("the password typed on the line is masked; next time type LOGIN "
                                   "NAME alone and the console asks for it");
    }
    if (added) {
        m_typed.insert(tag, out.historyText.toUtf8()); // no secret: LOGIN's password is left out
        if (!m_tagNoted) {
            m_tagNoted = true;
            out.notes << TrConsole::tr("the console adds a tag to each command (%1 here): the server "
                                       "ends its answer with a line that starts with the same tag "
                                       "(RFC 3501 §2.2.1)")
                             .arg(QString::fromLatin1(tag));
        }
    }
    if (verb == "IDLE")
        m_idleTag = tag;
    ConsoleOutput sent = sendCommandLine(tag, text, verb, trace, false);
    sent.secrets = out.secrets;
    sent.notes = out.notes + sent.notes;
    sent.historyText = out.historyText;
    return sent;
}

void ImapConsoleSession::clearPasswordRequest()
{
    if (m_helper != Helper::None)
        m_typed.remove(m_helperTag);
    m_helper = Helper::None;
}

ConsoleOutput ImapConsoleSession::providePassword(const QByteArray &password)
{
    ConsoleOutput out;
    if (!m_passwordPending)
        return out;
    m_passwordPending = false;
    const QByteArray tag = m_helperTag;
    if (m_helper == Helper::Login) {
        m_helper = Helper::None;
        out.secrets << password;
        // RFC 3501 §6.2.3: LOGIN userid password (both astrings; quoted here)
        const QByteArray user = quoted(m_authUser.toUtf8());
        out.writes << line(tag + " LOGIN " + user + ' ' + quoted(password), QStringLiteral("LOGIN"),
                           tag + " LOGIN " + user + " *****");
        m_pending << Pending{tag, "LOGIN"};
        return out;
    }
    m_helper = Helper::None;
    QString error;
    m_sasl = makeSasl(m_authMech, m_authUser, password, &error);
    if (!m_sasl) {
        out.notes << error;
        m_typed.remove(tag);
        return out;
    }
    out.secrets << password << m_sasl->secrets();
    m_authTag = tag;
    const bool saslIr = !m_config.classroom && m_caps.contains("SASL-IR");
    std::optional<SaslStep> first = saslIr ? m_sasl->initialResponse() : std::nullopt;
    if (first && first->status != SaslStepStatus::Failed) {
        // RFC 4959 §3: the initial response on the command line ("=" when empty)
        const QByteArray ir = first->responseBase64.isEmpty() ? QByteArray("=") : first->responseBase64;
        out.writes << line(tag + " AUTHENTICATE " + m_authMech + ' ' + ir, QStringLiteral("AUTHENTICATE"),
                           tag + " AUTHENTICATE " + m_authMech + ' ' + first->redactedResponse);
    } else {
        // RFC 3501 §6.2.2: AUTHENTICATE mechanism, then one line per "+" challenge
        out.writes << line(tag + " AUTHENTICATE " + m_authMech, QStringLiteral("AUTHENTICATE"));
        if (m_config.classroom)
            out.notes << TrConsole::tr("classroom mode: no initial response (SASL-IR); the answer "
                                       "goes after the server's \"+\" (RFC 3501 §6.2.2)");
    }
    m_pending << Pending{tag, "AUTHENTICATE"};
    return out;
}

ConsoleOutput ImapConsoleSession::feed(const QByteArray &frame)
{
    ConsoleOutput out;
    if (frame.startsWith('+'))
        continuation(frame, out);
    else if (frame.startsWith("* "))
        untagged(frame, out);
    else
        tagged(frame, out);
    return out;
}

void ImapConsoleSession::continuation(const QByteArray &frame, ConsoleOutput &out)
{
    const QByteArray text = frame.mid(1).trimmed();
    if (m_continuationWanted) {
        m_continuationWanted = false;
        if (m_literalLeft == 0)
            m_commandContinues = true;
        else
            out.notes << TrConsole::tr("\"+\": the server waits for the literal: type its %1 bytes "
                                       "(each line counts with its CRLF)")
                             .arg(m_literalLeft);
        return;
    }
    if (!m_idleTag.isEmpty() && !m_pending.isEmpty() && m_pending.last().tag == m_idleTag && !m_idle) {
        m_idle = true;
        out.notes << TrConsole::tr("the server is idling and reports changes as they happen; type "
                                   "DONE to end IDLE (RFC 2177 §3)");
        return;
    }
    if (m_sasl && !m_authTag.isEmpty()) {
        const SaslStep step = m_sasl->step(text);
        if (step.status == SaslStepStatus::Failed) {
            // RFC 3501 §6.2.2: "*" cancels the exchange
            out.writes << line("*", QStringLiteral("AUTHENTICATE"));
            out.notes << step.error;
        } else {
            // RFC 3501 §6.2.2: the response to a "+" challenge, base64 on its own line
            out.writes << line(step.responseBase64, QStringLiteral("AUTHENTICATE"),
                               step.redactedResponse.isEmpty() ? QByteArray("<empty>")
                                                               : step.redactedResponse);
        }
        return;
    }
    out.notes << TrConsole::tr("a \"+\" continuation that no command of this console asked for");
}

void ImapConsoleSession::readCapabilities(const QByteArray &frame)
{
    qsizetype at = frame.indexOf("CAPABILITY ");
    if (at < 0)
        return;
    QByteArray list = frame.mid(at + 11);
    const qsizetype bracket = list.indexOf(']');
    if (frame.at(at - 1) == '[' && bracket >= 0)
        list.truncate(bracket);
    m_caps.clear();
    for (const QByteArray &c : list.split(' '))
        if (!c.isEmpty())
            m_caps.insert(c.toUpper());
}

void ImapConsoleSession::untagged(const QByteArray &frame, ConsoleOutput &out)
{
    const QByteArray upper = frame.left(64).toUpper();
    if (upper.startsWith("* CAPABILITY ") || upper.contains("[CAPABILITY "))
        readCapabilities(frame);
    if (m_greeting) {
        // RFC 3501 §7.1: the greeting is OK, PREAUTH or BYE
        m_greeting = false;
        if (upper.startsWith("* PREAUTH"))
            m_phase = Phase::Authenticated;
        if (upper.startsWith("* BYE")) {
            reply(out, false);
            m_closed = true;
            out.closed = true;
            return;
        }
        reply(out, upper.startsWith("* OK") || upper.startsWith("* PREAUTH"));
        return;
    }
    if (upper.startsWith("* BYE")) {
        bool loggingOut = false;
        for (const Pending &p : m_pending)
            loggingOut = loggingOut || p.verb == "LOGOUT";
        if (!loggingOut) {
            m_closed = true;
            out.closed = true;
            reply(out, false);
        }
    }
}

void ImapConsoleSession::tagged(const QByteArray &frame, ConsoleOutput &out)
{
    const qsizetype sp = frame.indexOf(' ');
    const QByteArray tag = frame.left(sp);
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending[i].tag == tag)
            index = i;
    if (index < 0) {
        out.notes << TrConsole::tr("a tagged reply for %1, which no command of this console carries")
                         .arg(QString::fromLatin1(tag.left(40)));
        return;
    }
    const QByteArray verb = m_pending.takeAt(index).verb;
    const QByteArray status = upperVerb(frame.mid(sp + 1));
    const bool ok = status == "OK";
    if (frame.toUpper().contains("[CAPABILITY "))
        readCapabilities(frame);
    if (tag == m_literalTag) {
        // a refused literal: the command is over, nothing more to type
        m_continuationWanted = false;
        m_literalLeft = 0;
        m_commandContinues = false;
        m_literalTag.clear();
    }
    if (tag == m_idleTag) {
        m_idle = false;
        m_idleTag.clear();
    }
    if (tag == m_authTag) {
        m_sasl.reset();
        m_authTag.clear();
    }
    if (verb == "LOGIN" || verb == "AUTHENTICATE") {
        if (ok)
            m_phase = Phase::Authenticated;
    } else if (verb == "SELECT" || verb == "EXAMINE") {
        // RFC 3501 §6.3.1: a failed SELECT leaves no mailbox selected
        if (m_phase != Phase::NotAuthenticated)
            m_phase = ok ? Phase::Selected : Phase::Authenticated;
    } else if (verb == "CLOSE" || verb == "UNSELECT") {
        if (ok)
            m_phase = Phase::Authenticated;
    } else if (verb == "LOGOUT") {
        m_closed = true;
        out.closed = true;
    } else if (verb == "STARTTLS" && ok) {
        out.startTls = true;
        out.notes << TrConsole::tr("OK to STARTTLS: the TLS handshake starts now on this "
                                   "connection (RFC 3501 §6.2.1)");
    }
    reply(out, ok);
}

void ImapConsoleSession::afterTls(ConsoleOutput &out)
{
    m_caps.clear();
    out.notes << TrConsole::tr("capabilities must be asked again: what the server offered before "
                               "TLS no longer counts; type CAPABILITY (RFC 3501 §6.2.1)");
}

} // namespace carteiro
