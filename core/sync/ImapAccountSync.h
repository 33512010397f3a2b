// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One IMAP account kept in step with the store, for the reading window. Meant
// to live on a worker thread beside the thread's one MailStore (owned by the
// caller: AccountWorker, a test, the CLI): create it there, then talk to it
// only through queued slots and signals; destroy it there too, with deleteLater().
// Operations are small classes (ImapOperation.h), queued and run one at a time,
// in order, on one connection; each changes the store only after the server
// said OK, and hands on what it wrote (rows, ids) so nobody reads it back:
//   refreshFolders   ImapListFoldersOp   LIST (RFC 3501 §6.3.8, RFC 6154, RFC 5819)
//   syncFolder       ImapSyncFolderOp    ImapFolderSync
//   fetchMessage     ImapFetchBodyOp     UID FETCH BODY.PEEK[] (RFC 3501 §6.4.5)
//   setFlags         ImapStoreFlagsOp    UID STORE (RFC 3501 §6.4.6)
//   move             ImapMoveOp          UID MOVE (RFC 6851)
//   deleteToTrash    ImapMoveOp to \Trash; inside Trash ImapDeleteOp (RFC 4315 §2.1)
//   appendMessage    ImapAppendOp        APPEND (RFC 3501 §6.3.11)
//   create/rename/deleteFolder ImapFolderOp CREATE, RENAME, DELETE (RFC 3501 §6.3.3-5)
//   setSubscribed    ImapFolderOp        SUBSCRIBE, UNSUBSCRIBE (RFC 9051 §6.3.7-8)
//   prefetch         ImapPrefetchOp      UID FETCH BODY.PEEK[] of every uncached message (offline use)
//   search           ImapSearchOp        UID SEARCH (RFC 3501 §6.4.4, RFC 4731 ESEARCH)
//   watch            ImapIdleOp          IDLE (RFC 2177); on news: DONE,
//                    incremental sync, newMail, IDLE again
// Flags, moves, deletes and folder changes are first written to the store's pending actions
// (durable). Made while the connection is not ready, they change the local rows
// at once and wait; at the next login they are replayed in order (their UIDs
// checked first: gone ones are reported by conflict()). Each is dropped once
// the server answered it.
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "sync/ImapFolderOp.h"
#include "search/SearchQuery.h"
#include "sync/ImapOperation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>
#include <optional>

class QTimer;

namespace carteiro {

class ImapAccountSync : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Ready, Working, Watching, Closed, Failed };
    static const char *stateName(State state);

    // `store` is open, outlives this object and belongs to this thread.
    ImapAccountSync(TraceHub *hub, ChannelOptions channel, ImapSession::Config config, MailStore *store,
                    QString accountId, QObject *parent = nullptr);
    ~ImapAccountSync() override;

    // Step mode: the connection's channel holds every command in `gate`
    // (StepGate.h). Before start().
    void setStepGate(StepGate *gate) { m_gate = gate; }
    // Rows in a folder sync's first UID FETCH (the visible list); 0: a full chunk.
    void setFirstChunk(quint32 rows) { m_syncOptions.firstChunk = rows; }
    // How folder syncs work (EXAMINE for a read-only sync, QRESYNC, chunk sizes).
    void setSyncOptions(const ImapFolderSync::Options &options) { m_syncOptions = options; }
    // A server without IDLE: the watched folder hears a NOOP every `noopMs`
    // and gets an incremental sync every `checkMs` (0: only the NOOPs).
    void setPollIntervals(int noopMs, int checkMs);
    // The figures of the last folder sync that ended well (carteiro-cli sync --stats).
    const ImapFolderSync::Stats &lastSyncStats() const { return m_lastStats; }
    bool stoppedByUser() const { return m_conn && m_conn->stoppedByUser(); }
    State state() const { return m_state; }
    QString accountId() const { return m_accountId; }
    MailStore *store() const { return m_store; }
    ImapConnection *connection() const { return m_conn; }
    QString watchedFolder() const { return m_watch; }
    // The server refused the login (a NO to LOGIN/AUTHENTICATE): do not retry
    // with the same secret.
    bool loginRefused() const { return m_loginRefused; }
    // Logged in and taking commands (offline actions are queued otherwise).
    bool isOnline() const;
    // Empty when `name` can be a folder name; otherwise one sentence naming the fault.
    static QString checkFolderName(const QString &name);

