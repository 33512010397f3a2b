// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SubmissionJob.h"

#include "smtp/SmtpDataEncoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

namespace carteiro {

namespace {
constexpr qint64 kHighWater = 512 * 1024;  // bytes queued in the socket before we wait
constexpr qint64 kDataPiece = 256 * 1024;     // file read size in DATA mode
constexpr qint64 kBdatChunk = 256 * 1024;   // one BDAT chunk (RFC 3030 §2)
} // namespace

SubmissionJob::SubmissionJob(TraceHub *hub, ChannelOptions channel, SmtpSession::Config config,
                             QList<Message> messages, QObject *parent)
    : ChannelJob(hub, Protocol::Smtp, std::move(channel), parent),
      m_session(std::make_unique<SmtpSession>(std::move(config))), m_messages(std::move(messages))
{
    for (const Message &m : m_messages) {
        m_session->addMessage(m.envelope);
        m_bytesTotal += m.filePath.isEmpty() ? m.data.size() : QFileInfo(m.filePath).size();
    }
}

SubmissionJob::~SubmissionJob() = default;

void SubmissionJob::start()
{
    const QString invalid = m_session->validate();
    if (!invalid.isEmpty()) {
        // Refused before anything reaches the wire (tests/README.md, case 13).
        setTransportError(invalid);
        QTimer::singleShot(0, this, [this] {
            m_outcome = Outcome::Failed;
            Q_EMIT finished(m_outcome);
        });
        return;
    }
    addSecrets(m_session->config().credentials);
    openChannel();
}

void SubmissionJob::onConnected()
{
    if (m_session->config().ehloName.isEmpty()) {
        // RFC 5321 §4.1.4: an address literal when we have no name to give.
        m_session->setEhloName(m_channel->localAddressLiteral());
    }
    traceGreeting(m_session->config().classroomNote);
}

void SubmissionJob::onFrame(const QByteArray &line) { apply(m_session->feedLine(line)); }

void SubmissionJob::onEncrypted() { apply(m_session->tlsEstablished()); }

void SubmissionJob::onWriteBufferDrained()
{
    if (m_streaming)
        pumpBody();
}

void SubmissionJob::onStoppedByUser()
{
    // After the whole body went out the server may have taken it: that stays
    // "possibly sent" (never re-sent silently), not "stopped". A body still
    // held when Stop came never left (the session already waits for its
    // verdict, BodyReply, since the job handed it over).
    const bool bodyOut = !stepGate() || stepGate()->bodyReleased();
    m_cancelled = !(m_session->state() == SmtpSession::State::BodyReply && bodyOut);
    ChannelJob::onStoppedByUser();
}

void SubmissionJob::onConnectionLost(const QString &why) { apply(m_session->connectionLost(why)); }

void SubmissionJob::onClosed() { finish(); }

void SubmissionJob::cancel()
{
    if (m_outcome != Outcome::Running)
        return;
    m_cancelled = true;
    m_streaming = false;
    apply(m_session->connectionLost(tr("cancelled by the user")));
    if (m_channel)
        m_channel->close();
    finish();
}

void SubmissionJob::onFailed(Channel::ErrorKind, const QString &message)
{
    m_streaming = false;
    apply(m_session->connectionLost(message));
    finish();
}

void SubmissionJob::apply(const SmtpSession::Output &out)
{
    traceStateChanges(out.stateChanges);
    traceNotes(out.notes);
    if (!m_channel)
        return;
    for (const SmtpCommand &c : out.commands)
        m_channel->writeLine(c.wire, c.traceText, QString::fromLatin1(c.verb));
    if (!out.commands.isEmpty())
        m_channel->armReplyTimeout();
    if (out.startTls)
        m_channel->startTls();
    // A verdict is reported before the next body starts: the outbox records it
    // with that body's last step, in one commit.
    reportFinishedMessages(false);
    if (out.sendBody)
        beginBody(out.bodyIndex, out.useBdat);
    if (out.close) {
        m_streaming = false; // a 421 mid-body: nothing more of it goes
        if (m_session->state() == SmtpSession::State::Failed)
            traceSessionError(m_session->error());
        m_channel->close();
        finish();
        return;
    }
    scheduleAhead();
}

void SubmissionJob::scheduleAhead()
{
    // When this turn of the event loop has read what the server sent (several
    // verdicts at once, as a pipelining server answers), the free places of
    // the window are filled in one batch: one record for all of them.
    if (m_aheadPosted || m_streaming || !m_session->config().pipelineBodies || m_session->aheadBatch().isEmpty())
        return;
    m_aheadPosted = true;
    QTimer::singleShot(0, this, [this] {
        m_aheadPosted = false;
        sendAhead();
    });
}

bool SubmissionJob::recordFinalChunks(const QList<int> &indices)
{
    if (m_beforeFinalDots)
        return m_beforeFinalDots(indices);
    for (int index : indices)
        if (m_beforeFinalDot && !m_beforeFinalDot(index))
            return false;
    return true;
}

void SubmissionJob::abandon(const QString &why)
{
    // Nothing more goes: the session ends as after a lost connection.
    m_streaming = false;
    apply(m_session->connectionLost(why));
    m_channel->close();
    finish();
}

std::unique_ptr<QIODevice> SubmissionJob::openBody(int index)
{
    const Message &message = m_messages.at(index);
    std::unique_ptr<QIODevice> body;
    if (message.filePath.isEmpty()) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(message.data); // shared, not copied
        body = std::move(buffer);
    } else {
        body = std::make_unique<QFile>(message.filePath);
    }
    if (body->open(QIODevice::ReadOnly))
        return body;
    abandon(tr("cannot read the message file %1: %2").arg(message.filePath, body->errorString()));
    return nullptr;
}

