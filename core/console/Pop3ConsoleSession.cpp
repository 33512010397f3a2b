// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/Pop3ConsoleSession.h"

#include "net/LineFramer.h"
#include "sasl/SaslClient.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };
const QByteArray kGreeting = "<greeting>";
} // namespace

Pop3ConsoleSession::Pop3ConsoleSession(Config config) : ConsoleSession(std::move(config)) {}

Pop3ConsoleSession::~Pop3ConsoleSession() = default;

std::unique_ptr<Framer> Pop3ConsoleSession::makeFramer() const
{
    // Line by line, so that every line of a listing or a message reaches the
    // transcript; the session finds the lone "." itself.
    return std::make_unique<LineFramer>(64 * 1024, LineFramer::BareLf::LineEnd); // RFC 1939 §3, see LineFramer.h
}

QString Pop3ConsoleSession::state() const
{
    return m_transaction ? QStringLiteral("transaction") : QStringLiteral("authorization");
}

bool Pop3ConsoleSession::isMultiline(const QByteArray &line)
{
    const QList<QByteArray> w = words(line);
    if (w.isEmpty())
        return false;
    const QByteArray verb = w[0].toUpper();
    // RFC 2449 §5 CAPA; RFC 1939 §5 LIST and §7 UIDL without argument, RETR, TOP
    if (verb == "CAPA" || verb == "RETR" || verb == "TOP")
        return true;
    if (verb == "LIST" || verb == "UIDL")
        return w.size() == 1;
    // AUTH without a mechanism lists the mechanisms (RFC 1734's servers, Dovecot)
    return verb == "AUTH" && w.size() == 1;
}

ConsoleOutput Pop3ConsoleSession::submitLine(const QByteArray &line)
{
    ConsoleOutput out;
    out.historyText = QString::fromUtf8(line);
    const QList<QByteArray> w = words(line);
    if (w.isEmpty()) {
        out.error = TrConsole::tr("empty line: type a POP3 command such as USER, PASS, STAT, LIST, "
                                  "RETR 1 or QUIT");
        return out;
    }
    const QByteArray verb = w[0].toUpper();
    if (verb == "USER" && w.size() >= 2)
        m_user = QString::fromUtf8(line.trimmed().mid(5).trimmed());
    if (verb == "PASS" && w.size() == 1) {
        const QString user = m_user.isEmpty() ? m_config.user : m_user;
        m_helper = Helper::Pass;
        return askPassword(TrConsole::tr("Password for %1 (PASS)").arg(user), QStringLiteral("PASS"));
    }
    if (verb == "AUTH" && w.size() >= 3 && isTypedSaslResponse(w[2])) {
        out.error = typedSaslResponseError(w[1].toUpper());
        return out;
    }
    if (verb == "AUTH" && (w.size() == 2 || w.size() == 3)) {
        const QString user = w.size() == 3 ? QString::fromUtf8(w[2])
                             : m_user.isEmpty() ? m_config.user
                                                : m_user;
        if (user.isEmpty()) {
            out.error = TrConsole::tr("AUTH %1 needs a user name: type AUTH %1 NAME, or give the "
                                      "console a user")
                            .arg(QString::fromLatin1(w[1].toUpper()));
            return out;
        }
        m_helper = Helper::Auth;
        m_authMech = w[1].toUpper();
        m_authUser = user;
        return askPassword(TrConsole::tr("Password for %1 (AUTH %2)").arg(user, QString::fromLatin1(m_authMech)),
                           QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(m_authMech), user));
    }
    QByteArray trace = line;
    if (verb == "PASS") {
        // The password typed on the line: masked from now on, never kept in the history.
        const QByteArray typed = line.trimmed().mid(5);
        out.secrets << typed;
        trace = "PASS *****";
        out.historyText = QStringLiteral("PASS");
        out.notes << TrConsole::tr("the password typed on the line is masked; next time type PASS "
                                   "alone and the console asks for it");
    }
    // RFC 1939 §3: keyword and arguments, one line
    out.writes << ConsoleSession::line(line, QString::fromLatin1(verb), trace);
    m_pending << Pending{verb, isMultiline(line)};
    return out;
}

void Pop3ConsoleSession::clearPasswordRequest()
{
    m_helper = Helper::None;
}

