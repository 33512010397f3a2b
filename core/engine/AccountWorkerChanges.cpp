// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker (AccountWorker.cpp): rows that left the open folder, as the
// sync reported them, and the reconnection schedule after a lost connection.
#include "engine/AccountWorker.h"

#include <QCoreApplication>

namespace carteiro {

void AccountWorker::publishGone(const QList<qint64> &ids)
{
    QList<qint64> gone;
    for (const qint64 id : ids)
        if (m_shown.remove(id))
            gone.append(id);
    for (auto it = m_arrived.begin(); it != m_arrived.end();)
        it = ids.contains(it->id) ? m_arrived.erase(it) : it + 1;
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!ids.isEmpty())
        publishFolders(); // counts
}

void AccountWorker::scheduleReconnect()
{
    if (!m_accountOpen || !m_tuning.reconnect || m_reconnectTimer->isActive())
        return;
    const int ms = m_reconnect.next();
    m_reconnectTimer->start(ms);
    const int seconds = (ms + 999) / 1000;
    Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: reconnecting in %n s.", nullptr, seconds),
                    false);
}

} // namespace carteiro