public Q_SLOTS:
    void start();
    void close();
    void refreshFolders();
    void syncFolder(const QString &name);
    // The same, ahead of the folder lists still waiting (the open folder: its
    // rows come before the folder tree's counts).
    void syncFolderFirst(const QString &name);
    void fetchMessage(qint64 messageId);
    void setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove);
    // `copy`: UID COPY (RFC 3501 §6.4.7); the messages stay where they are.
    void move(const QList<qint64> &messageIds, qint64 targetFolderId, bool copy = false);
    void deleteToTrash(const QList<qint64> &messageIds);
    // Deleted for good wherever they are (Empty Trash / Junk): \Deleted + UID EXPUNGE.
    void expunge(const QList<qint64> &messageIds);
    // `target` is a folder name or a special use ("\\Sent", "\\Drafts").
    void appendMessage(const QString &target, const QByteArray &raw, quint32 flags);
    // Folders, kept like the message actions (durable, replayed after an
    // outage): CREATE / RENAME / DELETE (ImapFolderOp). `name` is the full
    // name (the caller joins parent, delimiter and leaf).
    void createFolder(const QString &name);
    void renameFolder(qint64 folderId, const QString &newName);
    void deleteFolder(qint64 folderId);
    // SUBSCRIBE / UNSUBSCRIBE (RFC 9051 §6.3.7-6.3.8), kept and replayed likewise.
    void setSubscribed(qint64 folderId, bool subscribed);
    // Keep for offline use: the folder's uncached bodies, fetched in the
    // background (prefetchProgress); nothing when all are here.
    void prefetch(qint64 folderId);
    // The server's SEARCH in these folders for what the local index cannot
    // answer (ImapSearchOp, ImapAccountSyncSearch.cpp): searchDone(token, ...).
    void search(quint64 token, const carteiro::SearchQuery &query, const QList<qint64> &folderIds);
    void watch(const QString &folder);
    void stopWatching();
    // Drops every queued operation and cancels the running one.
    void cancel();

Q_SIGNALS:
    void ready();
    void stateChanged(const QString &state);
    void foldersChanged(const QString &accountId);
    void syncProgress(qint64 folderId, qint64 known, qint64 total);
    void folderCountKnown(qint64 folderId, qint64 exists); // ImapFolderSync's, after SELECT
    // New rows as stored, with their store ids (a sync's chunk).
    void chunkStored(qint64 folderId, const QList<carteiro::StoredMessage> &rows);
    void folderSynced(qint64 folderId, int added, int changed, int removed);
    void bodyReady(qint64 messageId);
    void prefetchProgress(qint64 folderId, qint64 done, qint64 total);
    // Rows whose flags changed (ours or, in a sync, someone else's), as stored.
    void flagsChanged(const QList<carteiro::StoredMessage> &rows);
    void messagesMoved(const QList<qint64> &messageIds, qint64 targetFolderId);
    void messagesRemoved(const QList<qint64> &messageIds); // expunged (deleted inside Trash, or on the server)
    void appended(const QString &folder, quint32 uid); // uid 0 when the server has no UIDPLUS
    void newMail(qint64 folderId, int unseen);
    // An action made offline met a server where (some of) its messages are gone
    // or that refused it: plain words; the other actions go on.
    void conflict(const QString &message);
    void searchDone(quint64 token, const QList<carteiro::ImapSearchHits> &hits, const QStringList &notes);
    void operationFailed(const QString &step, const QString &message);
    // The server refused the login; `serverWords` quotes it.
    void loginFailed(const QString &serverWords);
    void closed();

private:
    using OpPtr = std::unique_ptr<ImapOperation>;
    // The folder operation a pending action of this kind is carried out by; none for message actions.
    static std::optional<ImapFolderOp::Kind> folderOpKind(PendingAction::Kind kind);
    class Events; // ImapOperationEvents forwarded as these signals

    void setState(State s);
    void enqueue(OpPtr op);
    void runNext();
    void settle(ImapOperation::Status status);
    void replayPending();
    OpPtr opFor(const PendingAction &action) const;
    void record(PendingAction action);
    void applyLocally(const PendingAction &action);
    void onUntagged(const ImapResponse &r);
    void onJobFinished(quint64 job, const ImapCompletion &c);
    // Messages grouped by folder (ids unknown to the store are reported).
    QHash<qint64, QList<StoredMessage>> byFolder(const QList<qint64> &ids, const QString &step);
    std::optional<StoredFolder> specialFolder(const QByteArray &use) const;

    TraceHub *m_hub;
    ChannelOptions m_channel;
    ImapSession::Config m_config;
    MailStore *m_store;
    QString m_accountId;
    ImapConnection *m_conn = nullptr;
    QPointer<StepGate> m_gate;
    State m_state = State::Idle;
    bool m_loginRefused = false;
    ImapFolderSync::Options m_syncOptions;
    ImapFolderSync::Stats m_lastStats;

    std::unique_ptr<Events> m_events;
    ImapOperationContext m_ctx;
    std::deque<OpPtr> m_queue;
    OpPtr m_current;
    QString m_watch;
    QTimer *m_pollTimer = nullptr;    // a child; only for servers without IDLE
    int m_checkMs = 5 * 60 * 1000;
    QElapsedTimer m_lastCheck;
    void poll();
};

} // namespace carteiro
