// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One IMAP account operation (list folders, sync a folder, fetch a body, store
// flags, move, delete, append, idle) as a small state machine run by
// ImapAccountSync, one at a time, on the account's one connection:
//   start(context)               issues the first command, or ends at once
//   onUntagged(context, resp)    untagged data while it runs
//   onCompleted(context, job, c) one of its commands ended -> Running/Done/Failed
// The context gives the connection, the thread's one MailStore, the mailbox
// selected on the connection, and where results go (ImapOperationEvents).
// Each operation changes the store only after the server said OK.
#include "sync/ImapFolderSync.h"
#include "imap/ImapConnection.h"
#include "store/MailStore.h"

#include <QSet>
#include <functional>

namespace carteiro {

class ImapOperation;

// One folder's answer to the server's SEARCH (ImapSearchOp): the UIDs found.
struct ImapSearchHits
{
    qint64 folderId = 0;
    QList<quint32> uids;
};

// What operations report; ImapAccountSync forwards each as its signal.
class ImapOperationEvents
{
public:
    virtual ~ImapOperationEvents() = default;
    virtual void foldersChanged() {}
    virtual void syncProgress(qint64 /*folderId*/, qint64 /*known*/, qint64 /*total*/) {}
    virtual void folderCountKnown(qint64 /*folderId*/, qint64 /*exists*/) {}
    virtual void chunkStored(qint64 /*folderId*/, const QList<StoredMessage> & /*rows*/) {}
    virtual void folderSynced(qint64 /*folderId*/, int /*added*/, int /*changed*/, int /*removed*/) {}
    // The whole of a finished folder sync's figures, just before folderSynced.
    virtual void syncStats(qint64 /*folderId*/, const ImapFolderSync::Stats & /*stats*/) {}
    virtual void newMail(qint64 /*folderId*/, int /*unseen*/) {}
    virtual void bodyReady(qint64 /*messageId*/) {}
    // Keep for offline use (ImapPrefetchOp): `done` of `total` bodies of the folder stored.
    virtual void prefetchProgress(qint64 /*folderId*/, qint64 /*done*/, qint64 /*total*/) {}
    // Rows as stored after their flags changed (by us or, in a sync, by others).
    virtual void flagsChanged(const QList<StoredMessage> & /*rows*/) {}
    virtual void messagesMoved(const QList<qint64> & /*ids*/, qint64 /*targetFolderId*/) {}
    virtual void messagesRemoved(const QList<qint64> & /*ids*/) {}
    virtual void appended(const QString & /*folder*/, quint32 /*uid*/) {}
    // A replayed action met a server where its messages are gone: plain words.
    virtual void conflict(const QString & /*message*/) {}
    // The server's SEARCH for request `token` ended (ImapSearchOp); `notes`
    // names the folders it could not search and why.
    virtual void searchDone(quint64 /*token*/, const QList<ImapSearchHits> & /*hits*/,
                            const QStringList & /*notes*/) {}
};

struct ImapOperationContext
{
    ImapConnection *connection = nullptr;
    MailStore *store = nullptr;
    QString accountId;
    QString selected; // the mailbox selected read-write on the connection; empty when none
    ImapOperationEvents *events = nullptr;
    // For an operation that ends outside onCompleted (a folder sync ends by its
    // own signal): called with it once status() is Done or Failed.
    std::function<void(ImapOperation *)> finished;
};

class ImapOperation
{
public:
    enum class Status { Running, Done, Failed };

    explicit ImapOperation(QString step) : m_step(std::move(step)) {}
    virtual ~ImapOperation() = default;
    ImapOperation(const ImapOperation &) = delete;
    ImapOperation &operator=(const ImapOperation &) = delete;

    QString step() const { return m_step; }
    Status status() const { return m_status; }
    QString error() const { return m_error; } // names the step and quotes the server
    // The durable action (MailStore::addPendingAction) this carries out; 0 for none.
    qint64 pendingId() const { return m_pendingId; }
    void setPendingId(qint64 id) { m_pendingId = id; }
    // A replay: after SELECT, UID SEARCH (RFC 3501 §6.4.4) finds which UIDs are
    // still there; the gone ones are reported as a conflict, the rest go on.
    void setCheckUids(bool check) { m_checkUids = check; }
    bool checksUids() const { return m_checkUids; }
    virtual bool isIdle() const { return false; }

    Status start(ImapOperationContext &ctx);
    virtual void onUntagged(ImapOperationContext &ctx, const ImapResponse &r);
    Status onCompleted(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c);
    bool owns(quint64 job) const { return m_jobs.contains(job); }
    // Cancels its commands in flight.
    virtual void cancel(ImapOperationContext &ctx);

    static QString serverWords(const ImapCompletion &c);

protected:
    virtual Status begin(ImapOperationContext &ctx) = 0;
    virtual Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) = 0;
    // Selects `folder` read-write unless it is already (RFC 3501 §6.3.1), then
    // calls selected(). With setCheckUids, `uids` is narrowed to those still there.
    Status selectThen(ImapOperationContext &ctx, const QString &folder, QList<quint32> *uids = nullptr);
    virtual Status selected(ImapOperationContext &ctx);
    quint64 await(quint64 job);
    Status fail(const QString &message);
    Status finish(Status s) { return m_status = s; }

private:
    Status checkUids(ImapOperationContext &ctx);

    QString m_step;
    QString m_error;
    Status m_status = Status::Running;
    qint64 m_pendingId = 0;
    bool m_checkUids = false;
    QSet<quint64> m_jobs;
    quint64 m_selectJob = 0, m_searchJob = 0;
    QString m_selecting;
    QList<quint32> *m_uids = nullptr;
};

// Helpers shared by the operations.
namespace imapop {
ImapSequenceSet uidSet(const QList<quint32> &uids);
// Store ids of the rows of these UIDs in the folder (those the store knows).
QList<qint64> idsOf(const MailStore &store, qint64 folderId, const QList<quint32> &uids);
} // namespace imapop

} // namespace carteiro
