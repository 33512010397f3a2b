// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordResolver.h"

#include "account/MemorySecretStore.h"
#include "account/SecretStore.h"

#include <QInputDialog>
#include <QLineEdit>

namespace carteiro {

PasswordResolver::PasswordResolver(SecretStore *keychain, MemorySecretStore *session, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_session(session)
{
}

void PasswordResolver::resolve(const AccountSettings &account, QWidget *dialogParent, Callback done)
{
    if (account.username.isEmpty()) {
        done(true, QString());
        return;
    }
    if (m_session->contains(account.id)) {
        done(true, m_session->value(account.id));
        return;
    }
    if (account.passwordPolicy != AccountSettings::PasswordPolicy::Keychain || !m_keychain) {
        ask(account, dialogParent, tr("This account does not store its password."), std::move(done));
        return;
    }
    // One-shot connection: the keychain answers asynchronously, possibly later.
    auto conn = std::make_shared<QMetaObject::Connection>();
    QPointer<QWidget> parent(dialogParent);
    *conn = connect(m_keychain, &SecretStore::secretRead, this,
                    [this, conn, account, parent, done](const QString &key, SecretStore::Status status,
                                                        const QString &secret, const QString &message) {
                        if (key != account.id)
                            return;
                        disconnect(*conn);
                        switch (status) {
                        case SecretStore::Status::Ok:
                            m_session->writeSecret(account.id, secret);
                            done(true, secret);
                            return;
                        case SecretStore::Status::NotFound:
                            ask(account, parent, tr("No password is stored for this account yet."), done);
                            return;
                        case SecretStore::Status::Unavailable:
                            ask(account, parent,
                                tr("No keychain service is available on this computer, so the password "
                                   "cannot be stored. It will be kept in memory until Carteiro quits."),
                                done);
                            return;
                        case SecretStore::Status::Denied:
                        case SecretStore::Status::Error:
                            ask(account, parent, tr("The keychain could not be read: %1").arg(message), done);
                            return;
                        }
                    });
    m_keychain->readSecret(account.id);
}

void PasswordResolver::lookup(const AccountSettings &account, Callback done)
{
    if (account.username.isEmpty()) {
        done(true, QString());
        return;
    }
    if (m_session->contains(account.id)) {
        done(true, m_session->value(account.id));
        return;
    }
    if (account.passwordPolicy != AccountSettings::PasswordPolicy::Keychain || !m_keychain) {
        done(false, QString());
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_keychain, &SecretStore::secretRead, this,
                    [this, conn, account, done](const QString &key, SecretStore::Status status, const QString &secret,
                                                const QString &) {
                        if (key != account.id)
                            return;
                        disconnect(*conn);
                        if (status == SecretStore::Status::Ok) {
                            m_session->writeSecret(account.id, secret);
                            done(true, secret);
                        } else {
                            done(false, QString());
                        }
                    });
    m_keychain->readSecret(account.id);
}

void PasswordResolver::ask(const AccountSettings &account, QWidget *dialogParent, const QString &reason,
                           Callback done)
{
    std::optional<QString> answer;
    if (m_prompt) {
        answer = m_prompt(account, reason);
    } else {
        bool ok = false;
        const QString pw = QInputDialog::getText(
            dialogParent, tr("Password for %1").arg(account.name),
            tr("%1\n\nPassword for %2 on %3:").arg(reason, account.username, account.smtpHost),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            answer = pw;
    }
    if (!answer) {
        done(false, QString());
        return;
    }
    m_session->writeSecret(account.id, *answer);
    done(true, *answer);
}

void PasswordResolver::store(const AccountSettings &account, const QString &password,
                             std::function<void(bool, const QString &)> done)
{
    m_session->writeSecret(account.id, password);
    if (account.passwordPolicy != AccountSettings::PasswordPolicy::Keychain || !m_keychain) {
        if (m_keychain)
            m_keychain->removeSecret(account.id); // switching to "ask" forgets the stored one
        if (done)
            done(false, tr("The password is kept in memory until Carteiro quits."));
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_keychain, &SecretStore::secretWritten, this,
                    [conn, id = account.id, done](const QString &key, SecretStore::Status status,
                                                  const QString &message) {
                        if (key != id)
                            return;
                        disconnect(*conn);
                        if (!done)
                            return;
                        if (status == SecretStore::Status::Ok)
                            done(true, QString());
                        else if (status == SecretStore::Status::Unavailable)
                            done(false, tr("No keychain service is available on this computer: the "
                                           "password was not stored and is kept in memory until Carteiro "
                                           "quits."));
                        else
                            done(false, tr("The keychain refused the password (%1): it is kept in "
                                           "memory until Carteiro quits.")
                                            .arg(message));
                    });
    m_keychain->writeSecret(account.id, password);
}

void PasswordResolver::forget(const QString &accountId)
{
    m_session->removeSecret(accountId);
    if (m_keychain)
        m_keychain->removeSecret(accountId);
}

} // namespace carteiro
