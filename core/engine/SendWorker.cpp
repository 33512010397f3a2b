// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SendWorker.h"

#include "engine/SmtpSessionSummary.h"
#include "smtp/SubmissionJob.h"
#include "trace/TraceHub.h"

namespace carteiro {

SendWorker::SendWorker(TraceHub *hub) : m_hub(hub) {}

SendWorker::~SendWorker() = default;

void SendWorker::testConnection(const AccountSettings &account, const QString &password, bool authenticate)
{
    const char *scheme = account.smtpSecurity == TransportSecurity::ImplicitTls ? "smtps"
                         : account.smtpSecurity == TransportSecurity::Plain     ? "smtp+plain"
                                                                                : "smtp";
    m_server = QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), account.smtpHost).arg(account.smtpPort);
    Q_EMIT stateChanged(tr("Connecting to %1:%2").arg(account.smtpHost).arg(account.smtpPort));
    // Created here, on the worker thread: the job's Channel, socket and timers
    // belong to this thread's event loop. No message: a connection test.
    m_job = new SubmissionJob(m_hub, account.smtpChannel(), account.smtpConfig(password, authenticate), {}, this);
    connect(m_job, &SubmissionJob::stateChanged, this, &SendWorker::stateChanged);
    connect(m_job, &SubmissionJob::finished, this, &SendWorker::onJobFinished);
    m_job->start();
}

void SendWorker::cancel()
{
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
    r.connectionTest = true;
    r.stoppedByUser = m_job->stoppedByUser();
    r.error = m_job->errorMessage();
    r.failedStep = r.error.section(QLatin1Char(':'), 0, 0);
    if (s.lastReply().code != 0)
        r.serverReply = s.lastReply().text();
    r.capabilities = s.capabilities().keywords;
    r.authMechanism = s.authMechanism();
    r.sizeLimit = s.capabilities().sizeLimit;
    if (const auto *ch = m_job->channel()) {
        r.connection = ch->connectionId();
        // Built here: the session lives on this thread and dies with the job.
        r.summary = summarizeSmtpSession(s, ch->tlsDetails(), m_server);
        r.hasSummary = true;
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
    Q_EMIT finished(r);
}

} // namespace carteiro
