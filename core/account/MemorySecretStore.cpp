// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

namespace carteiro {

QString MemorySecretStore::description() const
{
    return tr("Kept in memory until Carteiro quits (not saved)");
}

// Signals are emitted synchronously: the caller must connect before calling,
// the same contract as a keychain that answers at once.
void MemorySecretStore::readSecret(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        Q_EMIT secretRead(key, Status::NotFound, QString(), tr("No password is kept for this account."));
    else
        Q_EMIT secretRead(key, Status::Ok, *it, QString());
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    Q_EMIT secretWritten(key, Status::Ok, QString());
}

void MemorySecretStore::removeSecret(const QString &key)
{
    const bool had = m_secrets.remove(key) > 0;
    Q_EMIT secretRemoved(key, had ? Status::Ok : Status::NotFound, QString());
}

} // namespace carteiro
