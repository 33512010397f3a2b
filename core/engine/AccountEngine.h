// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reading window's engine, seen from the GUI thread. Everything that talks
// to a server or to the store runs on one worker thread (AccountWorker): the GUI
// only sends requests (queued) and receives plain records (StoredFolder,
// StoredMessage, raw bytes) through signals, so no parse, socket or database
// write ever runs on the GUI thread (core/README.md).
//
// One account at a time is "open": its folders come from the store at once,
// then from the server; the open folder's rows likewise (store first, then the
// sync's chunks as they land), and IMAP IDLE watches it for new mail.
// Flags, moves and deletes made while the server is away change the rows at
// once and are replayed in order when it is back; a lost connection is tried
// again with back-off (2 s doubling to 5 min, "reconnecting in N s" as activity;
// refresh() tries at once), a refused login never by itself (loginFailed).
#include "account/AccountSettings.h"
#include "engine/EngineTuning.h"
#include "engine/MailRecords.h"
#include "engine/SearchRecords.h"
#include "trace/TraceEvent.h"

#include <QObject>
#include <QHash>
#include <QThread>
#include <functional>

namespace carteiro {

class AccountWorker;
class StepGate;
class TraceHub;

class AccountEngine : public QObject
{
    Q_OBJECT
public:
    // `storePath`: the SQLite file (MailStore::defaultPath() in the app; a
    // temporary file in tests).
    AccountEngine(TraceHub *hub, const QString &storePath, QObject *parent = nullptr);
    // The SQLite file the app uses when none is given.
    static QString defaultStorePath();
    ~AccountEngine() override;

    // How the connections made from now on connect and sync (EngineTuning.h);
    // carteiro-cli sets it before openAccount, the window keeps the defaults.
    void setTuning(const EngineTuning &tuning);
    // Makes `account` the open one: folders from the store now, then LIST (IMAP).
    void openAccount(const AccountSettings &account, const QString &password);
    // The account's settings or password changed (or Retry after a refused
    // login): its connections are made again with these; the open folder stays
    // open and its rows stay shown.
    void reconnect(const AccountSettings &account, const QString &password);
    const AccountSettings &account() const { return m_account; }
    // Rows of the folder from the store now (folderLoaded), then the sync
    // (messagesUpserted / messagesRemoved) and IDLE on it (IMAP).
    void openFolder(qint64 folderId);
    // The same by the folder's full name ("INBOX", "Archive/2024"): a folder the
    // store does not know yet (a new store, before the LIST) is opened all the
    // same; one the server does not have fails at its SELECT. POP3: INBOX only.
    void openFolderNamed(const QString &name);
    // Ends the account's connections politely (LOGOUT, RFC 3501 §6.1.3) and
    // nothing reconnects: accountClosed follows. A POP3 download under way is
    // stopped without QUIT, so nothing is deleted (RFC 1939 §6).
    void closeAccount();
    // How many rows the message list shows at once: the first UID FETCH of a
    // folder sync asks for only these, the next ones for bigger chunks.
    void setVisibleRows(int rows);
    // Send/Receive: the folder list and the open folder (IMAP), or a POP3 download.
    void refresh();
    // The raw message, from the cache or the server: bodyReady / failed.
    void fetchBody(qint64 messageId);
    // UID STORE (RFC 3501 §6.4.6); the rows follow once the server agreed.
    void setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove);
    void move(const QList<qint64> &messageIds, qint64 targetFolderId);
    void copy(const QList<qint64> &messageIds, qint64 targetFolderId);
    void deleteToTrash(const QList<qint64> &messageIds);
    // Undo of a move or a delete: the messages with these Message-IDs that the
    // store holds in `fromFolderId` go back to `toFolderId` (a move like any
    // other); none there yet (the server has not answered): failed() says so.
    void moveBack(qint64 fromFolderId, const QList<QByteArray> &messageIdHeaders, qint64 toFolderId);
    // Folders (IMAP CREATE / RENAME / DELETE, RFC 3501 §6.3.3-5), kept durably
    // and replayed like the message actions when made offline. `leaf` is the
    // last level's name; parent 0: the top level. The folder list follows
    // (foldersChanged); a refusal comes back in the server's words (failed).
    void createFolder(qint64 parentFolderId, const QString &leaf);
    void renameFolder(qint64 folderId, const QString &leaf);
    void deleteFolder(qint64 folderId);
    // SUBSCRIBE / UNSUBSCRIBE (RFC 9051 §6.3.7-6.3.8), kept and replayed like
    // the other folder changes; the mark follows (foldersChanged) or the refusal (failed).
    void setSubscribed(qint64 folderId, bool subscribed);
    // "Keep messages for offline use": the folder's switch is saved and every
    // body it lacks is fetched in the background (offlineProgress, activity);
    // at each later login and sync too. Off: nothing more is fetched, nothing is dropped.
    void setKeepOffline(qint64 folderId, bool keep);
    // Every unread message of the folder marked read (UID STORE +FLAGS \Seen).
    void markFolderRead(qint64 folderId);
    // Every message of the folder deleted for good: \Deleted + UID EXPUNGE
    // (RFC 3501 §6.4.6, RFC 4315 §2.1), for Empty Trash and Empty Junk.
    void emptyFolder(qint64 folderId);
    // Files `raw` in the folder of that special use ("\\Sent", "\\Drafts"): IMAP APPEND.
    void appendMessage(const QByteArray &specialUse, const QByteArray &raw, quint32 flags);
    // Files sent mail in this account's Sent folder over its own IMAP connection
    // (APPEND \\Seen, RFC 3501 §6.3.11), waiting for the connection while it is
    // being made; `done` runs on this thread with the outcome.
    using FilingDone = std::function<void(bool filed, const QString &folder, quint32 uid, const QString &error)>;
    void fileInSent(const QByteArray &raw, FilingDone done);
    // Files `raw` in this account's IMAP folder `folderId` (APPEND, RFC 9051
    // §6.3.12) with `flags`; `done` says whether the server took it.
    void appendTo(qint64 folderId, const QByteArray &raw, quint32 flags, FilingDone done);

