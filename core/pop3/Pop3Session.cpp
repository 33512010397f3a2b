// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3Session.h"

#include "pop3/Pop3Apop.h"
#include "trace/ReplyCatalog.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrPop3 { Q_DECLARE_TR_FUNCTIONS(Pop3) };

bool hasForbiddenByte(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    return false;
}

} // namespace

const char *Pop3Session::stateName(State state)
{
    switch (state) {
    case State::Greeting: return "GREETING";
    case State::Capa: return "CAPA";
    case State::Stls: return "STLS";
    case State::TlsHandshake: return "TLS-HANDSHAKE";
    case State::Auth: return "AUTH";
    case State::User: return "USER";
    case State::Pass: return "PASS";
    case State::Apop: return "APOP";
    case State::Transaction: return "TRANSACTION";
    case State::Quit: return "QUIT";
    case State::Done: return "DONE";
    case State::Failed: return "FAILED";
    }
    return "?";
}

Pop3Session::Pop3Session(Config config) : m_config(std::move(config))
{
    m_tls = m_config.security == TransportSecurity::ImplicitTls;
}

Pop3Session::~Pop3Session() = default;

QString Pop3Session::validate() const
{
    const SaslCredentials &c = m_config.credentials;
    if (c.username.isEmpty())
        return TrPop3::tr("no user name was given");
    if (hasForbiddenByte(c.username.toUtf8()) || hasForbiddenByte(c.password.toUtf8()) ||
        hasForbiddenByte(c.authzid.toUtf8()))
        return TrPop3::tr("the user name or password contains CR, LF or NUL");
    return {};
}

void Pop3Session::setState(State s, Output &out)
{
    if (s == m_state)
        return;
    out.stateChanges.append(QByteArray(stateName(m_state)) + " -> " + stateName(s));
    m_state = s;
}

void Pop3Session::send(Output &out, const QByteArray &line, const QByteArray &verb,
                       const QByteArray &trace)
{
    QByteArray shown = trace.isEmpty() ? line : trace;
    if (shown.isEmpty())
        shown = "<empty response>";
    out.commands.append({line + "\r\n", shown, verb});
}

void Pop3Session::fail(Output &out, const QString &step, const QString &message, bool politeQuit)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_failedStep = step;
        if (m_handlingStatus)
            m_failure = m_last;
    }
    m_inFlight.clear();
    m_unsent.clear();
    m_collecting = false;
    m_awaitingBody = false;
    if (politeQuit && m_state != State::Quit && m_state != State::TlsHandshake) {
        // RFC 1939 §6: QUIT from AUTHORIZATION ends the session without UPDATE.
        setState(State::Quit, out);
        send(out, "QUIT", "QUIT");
        return;
    }
    setState(State::Failed, out);
    out.close = true;
}

Pop3Session::Output Pop3Session::feedFrame(const QByteArray &frame)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::TlsHandshake) {
        // Nothing may arrive between STLS's +OK and the handshake (RFC 2595 §4).
        fail(out, QStringLiteral("STLS"),
             TrPop3::tr("the server sent data out of turn: \"%1\"").arg(QString::fromUtf8(frame.left(80))),
             false);
        return out;
    }
    if (m_awaitingBody) {
        m_awaitingBody = false;
        m_current.body = frame;
        completeReply(out);
        return out;
    }
    if (m_collecting) {
        onListingLine(frame, out);
        return out;
    }
    const std::optional<Pop3Response> r = Pop3Response::parse(frame, m_state == State::Auth);
    if (!r) {
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrPop3::tr("protocol error: the server answered \"%1\", which is neither +OK nor -ERR")
                 .arg(QString::fromUtf8(frame.left(80))),
             false);
        return out;
    }
    m_last = *r;
    if (!r->code.isEmpty()) {
        // The inspector explains response codes inline (RFC 2449 §8, RFC 3206).
        const ReplyMeaning m = ReplyCatalog::pop3Code(QString::fromLatin1(r->code));
        out.notes.append("[" + r->code + "] " + m.meaning.toUtf8() +
                         (m.source.isEmpty() ? QByteArray() : " (" + m.source.toUtf8() + ")"));
    }
    m_handlingStatus = true;
    onStatus(*r, out);
    m_handlingStatus = false;
    return out;
}

