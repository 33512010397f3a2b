// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxWorker: what is due goes out, one SubmissionJob (one connection) per
// server, and every step of it is durable before the next network step
// (core/engine/README.md, "The durable outbox"):
//   batch -> Sending/Transaction   one commit for the whole batch
//   before message i's final dot   DotSent(i), with Sent(i-1) in the same commit
//   250 for the last message       Sent (+ queue id) at once
#include "engine/OutboxWorker.h"
#include "engine/OutboxWorkerParts.h"

#include "account/ServerUrl.h"
#include "engine/OutboxPolicy.h"
#include "engine/SmtpSessionSummary.h"
#include "engine/SentFiler.h"
#include "net/StepGate.h"
#include "smtp/SubmissionJob.h"
#include "store/JourneyStore.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QFile>
#include <algorithm>
#include <utility>

namespace carteiro {

namespace {

bool hasHighBytes(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80; });
}

QString serverText(const ChannelOptions &c)
{
    const char *scheme = c.security == TransportSecurity::ImplicitTls ? "smtps"
                         : c.security == TransportSecurity::Plain     ? "smtp+plain"
                                                                      : "smtp";
    return QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), c.host).arg(c.port);
}

void recordSubmission(JourneyStore *store, const SubmissionJob &job, const QString &server,
                      const QDateTime &started, const OutboxEntry &e)
{
    // The journey's first leg (core/engine/MessageJourney.h), kept after the
    // outbox row goes. Not part of the outbox's guarantees: a failure here
    // loses no mail, only this record.
    SubmissionRecord r;
    r.accountId = e.accountId;
    r.messageId = e.messageId;
    r.queueId = e.queueId;
    r.server = server;
    r.authMechanism = job.session().authMechanism();
    if (const auto *ch = job.channel(); ch && !ch->tlsDetails().protocol.isEmpty())
        r.tls = ch->tlsDetails().protocol + QStringLiteral(", ") + ch->tlsDetails().cipher;
    r.reply = e.lastReply;
    r.envelopeFrom = e.envelopeFrom;
    for (const QByteArray &rcpt : e.recipients)
        r.recipients.append(QString::fromUtf8(rcpt));
    r.started = started;
    r.sent = QDateTime::currentDateTimeUtc();
    if (store)
        store->recordSubmission(r);
}

} // namespace

bool OutboxWorker::batchHolds(qint64 id) const
{
    return m_inBatch.contains(id);
}

OutboxWorker::Target OutboxWorker::targetFor(const OutboxEntry &e) const
{
    Target t;
    if (m_accounts.contains(e.accountId)) {
        // A registered account: its current settings (an edited port applies).
        t.account = m_accounts.value(e.accountId);
        t.registered = true;
        t.password = m_passwords.value(e.accountId);
        t.needPassword = !t.account.username.isEmpty() && t.password.isEmpty() && m_tuning.oauthToken.isEmpty();
        t.key = QStringLiteral("account:") + e.accountId;
    } else {
        // Queued by carteiro-cli: the server recorded with the message.
        QString error;
        const auto url = ServerUrl::parse(e.serverUrl, &error);
        if (!url || url->protocol != Protocol::Smtp) {
            t.error = tr("the server recorded with the message (\"%1\") cannot be used: %2")
                          .arg(e.serverUrl, url ? tr("not an smtp:// or smtps:// address") : error);
            return t;
        }
        AccountSettings &a = t.account;
        a.id = e.accountId;
        a.name = e.login.isEmpty() ? url->host : e.login;
        a.smtpHost = url->host;
        a.smtpPort = url->port;
        a.smtpSecurity = url->security;
        a.username = e.login;
        a.caFile = e.caFile;
        a.authMechanism = e.mechanism;
        a.lab = url->plaintextLab(); // smtp+plain:// is the explicit lab form
        a.imapHost.clear();          // nothing to file in
        t.password = m_fallbackPassword;
        t.needPassword = !e.login.isEmpty() && t.password.isEmpty() && m_tuning.oauthToken.isEmpty();
        t.key = QStringLiteral("server:%1\n%2\n%3\n%4").arg(e.serverUrl, e.login, e.caFile, e.mechanism);
    }
    t.channel = t.account.smtpChannel();
    t.config = t.account.smtpConfig(t.password, !t.password.isEmpty() || !m_tuning.oauthToken.isEmpty());
    t.config.resetBetweenMessages = true; // RSET between the messages of one connection
    // Each final chunk is recorded (DotSent) before it leaves (beforeFinalDot),
    // so a small message may go whole while the one before awaits its verdict.
    t.config.pipelineBodies = true;
    // carteiro-cli send's options (SubmissionTuning) only ever turn an extension
    // off: what the account's classroom mode turned off stays off.
    t.config.usePipelining = t.config.usePipelining && m_tuning.usePipelining;
    t.config.useChunking = t.config.useChunking && m_tuning.useChunking;
    t.config.pipelineBodies = t.config.usePipelining;
    t.config.credentials.oauthToken = m_tuning.oauthToken;
    if (m_tuning.allowPlaintextAuth)
        t.config.allowAuthWithoutTls = *m_tuning.allowPlaintextAuth && t.channel.security == TransportSecurity::Plain;
    if (!m_tuning.pinnedSha256.isEmpty())
        t.channel.pinnedSha256 = m_tuning.pinnedSha256;
    if (m_tuning.timeoutMs > 0) {
        t.channel.connectTimeoutMs = m_tuning.timeoutMs;
        t.channel.replyTimeoutMs = m_tuning.timeoutMs;
    }
    t.server = serverText(t.channel);
    return t;
}

