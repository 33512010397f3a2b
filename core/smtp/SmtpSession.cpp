// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpSession.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace carteiro {

namespace {
struct TrSmtp { Q_DECLARE_TR_FUNCTIONS(Smtp) };

bool hasForbiddenByte(const QByteArray &bytes, bool angleBrackets)
{
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
        if (angleBrackets && (c == '<' || c == '>'))
            return true;
    }
    return false;
}
} // namespace

const char *SmtpSession::stateName(State state)
{
    switch (state) {
    case State::Greeting: return "GREETING";
    case State::Ehlo: return "EHLO";
    case State::Helo: return "HELO";
    case State::StartTls: return "STARTTLS";
    case State::TlsHandshake: return "TLS-HANDSHAKE";
    case State::Auth: return "AUTH";
    case State::MailTransaction: return "MAIL-TRANSACTION";
    case State::Data: return "DATA";
    case State::Body: return "BODY";
    case State::BodyReply: return "BODY-REPLY";
    case State::Rset: return "RSET";
    case State::Noop: return "NOOP";
    case State::Quit: return "QUIT";
    case State::Done: return "DONE";
    case State::Failed: return "FAILED";
    }
    return "?";
}

SmtpSession::SmtpSession(Config config)
    : m_config(std::move(config)), m_parser(m_config.maxReplyLines)
{
    m_tls = m_config.security == TransportSecurity::ImplicitTls;
}

SmtpSession::~SmtpSession() = default;

QByteArray SmtpSession::defaultEhloName()
{
    const QByteArray name = QSysInfo::machineHostName().toLatin1();
    if (name.isEmpty() || name.size() > 255)
        return {};
    for (const char c : name)
        if (!(std::isalnum(uchar(c)) || c == '-' || c == '.'))
            return {};
    return name;
}

QString SmtpSession::validate() const
{
    if (m_config.ehloName.isEmpty() || hasForbiddenByte(m_config.ehloName, true) ||
        m_config.ehloName.contains(' '))
        return TrSmtp::tr("the EHLO name contains a space, CR, LF or NUL");
    if (m_config.useHelo && m_config.security != TransportSecurity::Plain)
        return TrSmtp::tr("classroom mode: HELO instead of EHLO is only possible on a plaintext lab connection; "
                          "HELO offers no STARTTLS and no AUTH, so this connection could not be protected");
    if (m_config.useHelo && m_config.authenticate)
        return TrSmtp::tr("classroom mode: HELO instead of EHLO cannot log in, since AUTH is an EHLO "
                          "extension (RFC 4954)");
    for (const SmtpEnvelope &e : m_messages) {
        if (hasForbiddenByte(e.from, true))
            return TrSmtp::tr("the sender address %1 contains CR, LF, NUL or angle brackets")
                .arg(QString::fromUtf8(e.from).toHtmlEscaped().left(80));
        if (e.recipients.isEmpty())
            return TrSmtp::tr("the message has no recipients");
        for (const QByteArray &r : e.recipients) {
            if (r.isEmpty() || hasForbiddenByte(r, true))
                return TrSmtp::tr("the recipient address \"%1\" is empty or contains CR, LF, NUL or angle "
                          "brackets")
                    .arg(QString::fromUtf8(r).left(80));
        }
    }
    return {};
}

void SmtpSession::addMessage(const SmtpEnvelope &envelope)
{
    m_messages.append(envelope);
    m_bodyOut.append(false);
    SmtpMessageResult r;
    for (const QByteArray &a : envelope.recipients)
        r.recipients.append({a, {}, false});
    m_results.append(r);
}

bool SmtpSession::succeeded() const
{
    if (m_state != State::Done || !m_error.isEmpty())
        return false;
    for (const SmtpMessageResult &r : m_results) {
        if (!r.accepted)
            return false;
        for (const SmtpRecipientResult &rc : r.recipients)
            if (!rc.accepted)
                return false;
    }
    return true;
}

