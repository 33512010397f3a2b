// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/LoginFailedDialog.h"

#include <QPushButton>

namespace carteiro {

LoginFailedDialog::LoginFailedDialog(const AccountSettings &account, const QString &serverWords, QWidget *parent)
    : QMessageBox(parent), m_accountId(account.id), m_address(account.address)
{
    setObjectName(QStringLiteral("loginFailedDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Login refused"));
    m_retry = addButton(tr("&Retry"), QMessageBox::AcceptRole);
    m_newPassword = addButton(tr("Enter a &new password..."), QMessageBox::ActionRole);
    m_settings = addButton(tr("Account &settings..."), QMessageBox::ActionRole);
    m_later = addButton(tr("&Later"), QMessageBox::RejectRole);
    setDefaultButton(m_newPassword);
    setEscapeButton(m_later);
    setServerWords(serverWords);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *b) {
        Q_EMIT chosen(b == m_retry         ? Choice::Retry
                      : b == m_newPassword ? Choice::NewPassword
                      : b == m_settings    ? Choice::Settings
                                           : Choice::Later);
    });
}

void LoginFailedDialog::setServerWords(const QString &serverWords)
{
    setText(tr("The server refused the login for %1.").arg(m_address));
    setInformativeText(
        (serverWords.isEmpty() ? tr("The server refused this password earlier.")
                               : tr("The server said: \"%1\"").arg(serverWords)) +
        QStringLiteral("\n\n") +
        tr("Carteiro will not try the same password again by itself. Retry (if the server had a passing "
           "problem), enter a new password, or check the user name and server in the account settings. "
           "The mail already downloaded stays readable."));
}

} // namespace carteiro