void Pop3Session::onStatus(const Pop3Response &r, Output &out)
{
    switch (m_state) {
    case State::Greeting: onGreeting(r, out); return;
    case State::Capa:
        if (r.isOk()) {
            m_current = Reply{};
            m_collecting = true;
            m_listingBytes = 0;
            return;
        }
        // An RFC 1939-only server: no capabilities known (RFC 2449 §5).
        m_caps = Pop3Capabilities{};
        afterCapa(out);
        return;
    case State::Stls:
        if (!r.isOk()) {
            // tests/README.md, case 1: a refused STLS ends here, once; no retry, no USER.
            fail(out, QStringLiteral("STLS"),
                 TrPop3::tr("the server refused STLS: %1; no credentials were sent").arg(r.describe()), true);
            return;
        }
        setState(State::TlsHandshake, out);
        out.startTls = true;
        return;
    case State::Auth:
    case State::User:
    case State::Pass:
    case State::Apop: onAuth(r, out); return;
    case State::Transaction: onTransaction(r, out); return;
    case State::Quit:
        m_updateConfirmed = r.isOk() && m_error.isEmpty();
        if (!r.isOk() && m_error.isEmpty()) {
            // RFC 1939 §6: "-ERR some deleted messages not removed".
            m_error = TrPop3::tr("the server could not finish the session: %1").arg(r.describe());
            m_failedStep = QStringLiteral("QUIT");
            m_failure = r;
        }
        setState(m_error.isEmpty() ? State::Done : State::Failed, out);
        out.close = true;
        return;
    default:
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrPop3::tr("unexpected reply %1").arg(r.describe()), false);
    }
}

void Pop3Session::onGreeting(const Pop3Response &r, Output &out)
{
    if (!r.isOk()) {
        fail(out, QStringLiteral("GREETING"), TrPop3::tr("the server refused the connection: %1").arg(r.describe()),
             false);
        return;
    }
    m_greeting = r.text;
    m_timestamp = Pop3Apop::timestamp(r.text);
    setState(State::Capa, out);
    send(out, "CAPA", "CAPA"); // RFC 2449 §5
}

void Pop3Session::onListingLine(const QByteArray &line, Output &out)
{
    if (line == ".") { // RFC 1939 §3: the terminating line
        m_collecting = false;
        if (m_state == State::Capa) {
            m_caps = Pop3Capabilities::fromCapa(m_current.lines);
            m_current = Reply{};
            afterCapa(out);
            return;
        }
        completeReply(out);
        return;
    }
    m_listingBytes += line.size() + 2;
    const bool capa = m_state == State::Capa;
    if ((capa && m_current.lines.size() >= m_config.maxCapaLines) ||
        m_listingBytes > m_config.maxListingBytes) {
        fail(out, QString::fromLatin1(capa ? "CAPA" : Request::verb(m_inFlight.front().kind)),
             TrPop3::tr("the server's listing does not end (more than %1 lines or %2 bytes)")
                 .arg(capa ? m_config.maxCapaLines : m_current.lines.size())
                 .arg(m_listingBytes),
             false);
        return;
    }
    m_current.lines.append(line.startsWith('.') ? line.mid(1) : line); // dot-unstuffing
}

void Pop3Session::afterCapa(Output &out)
{
    if (m_config.security == TransportSecurity::StartTls && !m_tls) {
        if (!m_caps.stls) {
            fail(out, QStringLiteral("STLS"),
                 TrPop3::tr("the server does not offer STLS, which this account requires; no credentials "
                    "were sent"),
                 true);
            return;
        }
        setState(State::Stls, out);
        send(out, "STLS", "STLS"); // RFC 2595 §4
        return;
    }
    startAuth(out);
}