QStringList SmtpSession::usedExtensions() const
{
    QStringList used;
    if (m_tls && m_config.security == TransportSecurity::StartTls)
        used << QStringLiteral("STARTTLS");
    if (!m_authMechanism.isEmpty())
        used << QStringLiteral("AUTH ") + m_authMechanism;
    if (m_pipelining)
        used << QStringLiteral("PIPELINING");
    if (m_useBdat)
        used << QStringLiteral("CHUNKING");
    if (m_caps.sizeAdvertised)
        used << QStringLiteral("SIZE");
    if (m_caps.enhancedStatusCodes)
        used << QStringLiteral("ENHANCEDSTATUSCODES");
    return used;
}

void SmtpSession::setState(State s, Output &out)
{
    if (s == m_state)
        return;
    out.stateChanges.append(QByteArray(stateName(m_state)) + " -> " + stateName(s));
    m_state = s;
}

void SmtpSession::send(Output &out, const QByteArray &line, const QByteArray &verb,
                       const QByteArray &trace)
{
    QByteArray shown = trace.isEmpty() ? line : trace;
    if (shown.isEmpty())
        shown = "<empty response>";
    out.commands.append({line + "\r\n", shown, verb});
}

void SmtpSession::markBodiesPossiblySent(bool currentReplied)
{
    // A message whose BDAT LAST or final dot went out and that got no reply to
    // it may have been taken: never sent again by itself. The current one and,
    // with pipelineBodies, those sent ahead of it.
    for (int i = qMax(0, m_current); i <= qMax(m_current, m_sentUpTo) && i < m_results.size(); ++i) {
        SmtpMessageResult &r = m_results[i];
        const bool answered = i == m_current && currentReplied;
        if (m_bodyOut.value(i) && !answered && !r.accepted && r.error.isEmpty())
            r.possiblySent = true;
    }
}

void SmtpSession::fail(Output &out, const QString &step, const QString &message, bool politeQuit,
                       bool bodyAnswered)
{
    // Only a reply that was read (a 421 in BodyReply) answers the current
    // body; a garbled one does not. Bodies sent ahead have had no answer: after
    // a 421 the server most likely did not take them, but nothing says so, and
    // the outbox never guesses in favour of sending twice.
    markBodiesPossiblySent(bodyAnswered);
    // With commands still in flight a QUIT's reply could not be told from
    // theirs (RFC 2920 §3.1): close at once.
    const bool inFlight = !m_pending.empty() || m_sentUpTo > m_current;
    if (m_error.isEmpty()) {
        m_error = message;
        m_failedStep = step;
        m_failureReply = m_connectionLost ? SmtpReply() : m_lastReply;
    }
    if (m_current >= 0 && m_current < m_results.size() && m_results[m_current].error.isEmpty() &&
        !m_results[m_current].accepted) {
        m_results[m_current].error = message;
        m_results[m_current].failedStep = step;
    }
    m_pending.clear();
    if (politeQuit && !inFlight && m_state != State::Quit) {
        setState(State::Quit, out);
        send(out, "QUIT", "QUIT"); // RFC 5321 §4.1.1.10
        return;
    }
    setState(State::Failed, out);
    out.close = true;
}

SmtpSession::Output SmtpSession::feedLine(const QByteArray &line)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::TlsHandshake || (m_state == State::Body && !m_useBdat)) {
        // Nothing may arrive while we upgrade or stream the body without asking.
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrSmtp::tr("the server sent data out of turn: \"%1\"").arg(QString::fromUtf8(line.left(80))),
             false);
        return out;
    }
    std::optional<SmtpReply> reply = m_parser.feedLine(line);
    if (m_parser.hasError()) {
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrSmtp::tr("protocol error: %1").arg(m_parser.error()), false);
        return out;
    }
    if (reply) {
        m_lastReply = *reply;
        onReply(*reply, out);
    }
    return out;
}

