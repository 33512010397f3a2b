// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSession.h"

#include <utility>

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };
QString str(const QByteArray &b) { return QString::fromUtf8(b.left(200)); }

} // namespace

const char *ImapSession::stateName(State state)
{
    switch (state) {
    case State::Greeting: return "GREETING";
    case State::Capability: return "CAPABILITY";
    case State::StartTls: return "STARTTLS";
    case State::TlsHandshake: return "TLS-HANDSHAKE";
    case State::Authenticating: return "AUTHENTICATING";
    case State::PostAuth: return "POST-AUTH";
    case State::Authenticated: return "AUTHENTICATED";
    case State::Selected: return "SELECTED";
    case State::Idle: return "IDLE";
    case State::Logout: return "LOGOUT";
    case State::Done: return "DONE";
    case State::Failed: return "FAILED";
    }
    return "?";
}

ImapSession::ImapSession(Config config) : m_config(std::move(config))
{
    m_tls = m_config.security == TransportSecurity::ImplicitTls;
}

ImapSession::~ImapSession() = default;

bool ImapSession::isReady() const { return m_ready && !isFinished(); }

bool ImapSession::hasCapability(const char *name) const
{
    if (m_fallback.refused(name))
        return false; // its syntax earned a BAD on this connection
    for (const QByteArray &c : m_caps)
        if (c.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void ImapSession::setKnownUidValidity(const QString &mailbox, quint32 uidValidity)
{
    m_knownUidValidity.insert(mailbox, uidValidity);
}

bool ImapSession::trusted() const { return m_tls || m_config.security == TransportSecurity::Plain; }

void ImapSession::setState(State s, Output &out)
{
    if (s == m_state)
        return;
    out.stateChanges.append(QByteArray(stateName(m_state)) + " -> " + stateName(s));
    m_state = s;
}

void ImapSession::fail(Output &out, const QString &step, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_failedStep = step;
    }
    out.completions += m_commands.drain(message);
    m_awaitingId = m_idleId = 0;
    m_ready = false;
    setState(State::Failed, out);
    out.close = true;
}

quint64 ImapSession::enqueue(ImapCommand command) { return m_commands.add(std::move(command)); }

quint64 ImapSession::enqueueMove(const ImapSequenceSet &uids, const QString &mailbox)
{
    ImapCommand move = ImapCommand::uidMove(uids, mailbox);
    move.mailbox = mailbox;
    const quint64 id = enqueue(std::move(move));
    m_commands.lastWaiting().moveUids = uids;
    return id;
}

ImapSession::Output ImapSession::flush()
{
    Output out;
    pump(out);
    updateLargeLiterals(out);
    return out;
}

void ImapSession::sendInternal(Output &out, ImapCommand command)
{
    ImapRequest r = m_commands.make(std::move(command), true);
    write(out, r);
}

void ImapSession::write(Output &out, ImapRequest &r)
{
    ImapRequest &sent = m_commands.send(std::move(r));
    if (sent.command.kind == ImapCommand::Kind::Select || sent.command.kind == ImapCommand::Kind::Examine) {
        m_selecting = {};
        m_selecting.name = sent.command.mailbox;
        m_selecting.readOnly = sent.command.kind == ImapCommand::Kind::Examine;
    }
    if (sent.command.kind == ImapCommand::Kind::Idle) {
        m_idleId = sent.id;
        m_idleAcked = m_doneSent = false;
        m_doneWanted = std::exchange(m_stopNextIdle, false);
    }
    if (sent.command.kind == ImapCommand::Kind::Logout)
        setState(State::Logout, out);
    writePieces(out, sent);
    if (sent.command.kind == ImapCommand::Kind::Authenticate ||
        sent.command.kind == ImapCommand::Kind::Idle)
        m_awaitingId = sent.id; // both go on with "+" continuations
}

void ImapSession::writePieces(Output &out, ImapRequest &r)
{
    const bool nonSync = m_config.useLiteralPlus; // false: every literal waits for "+" (RFC 3501 §7.5)
    const ImapCommand::Chunk c = r.command.serialize(r.tag, r.literalAt, nonSync && hasCapability("LITERAL+"),
                                                     nonSync && hasCapability("LITERAL-"));
    out.writes.append({c.wire, c.trace, r.command.verb});
    r.literalAt = c.waitAt;
    if (c.waitAt >= 0)
        m_awaitingId = r.id; // RFC 3501 §7.5: nothing else until the server's "+"
    else if (m_awaitingId == r.id)
        m_awaitingId = 0;
}

void ImapSession::pump(Output &out)
{
    if (!m_ready || isFinished())
        return;
    if (m_idleId != 0) {
        // RFC 2177 §3: only DONE may follow IDLE; other commands wait for its end.
        if (m_commands.hasWaiting() || m_doneWanted) {
            if (m_idleAcked && !m_doneSent) {
                out.writes.append({"DONE\r\n", "DONE", "DONE"});
                m_doneSent = true;
            } else {
                m_doneWanted = true;
            }
        }
        return;
    }
    while (m_awaitingId == 0 && m_commands.canSendHead(m_config.maxInFlight)) {
        ImapRequest r = m_commands.takeHead();
        if (!r.command.invalid.isEmpty()) {
            r.result.text = r.command.invalid;
            out.completions.append(r.result);
            continue;
        }
        if (!r.moveUids.isEmpty())
            ImapCommandQueue::expandMove(r, hasCapability("MOVE"), hasCapability("UIDPLUS"));
        write(out, r);
        if (m_idleId != 0)
            return;
    }
}

ImapRequest *ImapSession::awaitingContinuation() { return m_commands.inFlight(m_awaitingId); }

ImapSession::Output ImapSession::feed(const QByteArray &frame)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::TlsHandshake) {
        fail(out, QStringLiteral("STARTTLS"),
             TrImap::tr("the server sent data during the TLS handshake: \"%1\"").arg(str(frame)));
        return out;
    }
    QString error;
    const std::optional<ImapResponse> r = ImapResponse::parse(frame, &error);
    if (!r) {
        fail(out, QString::fromLatin1(stateName(m_state)), TrImap::tr("protocol error: %1").arg(error));
        return out;
    }
    if (m_state == State::Greeting)
        onGreeting(*r, out);
    else if (r->type == ImapResponse::Type::Continuation)
        onContinuation(*r, out);
    else if (r->type == ImapResponse::Type::Untagged)
        onUntagged(*r, out);
    else
        onTagged(*r, out);
    pump(out);
    updateLargeLiterals(out);
    return out;
}