Pop3Session::Output Pop3Session::tlsEstablished()
{
    Output out;
    if (m_state != State::TlsHandshake)
        return out;
    m_tls = true;
    // RFC 2595 §4: capabilities from before TLS are forgotten and asked again.
    m_caps = Pop3Capabilities{};
    setState(State::Capa, out);
    send(out, "CAPA", "CAPA"); // RFC 2449 §5
    return out;
}

void Pop3Session::startAuth(Output &out)
{
    if (!m_tls && !m_config.allowPlaintextAuth) {
        fail(out, QStringLiteral("AUTH"),
             TrPop3::tr("refusing to send credentials over an unencrypted connection"), true);
        return;
    }
    const QString invalid = validate();
    if (!invalid.isEmpty()) {
        fail(out, QStringLiteral("AUTH"), invalid, true);
        return;
    }
    const QString wanted = m_config.mechanism.toUpper();
    if (wanted == QStringLiteral("APOP")) {
        if (m_timestamp.isEmpty()) {
            fail(out, QStringLiteral("APOP"),
                 TrPop3::tr("APOP was requested but the greeting carries no timestamp"), true);
            return;
        }
        startApop(out);
        return;
    }
    if (wanted == QStringLiteral("LOGIN") && !m_caps.saslMechanisms.contains(wanted, Qt::CaseInsensitive)) {
        // LOGIN chosen (the IMAP LOGIN command for the same account) and no SASL
        // LOGIN here: USER/PASS is POP3's plain login (RFC 1939 §7).
        out.notes.append("LOGIN chosen and no SASL LOGIN offered: USER/PASS, POP3's plain login (RFC 1939 §7)");
    } else if (wanted.isEmpty() || wanted != QStringLiteral("USER")) {
        if (startSasl(out, wanted, wanted.isEmpty()) || isFinished() || m_state == State::Quit)
            return;
    }
    // Automatic choice after SASL could not be used (or USER was asked for).
    if (wanted.isEmpty() && !m_timestamp.isEmpty()) {
        startApop(out);
        return;
    }
    if (m_caps.known && !m_caps.user) {
        fail(out, QStringLiteral("AUTH"),
             TrPop3::tr("no authentication method in common: the server offers neither USER nor a usable "
                "SASL mechanism (%1)")
                 .arg(m_caps.saslMechanisms.join(QLatin1Char(' '))),
             true);
        return;
    }
    setState(State::User, out);
    send(out, "USER " + m_config.credentials.username.toUtf8(), "USER"); // RFC 1939 §7
}

bool Pop3Session::startSasl(Output &out, const QString &preferred, bool automatic)
{
    if (m_caps.saslMechanisms.isEmpty()) {
        if (!automatic)
            fail(out, QStringLiteral("AUTH"),
                 TrPop3::tr("the server offers no SASL mechanism (no SASL line in its CAPA reply)"), true);
        return false;
    }
    QString error;
    m_sasl = SaslClient::create(m_caps.saslMechanisms, m_config.credentials, preferred, &error);
    if (!m_sasl) {
        if (!automatic) {
            fail(out, QStringLiteral("AUTH"),
                 TrPop3::tr("no usable authentication mechanism (server offers %1): %2")
                     .arg(m_caps.saslMechanisms.join(QLatin1Char(' ')), error),
                 true);
        } else {
            out.notes.append("no usable SASL mechanism among " +
                             m_caps.saslMechanisms.join(QLatin1Char(' ')).toUtf8() + ": " +
                             error.toUtf8());
        }
        return false;
    }
    m_authMechanism = QString::fromLatin1(m_sasl->mechanism());
    setState(State::Auth, out);
    const std::optional<SaslStep> first =
        m_config.useInitialResponse ? m_sasl->initialResponse() : std::nullopt;
    QByteArray line = "AUTH " + m_sasl->mechanism(); // RFC 5034 §4
    QByteArray trace = line;
    if (first) {
        if (first->status == SaslStepStatus::Failed) {
            fail(out, QStringLiteral("AUTH"), first->error, true);
            return true;
        }
        const QByteArray ir = first->responseBase64.isEmpty() ? QByteArray("=") : first->responseBase64;
        // RFC 5034 §4: an initial response that would make the command longer
        // than 255 octets is not sent; the server's empty challenge asks for it.
        if (line.size() + 1 + ir.size() <= 255) {
            line += ' ' + ir;
            trace += ' ' + first->redactedResponse;
        }
    }
    send(out, line, "AUTH", trace);
    return true;
}

