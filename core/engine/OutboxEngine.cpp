// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxEngine: the GUI-thread face of OutboxWorker. Every call is a queued
// call into the worker's thread; every answer a queued signal back.
#include "engine/OutboxEngine.h"

#include "engine/OutboxWorker.h"
#include "net/StepGate.h"

#include <QPointer>

namespace carteiro {

OutboxEngine::OutboxEngine(TraceHub *hub, const QString &storePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<OutboxEntry>();
    qRegisterMetaType<QList<OutboxEntry>>();
    m_thread.setObjectName(QStringLiteral("carteiro-outbox"));
    m_worker = new OutboxWorker(hub, storePath);
    m_worker->moveToThread(&m_thread);
    // The worker (its store connection, jobs and timers) is deleted on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OutboxWorker::changed, this, [this](const QList<OutboxEntry> &entries) {
        m_entries = entries;
        Q_EMIT changed(entries);
    });
    connect(m_worker, &OutboxWorker::queued, this, &OutboxEngine::queued);
    connect(m_worker, &OutboxWorker::queueFailed, this, &OutboxEngine::queueFailed);
    connect(m_worker, &OutboxWorker::sendFinished, this, &OutboxEngine::sendFinished);
    connect(m_worker, &OutboxWorker::filingFinished, this, &OutboxEngine::filingFinished);
    connect(m_worker, &OutboxWorker::activity, this, &OutboxEngine::activity);
    connect(m_worker, &OutboxWorker::progress, this, &OutboxEngine::progress);
    connect(m_worker, &OutboxWorker::tookBack, this, &OutboxEngine::tookBack);
    connect(m_worker, &OutboxWorker::actionFailed, this, &OutboxEngine::actionFailed);
    connect(m_worker, &OutboxWorker::passwordNeeded, this, &OutboxEngine::passwordNeeded);
    connect(m_worker, &OutboxWorker::flushed, this, &OutboxEngine::flushed);
    connect(m_worker, &OutboxWorker::storeFailed, this, &OutboxEngine::storeFailed);
    connect(m_worker, &OutboxWorker::filingRequested, this,
            [this](qint64 id, const QString &accountId, const QByteArray &raw) {
                QPointer<OutboxWorker> w(m_worker);
                auto answer = [w, id](bool filed, const QString &folder, quint32 uid, const QString &error) {
                    if (w)
                        QMetaObject::invokeMethod(w, [w, id, filed, folder, uid, error] {
                            if (w)
                                w->filingDelegated(id, filed, folder, uid, error);
                        });
                };
                if (m_filing && m_accounts.contains(accountId))
                    m_filing(m_accounts.value(accountId), raw, answer);
                else
                    answer(false, QString(), 0, tr("no account engine to file with"));
            });
    m_thread.start();
}

OutboxEngine::~OutboxEngine()
{
    m_thread.quit();
    m_thread.wait();
}

namespace {
template <typename F>
void onWorker(OutboxWorker *w, F f)
{
    QMetaObject::invokeMethod(w, [w, f = std::move(f)] { f(w); }, Qt::QueuedConnection);
}
} // namespace

void OutboxEngine::setAccount(const AccountSettings &account, const QString &password)
{
    m_accounts.insert(account.id, account);
    onWorker(m_worker, [account, password](OutboxWorker *w) { w->setAccount(account, password); });
}

void OutboxEngine::removeAccount(const QString &accountId)
{
    m_accounts.remove(accountId);
    onWorker(m_worker, [accountId](OutboxWorker *w) { w->removeAccount(accountId); });
}

void OutboxEngine::setFallbackPassword(const QString &password)
{
    onWorker(m_worker, [password](OutboxWorker *w) { w->setFallbackPassword(password); });
}

void OutboxEngine::setSubmissionTuning(const SubmissionTuning &tuning)
{
    onWorker(m_worker, [tuning](OutboxWorker *w) { w->setSubmissionTuning(tuning); });
}

void OutboxEngine::setSentFiling(SentFiling filing)
{
    m_filing = std::move(filing);
    const bool on = bool(m_filing);
    onWorker(m_worker, [on](OutboxWorker *w) { w->setDelegatedFiling(on); });
}

void OutboxEngine::start(bool autoSend)
{
    onWorker(m_worker, [autoSend](OutboxWorker *w) { w->start(autoSend); });
}

void OutboxEngine::setUndoDelay(int seconds)
{
    m_undoDelay = qMax(0, seconds);
    onWorker(m_worker, [s = m_undoDelay](OutboxWorker *w) { w->setUndoDelay(s); });
}

void OutboxEngine::enqueue(quint64 token, const MessageDraft &draft, const AccountSettings &account,
                           const QDateTime &sendAt, const QByteArray &draftPayload)
{
    if (!m_accounts.contains(account.id))
        m_accounts.insert(account.id, account);
    onWorker(m_worker, [token, draft, account, sendAt, draftPayload](OutboxWorker *w) {
        w->enqueue(token, draft, account, sendAt, draftPayload);
    });
}

void OutboxEngine::enqueueEntry(quint64 token, const OutboxEntry &entry)
{
    onWorker(m_worker, [token, entry](OutboxWorker *w) { w->enqueueEntry(token, entry); });
}

void OutboxEngine::sendNow(qint64 id)
{
    onWorker(m_worker, [id](OutboxWorker *w) { w->sendNow(id); });
}

void OutboxEngine::retry(qint64 id)
{
    onWorker(m_worker, [id](OutboxWorker *w) { w->retry(id); });
}

void OutboxEngine::remove(qint64 id)
{
    onWorker(m_worker, [id](OutboxWorker *w) { w->remove(id); });
}

void OutboxEngine::takeBack(qint64 id)
{
    onWorker(m_worker, [id](OutboxWorker *w) { w->takeBack(id); });
}

void OutboxEngine::retryDeferred(const QString &accountId)
{
    onWorker(m_worker, [accountId](OutboxWorker *w) { w->retryDeferred(accountId); });
}

void OutboxEngine::flush()
{
    onWorker(m_worker, [](OutboxWorker *w) { w->flush(); });
}

void OutboxEngine::stepNextSend(StepGate *gate)
{
    gate->moveToThread(&m_thread);
    onWorker(m_worker, [g = QPointer<StepGate>(gate)](OutboxWorker *w) { w->stepNextSend(g); });
}

} // namespace carteiro
