// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LocalMailboxes' worker thread: the opened mailboxes (core/local), indexed in
// time slices so that a body asked for meanwhile is read at once.
#include "engine/MailRecords.h"

#include <QElapsedTimer>
#include <QObject>
#include <map>
#include <memory>
#include <optional>

namespace carteiro {

class LocalMailbox;
class MailStore;
class MboxWriter;

class LocalMailboxWorker : public QObject
{
    Q_OBJECT
public:
    explicit LocalMailboxWorker(const QString &storePath);
    ~LocalMailboxWorker() override;

    // Store-style ids of a mailbox's messages (LocalMailboxes.h): negative.
    static qint64 messageId(qint64 folderId, int index);
    static int indexOf(qint64 messageId);

    void open(qint64 folderId, const QString &path);
    void close(qint64 folderId);
    void openFolder(qint64 folderId);
    void fetchBody(qint64 messageId);
    void stop(qint64 folderId);
    // For copies out of a mailbox (on this thread): the message's bytes and flags.
    std::optional<QByteArray> raw(qint64 messageId, quint32 *flags, QString *error) const;

    // --- copies (MailTransfer, LocalMailboxWorkerStore.cpp); each answers `token` ---
    // done(token, ok, error): bytes and flags of a message of an opened mailbox,
    void readForTransfer(quint64 token, qint64 messageId);
    // the Local Folders folder `name` made when missing (id in `folderReady`),
    void makeLocalFolder(quint64 token, const QString &name);
    // one message stored in a Local Folders folder, durably,
    void storeMessage(quint64 token, qint64 folderId, const QByteArray &raw, quint32 flags);
    // an mboxrd export: opened, one message added, written (or dropped).
    void exportOpen(quint64 token, const QString &path);
    void exportAdd(quint64 token, const QByteArray &raw, const QByteArray &sender, const QDateTime &date);
    void exportFinish(quint64 token, bool commit);

Q_SIGNALS:
    void transferRead(quint64 token, const QByteArray &raw, quint32 flags, const QString &error);
    void folderReady(quint64 token, qint64 folderId, const QString &error);
    void done(quint64 token, bool ok, const QString &error);
    void opened(qint64 folderId, const carteiro::StoredFolder &folder);
    void counts(qint64 folderId, qint64 total, qint64 unread);
    void folderLoaded(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    void messagesUpserted(qint64 folderId, const QList<carteiro::StoredMessage> &messages);
    void folderSynced(qint64 folderId);
    void progress(qint64 folderId, qint64 done, qint64 total);
    void bodyReady(qint64 messageId, const QByteArray &raw);
    void failed(const QString &message);
    void warning(const QString &message);
    void closed(qint64 folderId);

private:
    struct Opened
    {
        std::unique_ptr<LocalMailbox> box;
        StoredFolder folder;
        QList<StoredMessage> rows;
        QList<StoredMessage> unpublished; // read since the list last heard
        int warned = 0;
        bool stopped = false;
    };
    void schedule();
    void indexSlice();
    // Reads the next messages of `o` for about `budgetMs`; false when it cannot go on.
    void indexSome(qint64 folderId, Opened &o, int batch, qint64 budgetMs);
    void publish(qint64 folderId, Opened &o);
    const Opened *find(qint64 messageId) const;

    bool ensureStore(QString *error);

    QString m_storePath;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<MboxWriter> m_export;
    std::map<qint64, Opened> m_open;
    qint64 m_shown = 0;
    bool m_scheduled = false;
    QElapsedTimer m_sincePublish;
};

} // namespace carteiro
