// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits one account: identity, SMTP submission (host, port, security,
// authentication), the IMAP/POP3 fields the retrieval side uses, and where the
// password lives. "Test connection" runs EHLO, STARTTLS, AUTH, NOOP, QUIT
// (the capabilities show in the inspector) and reports the server's words.
#include "account/AccountSettings.h"
#include "engine/SendResult.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace carteiro {

class IdentitiesDialog;
class SendController;
struct IncomingCheckResult;

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(const AccountSettings &account, SendController *controller, QWidget *parent = nullptr);

    AccountSettings account() const; // the fields as they are now
    QString password() const;
    void setPassword(const QString &password);
    // keychainAvailable = false: storing is disabled and the dialog says why.
    void setKeychainAvailable(bool available, const QString &why = QString());

    // For tests and accessibility.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *hostEdit() const { return m_smtpHost; }
    QSpinBox *portSpin() const { return m_smtpPort; }
    QComboBox *securityCombo() const { return m_smtpSecurity; }
    QComboBox *mechanismCombo() const { return m_mechanism; }
    QCheckBox *labCheck() const { return m_lab; }
    QCheckBox *serverFilesSentCheck() const { return m_serverFilesSent; }
    QSpinBox *checkMinutesSpin() const { return m_checkMinutes; }
    QLabel *plaintextWarning() const { return m_plainWarning; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_test; }
    QRadioButton *storeInKeychain() const { return m_storeKeychain; }
    QRadioButton *askAtSend() const { return m_askAtSend; }
    QCheckBox *classroomCheck() const { return m_classroom; }
    QCheckBox *classroomHeloCheck() const { return m_classroomHelo; }
    QCheckBox *classroomUserPassCheck() const { return m_classroomUserPass; }

    // Identities and signatures (the account's own and more): a dialog over this one.
    IdentitiesDialog *openIdentities();
    QLabel *identitiesSummary() const { return m_identitiesSummary; }

    void accept() override; // refuses an invalid account with the reason shown

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void load(const AccountSettings &a);
    void onSecurityChanged();
    QWidget *buildClassroom();
    QWidget *buildIdentitiesRow(QWidget *parent);
    void updateIdentitiesSummary();
    void runTest();
    void onTestFinished(const SendResult &result);
    void onIncomingTestFinished(const carteiro::IncomingCheckResult &result);
    void showTestResult(bool ok, const QString &message);
    QString validationError() const;

    AccountSettings m_original;
    SendController *m_controller;
    bool m_smtpOk = false;   // the SMTP half of Test connection
    QString m_smtpMessage;
    bool m_testing = false;
    QLineEdit *m_name, *m_displayName, *m_address, *m_smtpHost, *m_username, *m_password, *m_caFile;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity, *m_mechanism, *m_incoming, *m_imapSecurity, *m_pop3Security;
    QCheckBox *m_pop3Delete = nullptr;
    QSpinBox *m_checkMinutes = nullptr;
    QLineEdit *m_imapHost, *m_pop3Host;
    QSpinBox *m_imapPort, *m_pop3Port;
    QCheckBox *m_lab;
    QCheckBox *m_serverFilesSent;
    QRadioButton *m_storeKeychain, *m_askAtSend;
    QLabel *m_keychainNote, *m_plainWarning, *m_error, *m_testResult;
    QPushButton *m_test;
    QCheckBox *m_classroom, *m_classroomHelo, *m_classroomUserPass;
    QLabel *m_classroomNote;
    QPushButton *m_identitiesButton = nullptr;
    QLabel *m_identitiesSummary = nullptr;
};

} // namespace carteiro
