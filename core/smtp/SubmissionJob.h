#pragma once
// Drives one SMTP submission: Channel <-> SmtpSession, streaming each message
// file as DATA (dot-stuffed) or BDAT chunks with bounded buffering.
#include "net/Channel.h"
#include "smtp/SmtpDataEncoder.h"
#include "smtp/SmtpSession.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <memory>

namespace carteiro {

class SubmissionJob : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString filePath;      // the composed message, CRLF line endings
        SmtpEnvelope envelope;
    };
    enum class Outcome { Running, Sent, Failed, PossiblySent, Cancelled };

    SubmissionJob(TraceHub *hub, ChannelOptions channel, SmtpSession::Config config,
                  QList<Message> messages, QObject *parent = nullptr);
    ~SubmissionJob() override;

    // Step mode: the job's channel holds every command in `gate` (StepGate.h).
    // Call before start().
    void setStepGate(StepGate *gate) { m_gate = gate; }
    void start();
    void cancel();
    // Stop was pressed in step mode: the outcome is Cancelled, not an error.
    bool stoppedByUser() const { return m_stopped; }

    Outcome outcome() const { return m_outcome; }
    const SmtpSession &session() const { return *m_session; }
    const Channel *channel() const { return m_channel; }
    // One line naming the failed step and quoting the server: "AUTH: authentication failed: 535 ..."
    QString errorMessage() const;
    // The failure came from the transport (connect, TLS, certificate, timeout, drop)
    // rather than from a server reply.
    bool failedOnTransport() const { return !m_channelError.isEmpty(); }

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void stateChanged(const QString &state);
    void finished(carteiro::SubmissionJob::Outcome outcome);

private:
    void apply(const SmtpSession::Output &out);
    void beginBody(bool bdat);
    void pumpBody();
    void endBody();
    void finish();
    void onChannelFailed(Channel::ErrorKind kind, const QString &message);

    TraceHub *m_hub;
    ChannelOptions m_options;
    Channel *m_channel = nullptr;
    std::unique_ptr<SmtpSession> m_session;
    QList<Message> m_messages;
    Outcome m_outcome = Outcome::Running;
    QString m_channelError;
    Channel::ErrorKind m_channelErrorKind = Channel::ErrorKind::None;
    bool m_cancelled = false;
    bool m_stopped = false;
    QPointer<StepGate> m_gate;
    // body streaming
    std::unique_ptr<QFile> m_body;
    std::unique_ptr<SmtpDataEncoder> m_encoder;
    bool m_streaming = false;
    bool m_bdat = false;
    int m_chunks = 0;
    qint64 m_bodyWireBytes = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
};

} // namespace carteiro
