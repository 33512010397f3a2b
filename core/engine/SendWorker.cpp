#include "engine/SendWorker.h"

#include "engine/SmtpSessionSummary.h"
#include "engine/SentFiler.h"
#include "mime/MimeComposer.h"
#include "net/StepGate.h"
#include "smtp/SubmissionJob.h"
#include "trace/TraceHub.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace carteiro {

SendWorker::SendWorker(TraceHub *hub) : m_hub(hub) {}

SendWorker::~SendWorker() = default;

void SendWorker::start(const MessageDraft &draft, const AccountSettings &account, const QString &password,
                       bool authenticate, bool testOnly)
{
    m_testOnly = testOnly;
    m_cancelRequested = false;
    m_account = account;
    m_password = authenticate ? password : QString();
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
    if (!testOnly && m_nextGate) {
        m_job->setStepGate(m_nextGate); // step mode: this send, and only this one
        m_nextGate = nullptr;
    }
    m_job->start();
}

void SendWorker::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
    if (m_filer)
        m_filer->cancel();
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
    r.stoppedByUser = m_job->stoppedByUser();
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
        r.summary = summarizeSmtpSession(s, ch->tlsDetails(), m_server);
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
    if (r.outcome == SendResult::Outcome::Sent && !m_testOnly && SentFiler::canFile(m_account)) {
        // The exact bytes that went out (RFC 3501 §6.3.11 APPEND takes them as they are).
        QFile file(m_messageFile);
        if (!file.open(QIODevice::ReadOnly)) {
            r.filing = SendResult::Filing::NotFiled;
            r.filingError = tr("cannot read the sent message again: %1").arg(file.errorString());
            finishWith(r);
            return;
        }
        startFiling(r, file.readAll(), false, QString());
        return;
    }
    finishWith(r);
}

QString SendWorker::unfiledFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/unfiled-sent");
}

QString SendWorker::keepUnfiled(const QByteArray &message, QString *error)
{
    const QString dir = unfiledFolder();
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create \"%1\"").arg(dir);
        return {};
    }
    const QString path = dir + QStringLiteral("/%1-%2.eml")
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() || !file.commit()) {
        *error = tr("cannot write \"%1\": %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

void SendWorker::startFiling(SendResult result, const QByteArray &message, bool retry, const QString &unfiledFile)
{
    m_pending = result;
    m_filingMessage = message;
    m_filingRetry = retry;
    m_filingUnfiledFile = unfiledFile;
    if (m_password.isEmpty()) {
        // No password was needed for SMTP: none is known for the IMAP login either.
        m_pending.filing = SendResult::Filing::NotFiled;
        m_pending.filingError = tr("no password is known for the IMAP login");
        m_filer = nullptr;
        onFilingFinished();
        return;
    }
    Q_EMIT stateChanged(tr("Filing the message in Sent"));
    // Created here, on the worker thread, like the submission job.
    m_filer = new SentFiler(m_hub, m_account, m_password, message, this);
    connect(m_filer, &SentFiler::stateChanged, this, &SendWorker::stateChanged);
    connect(m_filer, &SentFiler::finished, this, &SendWorker::onFilingFinished);
    m_filer->start();
}

void SendWorker::onFilingFinished()
{
    SendResult r = m_pending;
    if (m_filer) {
        r.filing = m_filer->isFiled() ? SendResult::Filing::Filed : SendResult::Filing::NotFiled;
        r.sentFolder = m_filer->folder();
        r.filingError = m_filer->error();
        r.sentUid = m_filer->appendedUid();
        r.filingConnection = m_filer->connection();
        m_filer->deleteLater();
        m_filer = nullptr;
    }
    m_password.clear();
    if (r.filing == SendResult::Filing::Filed) {
        if (!m_filingUnfiledFile.isEmpty())
            QFile::remove(m_filingUnfiledFile); // tests/README.md, case 21: kept only until an APPEND succeeds
    } else {
        // Nothing lost: the bytes stay in the result and on disk until a retry files them.
        r.unfiledMessage = m_filingMessage;
        r.unfiledMessageFile = m_filingUnfiledFile;
        if (r.unfiledMessageFile.isEmpty()) {
            QString error;
            r.unfiledMessageFile = keepUnfiled(m_filingMessage, &error);
            if (r.unfiledMessageFile.isEmpty())
                r.filingError += QStringLiteral("; ") + tr("the copy could not be kept on disk: %1").arg(error);
        }
    }
    m_filingMessage.clear();
    if (m_filingRetry) {
        Q_EMIT filingFinished(r);
        return;
    }
    finishWith(r);
}

void SendWorker::retryFiling(const QByteArray &message, const AccountSettings &account, const QString &password,
                             const QString &unfiledFile)
{
    m_account = account;
    m_password = password;
    SendResult r;
    r.outcome = SendResult::Outcome::Sent;
    r.messageBytes = message.size();
    if (!SentFiler::canFile(account)) {
        r.filing = SendResult::Filing::NotFiled;
        r.filingError = tr("the account has no IMAP server to file in");
        r.unfiledMessage = message;
        r.unfiledMessageFile = unfiledFile;
        Q_EMIT filingFinished(r);
        return;
    }
    startFiling(r, message, true, unfiledFile);
}

void SendWorker::finishWith(SendResult result)
{
    m_password.clear(); // kept only for the IMAP login right after the submission
    if (result.messageBytes == 0)
        result.messageBytes = m_messageBytes;
    result.messageFile = m_messageFile;
    Q_EMIT finished(result);
}

} // namespace carteiro
