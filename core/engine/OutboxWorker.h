// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OutboxEngine's worker (core/engine/OutboxEngine.h): lives on the engine's
// thread with its own MailStore connection; composes, writes every state
// change durably before the next network step, drives one SubmissionJob per
// server for the due messages and files sent ones in Sent. Sending is in
// OutboxWorkerSend.cpp, filing in OutboxWorkerFiling.cpp.
#include "account/AccountSettings.h"
#include "engine/EngineTuning.h"
#include "engine/SendResult.h"
#include "mime/MessageDraft.h"
#include "store/StoreRecords.h"

#include <QDateTime>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <map>
#include <memory>

namespace carteiro {

class JourneyStore;
class MailStore;
class SentFiler;
class StepGate;
class SubmissionJob;
class TraceHub;

class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(TraceHub *hub, QString storePath);
    ~OutboxWorker() override;

    void start(bool autoSend);
    void setUndoDelay(int seconds) { m_undoDelay = qMax(0, seconds); }
    void setAccount(const carteiro::AccountSettings &account, const QString &password);
    void removeAccount(const QString &accountId);
    void setFallbackPassword(const QString &password) { m_fallbackPassword = password; schedule(); }
    void setSubmissionTuning(const SubmissionTuning &tuning) { m_tuning = tuning; }
    void setDelegatedFiling(bool on) { m_delegated = on; }
    void filingDelegated(qint64 id, bool filed, const QString &folder, quint32 uid, const QString &error);

    void enqueue(quint64 token, const carteiro::MessageDraft &draft, const carteiro::AccountSettings &account,
                 const QDateTime &sendAt, const QByteArray &draftPayload);
    void enqueueEntry(quint64 token, const carteiro::OutboxEntry &entry);
    void sendNow(qint64 id);
    void retry(qint64 id);
    void remove(qint64 id);
    void takeBack(qint64 id);
    void flush();
    void retryDeferred(const QString &accountId);
    void stepNextSend(StepGate *gate) { m_nextGate = gate; }

Q_SIGNALS:
    void queued(quint64 token, qint64 id, const QDateTime &sendAt);
    void queueFailed(quint64 token, const QString &error);
    void changed(const QList<carteiro::OutboxEntry> &entries);
    void sendFinished(qint64 id, const carteiro::SendResult &result);
    void filingFinished(qint64 id, const carteiro::SendResult &result);
    void activity(const QString &state);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void tookBack(qint64 id, bool ok, const QByteArray &draftPayload, const QString &why);
    void actionFailed(qint64 id, const QString &why);
    void passwordNeeded(const QString &accountId);
    void flushed();
    void storeFailed(const QString &error);
    // Filing over the account's own connection (OutboxEngine::setSentFiling);
    // answered by filingDelegated().
    void filingRequested(qint64 id, const QString &accountId, const QByteArray &raw);

private:
    struct Target;
    struct Batch;
    struct Filing
    {
        qint64 id = 0;
        QByteArray raw;
    };

    bool ensureStore();
    qint64 addEntry(quint64 token, const OutboxEntry &entry); // the new id, 0 when refused
    bool takeOwnership();
    bool judgeLeftovers();
    bool refuseIfNotOwner(qint64 id);
    void failStore();
    void reload();
    void publishSoon();
    void publish();
    void schedule();
    void armTimer();
    void checkFlushed();
    bool inFlight(qint64 id) const;
    void remember(const OutboxEntry &entry); // the published copy (no raw)
    bool save(const QList<OutboxEntry> &entries);

    // OutboxWorkerSend.cpp
    Target targetFor(const OutboxEntry &entry) const;
    void startBatch(const QString &key, const Target &target, const QList<qint64> &ids);
    bool beforeFinalDot(Batch *batch, int index);
    bool beforeFinalDots(Batch *batch, const QList<int> &indices);
    void messageFinished(Batch *batch, int index);
    void batchFinished(Batch *batch);
    void afterSentDurable(Batch *batch, const OutboxEntry &entry);
    bool batchHolds(qint64 id) const;
    SendResult sessionResult(const Batch &batch) const;
    static SendResult resultFor(const SendResult &base, const OutboxEntry &entry);

    // OutboxWorkerFiling.cpp
    bool needsFiling(const OutboxEntry &entry) const;
    void queueFiling(qint64 id, const QByteArray &raw);
    void startNextFiling();
    void filingDone(qint64 id, bool filed, const QString &folder, quint32 uid, const QString &error,
                    quint32 connection);

    TraceHub *m_hub;
    QString m_storePath;
    std::unique_ptr<MailStore> m_store;
    // The journey's submission records (OutboxWorkerSend.cpp), on this thread.
    JourneyStore *journeyStore();
    std::unique_ptr<JourneyStore> m_journey;
    bool m_journeyBroken = false;
    // One process sends from a store at a time (the app, or one carteiro-cli
    // command): only the owner judges what is left in Sending and sends.
    std::unique_ptr<QLockFile> m_lock;
    bool m_owner = false;
    bool m_started = false;
    bool m_autoSend = false;
    bool m_storeBroken = false;
    int m_undoDelay = 10;
    QHash<QString, AccountSettings> m_accounts;
    QHash<QString, QString> m_passwords;
    QSet<QString> m_askedPassword; // passwordNeeded already said, until setAccount
    QString m_fallbackPassword;
    SubmissionTuning m_tuning;
    bool m_delegated = false;
    QPointer<StepGate> m_nextGate;

    QHash<qint64, OutboxEntry> m_entries; // what is published (without raw)
    QHash<qint64, QByteArray> m_rawCache; // bytes composed here, not read back
    // Messages composed here keep their file for the inspector's MIME tab
    // (SendResult::messageFile) until the next batch ended.
    std::unique_ptr<QTemporaryDir> m_composeDir;
    QHash<qint64, QString> m_composedFiles;
    QStringList m_shownFiles;
    void forgetComposedFile(qint64 id);
    std::map<QString, std::unique_ptr<Batch>> m_batches; // one per server in flight
    QSet<qint64> m_inBatch;               // the ids those batches hold
    QSet<qint64> m_forced;                // sendNow / flush: due whatever the time
    bool m_flushPending = false;
    QTimer m_timer;                       // the earliest sendAt / nextAttempt
    QTimer m_publishTimer;

    // Filing in Sent, one message at a time.
    QList<Filing> m_filingQueue;
    qint64 m_filingId = 0;
    SentFiler *m_filer = nullptr;
    QSet<qint64> m_fresh;      // 250 in this run, no APPEND tried yet: no search needed
    QSet<qint64> m_filingTried; // tried in this run and not filed: waits for Retry
};

} // namespace carteiro