void SubmissionJob::writeBdat(const QByteArray &wire, bool last)
{
    // RFC 3030 §2: BDAT <size> [LAST], then exactly <size> octets.
    const QByteArray cmd = "BDAT " + QByteArray::number(wire.size()) + (last ? " LAST" : "");
    m_channel->writeLine(cmd + "\r\n", cmd, QStringLiteral("BDAT"));
    m_channel->writeBody(wire);
}

void SubmissionJob::stopUnrecorded()
{
    // The outbox could not record that the end is going out: it must not go.
    abandon(tr("the outbox could not record the send, so the message was not finished"));
}

void SubmissionJob::sendAhead()
{
    if (m_outcome != Outcome::Running || !m_channel || m_streaming)
        return;
    const QList<int> batch = m_session->aheadBatch();
    if (batch.isEmpty())
        return;
    // Every body read and encoded before anything is recorded: a file that
    // cannot be read stops the connection with nothing of the batch marked.
    QList<QByteArray> wires;
    qint64 rawBytes = 0;
    for (int index : batch) {
        const std::unique_ptr<QIODevice> body = openBody(index);
        if (!body)
            return;
        const QByteArray raw = body->readAll();
        SmtpDataEncoder encoder(SmtpDataEncoder::Mode::Bdat);
        wires.append(encoder.encode(raw) + encoder.finish());
        rawBytes += raw.size();
    }
    if (!recordFinalChunks(batch)) {
        stopUnrecorded();
        return;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const SmtpSession::Output envelope = m_session->sendAhead(batch.at(i));
        for (const SmtpCommand &c : envelope.commands)
            m_channel->writeLine(c.wire, c.traceText, QString::fromLatin1(c.verb));
        const QByteArray &wire = wires.at(i);
        writeBdat(wire, true);
        m_channel->traceBodySummary(wire.size(), QByteArray("message in BDAT chunks"));
        const SmtpSession::Output after = m_session->bodySent(1);
        traceStateChanges(after.stateChanges);
        traceNotes(after.notes);
    }
    m_bytesDone += rawBytes;
    Q_EMIT progress(m_bytesDone, m_bytesTotal);
    m_channel->armReplyTimeout();
}

void SubmissionJob::reportFinishedMessages(bool all)
{
    // The session moves to the next message once the current one's verdict is in.
    const int upto = all ? int(m_messages.size()) : qMin(m_session->currentMessage(), int(m_messages.size()));
    while (m_reported < upto)
        Q_EMIT messageFinished(m_reported++);
}