void Pop3Session::startApop(Output &out)
{
    // RFC 1939 §7: APOP name digest.
    const QByteArray digest = Pop3Apop::digest(m_timestamp, m_config.credentials.password.toUtf8());
    m_authMechanism = QStringLiteral("APOP");
    setState(State::Apop, out);
    const QByteArray user = m_config.credentials.username.toUtf8();
    send(out, "APOP " + user + ' ' + digest, "APOP", "APOP " + user + " *****");
}

void Pop3Session::onAuth(const Pop3Response &r, Output &out)
{
    const QString step = QString::fromLatin1(stateName(m_state));
    if (m_state == State::Auth && r.isContinuation()) {
        if (!m_authCancelError.isEmpty()) {
            fail(out, QStringLiteral("AUTH"), m_authCancelError, false);
            return;
        }
        const SaslStep s = m_sasl->step(r.text.trimmed());
        if (s.status == SaslStepStatus::Failed) {
            m_authCancelError = s.error;
            send(out, "*", "AUTH", "*"); // RFC 5034 §4: cancel the exchange
            return;
        }
        send(out, s.responseBase64, "AUTH", s.redactedResponse);
        return;
    }
    if (r.isOk()) {
        if (m_state == State::User) {
            setState(State::Pass, out);
            // RFC 1939 §7: the password is the rest of the line, spaces included.
            send(out, "PASS " + m_config.credentials.password.toUtf8(), "PASS", "PASS *****");
            return;
        }
        if (m_state == State::Auth && !m_authCancelError.isEmpty()) {
            fail(out, QStringLiteral("AUTH"), m_authCancelError, true);
            return;
        }
        if (m_state == State::Auth && !m_sasl->isComplete()) {
            // SCRAM: success without the server's proof is not the server we meant.
            fail(out, QStringLiteral("AUTH"),
                 TrPop3::tr("%1: the server reported success before completing the exchange")
                     .arg(m_authMechanism),
                 true);
            return;
        }
        enterTransaction(out);
        return;
    }
    if (r.isContinuation()) {
        fail(out, step, TrPop3::tr("unexpected reply %1").arg(r.describe()), false);
        return;
    }
    if (!m_authCancelError.isEmpty()) {
        fail(out, QStringLiteral("AUTH"), m_authCancelError, true);
        return;
    }
    if (m_state == State::Apop && m_config.mechanism.trimmed().isEmpty()) {
        // APOP was our automatic choice because the greeting had a timestamp, but
        // servers show one without an APOP secret for the user (RFC 1939 §7).
        if (m_tls && !(m_caps.known && !m_caps.user)) {
            out.notes.append("APOP refused (" + r.describe().toUtf8() +
                             "); inside TLS, trying USER/PASS next (RFC 1939 §7)");
            setState(State::User, out);
            send(out, "USER " + m_config.credentials.username.toUtf8(), "USER"); // RFC 1939 §7
            return;
        }
        fail(out, QStringLiteral("APOP"),
             m_tls ? TrPop3::tr("APOP failed: %1; the server offers no USER/PASS to try instead")
                         .arg(r.describe())
                   : TrPop3::tr("APOP failed: %1. Without TLS Carteiro does not try USER/PASS, which "
                                "would send the password in clear; use TLS, or check the password")
                         .arg(r.describe()),
             true);
        return;
    }
    // No fallback to another method: the user sees the server's words and code.
    fail(out, step == QStringLiteral("PASS") ? QStringLiteral("PASS") : step,
         TrPop3::tr("authentication failed: %1").arg(r.describe()), true);
}