void SmtpSession::onReply(const SmtpReply &reply, Output &out)
{
    const QString step = QString::fromLatin1(stateName(m_state));
    if (reply.code == 421 && m_state != State::Quit) {
        // RFC 5321 §3.8: the server is shutting the channel down.
        const bool body = m_state == State::BodyReply;
        if (body)
            result().finalReply = reply;
        fail(out, step, TrSmtp::tr("the server is closing the connection: %1").arg(reply.text()), false, body);
        return;
    }
    switch (m_state) {
    case State::Greeting: onGreeting(reply, out); break;
    case State::Ehlo:
    case State::Helo: onEhlo(reply, out); break;
    case State::StartTls:
        if (reply.code != 220) {
            fail(out, QStringLiteral("STARTTLS"),
                 TrSmtp::tr("the server refused STARTTLS: %1; no credentials were sent").arg(reply.text()),
                 true);
            return;
        }
        setState(State::TlsHandshake, out);
        out.startTls = true;
        break;
    case State::Auth: onAuth(reply, out); break;
    case State::Noop:
        if (reply.code != 250) {
            fail(out, QStringLiteral("NOOP"), TrSmtp::tr("the server refused NOOP: %1").arg(reply.text()), true);
            return;
        }
        startTransaction(out);
        break;
    case State::MailTransaction:
    case State::Data:
    case State::Rset: onTransactionReply(reply, out); break;
    case State::Body:
    case State::BodyReply: onBodyReply(reply, out); break;
    case State::Quit:
        setState(m_error.isEmpty() ? State::Done : State::Failed, out);
        out.close = true;
        break;
    default:
        fail(out, step, TrSmtp::tr("unexpected reply %1").arg(reply.text()), false);
    }
}

void SmtpSession::onGreeting(const SmtpReply &reply, Output &out)
{
    // RFC 5321 §4.3.1: 220 is the only greeting that lets us go on.
    if (reply.code != 220) {
        fail(out, QStringLiteral("GREETING"),
             TrSmtp::tr("the server refused the connection: %1").arg(reply.text()), reply.code == 554);
        return;
    }
    m_greeting = reply.text();
    if (m_config.useHelo) {
        // Refused here too, for a driver that skipped validate(): nothing after
        // HELO could be protected.
        if (const QString why = validate(); !why.isEmpty()) {
            fail(out, QStringLiteral("HELO"), why, true);
            return;
        }
        setState(State::Helo, out);
        send(out, "HELO " + m_config.ehloName, "HELO"); // RFC 5321 §4.1.1.1
        return;
    }
    setState(State::Ehlo, out);
    send(out, "EHLO " + m_config.ehloName, "EHLO"); // RFC 5321 §4.1.1.1
}

void SmtpSession::onEhlo(const SmtpReply &reply, Output &out)
{
    if (m_state == State::Ehlo && (reply.code == 500 || reply.code == 502)) {
        // RFC 5321 §3.2: a server without extensions; fall back to HELO.
        setState(State::Helo, out);
        send(out, "HELO " + m_config.ehloName, "HELO"); // RFC 5321 §4.1.1.1
        return;
    }
    if (reply.code != 250) {
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrSmtp::tr("the server did not accept %1: %2")
                 .arg(QString::fromLatin1(stateName(m_state)), reply.text()),
             reply.code >= 400 && reply.code < 600 && reply.code != 354);
        return;
    }
    m_caps = m_state == State::Ehlo ? SmtpCapabilities::fromEhlo(reply) : SmtpCapabilities{};
    m_parser.setEnhancedCodes(m_caps.enhancedStatusCodes);
    afterEhlo(out);
}

void SmtpSession::afterEhlo(Output &out)
{
    if (m_config.security == TransportSecurity::StartTls && !m_tls) {
        if (!m_caps.startTls) {
            fail(out, QStringLiteral("STARTTLS"),
                 TrSmtp::tr("the server does not offer STARTTLS, which this account requires; no "
                    "credentials were sent"),
                 true);
            return;
        }
        setState(State::StartTls, out);
        send(out, "STARTTLS", "STARTTLS"); // RFC 3207 §4
        return;
    }
    if (m_config.authenticate && !m_authenticated) {
        startAuth(out);
        return;
    }
    startTransaction(out);
}

