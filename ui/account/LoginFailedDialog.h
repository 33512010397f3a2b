// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server refused an account's login: its words, and what the user can do
// (Retry, Enter a new password, Account settings, or later). The engine does
// not try again with the same secret until one of these is chosen.
#include "account/AccountSettings.h"

#include <QMessageBox>

class QPushButton;

namespace carteiro {

class LoginFailedDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Retry, NewPassword, Settings, Later };

    LoginFailedDialog(const AccountSettings &account, const QString &serverWords, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    // Another refusal while the dialog is open: the newest words are shown.
    void setServerWords(const QString &serverWords);
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *newPasswordButton() const { return m_newPassword; }
    QPushButton *settingsButton() const { return m_settings; }

Q_SIGNALS:
    void chosen(carteiro::LoginFailedDialog::Choice choice);

private:
    QString m_accountId;
    QString m_address;
    QPushButton *m_retry, *m_newPassword, *m_settings, *m_later;
};

} // namespace carteiro
