// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The engine behind AccountEngine, living on its worker thread: it owns the
// thread's MailStore, the account's IMAP sync (ImapAccountSync) or POP3
// retrieval (Pop3RetrieveJob into a Pop3StoreSink), and tells the GUI what
// changed as plain records. The rows of the open folder the GUI holds are
// remembered (id -> state) so that each publication sends only the
// difference, throttled while a sync writes chunk after chunk.
#include "account/AccountSettings.h"
#include "engine/EngineTuning.h"
#include "engine/MailRecords.h"
#include "engine/ReconnectSchedule.h"
#include "search/SearchHit.h"
#include "search/SearchQuery.h"
#include "sync/ImapOperation.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace carteiro {

class ImapAccountSync;
class MailStore;
class Pop3RetrieveJob;
class Pop3StoreSink;
class StepGate;
class TraceHub;

class AccountWorker : public QObject
{
    Q_OBJECT
public:
    AccountWorker(TraceHub *hub, const QString &storePath);
    ~AccountWorker() override;

    // All of these run on the worker thread (AccountEngine queues them).
    // AccountWorkerTuning.cpp: the connections' and syncs' options (for the
    // connections made from now on), a folder opened by name, a polite close.
    void setTuning(const EngineTuning &tuning);
    void openFolderNamed(const QString &name);
    void closeAccount();
    void openAccount(const AccountSettings &account, const QString &password);
    // New settings or password (or Retry after a refused login): connections are
    // made again; the open folder stays open and its rows stay shown.
    void reconnect(const AccountSettings &account, const QString &password);
    void openFolder(qint64 folderId);
    // The rows the message list shows at once: a folder sync's first UID FETCH
    // asks for that many, so they arrive first (ImapFolderSync::Options::firstChunk).
    void setVisibleRows(int rows);
    void refresh();
    void fetchBody(qint64 messageId);
    void setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove);
    void move(const QList<qint64> &messageIds, qint64 targetFolderId, bool keepOriginal);
    void deleteToTrash(const QList<qint64> &messageIds);
    // Folders (IMAP): `leaf` is the last level's name; 0 as parent: top level.
    void createFolder(qint64 parentFolderId, const QString &leaf);
    void renameFolder(qint64 folderId, const QString &leaf);
    void deleteFolder(qint64 folderId);
    // Every unread row of the folder \Seen (the rows the store holds: what the user saw).
    void setSubscribed(qint64 folderId, bool subscribed);
    void setKeepOffline(qint64 folderId, bool keep);
    void prefetchKeptFolders(); // after the login: each kept folder synced, then its bodies
    void moveBack(qint64 fromFolderId, const QList<QByteArray> &messageIdHeaders, qint64 toFolderId);
    void markFolderRead(qint64 folderId);
    // Every row of the folder deleted for good (Empty Trash / Junk).
    void emptyFolder(qint64 folderId);
    void appendMessage(const QByteArray &specialUse, const QByteArray &raw, quint32 flags);
    // Sent mail to file (AccountEngine::fileInSent); filedInSent answers with `token`.
    void fileInSent(quint64 token, const QByteArray &raw);
    // Files `raw` in the folder `folderId` of this account (IMAP APPEND); answered
    // by filedInSent with `token` like a filing (AccountEngine::appendTo).
    void appendTo(quint64 token, qint64 folderId, const QByteArray &raw, quint32 flags);
    void saveDraft(quint64 token, const DraftEntry &draft);
    void removeDraft(qint64 draftId);
    void loadDrafts();
    // A search (core/search/README.md) in these folders of the account: the
    // index caught up, the local hits at once (searchReport), then the
    // server's SEARCH for what is not cached (IMAP, online), finished.
    void search(quint64 token, const SearchQuery &query, const QList<qint64> &folderIds);
    // Step mode: the next IMAP sync (a new connection: the next refresh restarts
    // it) or POP3 retrieval has its channel held by `gate` (StepGate.h).
    void setNextStepGate(Protocol protocol, StepGate *gate);
    // Closes connections and the store on this thread (before it ends).
    void shutdown();

