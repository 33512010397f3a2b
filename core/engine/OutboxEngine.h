// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The durable outbox, seen from the GUI thread or carteiro-cli (design note:
// core/engine/README.md, "The durable outbox"). One per process. Everything
// runs on its own worker thread with its own MailStore connection: composing,
// the durable writes, the SMTP sessions and the filing in Sent.
//
// A message is written to the outbox (exact bytes + envelope, one durable
// commit) before any network step. Due messages of one server go over one
// connection (RSET between them, PIPELINING where offered). Each state change
// is durable before the next network step, so a kill -9 at any moment leaves
// the message exactly once in the outbox or in Sent (see OutboxEntry::Stage).
//
// Published records are OutboxEntry values without `raw` (draftPayload only
// when asked for through takeBack).
#include "account/AccountSettings.h"
#include "engine/EngineTuning.h"
#include "engine/SendResult.h"
#include "mime/MessageDraft.h"
#include "store/StoreRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>
#include <functional>

namespace carteiro {

class OutboxWorker;
class StepGate;
class TraceHub;

class OutboxEngine : public QObject
{
    Q_OBJECT
public:
    // `storePath`: the SQLite file (AccountEngine::defaultStorePath() in the app,
    // `--store FILE` or the same default in carteiro-cli; a temporary file in tests).
    OutboxEngine(TraceHub *hub, const QString &storePath, QObject *parent = nullptr);
    ~OutboxEngine() override;

    // --- accounts and secrets -------------------------------------------------
    // Messages of a registered account go to the account's current SMTP server
    // (an edited port applies to what is still queued). `password` empty with an
    // AskAtSend account: passwordNeeded(accountId) when a message is due.
    // Register every account before start(): until then its messages count as
    // queued by carteiro-cli (recorded server, fallback password), and a sent
    // one waits to be filed.
    void setAccount(const AccountSettings &account, const QString &password);
    void removeAccount(const QString &accountId);
    // For messages whose account is not registered (queued by carteiro-cli):
    // they go to their recorded serverUrl/login/caFile/mechanism with this password.
    void setFallbackPassword(const QString &password);
    // carteiro-cli send's options for every session from now on (EngineTuning.h).
    void setSubmissionTuning(const SubmissionTuning &tuning);
    // Filing in Sent over the account's own IMAP connection (the GUI passes
    // AccountEngine::fileInSent); unset, a SentFiler connection is opened.
    using FilingDone = std::function<void(bool filed, const QString &folder, quint32 uid, const QString &error)>;
    using SentFiling = std::function<void(const AccountSettings &, const QByteArray &message, FilingDone done)>;
    void setSentFiling(SentFiling filing);

    // --- life cycle ---------------------------------------------------------------
    // Opens the store, judges what a crash left in Sending (Stage), publishes the
    // list (changed), and with `autoSend` sends what is due and arms timers for
    // the rest (send-later times, Deferred back-off). carteiro-cli `outbox list`
    // starts with autoSend = false.
    void start(bool autoSend = true);
    // Undo send: a message queued with no explicit time waits this long (default
    // 10 s; 0 sends at once).
    void setUndoDelay(int seconds);
    int undoDelay() const { return m_undoDelay; }

    // --- queueing -------------------------------------------------------------------
    // Composes `draft` (on the worker) and stores it durably: queued() with its id,
    // or queueFailed() naming why (the composer keeps the message then).
    // `sendAt` invalid: now + undoDelay (Undo send). `token` comes back with either.
    void enqueue(quint64 token, const MessageDraft &draft, const AccountSettings &account,
                 const QDateTime &sendAt, const QByteArray &draftPayload);
    // A message already composed (carteiro-cli send --queue): bytes, envelope and
    // server recorded as given in `entry` (state, id and times are the engine's).
    void enqueueEntry(quint64 token, const OutboxEntry &entry);

    // --- actions (the Outbox folder, carteiro-cli outbox) -----------------------------
    void sendNow(qint64 id);   // Queued/Deferred: now, ignoring send-later and back-off
    // Failed or PossiblySent: queued again (the user decided); Sent but not filed:
    // filed again.
    void retry(qint64 id);
    void remove(qint64 id);    // Delete / drop; refused while Sending (actionFailed)
    // Undo send and Edit: removes a message not yet being sent and hands its
    // draft back (tookBack); refused once the SMTP transaction has begun.
    void takeBack(qint64 id);
    // Every Queued/Deferred message now (ignores back-off and send-later);
    // flushed() once nothing is due or in flight any more.
    void flush();
    // The account's server answered again (its IMAP login): its Deferred
    // messages go now instead of waiting out the back-off ("mail written
    // offline goes when the server answers"). Queued ones keep their time.
    void retryDeferred(const QString &accountId);
    // Step mode (classroom): the next message sent runs with its channel held
    // by `gate` (moved to the worker thread here), at once, without the undo delay.
    void stepNextSend(StepGate *gate);

    // The last published list (GUI thread), newest first.
    const QList<OutboxEntry> &entries() const { return m_entries; }
    const QThread *workerThread() const { return &m_thread; }

Q_SIGNALS:
    void queued(quint64 token, qint64 id, const QDateTime &sendAt);
    void queueFailed(quint64 token, const QString &error);
    // The whole list after any change (states, attempts, next tries, replies).
    void changed(const QList<carteiro::OutboxEntry> &entries);
    // A message's SMTP session ended (Sent, Failed, Deferred, PossiblySent):
    // `result` carries the summary for the inspector and the refused recipients.
    void sendFinished(qint64 id, const carteiro::SendResult &result);
    // Filing in Sent ended (filed or not; not filed keeps the entry in Sent with Retry).
    void filingFinished(qint64 id, const carteiro::SendResult &result);
    void activity(const QString &state);              // "Sending 2 of 5 to smtp.example.test"
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void tookBack(qint64 id, bool ok, const QByteArray &draftPayload, const QString &why);
    void actionFailed(qint64 id, const QString &why);
    void passwordNeeded(const QString &accountId);
    void flushed();
    // The store could not be opened or written: nothing is sent (one sentence).
    void storeFailed(const QString &error);

private:
    QThread m_thread;
    OutboxWorker *m_worker = nullptr;
    QList<OutboxEntry> m_entries;
    int m_undoDelay = 10;
    SentFiling m_filing;
    QHash<QString, AccountSettings> m_accounts; // for the filing delegate
};

} // namespace carteiro
