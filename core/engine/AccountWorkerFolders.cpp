// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker (AccountWorker.cpp): folders of an IMAP account made, renamed
// and deleted. The names are checked here (levels joined with the server's
// separator); ImapAccountSync keeps each change durably and carries it out.
#include "engine/AccountWorker.h"

#include "local/LocalFolders.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QCoreApplication>
#include <QSet>

namespace carteiro {

void AccountWorker::createFolder(qint64 parentFolderId, const QString &leaf)
{
    if (isLocalFolders()) { // one level, in the store only
        QString error;
        if (ensureStore() && !LocalFolders::ensureFolder(*m_store, leaf, &error))
            Q_EMIT failed(error);
        publishFolders();
        return;
    }
    QString name;
    if (folderName(parentFolderId, leaf, &name))
        m_imap->createFolder(name);
}

void AccountWorker::renameFolder(qint64 folderId, const QString &leaf)
{
    if (!ensureStore())
        return;
    const auto f = m_store->folder(folderId);
    if (!f) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Renaming: that folder is no longer in the store."));
        return;
    }
    if (isLocalFolders()) {
        if (leaf.trimmed().isEmpty() || leaf.contains(QLatin1Char('/')) ||
            !m_store->renameFolder(folderId, leaf.trimmed(), QByteArray()))
            Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Renaming %1: \"%2\" cannot name a local folder.")
                              .arg(f->name, leaf));
        publishFolders();
        return;
    }
    // The new leaf keeps the folder where it is in the hierarchy.
    qint64 parentId = 0;
    const qsizetype cut = f->delimiter.isNull() ? -1 : f->name.lastIndexOf(f->delimiter);
    if (cut > 0)
        if (const auto parent = m_store->folderByName(m_account.id, f->name.left(cut), MailStore::Counts::Without))
            parentId = parent->id;
    QString name;
    if (cut > 0 && parentId == 0)
        name = f->name.left(cut + 1) + leaf.trimmed(); // a parent the server lists as \NoSelect only
    else if (!folderName(parentId, leaf, &name))
        return;
    m_imap->renameFolder(folderId, name);
}

void AccountWorker::deleteFolder(qint64 folderId)
{
    if (isLocalFolders() && ensureStore()) { // the question was asked: its mail goes with it
        if (!m_store->removeFolder(folderId))
            Q_EMIT failed(m_store->error());
        publishFolders();
        return;
    }
    if (isPop3() || !m_imap) {
        Q_EMIT failed(noFolders());
        return;
    }
    m_imap->deleteFolder(folderId);
}

void AccountWorker::setSubscribed(qint64 folderId, bool subscribed)
{
    if (isPop3() || !m_imap) {
        Q_EMIT failed(noFolders());
        return;
    }
    m_imap->setSubscribed(folderId, subscribed);
}

void AccountWorker::setKeepOffline(qint64 folderId, bool keep)
{
    if (!ensureStore())
        return;
    const auto f = m_store->folder(folderId);
    if (!f || !m_store->setFolderSwitch(folderId, MailStore::FolderSwitch::KeepOffline, keep)) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Keeping messages for offline use: %1")
                          .arg(f ? m_store->error()
                                 : QCoreApplication::translate("AccountWorker", "that folder is no longer in the store")));
        return;
    }
    publishFolders();
    if (keep && f->local)
        return; // POP3 and local mail is in the store already
    if (keep && m_imap) {
        if (folderId != m_folderId)
            m_imap->syncFolder(f->name); // its newest messages first, then every body
        m_imap->prefetch(folderId);
    }
}

void AccountWorker::prefetchKeptFolders()
{
    if (!m_imap || !m_store)
        return;
    for (const StoredFolder &f : m_store->folders(m_account.id)) {
        if (!f.keepOffline || f.local)
            continue;
        if (f.id != m_folderId)
            m_imap->syncFolder(f.name);
        m_imap->prefetch(f.id);
    }
}

void AccountWorker::reportOffline(qint64 folderId, qint64 done, qint64 total)
{
    const QString name = folderName(folderId);
    Q_EMIT offlineProgress(folderId, done, total);
    if (done < total) {
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "Keeping “%1” for offline use: %2 of %3")
                            .arg(name)
                            .arg(done)
                            .arg(total),
                        true);
        Q_EMIT progress(done, total);
    } else {
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "“%1” is ready for offline use.").arg(name), false);
    }
}

void AccountWorker::moveBack(qint64 fromFolderId, const QList<QByteArray> &messageIdHeaders, qint64 toFolderId)
{
    if (!ensureStore())
        return;
    const auto from = m_store->folder(fromFolderId);
    if (!from || !m_store->folder(toFolderId)) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Undo: that folder is no longer in the store."));
        return;
    }
    const QSet<QByteArray> wanted(messageIdHeaders.cbegin(), messageIdHeaders.cend());
    QList<qint64> ids;
    for (const StoredMessage &m : m_store->messages(fromFolderId))
        if (!m.messageId.isEmpty() && wanted.contains(m.messageId))
            ids << m.id;
    if (ids.isEmpty()) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Undo: the messages are not in “%1” yet (the "
                                                                "server has not confirmed the move); try again "
                                                                "in a moment.").arg(from->name));
        return;
    }
    move(ids, toFolderId, false);
}

void AccountWorker::markFolderRead(qint64 folderId)
{
    if (!ensureStore())
        return;
    QList<qint64> ids;
    for (const StoredMessage &m : m_store->messages(folderId))
        if (!(m.flags & MessageFlag::Seen))
            ids << m.id;
    if (!ids.isEmpty())
        setFlags(ids, MessageFlag::Seen, 0);
}

void AccountWorker::emptyFolder(qint64 folderId)
{
    if (isPop3() || !m_imap || !ensureStore()) {
        Q_EMIT failed(noFolders());
        return;
    }
    // Only what the store holds, so mail that arrived unseen since is kept.
    QList<qint64> ids;
    for (const StoredMessage &m : m_store->messages(folderId))
        ids << m.id;
    if (!ids.isEmpty())
        m_imap->expunge(ids);
}

QString AccountWorker::noFolders()
{
    return QCoreApplication::translate("AccountWorker", "Folders need an IMAP account: POP3 mail has only its Inbox.");
}

bool AccountWorker::folderName(qint64 parentFolderId, const QString &leaf, QString *name)
{
    if (isPop3() || !m_imap || !ensureStore()) {
        Q_EMIT failed(noFolders());
        return false;
    }
    const QString trimmed = leaf.trimmed();
    QChar delimiter;
    QString prefix;
    if (parentFolderId != 0) {
        const auto parent = m_store->folder(parentFolderId);
        if (!parent) {
            Q_EMIT failed(QCoreApplication::translate("AccountWorker", "That folder is no longer in the store."));
            return false;
        }
        if (parent->delimiter.isNull()) {
            Q_EMIT failed(QCoreApplication::translate("AccountWorker", "The server keeps its folders flat: "
                                                                    "%1 cannot hold other folders.").arg(parent->name));
            return false;
        }
        delimiter = parent->delimiter;
        prefix = parent->name + delimiter;
    } else {
        for (const StoredFolder &f : m_store->folders(m_account.id))
            if (!f.delimiter.isNull()) {
                delimiter = f.delimiter;
                break;
            }
    }
    if (!delimiter.isNull() && trimmed.contains(delimiter)) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "A folder name cannot contain \"%1\": the server "
                                                                "uses it between folder levels.").arg(delimiter));
        return false;
    }
    *name = prefix + trimmed;
    return true;
}

} // namespace carteiro
