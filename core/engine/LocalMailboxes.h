// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mailboxes opened from disk (core/local: mbox, Maildir, MH), seen from the GUI
// thread. Reading runs on a worker thread (LocalMailboxWorker): the mailbox is
// indexed in slices, the first rows handed over at once (folderLoaded), the
// rest as they are read (messagesUpserted) with progress, so a 1 GB mbox opens
// as fast as a small one. Read-only: nothing is ever written to the mailbox.
//
// An opened mailbox is a folder of the pseudo-account accountId() with a
// negative folder id, and its messages have negative ids too: store ids are
// positive, so one message list and reader serve both (MailRecords.h).
#include "engine/MailRecords.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <functional>

namespace carteiro {

class LocalMailboxWorker;

class LocalMailboxes : public QObject
{
    Q_OBJECT
public:
    // `storePath`: the store that holds Local Folders (local/LocalFolders.h).
    explicit LocalMailboxes(const QString &storePath, QObject *parent = nullptr);
    ~LocalMailboxes() override;

    // The folder tree's account for opened mailboxes.
    static QString accountId() { return QStringLiteral("carteiro:opened-mailboxes"); }
    // Local Folders' pseudo-account (local/LocalFolders.h): folders in the store only.
    static QString localFoldersAccountId();
    static bool isMailboxFolder(qint64 folderId) { return folderId < 0; }
    static bool isMailboxMessage(qint64 messageId) { return messageId < 0; }
    static qint64 folderOfMessage(qint64 messageId);

    // Opens what is at `path` (a file: mbox; a folder: Maildir or MH) and
    // returns its folder id at once; opened() or failed() follow. A path open
    // already gives its folder id again.
    qint64 open(const QString &path);
    void close(qint64 folderId);
    QList<StoredFolder> folders() const { return m_folders; }
    // Rows read so far (folderLoaded), then the rest as indexing goes on.
    void openFolder(qint64 folderId);
    void fetchBody(qint64 messageId);
    // Stops indexing (the rows read so far stay usable).
    void stopIndexing(qint64 folderId);

    // --- steps of a copy (MailTransfer), run on the worker thread ---
    using Done = std::function<void(bool ok, const QString &error)>;
    using Read = std::function<void(const QByteArray &raw, quint32 flags, const QString &error)>;
    using FolderMade = std::function<void(qint64 folderId, const QString &error)>;
    void readMessage(qint64 messageId, Read done);
    void makeLocalFolder(const QString &name, FolderMade done);
    // Stored with a durable commit before `done` runs.
    void storeMessage(qint64 folderId, const QByteArray &raw, quint32 flags, Done done);
    void exportOpen(const QString &path, Done done);
    void exportAdd(const QByteArray &raw, const QByteArray &sender, const QDateTime &date, Done done);
    void exportFinish(bool commit, Done done);

Q_SIGNALS:
    void foldersChanged(const QString &accountId, const QList<carteiro::StoredFolder> &folders);
    void opened(qint64 folderId, const QString &format);
    void folderLoaded(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    void messagesUpserted(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    // Indexing ended: every message of the mailbox is listed.
    void folderSynced(qint64 folderId);
    void progress(qint64 folderId, qint64 done, qint64 total);
    void countsChanged(qint64 folderId, qint64 unread, qint64 total);
    void bodyReady(qint64 messageId, const QByteArray &raw);
    // Names the path and what was wrong.
    void failed(const QString &message);
    // Problems that did not stop reading (a truncated message ...).
    void warning(const QString &message);

private:
    void onOpened(qint64 folderId, const carteiro::StoredFolder &folder);
    void onCounts(qint64 folderId, qint64 total, qint64 unread);
    void onClosed(qint64 folderId);

    quint64 token() { return ++m_nextToken; }

    QThread m_thread;
    quint64 m_nextToken = 0;
    QHash<quint64, Done> m_done;
    QHash<quint64, Read> m_read;
    QHash<quint64, FolderMade> m_folderMade;
    LocalMailboxWorker *m_worker = nullptr;
    QList<StoredFolder> m_folders;
    QHash<QString, qint64> m_byPath;
    qint64 m_next = 0;
};

} // namespace carteiro