void OutboxWorker::schedule()
{
    if (!m_started || m_storeBroken || !m_owner || !ensureStore())
        return;
    reload();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids = m_entries.keys();
    std::sort(ids.begin(), ids.end());
    std::map<QString, QList<qint64>> groups;
    std::map<QString, Target> targets;
    QList<OutboxEntry> unusable;
    QList<qint64> done;
    using S = OutboxEntry::State;
    for (qint64 id : std::as_const(ids)) {
        const OutboxEntry e = m_entries.value(id);
        if (inFlight(id))
            continue;
        if (e.state == S::Filed) {
            done.append(id); // filed, and the removal was lost: finish it
            continue;
        }
        if (e.state == S::Sent) {
            if (needsFiling(e)) {
                if ((m_autoSend || m_flushPending) && !m_filingTried.contains(id))
                    queueFiling(id, {});
            } else if (e.accountId.isEmpty() || m_accounts.contains(e.accountId)) {
                done.append(id); // nothing to file in, or the server files it itself
            }
            continue;
        }
        const bool waiting = e.state == S::Queued || e.state == S::Deferred;
        const bool forced = waiting && m_forced.contains(id);
        if (!waiting)
            m_forced.remove(id);
        if (!forced && !(m_autoSend && OutboxPolicy::isDue(e, now)))
            continue;
        const Target t = targetFor(e);
        if (!t.error.isEmpty()) {
            m_forced.remove(id);
            OutboxEntry failed = e;
            failed.state = S::Failed;
            failed.lastError = t.error;
            failed.updated = now;
            unusable.append(failed);
            continue;
        }
        if (t.needPassword) {
            m_forced.remove(id);
            if (!m_askedPassword.contains(e.accountId)) {
                m_askedPassword.insert(e.accountId);
                Q_EMIT passwordNeeded(e.accountId);
            }
            continue;
        }
        if (m_batches.count(t.key))
            continue; // after the batch in flight to that server (still forced)
        m_forced.remove(id);
        groups[t.key].append(id);
        targets.emplace(t.key, t);
    }
    if (!unusable.isEmpty() && !save(unusable))
        return;
    if (!done.isEmpty()) {
        if (!m_store->removeOutbox(done)) {
            failStore();
            return;
        }
        for (qint64 id : std::as_const(done))
            m_entries.remove(id);
        publishSoon();
    }
    for (const auto &[key, group] : groups)
        startBatch(key, targets.at(key), group);
    startNextFiling();
    armTimer();
    checkFlushed();
}