void ImapSession::onGreeting(const ImapResponse &r, Output &out)
{
    // RFC 3501 §7.1.1 / §7.1.4 / §7.1.5: OK, PREAUTH or BYE.
    if (r.type != ImapResponse::Type::Untagged || !r.isStatus()) {
        fail(out, QStringLiteral("GREETING"), TrImap::tr("unexpected greeting: %1").arg(str(r.raw)));
        return;
    }
    if (r.code.name == "CAPABILITY") {
        m_caps = r.code.args;
        m_capsFresh = true;
    }
    if (r.status == ImapResponse::Status::PreAuth) {
        if (m_config.security == TransportSecurity::StartTls && !m_tls) {
            // tests/README.md, case 2: a PREAUTH greeting would skip STARTTLS entirely.
            fail(out, QStringLiteral("GREETING"),
                 TrImap::tr("the server greeted with PREAUTH on a connection that requires STARTTLS; "
                    "nothing was sent"));
            return;
        }
        m_authenticated = true;
        postAuth(out);
        return;
    }
    if (r.status != ImapResponse::Status::Ok) {
        fail(out, QStringLiteral("GREETING"), TrImap::tr("the server refused the connection: %1").arg(str(r.text)));
        return;
    }
    afterCapabilities(out);
}

void ImapSession::afterCapabilities(Output &out)
{
    if (!m_capsFresh) {
        setState(State::Capability, out);
        sendInternal(out, ImapCommand::capability());
        return;
    }
    if (m_config.security == TransportSecurity::StartTls && !m_tls) {
        if (!hasCapability("STARTTLS")) {
            fail(out, QStringLiteral("STARTTLS"),
                 TrImap::tr("the server does not offer STARTTLS, which this account requires; no "
                    "credentials were sent"));
            return;
        }
        setState(State::StartTls, out);
        sendInternal(out, ImapCommand::startTls());
        return;
    }
    if (m_authenticated)
        postAuth(out);
    else if (m_config.authenticate)
        startAuth(out);
    else
        becomeReady(out);
}

ImapSession::Output ImapSession::tlsEstablished()
{
    Output out;
    if (m_state != State::TlsHandshake)
        return out;
    m_tls = true;
    // RFC 3501 §6.2.1: capabilities from before TLS are discarded and asked again.
    m_caps.clear();
    m_capsFresh = false;
    setState(State::Capability, out);
    sendInternal(out, ImapCommand::capability());
    return out;
}

void ImapSession::startAuth(Output &out)
{
    if (!m_tls && !m_config.allowAuthWithoutTls) {
        fail(out, QStringLiteral("LOGIN"), TrImap::tr("refusing to send credentials over an unencrypted connection"));
        return;
    }
    setState(State::Authenticating, out);
    std::optional<ImapCommand> c = m_auth.start(m_caps, m_config.authMethod, m_config.credentials,
                                                m_config.mechanism, m_config.useSaslIr);
    if (!c) {
        fail(out, QStringLiteral("AUTHENTICATE"), m_auth.error());
        return;
    }
    sendInternal(out, std::move(*c));
}

