// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3StoreSink.h"

#include "store/MailStore.h"

#include <QCoreApplication>

namespace carteiro {

bool Pop3StoreSink::storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error)
{
    if (uidl.isEmpty()) {
        *error = QCoreApplication::translate("Pop3", "a message without a unique-id cannot be stored");
        return false;
    }
    if (!m_store || !m_store->isOpen()) {
        *error = QCoreApplication::translate("Pop3", "the mail store is not open");
        return false;
    }
    // addLocalMessage returns the existing row for a UIDL already stored (no duplicate).
    if (m_store->addLocalMessage(m_folderId, uidl, raw) == 0) {
        *error = QCoreApplication::translate("Pop3", "cannot store the message %1: %2")
                     .arg(QString::fromLatin1(uidl), m_store->error());
        return false;
    }
    return true;
}

QSet<QByteArray> Pop3StoreSink::storedUidls() const
{
    QSet<QByteArray> out;
    if (m_store)
        for (const QByteArray &uidl : m_store->uidls(m_folderId))
            out.insert(uidl);
    return out;
}

} // namespace carteiro
