// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ChannelJob.h"

#include "sasl/SaslClient.h"

namespace carteiro {

ChannelJob::ChannelJob(TraceHub *hub, Protocol protocol, ChannelOptions options, QObject *parent)
    : QObject(parent), m_hub(hub), m_channelOptions(std::move(options)), m_protocol(protocol)
{
}

ChannelJob::~ChannelJob() = default;

void ChannelJob::createChannel(std::unique_ptr<Framer> framer)
{
    Q_ASSERT(!m_channel);
    m_channel = new Channel(m_hub, m_protocol, this);
    if (m_gate)
        m_channel->setStepGate(m_gate);
    if (framer)
        m_channel->setFramer(std::move(framer));
    connect(m_channel, &Channel::connected, this, [this] { onConnected(); });
    connect(m_channel, &Channel::lineReceived, this,
            [this](const QByteArray &frame) { onFrame(frame); });
    connect(m_channel, &Channel::encrypted, this, [this] { onEncrypted(); });
    connect(m_channel, &Channel::writeBufferDrained, this, [this] { onWriteBufferDrained(); });
    connect(m_channel, &Channel::failed, this, &ChannelJob::channelFailed);
    connect(m_channel, &Channel::closed, this, &ChannelJob::channelClosed);
}

void ChannelJob::addSecrets(const SaslCredentials &credentials)
{
    m_hub->addSecret(credentials.password.toUtf8());
    m_hub->addSecret(credentials.oauthToken.toUtf8());
}

void ChannelJob::openChannel(std::unique_ptr<Framer> framer)
{
    if (!m_channel)
        createChannel(std::move(framer));
    m_channel->open(m_channelOptions);
}

void ChannelJob::channelFailed(Channel::ErrorKind kind, const QString &message)
{
    if (m_channelError.isEmpty() && !sessionFinished()) {
        m_channelError = message;
        m_channelErrorKind = kind;
    }
    onFailed(kind, message);
}

void ChannelJob::onFailed(Channel::ErrorKind, const QString &message)
{
    onConnectionLost(message);
}

void ChannelJob::channelClosed()
{
    if (m_channel->stoppedByUser() && !sessionFinished()) {
        m_stopped = true;
        onStoppedByUser();
    }
    if (!sessionFinished())
        onConnectionLost(tr("the server closed the connection"));
    onClosed();
}

void ChannelJob::onStoppedByUser()
{
    onConnectionLost(tr("stopped by the user"));
}

void ChannelJob::traceGreeting(const QByteArray &classroomNote)
{
    m_channel->traceNote(TraceKind::StateChange, "CONNECTED -> GREETING",
                         QStringLiteral("GREETING"));
    if (!classroomNote.isEmpty())
        m_channel->traceNote(TraceKind::Info, classroomNote);
}

void ChannelJob::traceStateChanges(const QList<QByteArray> &changes)
{
    for (const QByteArray &change : changes) {
        const QByteArray to = change.mid(change.lastIndexOf(' ') + 1);
        if (m_channel)
            m_channel->traceNote(TraceKind::StateChange, change, QString::fromLatin1(to));
        Q_EMIT stateChanged(QString::fromLatin1(to));
    }
}

void ChannelJob::traceNotes(const QList<QByteArray> &notes)
{
    if (!m_channel)
        return;
    for (const QByteArray &note : notes)
        m_channel->traceNote(TraceKind::Info, note);
}

void ChannelJob::traceSessionError(const QString &error)
{
    if (m_channel && !error.isEmpty() && error != m_channelError)
        m_channel->traceNote(TraceKind::Error, error.toUtf8());
}

} // namespace carteiro
