// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The accounts the user configured, kept in QSettings (group "accounts").
// Passwords are never written here: see SecretStore.
#include "AccountSettings.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace carteiro {

class AccountStore
{
public:
    // settings: the QSettings to use (not owned); nullptr = the application's default.
    explicit AccountStore(QSettings *settings = nullptr);

    QList<AccountSettings> accounts() const;
    std::optional<AccountSettings> find(const QString &id) const;
    // Adds or replaces the account with the same id; an empty id gets a new UUID.
    // Returns the id.
    QString save(AccountSettings account);
    void remove(const QString &id);

    QString defaultAccountId() const; // empty when none was chosen
    void setDefaultAccountId(const QString &id);

private:
    template <typename F> auto withSettings(F f) const;
    QSettings *m_settings;
};

} // namespace carteiro
