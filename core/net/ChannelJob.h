// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one base under every class that drives a protocol session over a
// Channel (SubmissionJob, ImapConnection, Pop3RetrieveJob, ConsoleConnection):
// it owns the Channel, connects its signals once (connected, frame, encrypted,
// failed, closed, write buffer drained) and hands each to a virtual hook. What
// was written in every job lives here too: the step gate (StepGate.h) and Stop
// in step mode, the secrets registered with the TraceHub before anything that
// carries them is written, the first transport error, and the session's state
// changes and notes traced into the inspector (core/README.md, "One path for
// bytes").
#include "net/Channel.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace carteiro {

struct SaslCredentials;

class ChannelJob : public QObject
{
    Q_OBJECT
public:
    ChannelJob(TraceHub *hub, Protocol protocol, ChannelOptions options, QObject *parent = nullptr);
    ~ChannelJob() override;

    // Step mode: the channel holds every command in `gate` (StepGate.h). Call
    // before the channel opens.
    void setStepGate(StepGate *gate) { m_gate = gate; }
    // Stop was pressed in step mode: the session ended politely, not in error.
    bool stoppedByUser() const { return m_stopped; }
    // The failure came from the transport (connect, TLS, certificate, timeout,
    // drop) rather than from a server reply.
    bool failedOnTransport() const { return !m_channelError.isEmpty(); }
    const Channel *channel() const { return m_channel; }
    TraceHub *hub() const { return m_hub; }

Q_SIGNALS:
    // The session's named state, each time it changes ("EHLO", "SELECTED").
    void stateChanged(const QString &state);

protected:
    // Creates the channel (with the step gate and `framer`; none: a LineFramer
    // of the options' maxLineBytes) and connects its signals. Once per job.
    void createChannel(std::unique_ptr<Framer> framer = {});
    // Masks the password and the OAuth token in every event recorded after this.
    void addSecrets(const SaslCredentials &credentials);
    // Creates the channel when createChannel() was not called, then connects.
    void openChannel(std::unique_ptr<Framer> framer = {});

    // Hooks, each called from the one connection to the Channel's signal.
    virtual void onConnected() {}
    virtual void onFrame(const QByteArray &frame) = 0;
    virtual void onEncrypted() {}
    virtual void onWriteBufferDrained() {}
    // After the first transport error was kept (transportError()).
    virtual void onFailed(Channel::ErrorKind kind, const QString &message);
    // After Stop (step mode) and a lost connection were told to the session.
    virtual void onClosed() {}

    // The session, as far as the base needs to know it.
    virtual bool sessionFinished() const { return true; }
    virtual void onConnectionLost(const QString &why) { Q_UNUSED(why); }
    // Stop in step mode closed the channel before the session was done.
    virtual void onStoppedByUser();

    // "CONNECTED -> GREETING", then the classroom note (if any) for the inspector.
    void traceGreeting(const QByteArray &classroomNote);
    // Each "FROM -> TO" into the inspector, and stateChanged(TO).
    void traceStateChanges(const QList<QByteArray> &changes);
    void traceNotes(const QList<QByteArray> &notes);
    // The session's own error when it ends in failure, unless it only repeats
    // the transport's.
    void traceSessionError(const QString &error);

    QString transportError() const { return m_channelError; }
    // An error found before the channel opened that callers treat like the
    // transport's (failedOnTransport(), the "CONNECT" step).
    void setTransportError(const QString &message) { m_channelError = message; }
    Channel::ErrorKind transportErrorKind() const { return m_channelErrorKind; }
    StepGate *stepGate() const { return m_gate; }
    void setStoppedByUser() { m_stopped = true; }

    TraceHub *m_hub;
    ChannelOptions m_channelOptions;
    Channel *m_channel = nullptr; // a child of this job

private:
    void channelFailed(Channel::ErrorKind kind, const QString &message);
    void channelClosed();

    Protocol m_protocol;
    QPointer<StepGate> m_gate;
    QString m_channelError;
    Channel::ErrorKind m_channelErrorKind = Channel::ErrorKind::None;
    bool m_stopped = false;
};

} // namespace carteiro