void OutboxWorker::startBatch(const QString &key, const Target &target, const QList<qint64> &ids)
{
    auto batch = std::make_unique<Batch>();
    batch->key = key;
    batch->target = target;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batch->started = now;
    // Step mode shows one message at a time.
    const QList<qint64> take = m_nextGate ? ids.mid(0, 1) : ids;
    // The bytes not in the cache are read in one query, not one per message.
    QList<qint64> uncached;
    for (qint64 id : take)
        if (!m_rawCache.contains(id))
            uncached << id;
    QHash<qint64, QByteArray> stored = m_store->outboxRaw(uncached);
    for (qint64 id : take) {
        OutboxEntry e = m_entries.value(id);
        e.raw = m_rawCache.contains(id) ? m_rawCache.take(id) : stored.take(id);
        if (e.raw.isEmpty())
            continue; // gone meanwhile (another process)
        e.state = OutboxEntry::State::Sending;
        e.stage = OutboxEntry::Stage::Transaction;
        ++e.attempts;
        e.updated = now;
        batch->entries.append(e);
    }
    if (batch->entries.isEmpty())
        return;
    // One durable commit: the whole batch is Sending before the first byte goes out.
    if (!save(batch->entries))
        return;
    QList<SubmissionJob::Message> messages;
    messages.reserve(batch->entries.size());
    for (const OutboxEntry &e : std::as_const(batch->entries)) {
        SmtpEnvelope envelope;
        envelope.from = e.envelopeFrom;
        envelope.recipients = e.recipients;
        envelope.size = e.raw.size();
        envelope.eightBit = hasHighBytes(e.raw);
        bool utf8 = hasHighBytes(e.envelopeFrom);
        for (const QByteArray &r : e.recipients)
            utf8 = utf8 || hasHighBytes(r);
        envelope.smtpUtf8 = utf8;
        messages.append({QString(), envelope, e.raw});
    }
    Batch *b = batch.get();
    for (const OutboxEntry &e : std::as_const(b->entries))
        m_inBatch.insert(e.id);
    m_batches.emplace(key, std::move(batch));
    // Made here, on the worker thread: its Channel and timers live on this loop.
    b->job = new SubmissionJob(m_hub, target.channel, target.config, messages, this);
    b->job->setBeforeFinalDot([this, b](int index) { return beforeFinalDot(b, index); });
    b->job->setBeforeFinalDots([this, b](const QList<int> &indices) { return beforeFinalDots(b, indices); });
    connect(b->job, &SubmissionJob::messageFinished, this, [this, b](int index) { messageFinished(b, index); });
    connect(b->job, &SubmissionJob::finished, this, [this, b] { batchFinished(b); });
    connect(b->job, &SubmissionJob::progress, this, &OutboxWorker::progress);
    if (m_nextGate) {
        b->job->setStepGate(m_nextGate); // step mode: this send, and only this one
        m_nextGate = nullptr;
    }
    Q_EMIT activity(tr("Sending %n message(s) to %1", nullptr, int(b->entries.size())).arg(target.server));
    b->job->start();
}

bool OutboxWorker::beforeFinalDot(Batch *b, int index)
{
    return beforeFinalDots(b, {index});
}

bool OutboxWorker::beforeFinalDots(Batch *b, const QList<int> &indices)
{
    // DotSent is durable before the bytes that end the message leave: after a
    // crash from here on, the message may have been taken (PossiblySent).
    // Messages sent whole ahead of their turn are recorded together: one commit.
    QList<OutboxEntry> writes;
    const int sent = std::exchange(b->pendingSent, -1);
    if (sent >= 0)
        writes.append(b->entries.at(sent));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int index : indices) {
        OutboxEntry &e = b->entries[index];
        e.stage = OutboxEntry::Stage::DotSent;
        e.updated = now;
        writes.append(e);
    }
    if (!save(writes))
        return false;
    if (sent >= 0)
        afterSentDurable(b, b->entries.at(sent));
    Q_EMIT activity(tr("Sending %1 of %2 to %3").arg(indices.last() + 1).arg(b->entries.size()).arg(b->target.server));
    return true;
}

void OutboxWorker::messageFinished(Batch *b, int index)
{
    const SmtpSession &s = b->job->session();
    OutboxEntry &e = b->entries[index];
    OutboxPolicy::Attempt attempt;
    attempt.result = &s.results().at(index);
    // A login refused (535 to AUTH, RFC 4954 §6) fails the message: the same
    // secret is never tried again by itself. The QUIT's 221 after it must not
    // hide the refusal; other failures keep the session's last reply.
    const bool authRefused = s.failedStep() == QLatin1String("AUTH") && s.failureReply().code >= 500;
    attempt.sessionReplyCode = s.endedByConnectionLoss() ? 0 : (authRefused ? s.failureReply() : s.lastReply()).code;
    attempt.sessionError = b->job->failure(); // the step as the inspector names it: "TLS: ...", "CONNECT: ..."
    if (attempt.sessionError.isEmpty())
        attempt.sessionError = tr("the connection ended before this message was sent");
    OutboxPolicy::classify(e, attempt, QDateTime::currentDateTimeUtc());
    if (e.state == OutboxEntry::State::Sent)
        recordSubmission(journeyStore(), *b->job, b->target.server, b->started, e);
    if (e.state == OutboxEntry::State::Sent && needsFiling(e))
        e.stage = OutboxEntry::Stage::Filing; // the APPEND may begin any time after this commit
    const bool more = index + 1 < b->entries.size() && !s.isFinished();
    if (e.state == OutboxEntry::State::Sent && more && b->pendingSent < 0) {
        // Written with the next message's DotSent: one commit for both.
        b->pendingSent = index;
        return;
    }
    QList<OutboxEntry> writes;
    const int sent = std::exchange(b->pendingSent, -1);
    if (sent >= 0)
        writes.append(b->entries.at(sent));
    writes.append(e);
    if (!save(writes))
        return;
    if (sent >= 0)
        afterSentDurable(b, b->entries.at(sent));
    if (e.state == OutboxEntry::State::Sent)
        afterSentDurable(b, e);
}