void ImapSession::onContinuation(const ImapResponse &r, Output &out)
{
    ImapRequest *req = awaitingContinuation();
    if (!req) {
        out.notes.append("ignored a continuation request nobody asked for: " + r.raw.left(80));
        return;
    }
    if (req->literalAt >= 0) { // RFC 3501 §7.5: go on with the synchronizing literal
        writePieces(out, *req);
        return;
    }
    if (req->command.kind == ImapCommand::Kind::Authenticate) {
        const QPair<QByteArray, QByteArray> line = m_auth.answer(r.text);
        out.writes.append({line.first + "\r\n", line.second, "AUTHENTICATE"});
        return;
    }
    if (req->command.kind == ImapCommand::Kind::Idle) {
        m_idleAcked = true;
        m_awaitingId = 0;
        setState(State::Idle, out);
        if ((m_doneWanted || m_commands.hasWaiting() || req->cancelled) && !m_doneSent) {
            out.writes.append({"DONE\r\n", "DONE", "DONE"}); // RFC 2177 §3
            m_doneSent = true;
        }
    }
}

ImapSession::Output ImapSession::stopIdle()
{
    Output out;
    if (m_idleId == 0) {
        // No IDLE written yet (its folder is still being selected, or it waits
        // behind another command): the next one ends as soon as it is answered.
        m_stopNextIdle = true;
        return out;
    }
    m_doneWanted = true;
    if (m_idleAcked && !m_doneSent) {
        out.writes.append({"DONE\r\n", "DONE", "DONE"}); // RFC 2177 §3
        m_doneSent = true;
    }
    return out;
}

ImapSession::Output ImapSession::cancel(quint64 id)
{
    Output out;
    if (std::optional<ImapCompletion> c = m_commands.cancel(id)) {
        c->text = TrImap::tr("cancelled");
        out.completions.append(*c);
        return out;
    }
    if (id == m_idleId)
        out = stopIdle();
    updateLargeLiterals(out);
    return out;
}

ImapSession::Output ImapSession::connectionLost(const QString &reason)
{
    Output out;
    if (isFinished())
        return out;
    if (m_state == State::Logout) {
        setState(State::Done, out);
        out.close = true;
        return out;
    }
    fail(out, QString::fromLatin1(stateName(m_state)), reason);
    return out;
}

void ImapSession::updateLargeLiterals(Output &out)
{
    out.largeLiteralsExpected = m_commands.largeLiteralsInFlight();
}

void ImapSession::onSetupDone(ImapRequest &r, const ImapResponse &resp, Output &out)
{
    using K = ImapCommand::Kind;
    switch (r.command.kind) {
    case K::Capability:
        if (!r.result.ok) {
            fail(out, QStringLiteral("CAPABILITY"), TrImap::tr("CAPABILITY failed: %1").arg(r.result.text));
            return;
        }
        m_capsFresh = true;
        if (m_state == State::PostAuth)
            postAuth(out);
        else
            afterCapabilities(out);
        return;
    case K::StartTls:
        if (!r.result.ok) {
            fail(out, QStringLiteral("STARTTLS"),
                 TrImap::tr("the server refused STARTTLS: %1; no credentials were sent").arg(r.result.text));
            return;
        }
        setState(State::TlsHandshake, out);
        out.startTls = true;
        return;
    case K::Login:
    case K::Authenticate:
        if (!r.result.ok) {
            fail(out, QString::fromLatin1(ImapCommand::kindName(r.command.kind)),
                 m_auth.error().isEmpty() ? TrImap::tr("authentication failed: %1 %2")
                                             .arg(QString::fromLatin1(ImapResponse::statusName(resp.status)),
                                                  r.result.text)
                                       : m_auth.error());
            return;
        }
        if (!m_auth.serverVerified()) {
            // SCRAM: success without the server's proof means it is not the server we meant.
            fail(out, QStringLiteral("AUTHENTICATE"),
                 TrImap::tr("%1: the server reported success before completing the exchange").arg(m_auth.mechanism()));
            return;
        }
        m_authenticated = true;
        if (resp.code.name == "CAPABILITY")
            m_caps = resp.code.args;
        else
            m_capsFresh = false; // RFC 3501 §6.2.3: capabilities may change after login
        postAuth(out);
        return;
    default: // ENABLE, ID: their data arrived untagged; a NO changes nothing we need
        if (m_state == State::PostAuth && m_commands.inFlightCount() == 0)
            becomeReady(out);
        return;
    }
}

void ImapSession::postAuth(Output &out)
{
    setState(State::PostAuth, out);
    if (!m_capsFresh) {
        sendInternal(out, ImapCommand::capability());
        return;
    }
    if (m_config.enableQresync && hasCapability("ENABLE")) {
        // RFC 7162 §3.2.3: QRESYNC implies CONDSTORE.
        if (hasCapability("QRESYNC"))
            sendInternal(out, ImapCommand::enable({"QRESYNC"}));
        else if (hasCapability("CONDSTORE"))
            sendInternal(out, ImapCommand::enable({"CONDSTORE"}));
    }
    if (m_config.sendId && hasCapability("ID"))
        sendInternal(out, ImapCommand::id(m_config.clientId));
    if (m_commands.inFlightCount() == 0)
        becomeReady(out);
}

void ImapSession::becomeReady(Output &out)
{
    setState(State::Authenticated, out);
    m_ready = true;
    out.ready = true;
}

} // namespace carteiro
