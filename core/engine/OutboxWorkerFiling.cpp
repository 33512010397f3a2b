// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxWorker: filing sent messages in Sent, one at a time, after the batch
// that sent them ended (so sendFinished comes before filingFinished).
//   Sent + Stage::Filing (written with the 250)   an APPEND may begin
//   filed                                         Filed + folder + APPENDUID, then removed
//   not filed                                     stays Sent with lastError; Retry files again
// Any attempt but the first one of this run looks for the Message-ID in Sent
// before a new APPEND (an earlier one may have got through before a crash).
#include "engine/OutboxWorker.h"
#include "engine/OutboxWorkerParts.h"

#include "engine/SentFiler.h"
#include "store/MailStore.h"

namespace carteiro {

bool OutboxWorker::needsFiling(const OutboxEntry &e) const
{
    const auto it = m_accounts.constFind(e.accountId);
    return it != m_accounts.cend() && !it->serverFilesSent && SentFiler::canFile(*it);
}

void OutboxWorker::queueFiling(qint64 id, const QByteArray &raw)
{
    if (m_filingId == id)
        return;
    for (const Filing &f : std::as_const(m_filingQueue))
        if (f.id == id)
            return;
    m_filingQueue.append({id, raw});
    startNextFiling();
}

void OutboxWorker::startNextFiling()
{
    if (m_filingId || m_filingQueue.isEmpty() || m_storeBroken || !m_batches.empty())
        return;
    Filing f = m_filingQueue.takeFirst();
    const auto stored = m_store->outboxEntry(f.id, f.raw.isEmpty());
    if (!stored || stored->state != OutboxEntry::State::Sent || !needsFiling(*stored)) {
        startNextFiling();
        return;
    }
    OutboxEntry e = *stored;
    if (f.raw.isEmpty())
        f.raw = e.raw;
    e.raw.clear();
    if (e.stage != OutboxEntry::Stage::Filing) {
        e.stage = OutboxEntry::Stage::Filing; // durable before the APPEND
        if (!save({e}))
            return;
    }
    m_filingId = f.id;
    const qint64 id = f.id;
    const AccountSettings account = m_accounts.value(e.accountId);
    const bool fresh = m_fresh.remove(id);
    Q_EMIT activity(tr("Filing the message in Sent"));
    if (fresh && m_delegated) { // over the account's own IMAP connection
        Q_EMIT filingRequested(id, e.accountId, f.raw);
        return;
    }
    const QString password = m_passwords.value(e.accountId);
    if (password.isEmpty()) {
        filingDone(id, false, {}, 0, tr("no password is known for the IMAP login"), 0);
        return;
    }
    // Created here, on the worker thread, like the submission job.
    auto *filer = new SentFiler(m_hub, account, password, f.raw, this);
    m_filer = filer;
    if (!fresh)
        filer->setSearchFirst(e.messageId);
    connect(filer, &SentFiler::stateChanged, this, &OutboxWorker::activity);
    connect(filer, &SentFiler::finished, this, [this, filer, id] {
        filer->deleteLater();
        filingDone(id, filer->isFiled(), filer->folder(), filer->appendedUid(), filer->error(), filer->connection());
    });
    filer->start();
}

void OutboxWorker::filingDelegated(qint64 id, bool filed, const QString &folder, quint32 uid, const QString &error)
{
    if (id != m_filingId || m_filer)
        return;
    filingDone(id, filed, folder, uid, error, 0);
}

void OutboxWorker::filingDone(qint64 id, bool filed, const QString &folder, quint32 uid, const QString &error,
                              quint32 connection)
{
    m_filingId = 0;
    m_filer = nullptr;
    const auto stored = m_store->outboxEntry(id, false);
    SendResult r;
    r.outcome = SendResult::Outcome::Sent;
    r.filing = filed ? SendResult::Filing::Filed : SendResult::Filing::NotFiled;
    r.sentFolder = folder;
    r.sentUid = uid;
    r.filingError = filed ? QString() : error;
    r.filingConnection = connection;
    if (stored) {
        OutboxEntry e = *stored;
        r.queueId = e.queueId;
        e.sentFolder = folder;
        e.sentUid = uid;
        e.updated = QDateTime::currentDateTimeUtc();
        if (filed) {
            e.state = OutboxEntry::State::Filed;
            e.stage = OutboxEntry::Stage::None;
            e.lastError.clear();
        } else {
            // The copy stays here (Sent, not filed); Retry files it again.
            e.lastError = tr("Sent, but not filed in Sent: %1").arg(error);
            m_filingTried.insert(id);
        }
        if (save({e}) && filed && m_store->removeOutbox(id))
            m_entries.remove(id);
    }
    Q_EMIT filingFinished(id, r);
    Q_EMIT activity(QString());
    publishSoon();
    startNextFiling();
    checkFlushed();
}

} // namespace carteiro
