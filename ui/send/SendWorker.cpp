#include "SendWorker.h"

#include "inspector/SessionSummary.h"
#include "mime/MimeComposer.h"
#include "smtp/SubmissionJob.h"
#include "trace/TraceHub.h"

#include <QTemporaryDir>

namespace carteiro {

SendWorker::SendWorker(TraceHub *hub) : m_hub(hub) {}

SendWorker::~SendWorker() = default;

void SendWorker::start(const MessageDraft &draft, const AccountSettings &account, const QString &password,
                       bool authenticate, bool testOnly)
{
    m_testOnly = testOnly;
    m_cancelRequested = false;
    m_messageBytes = 0;
    m_messageFile.clear();
    const char *scheme = account.smtpSecurity == TransportSecurity::ImplicitTls ? "smtps"
                         : account.smtpSecurity == TransportSecurity::Plain     ? "smtp+plain"
                                                                                : "smtp";
    m_server = QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), account.smtpHost).arg(account.smtpPort);
    m_dir.reset(); // the previous message, kept for the inspector's MIME tab until now
    QList<SubmissionJob::Message> messages;
    if (!testOnly) {
        Q_EMIT stateChanged(tr("Composing the message"));
        // The composed file lives only as long as this send: the draft itself
        // stays in the composer window until the server said 250.
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        if (!m_dir->isValid()) {
            finishWith(SendResult::failure(SendResult::Outcome::Failed, tr("compose"),
                                           tr("cannot create a temporary folder: %1").arg(m_dir->errorString())));
            return;
        }
        const auto composed = MimeComposer::compose(draft, m_dir->filePath(QStringLiteral("message.eml")), &error);
        if (!composed) {
            finishWith(SendResult::failure(SendResult::Outcome::Failed, tr("compose"), error));
            return;
        }
        if (m_cancelRequested) {
            finishWith(SendResult::failure(SendResult::Outcome::Cancelled, {}, tr("cancelled by the user")));
            return;
        }
        SmtpEnvelope envelope;
        envelope.from = composed->envelopeFrom;
        envelope.recipients = composed->envelopeRecipients;
        envelope.size = composed->size;
        envelope.eightBit = composed->has8BitData;
        envelope.smtpUtf8 = composed->needsSmtpUtf8;
        messages.append({composed->filePath, envelope});
        m_messageBytes = composed->size;
        m_messageFile = composed->filePath;
    }
    Q_EMIT stateChanged(tr("Connecting to %1:%2").arg(account.smtpHost).arg(account.smtpPort));
    // Created here, on the worker thread: the job's Channel, socket and timers
    // belong to this thread's event loop.
    m_job = new SubmissionJob(m_hub, account.smtpChannel(), account.smtpConfig(password, authenticate),
                              messages, this);
    connect(m_job, &SubmissionJob::stateChanged, this, &SendWorker::stateChanged);
    connect(m_job, &SubmissionJob::progress, this, &SendWorker::progress);
    connect(m_job, &SubmissionJob::finished, this, &SendWorker::onJobFinished);
    m_job->start();
}

void SendWorker::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void SendWorker::onJobFinished()
{
    const SmtpSession &s = m_job->session();
    SendResult r;
    switch (m_job->outcome()) {
    case SubmissionJob::Outcome::Sent:
        r.outcome = SendResult::Outcome::Sent;
        break;
    case SubmissionJob::Outcome::PossiblySent:
        r.outcome = SendResult::Outcome::PossiblySent;
        break;
    case SubmissionJob::Outcome::Cancelled:
        r.outcome = SendResult::Outcome::Cancelled;
        break;
    default:
        r.outcome = SendResult::Outcome::Failed;
        break;
    }
    r.connectionTest = m_testOnly;
    r.error = m_job->errorMessage();
    r.failedStep = r.error.section(QLatin1Char(':'), 0, 0);
    if (s.lastReply().code != 0)
        r.serverReply = s.lastReply().text();
    r.capabilities = s.capabilities().keywords;
    r.authMechanism = s.authMechanism();
    r.sizeLimit = s.capabilities().sizeLimit;
    r.messageBytes = m_messageBytes;
    if (const auto *ch = m_job->channel()) {
        r.connection = ch->connectionId();
        // Built here: the session lives on this thread and dies with the job.
        r.summary = SessionSummary::fromSmtp(s, ch->tlsDetails(), m_server);
        r.hasSummary = true;
    }
    for (const SmtpMessageResult &m : s.results()) {
        r.queueId = m.queueId;
        for (const SmtpRecipientResult &rc : m.recipients)
            if (!rc.accepted && rc.reply.code != 0)
                r.refusedRecipients << QStringLiteral("<%1>: %2").arg(QString::fromUtf8(rc.address), rc.reply.text());
    }
    // The inspector scrolls to the first error or 4xx/5xx reply of this connection.
    if (r.outcome != SendResult::Outcome::Sent && r.connection) {
        for (const TraceEvent &e : m_hub->history(r.connection))
            if (e.kind == TraceKind::Error || e.replyCode >= 400) {
                r.failureEventId = e.id;
                // The refusing reply itself, not the 221 that answered our QUIT.
                if (e.replyCode >= 400)
                    r.serverReply = QString::fromUtf8(e.bytes);
                break;
            }
    }
    m_job->deleteLater();
    m_job = nullptr;
    finishWith(r);
}

void SendWorker::finishWith(SendResult result)
{
    if (result.messageBytes == 0)
        result.messageBytes = m_messageBytes;
    result.messageFile = m_messageFile;
    Q_EMIT finished(result);
}

} // namespace carteiro
