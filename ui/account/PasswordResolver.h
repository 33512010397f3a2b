// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the password for an account at send (or test) time: first the
// session's memory, then the keychain (when the account stores it there), then
// the user. A keychain that is not available is said so in the prompt; the
// password is then kept in memory only, never written anywhere in plain text.
#include "account/AccountSettings.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QWidget;

namespace carteiro {

class MemorySecretStore;
class SecretStore;

class PasswordResolver : public QObject
{
    Q_OBJECT
public:
    // ok = false: the user cancelled. An account without a user name needs no password.
    using Callback = std::function<void(bool ok, const QString &password)>;
    // Asks the user; `reason` explains why (e.g. "no keychain on this machine").
    using Prompt = std::function<std::optional<QString>(const AccountSettings &, const QString &reason)>;

    PasswordResolver(SecretStore *keychain, MemorySecretStore *session, QObject *parent = nullptr);

    void resolve(const AccountSettings &account, QWidget *dialogParent, Callback done);
    // Like resolve() but never asks: the session's memory, then the keychain;
    // ok = false when neither has it (e.g. at start-up, before the user asked
    // for anything that needs the server).
    void lookup(const AccountSettings &account, Callback done);
    // Saves per the account's policy: the keychain, or the session only.
    // done(stored in keychain, message for the user when it was not).
    void store(const AccountSettings &account, const QString &password,
               std::function<void(bool persisted, const QString &message)> done = {});
    void forget(const QString &accountId);

    // Tests replace the dialog.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    SecretStore *keychain() const { return m_keychain; }
    MemorySecretStore *session() const { return m_session; }

private:
    void ask(const AccountSettings &account, QWidget *dialogParent, const QString &reason, Callback done);

    SecretStore *m_keychain;
    MemorySecretStore *m_session;
    Prompt m_prompt;
};

} // namespace carteiro
