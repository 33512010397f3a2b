#pragma once
// One IMAP account kept in step with the store, for the reading window. Meant
// to live on a worker thread: create it, moveToThread(), then talk to it only
// through queued slots and signals (it opens its own MailStore on that thread,
// as Qt Sql requires; destroy it there too, with deleteLater()). Operations run one at a time, in order, on one
// connection; each changes the store only after the server said OK:
//   refreshFolders   LIST "" "*" with SPECIAL-USE / LIST-STATUS (RFC 3501 §6.3.8,
//                    RFC 6154, RFC 5819) -> folders upserted, vanished ones dropped
//   syncFolder       ImapFolderSync
//   fetchMessage     UID FETCH BODY.PEEK[] (RFC 3501 §6.4.5; never sets \Seen)
//   setFlags         UID STORE +FLAGS/-FLAGS (RFC 3501 §6.4.6)
//   move             UID MOVE (RFC 6851), or COPY + STORE + EXPUNGE without it
//   deleteToTrash    move to the \Trash folder; inside Trash: \Deleted + UID EXPUNGE (RFC 4315 §2.1)
//   appendMessage    APPEND (RFC 3501 §6.3.11), to file Sent and Drafts
//   watch            IDLE (RFC 2177) on one folder; on news: DONE, incremental
//                    sync, newMail, IDLE again
#include "imap/ImapConnection.h"
#include "store/MailStore.h"

#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <memory>

namespace carteiro {

class ImapFolderSync;

class ImapAccountSync : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Ready, Working, Watching, Closed, Failed };
    static const char *stateName(State state);

    ImapAccountSync(TraceHub *hub, ChannelOptions channel, ImapSession::Config config, QString storePath,
                    QString accountId, QObject *parent = nullptr);
    ~ImapAccountSync() override;

    // Step mode: the connection's channel holds every command in `gate`
    // (StepGate.h). Before start().
    void setStepGate(StepGate *gate) { m_gate = gate; }
    // Rows in a folder sync's first UID FETCH (the visible list); 0: a full chunk.
    void setFirstChunk(quint32 rows) { m_firstChunk = rows; }
    bool stoppedByUser() const { return m_conn && m_conn->stoppedByUser(); }
    State state() const { return m_state; }
    QString accountId() const { return m_accountId; }
    // The store this object writes (on its own thread); for tests on the same thread.
    MailStore *store() const { return m_store.get(); }
    ImapConnection *connection() const { return m_conn; }
    QString watchedFolder() const { return m_watch; }

public Q_SLOTS:
    void start();
    void close();
    void refreshFolders();
    void syncFolder(const QString &name);
    void fetchMessage(qint64 messageId);
    void setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove);
    void move(const QList<qint64> &messageIds, qint64 targetFolderId);
    void deleteToTrash(const QList<qint64> &messageIds);
    // `target` is a folder name or a special use ("\\Sent", "\\Drafts").
    void appendMessage(const QString &target, const QByteArray &raw, quint32 flags);
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
    void chunkStored(qint64 folderId, int count);
    void folderSynced(qint64 folderId, int added, int changed, int removed);
    void bodyReady(qint64 messageId);
    void flagsChanged(const QList<qint64> &messageIds);
    void messagesMoved(const QList<qint64> &messageIds, qint64 targetFolderId);
    void messagesRemoved(const QList<qint64> &messageIds); // expunged (deleted inside Trash)
    void appended(const QString &folder, quint32 uid); // uid 0 when the server has no UIDPLUS
    void newMail(qint64 folderId, int unseen);
    void operationFailed(const QString &step, const QString &message);
    void closed();

private:
    struct Operation
    {
        QString step;
        std::function<void()> run;
    };
    using JobDone = std::function<void(const ImapCompletion &)>;

    void setState(State s);
    void enqueue(const QString &step, std::function<void()> run);
    void runNext();
    void done();
    void opFailed(const QString &message);
    quint64 await(quint64 job, JobDone then);
    void ensureSelected(const QString &folder, std::function<void()> then);
    void runFolderSync(qint64 folderId, bool announceNewMail);
    void startIdle();
    void onUntagged(const ImapResponse &r);
    void onJobFinished(quint64 job, const ImapCompletion &c);
    // Messages grouped by folder (ids unknown to the store are reported).
    QHash<qint64, QList<StoredMessage>> byFolder(const QList<qint64> &ids, const QString &step);
    std::optional<StoredFolder> specialFolder(const QByteArray &use) const;
    static QString serverWords(const ImapCompletion &c);

    TraceHub *m_hub;
    ChannelOptions m_channel;
    ImapSession::Config m_config;
    QString m_storePath;
    QString m_accountId;
    std::unique_ptr<MailStore> m_store;
    ImapConnection *m_conn = nullptr;
    QPointer<StepGate> m_gate;
    State m_state = State::Idle;

    std::deque<Operation> m_queue;
    bool m_busy = false;
    QString m_step;
    QHash<quint64, JobDone> m_jobs;
    ImapFolderSync *m_sync = nullptr;
    quint32 m_firstChunk = 0;
    QString m_selected;

    QHash<quint32, QByteArray> m_bodies; // uid -> BODY[] of a fetchMessage in flight

    QString m_watch;
    quint64 m_idleJob = 0;
    bool m_idleNews = false;
};

} // namespace carteiro