void Pop3Session::enterTransaction(Output &out)
{
    setState(State::Transaction, out);
    out.authenticated = true;
    pump(out);
}

Pop3Session::Output Pop3Session::request(const Request &r)
{
    Output out;
    if (m_state != State::Transaction || m_quitRequested) {
        out.notes.append(QByteArray("request ") + Request::verb(r.kind) + " ignored in state " +
                         stateName(m_state));
        return out;
    }
    m_unsent.push_back(r);
    pump(out);
    return out;
}

void Pop3Session::pump(Output &out)
{
    while (!m_unsent.empty() && (m_inFlight.empty() || pipelining())) {
        const Request r = m_unsent.front();
        m_unsent.pop_front();
        // RFC 1939 §5 (STAT, LIST, RETR, DELE, NOOP, RSET), §7 (TOP, UIDL).
        send(out, r.line(), Request::verb(r.kind));
        m_inFlight.push_back(r);
    }
    if (m_quitRequested && m_inFlight.empty() && m_unsent.empty() && m_state == State::Transaction) {
        setState(State::Quit, out);
        send(out, "QUIT", "QUIT"); // RFC 1939 §6: enter UPDATE
    }
}

void Pop3Session::onTransaction(const Pop3Response &r, Output &out)
{
    if (m_inFlight.empty() || r.isContinuation()) {
        fail(out, QStringLiteral("TRANSACTION"),
             TrPop3::tr("the server sent data out of turn: %1").arg(r.describe()), false);
        return;
    }
    m_current = Reply{};
    m_current.request = m_inFlight.front();
    m_current.status = r;
    if (r.isOk() && m_current.request.hasBody()) {
        m_awaitingBody = true;
        return;
    }
    if (r.isOk() && m_current.request.multiLine()) {
        m_collecting = true;
        m_listingBytes = 0;
        return;
    }
    completeReply(out);
}

void Pop3Session::completeReply(Output &out)
{
    if (m_inFlight.empty())
        return;
    m_inFlight.pop_front();
    if (m_current.request.kind == Request::Kind::Dele && m_current.status.isOk())
        ++m_deleAccepted;
    if (m_current.request.kind == Request::Kind::Rset && m_current.status.isOk())
        m_deleAccepted = 0;
    out.replies.append(std::move(m_current));
    m_current = Reply{};
    pump(out);
}

Pop3Session::Output Pop3Session::quit()
{
    Output out;
    if (isFinished() || m_state == State::Quit)
        return out;
    if (m_state == State::Transaction) {
        m_quitRequested = true;
        pump(out);
        return out;
    }
    fail(out, QString::fromLatin1(stateName(m_state)), TrPop3::tr("cancelled"), false);
    return out;
}

Pop3Session::Output Pop3Session::connectionLost(const QString &reason)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::Quit && m_error.isEmpty()) {
        if (m_deleAccepted == 0) {
            setState(State::Done, out); // nothing was marked: a missing +OK to QUIT is harmless
            out.close = true;
            return out;
        }
        m_error = TrPop3::tr("the connection closed before the answer to QUIT; the messages marked for "
                     "deletion may or may not have been removed: %1")
                      .arg(reason);
        m_failedStep = QStringLiteral("QUIT");
    }
    fail(out, QString::fromLatin1(stateName(m_state)), reason, false);
    return out;
}

} // namespace carteiro
