// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LocalMailboxes.h"

#include "engine/LocalMailboxWorker.h"
#include "local/LocalFolders.h"

#include <QDir>
#include <QFileInfo>

namespace carteiro {

LocalMailboxes::LocalMailboxes(const QString &storePath, QObject *parent)
    : QObject(parent), m_worker(new LocalMailboxWorker(storePath))
{
    qRegisterMetaType<carteiro::StoredFolder>();
    qRegisterMetaType<QList<carteiro::StoredMessage>>();
    m_thread.setObjectName(QStringLiteral("local-mailboxes"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LocalMailboxWorker::opened, this, &LocalMailboxes::onOpened);
    connect(m_worker, &LocalMailboxWorker::counts, this, &LocalMailboxes::onCounts);
    connect(m_worker, &LocalMailboxWorker::closed, this, &LocalMailboxes::onClosed);
    connect(m_worker, &LocalMailboxWorker::folderLoaded, this, &LocalMailboxes::folderLoaded);
    connect(m_worker, &LocalMailboxWorker::messagesUpserted, this, &LocalMailboxes::messagesUpserted);
    connect(m_worker, &LocalMailboxWorker::folderSynced, this, &LocalMailboxes::folderSynced);
    connect(m_worker, &LocalMailboxWorker::progress, this, &LocalMailboxes::progress);
    connect(m_worker, &LocalMailboxWorker::bodyReady, this, &LocalMailboxes::bodyReady);
    connect(m_worker, &LocalMailboxWorker::failed, this, &LocalMailboxes::failed);
    connect(m_worker, &LocalMailboxWorker::warning, this, &LocalMailboxes::warning);
    connect(m_worker, &LocalMailboxWorker::done, this, [this](quint64 t, bool ok, const QString &error) {
        if (const Done d = m_done.take(t))
            d(ok, error);
    });
    connect(m_worker, &LocalMailboxWorker::transferRead, this,
            [this](quint64 t, const QByteArray &raw, quint32 flags, const QString &error) {
                if (const Read d = m_read.take(t))
                    d(raw, flags, error);
            });
    connect(m_worker, &LocalMailboxWorker::folderReady, this, [this](quint64 t, qint64 id, const QString &error) {
        if (const FolderMade d = m_folderMade.take(t))
            d(id, error);
    });
    m_thread.start();
}

LocalMailboxes::~LocalMailboxes()
{
    m_thread.quit();
    m_thread.wait();
}

QString LocalMailboxes::localFoldersAccountId()
{
    return LocalFolders::accountId();
}

qint64 LocalMailboxes::folderOfMessage(qint64 messageId)
{
    return messageId < 0 ? -((-messageId) >> 32) : 0;
}

qint64 LocalMailboxes::open(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    if (const qint64 known = m_byPath.value(key))
        return known;
    const qint64 id = -(++m_next);
    m_byPath.insert(key, id);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, key] { w->open(id, QDir::toNativeSeparators(key)); });
    return id;
}

void LocalMailboxes::close(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->close(folderId); });
}

void LocalMailboxes::openFolder(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->openFolder(folderId); });
}

void LocalMailboxes::fetchBody(qint64 messageId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, messageId] { w->fetchBody(messageId); });
}

void LocalMailboxes::stopIndexing(qint64 folderId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, folderId] { w->stop(folderId); });
}

void LocalMailboxes::readMessage(qint64 messageId, Read done)
{
    const quint64 t = token();
    m_read.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, messageId] { w->readForTransfer(t, messageId); });
}

void LocalMailboxes::makeLocalFolder(const QString &name, FolderMade done)
{
    const quint64 t = token();
    m_folderMade.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, name] { w->makeLocalFolder(t, name); });
}

void LocalMailboxes::storeMessage(qint64 folderId, const QByteArray &raw, quint32 flags, Done done)
{
    const quint64 t = token();
    m_done.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, folderId, raw, flags] { w->storeMessage(t, folderId, raw, flags); });
}

void LocalMailboxes::exportOpen(const QString &path, Done done)
{
    const quint64 t = token();
    m_done.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, path] { w->exportOpen(t, path); });
}

void LocalMailboxes::exportAdd(const QByteArray &raw, const QByteArray &sender, const QDateTime &date, Done done)
{
    const quint64 t = token();
    m_done.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, raw, sender, date] { w->exportAdd(t, raw, sender, date); });
}

void LocalMailboxes::exportFinish(bool commit, Done done)
{
    const quint64 t = token();
    m_done.insert(t, std::move(done));
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t, commit] { w->exportFinish(t, commit); });
}

void LocalMailboxes::onOpened(qint64 folderId, const StoredFolder &folder)
{
    bool known = false;
    for (StoredFolder &f : m_folders) {
        if (f.id == folderId) {
            f = folder;
            known = true;
        }
    }
    if (!known)
        m_folders.append(folder);
    Q_EMIT foldersChanged(accountId(), m_folders);
    if (!known)
        Q_EMIT opened(folderId, folder.format);
}

void LocalMailboxes::onCounts(qint64 folderId, qint64 total, qint64 unread)
{
    for (StoredFolder &f : m_folders) {
        if (f.id == folderId) {
            f.total = total;
            f.unread = unread;
        }
    }
    Q_EMIT countsChanged(folderId, unread, total);
}

void LocalMailboxes::onClosed(qint64 folderId)
{
    for (auto it = m_byPath.begin(); it != m_byPath.end();) {
        if (it.value() == folderId)
            it = m_byPath.erase(it);
        else
            ++it;
    }
    m_folders.removeIf([folderId](const StoredFolder &f) { return f.id == folderId; });
    Q_EMIT foldersChanged(accountId(), m_folders);
}

} // namespace carteiro
