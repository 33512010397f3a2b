// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker (AccountWorker.cpp): what the GUI is told about the open
// folder's rows. The rows it holds are remembered (id -> digest), so that each
// publication sends only the difference, throttled while a sync stores chunk
// after chunk; rows the sync hands over are compared one by one.
#include "engine/AccountWorker.h"

#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QSet>

namespace carteiro {

// What the GUI needs to know changed about a row: which message it is (a store
// id can be reused after the folder was rebuilt), its flags and state bits.
quint64 AccountWorker::rowDigest(const StoredMessage &m)
{
    const quint64 identity =
        quint32(qHashMulti(0, m.uid, m.uidl, m.size, m.internalDate.toMSecsSinceEpoch(), m.messageId, m.subject));
    return (identity << 32) | (quint64(m.flags) & 0x3fffff) | (quint64(m.envelopeKnown) << 22) |
           (quint64(m.bodyCached) << 23) | ((m.modSeq & 0xff) << 24);
}

void AccountWorker::publishFolders()
{
    if (!m_store || !m_accountOpen)
        return;
    Q_EMIT foldersChanged(m_account.id, m_store->folders(m_account.id));
}

bool AccountWorker::visible(const StoredMessage &m) const
{
    // POP3 mail deleted here keeps its row (its UIDL must not be downloaded
    // again) but is not listed.
    return !(storeOnly() && (m.flags & MessageFlag::Deleted));
}

void AccountWorker::setVisibleRows(int rows)
{
    m_visibleRows = quint32(qBound(0, rows, 100000));
    if (m_imap)
        m_imap->setFirstChunk(m_visibleRows);
}

void AccountWorker::schedulePublish()
{
    if (!m_publishTimer->isActive())
        m_publishTimer->start();
}

void AccountWorker::publishNew()
{
    m_publishTimer->stop();
    if (!m_store || !m_folderId)
        return;
    // IMAP: the rows the sync handed over; POP3: those its sink stored since.
    QList<StoredMessage> rows = std::exchange(m_arrived, {});
    if (isPop3())
        rows = m_store->messagesAfter(m_folderId, m_maxShownId);
    QList<StoredMessage> added;
    added.reserve(rows.size());
    for (StoredMessage &m : rows) {
        m_maxShownId = qMax(m_maxShownId, m.id);
        if (!visible(m))
            continue;
        m_shown.insert(m.id, rowDigest(m));
        added.append(std::move(m));
    }
    if (!added.isEmpty()) {
        Q_EMIT messagesUpserted(m_folderId, added);
        publishFolders();
    }
}

void AccountWorker::publishRows(const QList<qint64> &ids)
{
    if (!m_store)
        return;
    QList<StoredMessage> changed;
    QList<qint64> gone;
    for (qint64 id : ids) {
        const auto m = m_store->message(id);
        const bool here = m && m->folderId == m_folderId && visible(*m);
        if (!here) {
            if (m_shown.remove(id))
                gone.append(id);
            continue;
        }
        const quint64 d = rowDigest(*m);
        auto it = m_shown.find(id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(id, d);
            m_maxShownId = qMax(m_maxShownId, id);
            changed.append(*m);
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    publishFolders(); // counts
}

void AccountWorker::publishChanged(const QList<StoredMessage> &rows)
{
    QList<StoredMessage> changed;
    QList<qint64> gone;
    for (const StoredMessage &m : rows) {
        if (m.folderId != m_folderId)
            continue;
        if (!visible(m)) {
            if (m_shown.remove(m.id))
                gone.append(m.id);
            continue;
        }
        const quint64 d = rowDigest(m);
        auto it = m_shown.find(m.id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(m.id, d);
            m_maxShownId = qMax(m_maxShownId, m.id);
            changed.append(m);
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    if (!rows.isEmpty())
        publishFolders(); // unread counts
}

QList<StoredMessage> AccountWorker::load(const QList<qint64> &ids) const
{
    QList<StoredMessage> out;
    for (qint64 id : ids)
        if (const auto m = m_store->message(id))
            out.append(*m);
    return out;
}

void AccountWorker::publishFolder()
{
    m_publishTimer->stop();
    if (!m_store || !m_folderId)
        return;
    const QList<StoredMessage> rows = m_store->messages(m_folderId);
    QList<StoredMessage> changed;
    QSet<qint64> present;
    present.reserve(rows.size());
    for (const StoredMessage &m : rows) {
        if (!visible(m))
            continue;
        present.insert(m.id);
        m_maxShownId = qMax(m_maxShownId, m.id);
        const quint64 d = rowDigest(m);
        auto it = m_shown.find(m.id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(m.id, d);
            changed.append(m);
        }
    }
    QList<qint64> gone;
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (!present.contains(it.key())) {
            gone.append(it.key());
            it = m_shown.erase(it);
        } else {
            ++it;
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    if (!gone.isEmpty() || !changed.isEmpty())
        publishFolders(); // unread counts
}

void AccountWorker::announceNewMail(qint64 folderId, int count)
{
    Q_EMIT newMail(folderId, count);
    if (count > 0 && ensureStore())
        Q_EMIT newMessages(folderId, m_store->newestUnseen(folderId, qMin(count, 5)));
}

} // namespace carteiro
