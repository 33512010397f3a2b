// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where account passwords live. An interface so that core/ stays free of any
// keychain library: the desktop app plugs in QtKeychain (ui/account/
// KeychainSecretStore), tests and the lab preset use MemorySecretStore.
// Keychains answer asynchronously (a D-Bus round trip, a user prompt), so every
// call reports through a signal, possibly before it returns.
#include <QObject>
#include <QString>

namespace carteiro {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under this key
        Unavailable, // no keychain service on this machine (e.g. no D-Bus secret service)
        Denied,      // the user or the system refused access
        Error        // anything else; see the message
    };
    Q_ENUM(Status)

    using QObject::QObject;

    // A sentence for the user about where secrets go ("System keychain", "Memory
    // only (not saved)").
    virtual QString description() const = 0;
    // Persistent: survives a restart. MemorySecretStore is not.
    virtual bool isPersistent() const = 0;

    virtual void readSecret(const QString &key) = 0;
    virtual void writeSecret(const QString &key, const QString &secret) = 0;
    virtual void removeSecret(const QString &key) = 0;

Q_SIGNALS:
    void secretRead(const QString &key, carteiro::SecretStore::Status status, const QString &secret,
                    const QString &message);
    void secretWritten(const QString &key, carteiro::SecretStore::Status status, const QString &message);
    void secretRemoved(const QString &key, carteiro::SecretStore::Status status, const QString &message);
};

} // namespace carteiro