Q_SIGNALS:
    void foldersChanged(const QString &accountId, const QList<carteiro::StoredFolder> &folders);
    void folderLoaded(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    void messagesUpserted(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    // The open folder's SELECT told how many messages it holds (EXISTS).
    void folderCountKnown(qint64 folderId, qint64 exists);
    void messagesRemoved(qint64 folderId, const QList<qint64> &messageIds);
    void bodyReady(qint64 messageId, const QByteArray &raw);
    void newMail(qint64 folderId, int count);
    // The account's IMAP server took the login (at start, or back after an outage).
    void online(const QString &accountId);
    // Its IMAP connection closed (lost, refused, or not made yet): the rows stay.
    void offline(const QString &accountId);
    // Keep for offline use: `done` of `total` bodies of the folder are in the store.
    void offlineProgress(qint64 folderId, qint64 done, qint64 total);
    // With newMail: the newest of those unseen rows (at most five), for a notice.
    void newMessages(qint64 folderId, const QList<carteiro::StoredMessage> &newest);
    // The folder is up to date with the server (a sync or a POP3 download ended).
    void folderSynced(qint64 folderId);
    void activity(const QString &text, bool busy);
    void progress(qint64 done, qint64 total);
    void draftSaved(quint64 token, qint64 draftId);
    void draftsLoaded(const QList<carteiro::DraftEntry> &drafts);
    void failed(const QString &message);
    // The server refused the login; nothing connects again until reconnect().
    void loginFailed(const QString &accountId, const QString &serverWords, const QString &step = QString());
    void filedInSent(quint64 token, bool filed, const QString &folder, quint32 uid, const QString &error);
    // An action made offline could not be applied on the server (message gone, NO).
    void actionConflict(const QString &message);
    void searchReport(const carteiro::SearchReport &report);
    // The server's folder list arrived (LIST) and foldersChanged published it.
    void foldersListed(const QString &accountId);
    // What the sync of `folderId` did, just before its folderSynced.
    void syncSummary(qint64 folderId, const carteiro::SyncSummary &summary);
    // closeAccount() finished: LOGOUT answered (or the connection was gone).
    void accountClosed(const QString &accountId);

private:
    // The account's channels and session configurations with the tuning applied.
    ChannelOptions imapChannel() const;
    ImapSession::Config imapConfig() const;
    ChannelOptions pop3Channel() const;
    Pop3Session::Config pop3Config() const;
    ImapFolderSync::Options syncOptions() const;
    bool hasSecret() const { return !m_password.isEmpty() || !m_tuning.oauthToken.isEmpty(); }
    void reportOffline(qint64 folderId, qint64 done, qint64 total);
    // AccountWorkerSearch.cpp: the server's answers, and the background index
    // (a slice at a time, after syncs and new bodies).
    void connectSearch();
    void scheduleIndex();
    void indexSlice();
    void endServerSearch(quint64 token, const QList<ImapSearchHits> &hits, const QStringList &notes);
    void endServerSearches(); // the connection is gone: each ends with the local hits alone
    // True (and loginFailed emitted) when `message` is the server refusing the login.
    bool checkLoginRefused(const QString &message);
    void issueFilings();                        // waiting filings go to the connection
    void failFilings(const QString &error);     // the connection is gone: none is filed
    bool ensureStore();
    // newMail, and newMessages with the newest unseen rows of the folder.
    void announceNewMail(qint64 folderId, int count);
    // The full name of `leaf` under the parent (or at the top), or failed() naming the fault.
    bool folderName(qint64 parentFolderId, const QString &leaf, QString *name);
    static QString noFolders();
    bool isPop3() const { return m_account.incomingProtocol == AccountSettings::IncomingProtocol::Pop3; }
    // Local Folders (local/LocalFolders.h): the store alone, no server; flags and
    // deletes are kept here as for POP3 mail.
    bool isLocalFolders() const;
    bool storeOnly() const { return isPop3() || isLocalFolders(); }
    qint64 pop3Inbox();
    void startImap();
    void stopImap(bool now = false); // now: deleted at once (before the store goes)
    void startPop3();
    void onPop3Finished();
    void publishFolders();
    // Sends the open folder's rows that changed since the last publication.
    void publishFolder();
    void schedulePublish();
    // Rows added since the last publication (a sync's chunks, a POP3 download).
    void publishNew();
    // These rows, after an operation on them (flags, move, expunge).
    void publishRows(const QList<qint64> &ids);
    // Rows the sync handed over (no reading back): changed ones, gone ones.
    void publishChanged(const QList<StoredMessage> &rows);
    void publishGone(const QList<qint64> &ids);
    void scheduleReconnect();
    bool visible(const StoredMessage &m) const;
    static quint64 rowDigest(const StoredMessage &m);
    QList<StoredMessage> load(const QList<qint64> &ids) const;
    QString folderName(qint64 folderId) const;

    TraceHub *m_hub;
    QString m_storePath;
    std::unique_ptr<MailStore> m_store;
    AccountSettings m_account;
    QString m_password;
    EngineTuning m_tuning;
    bool m_accountOpen = false;
    bool m_loginRefused = false; // until reconnect(): never the same secret again
    bool m_imapFailureSeen = false; // the current connection's failure was reported
    struct Filing
    {
        quint64 token = 0;
        QByteArray raw;
        QString folder; // empty: the Sent folder
        quint32 flags = 0;
    };
    void fileIn(const Filing &filing);
    QList<Filing> m_filingWaiting; // for a connection being made
    QList<quint64> m_filingInFlight;                   // APPENDs queued, oldest first
    qint64 m_folderId = 0;
    // Rows the GUI holds for the open folder: id -> a digest of flags and state.
    QHash<qint64, quint64> m_shown;
    qint64 m_maxShownId = 0; // the highest store id published for the open folder
    quint32 m_openValidity = 0; // the open folder's UIDVALIDITY when its rows were published
    QTimer *m_publishTimer; // a child: it moves to the worker thread with us
    quint32 m_visibleRows = 0;
    bool m_firstRowsDue = false; // the count is shown: the first chunk goes out unthrottled
    QList<StoredMessage> m_arrived; // rows a sync stored, not yet published

    QTimer *m_reconnectTimer; // a child, like m_publishTimer
    ReconnectSchedule m_reconnect;

    struct ServerSearch
    {
        SearchQuery query;
        QSet<qint64> found; // the local hits' ids
    };
    QMap<quint64, ServerSearch> m_searches; // the server's SEARCH under way, by token (oldest first)
    QTimer *m_indexTimer;                   // a child, like m_publishTimer

    ImapAccountSync *m_imap = nullptr;
    Pop3RetrieveJob *m_pop3 = nullptr;
    std::unique_ptr<Pop3StoreSink> m_pop3Sink;
    QPointer<StepGate> m_nextImapGate, m_nextPop3Gate;
};

} // namespace carteiro