    // Drafts autosave (tests/README.md, case 22): written durably on the worker thread.
    // `token` comes back with draftSaved so the caller knows which composer it was.
    void saveDraft(quint64 token, const carteiro::DraftEntry &draft);
    void removeDraft(qint64 draftId);
    void loadDrafts(); // every account's: draftsLoaded

    // A search in these folders of the account (core/search/README.md):
    // searchReport with the local index's hits at once, then (IMAP, online)
    // the server's SEARCH for what is not cached, `finished`. `token` comes back.
    void search(quint64 token, const carteiro::SearchQuery &query, const QList<qint64> &folderIds);

    // Step mode: the next IMAP sync (a new connection, started by the next
    // Send/Receive or account opening) or POP3 retrieval runs with its channel
    // held by `gate`, which moves to the worker thread here.
    void stepNext(carteiro::Protocol protocol, StepGate *gate);

    QString accountId() const { return m_accountId; }
    qint64 openFolderId() const { return m_folderId; }
    const QThread *workerThread() const { return &m_thread; }

Q_SIGNALS:
    void foldersChanged(const QString &accountId, const QList<carteiro::StoredFolder> &folders);
    void folderLoaded(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    void messagesUpserted(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    // The folder's SELECT answered: it holds `exists` messages (RFC 3501 §7.3.1),
    // before any of the rows not yet in the store were fetched.
    void folderCountKnown(qint64 folderId, qint64 exists);
    void messagesRemoved(qint64 folderId, const QList<qint64> &messageIds);
    void bodyReady(qint64 messageId, const QByteArray &raw);
    // New unseen mail arrived in a watched folder (IDLE) or a POP3 download.
    void newMail(qint64 folderId, int count);
    // The account's IMAP server took the login (at start, or back after an outage).
    void online(const QString &accountId);
    // The account's IMAP connection closed (lost, refused, or stopped); the rows stay.
    void offline(const QString &accountId);
    // Keep for offline use: `done` of `total` bodies of the folder are in the store.
    void offlineProgress(qint64 folderId, qint64 done, qint64 total);
    // With newMail: the newest of those unseen rows (at most five), for a notice.
    void newMessages(qint64 folderId, const QList<carteiro::StoredMessage> &newest);
    // The folder is up to date with the server (a sync or a POP3 download ended).
    void folderSynced(qint64 folderId);
    // What the engine is doing now ("Synchronising INBOX..."), empty when idle.
    void activity(const QString &text, bool busy);
    void progress(qint64 done, qint64 total);
    void draftSaved(quint64 token, qint64 draftId);
    void draftsLoaded(const QList<carteiro::DraftEntry> &drafts);
    // One sentence naming the step and quoting the server.
    void failed(const QString &message);
    // The server refused the login (`serverWords`: its reply; empty when this
    // repeats an earlier refusal). The engine does not connect again with the
    // same secret: it waits for reconnect() (Retry, a new password, new settings).
    // `step`: the refused command as the inspector names it ("AUTHENTICATE",
    // "LOGIN", "PASS"), empty when unknown.
    void loginFailed(const QString &accountId, const QString &serverWords, const QString &step = QString());
    // A flag change, move or delete made offline could not be applied when the
    // server came back (the message is gone there, or the server said NO).
    void actionConflict(const QString &message);
    void searchReport(const carteiro::SearchReport &report);
    // The server's folder list (LIST) arrived; foldersChanged published it.
    void foldersListed(const QString &accountId);
    // What a folder sync did, just before its folderSynced (IMAP).
    void syncSummary(qint64 folderId, const carteiro::SyncSummary &summary);
    void accountClosed(const QString &accountId);

private:
    AccountSettings m_account;
    QHash<quint64, FilingDone> m_filings; // token -> who waits for the APPEND
    quint64 m_nextFiling = 0;
    QThread m_thread;
    AccountWorker *m_worker = nullptr;
    QString m_accountId;
    qint64 m_folderId = 0;
};

} // namespace carteiro
