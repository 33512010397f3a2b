// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ConsoleConnection.h"

#include "console/ImapConsoleSession.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrConsole { Q_DECLARE_TR_FUNCTIONS(Console) };
} // namespace

ConsoleConnection::ConsoleConnection(TraceHub *hub, Protocol protocol,
                                     const ConsoleSession::Config &config, QObject *parent)
    : ChannelJob(hub, protocol, ChannelOptions(), parent), m_session(ConsoleSession::create(protocol, config))
{
    createChannel(m_session->makeFramer());
    m_lastState = m_session->state();
}

ConsoleConnection::~ConsoleConnection() = default;

void ConsoleConnection::open(const ChannelOptions &options)
{
    m_channelOptions = options;
    openChannel();
}

void ConsoleConnection::onConnected()
{
    m_open = true;
    Q_EMIT connected();
}

void ConsoleConnection::onEncrypted()
{
    m_tlsPending = false;
    apply(m_session->tlsEstablished(m_channel->tlsDetails()));
    Q_EMIT tlsUpgraded();
}

void ConsoleConnection::onFailed(Channel::ErrorKind, const QString &message) { Q_EMIT failed(message); }

void ConsoleConnection::onClosed()
{
    const bool was = m_open;
    m_open = false;
    if (was || m_session->isClosed())
        Q_EMIT closed();
}

bool ConsoleConnection::submit(const QByteArray &typed)
{
    // A refusal is a note in the transcript (and the inspector), like any other.
    if (!m_open || m_tlsPending) {
        ConsoleOutput refused;
        refused.error = !m_open ? TrConsole::tr("not connected: connect first")
                                : TrConsole::tr("the TLS handshake is still running: wait for it");
        apply(refused);
        return false;
    }
    const ConsoleOutput out = m_session->submit(typed);
    if (out.needPassword && !m_channel->isEncrypted() && !m_allowPlaintextAuth) {
        // No credential leaves without TLS unless this is an explicit lab connection.
        m_session->cancelPassword();
        ConsoleOutput refused;
        refused.error = TrConsole::tr("the password would travel in clear text: type STARTTLS (POP3: "
                                      "STLS) first, or connect with TLS");
        apply(refused);
        return false;
    }
    apply(out);
    return out.accepted;
}

void ConsoleConnection::providePassword(const QByteArray &password)
{
    apply(m_session->providePassword(password));
}

void ConsoleConnection::cancelPassword()
{
    apply(m_session->cancelPassword());
}

void ConsoleConnection::close()
{
    m_channel->close();
}

void ConsoleConnection::onFrame(const QByteArray &frame)
{
    apply(m_session->feed(frame));
}

void ConsoleConnection::apply(const ConsoleOutput &out)
{
    // Secrets first: the hub masks them in every event recorded after this.
    for (const QByteArray &secret : out.secrets)
        m_hub->addSecret(secret);
    if (!out.error.isEmpty()) {
        m_channel->traceNote(TraceKind::Info, TrConsole::tr("not sent: %1").arg(out.error).toUtf8());
        Q_EMIT inputRefused(out.error);
    }
    if (!out.historyText.isEmpty() && out.accepted)
        Q_EMIT historyEntry(out.historyText);
    for (const ConsoleWrite &w : out.writes)
        m_channel->writeLine(w.wire, w.trace, w.verb);
    for (const QString &note : out.notes)
        m_channel->traceNote(TraceKind::Info, note.toUtf8());
    if (!out.writes.isEmpty() && m_session->awaitingReply())
        m_channel->armReplyTimeout();
    else if (!m_session->awaitingReply())
        m_channel->armReplyTimeout(0); // the student's turn: no deadline while they think
    const QString state = m_session->state();
    if (state != m_lastState) {
        m_lastState = state;
        m_channel->traceNote(TraceKind::StateChange, QByteArray(), state);
        Q_EMIT stateChanged(state);
    }
    if (out.needPassword)
        Q_EMIT passwordRequested(m_session->passwordPrompt());
    if (out.startTls) {
        m_tlsPending = true;
        m_channel->startTls();
    }
    if (out.replyComplete)
        Q_EMIT replyComplete(out.replySuccess);
    if (out.closed)
        m_channel->close();
}

QByteArray ConsoleConnection::typedFor(const QByteArray &tag) const
{
    const auto *imap = dynamic_cast<const ImapConsoleSession *>(m_session.get());
    return imap ? imap->typedFor(tag) : QByteArray();
}

} // namespace carteiro
