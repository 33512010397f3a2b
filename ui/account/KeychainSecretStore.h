// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SecretStore over QtKeychain: the platform's keychain (Windows Credential
// Manager, macOS Keychain, Secret Service / KWallet on Linux). QtKeychain's
// "insecure fallback" (a plain-text file) is switched off: when no service is
// there the status is Unavailable and the UI asks the user what to do.
#include "account/SecretStore.h"

namespace carteiro {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Carteiro"), QObject *parent = nullptr);

    QString description() const override;
    bool isPersistent() const override { return true; }
    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &secret) override;
    void removeSecret(const QString &key) override;

private:
    QString m_service;
};

} // namespace carteiro