void SubmissionJob::beginBody(int index, bool bdat)
{
    m_bodyIndex = index;
    m_body = openBody(index);
    if (!m_body)
        return;
    m_bdat = bdat;
    m_encoder = std::make_unique<SmtpDataEncoder>(bdat ? SmtpDataEncoder::Mode::Bdat
                                                       : SmtpDataEncoder::Mode::Data);
    m_chunks = 0;
    m_bodyWireBytes = 0;
    m_streaming = true;
    m_channel->armReplyTimeout(); // re-armed by write progress: a stalled peer times out
    pumpBody();
}

void SubmissionJob::pumpBody()
{
    while (m_streaming && !m_session->isFinished() && m_channel->pendingWriteBytes() < kHighWater) {
        if (m_session->bodyRejected()) { // a BDAT chunk was refused: stop sending
            endBody();
            return;
        }
        const QByteArray raw = m_body->read(m_bdat ? kBdatChunk : kDataPiece);
        if (raw.isEmpty() && !m_body->atEnd()) {
            abandon(tr("cannot read the message file: %1").arg(m_body->errorString()));
            return;
        }
        m_bytesDone += raw.size();
        const bool last = m_body->atEnd();
        QByteArray wire = m_encoder->encode(raw);
        if (last)
            wire += m_encoder->finish();
        if (last && m_beforeFinalDot && !m_beforeFinalDot(m_bodyIndex)) {
            stopUnrecorded();
            return;
        }
        if (m_bdat) {
            writeBdat(wire, last);
            ++m_chunks;
        } else {
            m_channel->writeBody(wire);
        }
        m_bodyWireBytes += wire.size();
        Q_EMIT progress(m_bytesDone, m_bytesTotal);
        if (last) {
            endBody();
            return;
        }
    }
}

void SubmissionJob::endBody()
{
    m_streaming = false;
    m_body.reset();
    m_channel->traceBodySummary(m_bodyWireBytes, m_bdat ? QByteArray("message in BDAT chunks")
                                                        : QByteArray("message, dot-stuffed, "
                                                                     "ended by CRLF.CRLF"));
    m_channel->armReplyTimeout();
    apply(m_session->bodySent(m_chunks));
}

void SubmissionJob::finish()
{
    if (m_outcome != Outcome::Running)
        return;
    if (!m_session->isFinished() && failedOnTransport())
        m_session->connectionLost(transportError());
    if (!m_session->isFinished())
        return;
    reportFinishedMessages(true);
    bool possibly = false;
    for (const SmtpMessageResult &r : m_session->results())
        possibly = possibly || r.possiblySent;
    if (m_cancelled)
        m_outcome = Outcome::Cancelled;
    else if (m_session->succeeded())
        m_outcome = Outcome::Sent;
    else if (possibly)
        m_outcome = Outcome::PossiblySent;
    else
        m_outcome = Outcome::Failed;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_outcome); });
}

QString SubmissionJob::errorMessage() const
{
    if (m_outcome == Outcome::Sent)
        return {};
    if (m_outcome == Outcome::Cancelled && stoppedByUser())
        return tr("stopped by the user");
    if (m_outcome == Outcome::PossiblySent)
        return failure(tr("the connection dropped after the whole message was sent and before the "
                          "server's reply; it may have been accepted: %1"));
    return failure();
}

QString SubmissionJob::failure(const QString &wording) const
{
    QString step = m_session->failedStep();
    QString message = m_session->error();
    if (message.isEmpty()) {
        message = transportError();
    }
    if (failedOnTransport() && transportErrorKind() == Channel::ErrorKind::Certificate)
        step = QStringLiteral("TLS");
    if (step.isEmpty() || m_session->state() == SmtpSession::State::Greeting)
        step = transportErrorKind() == Channel::ErrorKind::Certificate ? QStringLiteral("TLS")
                                                                     : QStringLiteral("CONNECT");
    if (message.isEmpty())
        return {};
    return step + QStringLiteral(": ") + (wording.isEmpty() ? message : wording.arg(message));
}

} // namespace carteiro
