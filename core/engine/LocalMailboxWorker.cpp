// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LocalMailboxWorker.h"

#include "engine/LocalMailboxes.h"
#include "local/LocalFolders.h"
#include "local/LocalMailbox.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace carteiro {

namespace {
constexpr int kFirstRows = 64;         // the first slice: what a window shows, at once
constexpr int kBatch = 256;
constexpr qint64 kSliceMs = 30;        // then the event loop answers bodies asked for
constexpr qint64 kPublishEveryMs = 200; // rows reach the list in a few batches a second
} // namespace

LocalMailboxWorker::LocalMailboxWorker(const QString &storePath) : m_storePath(storePath) {}
LocalMailboxWorker::~LocalMailboxWorker() = default;

qint64 LocalMailboxWorker::messageId(qint64 folderId, int index)
{
    return -((-folderId) << 32 | qint64(index + 1));
}

int LocalMailboxWorker::indexOf(qint64 messageId)
{
    return int((-messageId) & 0xffffffffLL) - 1;
}

void LocalMailboxWorker::open(qint64 folderId, const QString &path)
{
    QString error;
    std::unique_ptr<LocalMailbox> box = LocalMailbox::openPath(path, &error);
    if (!box) {
        Q_EMIT failed(error);
        Q_EMIT closed(folderId);
        return;
    }
    Opened o;
    o.folder.id = folderId;
    o.folder.accountId = LocalMailboxes::accountId();
    o.folder.name = box->displayName();
    o.folder.local = true;
    o.folder.readOnly = true;
    o.folder.location = box->path();
    o.box = std::move(box);
    Opened &slot = m_open[folderId] = std::move(o);
    indexSome(folderId, slot, kFirstRows, kSliceMs); // the first rows before anyone asks
    slot.folder.format = slot.box->formatName();
    Q_EMIT opened(folderId, slot.folder);
    schedule();
}

void LocalMailboxWorker::close(qint64 folderId)
{
    m_open.erase(folderId);
    if (m_shown == folderId)
        m_shown = 0;
    Q_EMIT closed(folderId);
}

void LocalMailboxWorker::openFolder(qint64 folderId)
{
    m_shown = folderId;
    const auto it = m_open.find(folderId);
    if (it == m_open.end())
        return;
    Opened &o = it->second;
    o.unpublished.clear();
    Q_EMIT folderLoaded(folderId, o.rows);
    Q_EMIT progress(folderId, o.box->progressDone(), o.box->progressTotal());
    if (o.box->atEnd() || o.stopped)
        Q_EMIT folderSynced(folderId);
    m_sincePublish.start();
    schedule();
}

void LocalMailboxWorker::stop(qint64 folderId)
{
    const auto it = m_open.find(folderId);
    if (it == m_open.end())
        return;
    it->second.stopped = true;
    publish(folderId, it->second);
    Q_EMIT folderSynced(folderId);
}

const LocalMailboxWorker::Opened *LocalMailboxWorker::find(qint64 messageId) const
{
    const qint64 folderId = LocalMailboxes::folderOfMessage(messageId);
    const auto it = m_open.find(folderId);
    return it == m_open.end() ? nullptr : &it->second;
}

std::optional<QByteArray> LocalMailboxWorker::raw(qint64 messageId, quint32 *flags, QString *error) const
{
    const Opened *o = find(messageId);
    const int index = indexOf(messageId);
    if (!o || index < 0 || index >= o->box->count()) {
        *error = QCoreApplication::translate("LocalMailbox", "the mailbox of this message is no longer open");
        return std::nullopt;
    }
    if (flags)
        *flags = o->box->entries().at(index).flags;
    return o->box->raw(index, error);
}

void LocalMailboxWorker::fetchBody(qint64 messageId)
{
    QString error;
    if (const auto bytes = raw(messageId, nullptr, &error))
        Q_EMIT bodyReady(messageId, *bytes);
    else
        Q_EMIT failed(error);
}

void LocalMailboxWorker::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &LocalMailboxWorker::indexSlice);
}

void LocalMailboxWorker::indexSlice()
{
    m_scheduled = false;
    // The mailbox on screen first, then the others.
    qint64 next = 0;
    for (auto &[id, o] : m_open) {
        if (o.box->atEnd() || o.stopped)
            continue;
        if (!next || id == m_shown)
            next = id;
    }
    if (!next)
        return;
    Opened &o = m_open.at(next);
    indexSome(next, o, kBatch, kSliceMs);
    const bool done = o.box->atEnd() || o.stopped;
    if (done || m_sincePublish.elapsed() >= kPublishEveryMs || !m_sincePublish.isValid()) {
        publish(next, o);
        if (done) {
            o.folder.format = o.box->formatName(); // final once every message was read
            Q_EMIT opened(next, o.folder);
            if (next == m_shown)
                Q_EMIT folderSynced(next);
        }
    }
    schedule();
}

void LocalMailboxWorker::indexSome(qint64 folderId, Opened &o, int batch, qint64 budgetMs)
{
    QElapsedTimer t;
    t.start();
    do {
        QList<QByteArray> headers;
        const int first = o.box->count();
        bool ok = true;
        o.box->indexMore(batch, &headers, &ok);
        for (int i = 0; i < headers.size(); ++i) {
            StoredMessage m = o.box->summary(first + i, headers.at(i));
            m.id = messageId(folderId, first + i);
            m.folderId = folderId;
            m.uid = o.box->entries().at(first + i).number;
            ++o.folder.total;
            if (!(m.flags & MessageFlag::Seen))
                ++o.folder.unread;
            o.rows.append(m);
            o.unpublished.append(std::move(m));
        }
        const QStringList warnings = o.box->warnings();
        for (; o.warned < warnings.size(); ++o.warned)
            Q_EMIT warning(warnings.at(o.warned));
        if (!ok) {
            o.stopped = true;
            Q_EMIT failed(o.box->error());
            break;
        }
    } while (!o.box->atEnd() && t.elapsed() < budgetMs && batch >= kBatch);
}

void LocalMailboxWorker::publish(qint64 folderId, Opened &o)
{
    m_sincePublish.start();
    Q_EMIT counts(folderId, o.folder.total, o.folder.unread);
    Q_EMIT progress(folderId, o.box->progressDone(), o.box->progressTotal());
    if (folderId == m_shown && !o.unpublished.isEmpty())
        Q_EMIT messagesUpserted(folderId, o.unpublished);
    o.unpublished.clear();
}

} // namespace carteiro