void SmtpSession::startAuth(Output &out)
{
    if (!m_tls && !m_config.allowAuthWithoutTls) {
        fail(out, QStringLiteral("AUTH"),
             TrSmtp::tr("refusing to send credentials over an unencrypted connection"), true);
        return;
    }
    if (m_caps.authMechanisms.isEmpty()) {
        fail(out, QStringLiteral("AUTH"),
             TrSmtp::tr("the server offers no authentication (no AUTH in its EHLO reply)"), true);
        return;
    }
    QString error;
    m_sasl = SaslClient::create(m_caps.authMechanisms, m_config.credentials, m_config.mechanism,
                                &error);
    if (!m_sasl) {
        fail(out, QStringLiteral("AUTH"),
             TrSmtp::tr("no usable authentication mechanism (server offers %1): %2")
                 .arg(m_caps.authMechanisms.join(QLatin1Char(' ')), error),
             true);
        return;
    }
    m_authMechanism = QString::fromLatin1(m_sasl->mechanism());
    setState(State::Auth, out);
    // RFC 4954 §4: AUTH mechanism [initial-response]; "=" is an empty one. Without
    // it the server's empty 334 challenge asks for the first response.
    const std::optional<SaslStep> first =
        m_config.useInitialResponse ? m_sasl->initialResponse() : std::nullopt;
    QByteArray line = "AUTH " + m_sasl->mechanism();
    QByteArray trace = line;
    if (first) {
        if (first->status == SaslStepStatus::Failed) {
            fail(out, QStringLiteral("AUTH"), first->error, true);
            return;
        }
        line += ' ' + (first->responseBase64.isEmpty() ? QByteArray("=") : first->responseBase64);
        trace += ' ' + first->redactedResponse;
    }
    send(out, line, "AUTH", trace);
}

void SmtpSession::onAuth(const SmtpReply &reply, Output &out)
{
    if (m_authCancelled) {
        fail(out, QStringLiteral("AUTH"), m_error, true);
        return;
    }
    if (reply.code == 334) {
        // RFC 4954 §4: a server challenge, base64.
        const QByteArray challenge = reply.lines.value(0).trimmed();
        const SaslStep step = m_sasl->step(challenge);
        if (step.status == SaslStepStatus::Failed) {
            m_error = step.error;
            m_failedStep = QStringLiteral("AUTH");
            m_authCancelled = true;
            send(out, "*", "AUTH", "*"); // RFC 4954 §4: cancel the exchange
            return;
        }
        send(out, step.responseBase64, "AUTH", step.redactedResponse);
        return;
    }
    if (reply.code == 235) { // RFC 4954 §6
        if (!m_sasl->isComplete()) {
            // SCRAM: a server that says "success" without proving it knows the
            // password (its v= signature) is not the server we meant to reach.
            fail(out, QStringLiteral("AUTH"),
                 TrSmtp::tr("%1: the server reported success before completing the exchange")
                     .arg(m_authMechanism),
                 true);
            return;
        }
        m_authenticated = true;
        startTransaction(out);
        return;
    }
    fail(out, QStringLiteral("AUTH"), TrSmtp::tr("authentication failed: %1").arg(reply.text()), true);
}

SmtpSession::Output SmtpSession::tlsEstablished()
{
    Output out;
    if (m_state != State::TlsHandshake)
        return out;
    m_tls = true;
    // RFC 3207 §4.2: discard all knowledge from before TLS and ask again.
    m_caps = SmtpCapabilities{};
    m_parser = SmtpReplyParser(m_config.maxReplyLines);
    setState(State::Ehlo, out);
    send(out, "EHLO " + m_config.ehloName, "EHLO");
    return out;
}

SmtpSession::Output SmtpSession::connectionLost(const QString &reason)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::Quit && m_error.isEmpty()) {
        setState(State::Done, out); // the message is in; a missing 221 is harmless
        return out;
    }
    markBodiesPossiblySent(false); // the body went out and no verdict came
    m_connectionLost = true;
    const QString step = QString::fromLatin1(stateName(m_state));
    if (m_error.isEmpty()) {
        m_error = reason;
        m_failedStep = step;
    }
    if (m_current >= 0 && m_current < m_results.size() && result().error.isEmpty() &&
        !result().accepted) {
        result().error = reason;
        result().failedStep = step;
    }
    m_pending.clear();
    setState(State::Failed, out);
    out.close = true;
    return out;
}

} // namespace carteiro