void OutboxWorker::afterSentDurable(Batch *b, const OutboxEntry &e)
{
    if (needsFiling(e)) {
        m_fresh.insert(e.id);
        queueFiling(e.id, e.raw);
    } else {
        b->removeAfter.append(e.id); // nothing to file: removed with the batch's last commit
    }
}

void OutboxWorker::batchFinished(Batch *b)
{
    if (b->pendingSent >= 0) { // a session that never reported its last message
        const int sent = std::exchange(b->pendingSent, -1);
        if (save({b->entries.at(sent)}))
            afterSentDurable(b, b->entries.at(sent));
    }
    // Still Sending here means the job ended without a verdict for it: the
    // stage decides as after a crash (never re-sent after the final dot).
    QList<OutboxEntry> unjudged;
    for (OutboxEntry &e : b->entries)
        if (e.state == OutboxEntry::State::Sending && OutboxPolicy::judgeAfterCrash(e))
            unjudged.append(e);
    if (!unjudged.isEmpty())
        save(unjudged);
    if (!b->removeAfter.isEmpty() && m_store->removeOutbox(b->removeAfter)) {
        for (qint64 id : std::as_const(b->removeAfter))
            m_entries.remove(id);
    }
    const SendResult base = sessionResult(*b);
    // The previous batch's composed files go; this batch's stay for the MIME tab.
    for (const QString &path : std::as_const(m_shownFiles))
        QFile::remove(path);
    m_shownFiles.clear();
    for (const OutboxEntry &e : std::as_const(b->entries)) {
        SendResult r = resultFor(base, e);
        if (m_composedFiles.contains(e.id)) {
            const bool waiting = e.state == OutboxEntry::State::Deferred;
            r.messageFile = waiting ? m_composedFiles.value(e.id) : m_composedFiles.take(e.id);
            if (!waiting)
                m_shownFiles.append(r.messageFile);
        }
        Q_EMIT sendFinished(e.id, r);
    }
    b->job->deleteLater();
    for (const OutboxEntry &e : std::as_const(b->entries))
        m_inBatch.remove(e.id);
    const QString key = b->key;
    m_batches.erase(key); // b is gone from here on
    publishSoon();
    Q_EMIT activity(QString());
    schedule();
}

SendResult OutboxWorker::sessionResult(const Batch &b) const
{
    // Built once per connection: the summary and capabilities are the session's.
    SendResult r;
    r.stoppedByUser = b.job->stoppedByUser();
    const SmtpSession &s = b.job->session();
    r.capabilities = s.capabilities().keywords;
    r.authMechanism = s.authMechanism();
    r.sizeLimit = s.capabilities().sizeLimit;
    r.failedOnTransport = b.job->failedOnTransport();
    if (const auto *ch = b.job->channel()) {
        r.connection = ch->connectionId();
        r.summary = summarizeSmtpSession(s, ch->tlsDetails(), b.target.server);
        r.hasSummary = true;
        // The inspector scrolls to the first error or 4xx/5xx reply of this connection.
        for (const TraceEvent &ev : m_hub->history(r.connection))
            if (ev.kind == TraceKind::Error || ev.replyCode >= 400) {
                r.failureEventId = ev.id;
                break;
            }
    }
    return r;
}

SendResult OutboxWorker::resultFor(const SendResult &base, const OutboxEntry &e)
{
    SendResult r = base;
    using S = OutboxEntry::State;
    r.outcome = e.state == S::Sent || e.state == S::Filed ? SendResult::Outcome::Sent
                : e.state == S::PossiblySent             ? SendResult::Outcome::PossiblySent
                                                         : SendResult::Outcome::Failed;
    if (r.outcome == SendResult::Outcome::Sent)
        r.failureEventId = 0;
    r.error = r.outcome == SendResult::Outcome::Sent && e.recipientReplies.isEmpty() ? QString() : e.lastError;
    r.failedStep = r.error.section(QLatin1Char(':'), 0, 0);
    r.serverReply = e.lastReply;
    r.queueId = e.queueId;
    r.refusedRecipients = e.recipientReplies;
    r.messageBytes = e.raw.size();
    return r;
}

JourneyStore *OutboxWorker::journeyStore()
{
    // One connection for the worker's life: opening one for each message sent
    // cost a millisecond or more each (the files opened, the schema read).
    if (!m_journey && !m_journeyBroken) {
        m_journey = std::make_unique<JourneyStore>(m_store->path());
        if (!m_journey->open(false)) { // the worker's MailStore has the schema ready
            m_journey.reset();
            m_journeyBroken = true;
        }
    }
    return m_journey.get();
}

} // namespace carteiro
