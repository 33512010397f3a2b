// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives one SMTP submission: Channel <-> SmtpSession, streaming each message
// (a file, or bytes held in memory) as DATA (dot-stuffed) or BDAT chunks with
// bounded buffering. Several messages go over the one connection; the outbox
// hears of each one's end (messageFinished) and is asked right before each
// final dot or BDAT LAST leaves (setBeforeFinalDot). The
// Channel wiring and step mode are ChannelJob's (core/net/ChannelJob.h).
#include "net/ChannelJob.h"
#include "smtp/SmtpDataEncoder.h"
#include "smtp/SmtpSession.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace carteiro {

class SubmissionJob : public ChannelJob
{
    Q_OBJECT
public:
    struct Message
    {
        QString filePath;      // the composed message, CRLF line endings
        SmtpEnvelope envelope;
        QByteArray data = {};  // used instead of filePath when that is empty
    };
    // Called synchronously right before the bytes that end message `index`
    // (DATA's final dot, or BDAT ... LAST) are written. False stops the
    // connection without them: the server then discards the transaction
    // (RFC 5321 §4.1.1.4), so the message was not sent.
    using BeforeFinalDot = std::function<bool(int index)>;
    enum class Outcome { Running, Sent, Failed, PossiblySent, Cancelled };

    SubmissionJob(TraceHub *hub, ChannelOptions channel, SmtpSession::Config config,
                  QList<Message> messages, QObject *parent = nullptr);
    ~SubmissionJob() override;

    // Step mode (setStepGate() before start()): Stop gives the outcome
    // Cancelled, not an error.
    void start();
    void cancel();
    void setBeforeFinalDot(BeforeFinalDot hook) { m_beforeFinalDot = std::move(hook); }
    // The same for messages sent whole ahead of their turn
    // (SmtpSession::Config::pipelineBodies): called once for the batch, before
    // the first of them leaves; without it, setBeforeFinalDot's hook is called
    // for each.
    using BeforeFinalDots = std::function<bool(const QList<int> &indices)>;
    void setBeforeFinalDots(BeforeFinalDots hook) { m_beforeFinalDots = std::move(hook); }

    Outcome outcome() const { return m_outcome; }
    const SmtpSession &session() const { return *m_session; }
    // One line naming the failed step and quoting the server: "AUTH: authentication failed: 535 ..."
    QString errorMessage() const;
    // The failed step and the server's (or the system's) words, "TLS: certificate
    // ..." or "CONNECT: Connection refused"; `wording` (with %1 for the words)
    // frames them. Empty when nothing failed.
    QString failure(const QString &wording = QString()) const;

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    // Message `index`'s result (session().results()[index]) is final: emitted
    // once per message, in order, as soon as its reply is in (at the latest
    // right before finished()).
    void messageFinished(int index);
    void finished(carteiro::SubmissionJob::Outcome outcome);

private:
    void onConnected() override;
    void onFrame(const QByteArray &line) override;
    void onEncrypted() override;
    void onWriteBufferDrained() override;
    void onFailed(Channel::ErrorKind kind, const QString &message) override;
    void onClosed() override;
    bool sessionFinished() const override { return m_session->isFinished(); }
    void onConnectionLost(const QString &why) override;
    void onStoppedByUser() override;

    void apply(const SmtpSession::Output &out);
    void beginBody(int index, bool bdat);
    void pumpBody();
    void endBody();
    void scheduleAhead();
    void sendAhead();
    bool recordFinalChunks(const QList<int> &indices);
    void stopUnrecorded();
    void abandon(const QString &why);
    std::unique_ptr<QIODevice> openBody(int index); // opened, or nullptr (abandoned)
    void writeBdat(const QByteArray &wire, bool last);
    void finish();
    void reportFinishedMessages(bool all);

    std::unique_ptr<SmtpSession> m_session;
    QList<Message> m_messages;
    Outcome m_outcome = Outcome::Running;
    bool m_cancelled = false;
    // body streaming
    BeforeFinalDot m_beforeFinalDot;
    BeforeFinalDots m_beforeFinalDots;
    bool m_aheadPosted = false;
    int m_reported = 0; // messages reported by messageFinished
    std::unique_ptr<QIODevice> m_body;
    std::unique_ptr<SmtpDataEncoder> m_encoder;
    bool m_streaming = false;
    bool m_bdat = false;
    int m_bodyIndex = -1; // the message whose body is being written
    int m_chunks = 0;
    qint64 m_bodyWireBytes = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
};

} // namespace carteiro
