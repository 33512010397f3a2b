// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Secrets kept in memory for this session only: "do not store, ask at send
// time", the public lab password, and tests. Nothing is ever written to disk.
#include "SecretStore.h"

#include <QHash>

namespace carteiro {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QString description() const override;
    bool isPersistent() const override { return false; }
    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &secret) override;
    void removeSecret(const QString &key) override;

    // Synchronous access for callers that know they hold a memory store.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString value(const QString &key) const { return m_secrets.value(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace carteiro