ConsoleOutput Pop3ConsoleSession::providePassword(const QByteArray &password)
{
    ConsoleOutput out;
    if (!m_passwordPending)
        return out;
    m_passwordPending = false;
    const Helper helper = m_helper;
    m_helper = Helper::None;
    if (helper == Helper::Pass) {
        out.secrets << password;
        // RFC 1939 §7: PASS string
        out.writes << line("PASS " + password, QStringLiteral("PASS"), "PASS *****");
        m_pending << Pending{"PASS", false};
        return out;
    }
    QString error;
    m_sasl = makeSasl(m_authMech, m_authUser, password, &error);
    if (!m_sasl) {
        out.notes << error;
        return out;
    }
    out.secrets << password << m_sasl->secrets();
    std::optional<SaslStep> first = m_config.classroom ? std::nullopt : m_sasl->initialResponse();
    if (first && first->status != SaslStepStatus::Failed) {
        // RFC 5034 §4: AUTH mechanism initial-response ("=" when empty)
        const QByteArray ir = first->responseBase64.isEmpty() ? QByteArray("=") : first->responseBase64;
        out.writes << line("AUTH " + m_authMech + ' ' + ir, QStringLiteral("AUTH"),
                           "AUTH " + m_authMech + ' ' + first->redactedResponse);
    } else {
        // RFC 5034 §4: AUTH mechanism, then one line per "+" challenge
        out.writes << line("AUTH " + m_authMech, QStringLiteral("AUTH"));
        if (m_config.classroom)
            out.notes << TrConsole::tr("classroom mode: no initial response; the answer goes after "
                                       "the server's \"+\" (RFC 5034 §4)");
    }
    m_pending << Pending{"AUTH", false};
    return out;
}

ConsoleOutput Pop3ConsoleSession::feed(const QByteArray &frame)
{
    ConsoleOutput out;
    if (m_inMultiline) {
        if (frame == ".") {
            // RFC 1939 §3: the lone "." ends a multi-line reply
            m_inMultiline = false;
            reply(out, true);
        } else if (frame.startsWith('.')) {
            out.notes << TrConsole::tr("the server doubled this line's leading dot (RFC 1939 §3); "
                                       "the line itself is \"%1\"")
                             .arg(QString::fromUtf8(frame.mid(1, 80)));
        }
        return out;
    }
    if (m_sasl && (frame == "+" || frame.startsWith("+ "))) {
        saslChallenge(frame, out);
        return out;
    }
    statusLine(frame, out);
    return out;
}

void Pop3ConsoleSession::saslChallenge(const QByteArray &frame, ConsoleOutput &out)
{
    const SaslStep step = m_sasl->step(frame.mid(1).trimmed());
    if (step.status == SaslStepStatus::Failed) {
        // RFC 5034 §4: "*" cancels the exchange
        out.writes << line("*", QStringLiteral("AUTH"));
        out.notes << step.error;
        return;
    }
    // RFC 5034 §4: the response to a "+" challenge, base64 on its own line
    out.writes << line(step.responseBase64, QStringLiteral("AUTH"),
                       step.redactedResponse.isEmpty() ? QByteArray("<empty>") : step.redactedResponse);
}

void Pop3ConsoleSession::statusLine(const QByteArray &frame, ConsoleOutput &out)
{
    const bool ok = frame.startsWith("+OK");
    if (m_greeting) {
        m_greeting = false;
        reply(out, ok);
        return;
    }
    if (m_pending.isEmpty()) {
        out.notes << TrConsole::tr("a reply that no command of this console asked for");
        return;
    }
    const Pending p = m_pending.takeFirst();
    if (ok && p.multiline) {
        m_inMultiline = true;
        return;
    }
    if (ok && (p.verb == "PASS" || p.verb == "APOP" || p.verb == "AUTH"))
        m_transaction = true; // RFC 1939 §4: the TRANSACTION state
    if (p.verb == "AUTH")
        m_sasl.reset();
    if (p.verb == "QUIT") {
        m_closed = true;
        out.closed = true;
    } else if (p.verb == "STLS" && ok) {
        out.startTls = true;
        out.notes << TrConsole::tr("+OK to STLS: the TLS handshake starts now on this connection "
                                   "(RFC 2595 §4)");
    }
    reply(out, ok);
}

void Pop3ConsoleSession::afterTls(ConsoleOutput &out)
{
    out.notes << TrConsole::tr("capabilities must be asked again: what the server offered before "
                               "TLS no longer counts; type CAPA (RFC 2595 §4)");
}

} // namespace carteiro
