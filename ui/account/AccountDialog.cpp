// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "account/IdentitiesDialog.h"

#include "engine/PlainError.h"
#include "engine/SendController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carteiro {

namespace {
QSpinBox *makePortSpin(QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(1, 65535);
    return s;
}

void fillSecurity(QComboBox *c, bool withPlain)
{
    c->addItem(QCoreApplication::translate("carteiro::AccountDialog", "STARTTLS"),
               int(TransportSecurity::StartTls));
    c->addItem(QCoreApplication::translate("carteiro::AccountDialog", "TLS"), int(TransportSecurity::ImplicitTls));
    if (withPlain)
        c->addItem(QCoreApplication::translate("carteiro::AccountDialog", "Plaintext (lab only)"),
                   int(TransportSecurity::Plain));
}

void selectData(QComboBox *c, int value)
{
    const int i = c->findData(value);
    c->setCurrentIndex(i < 0 ? 0 : i);
}

QLabel *warningLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    return l;
}
} // namespace

AccountDialog::AccountDialog(const AccountSettings &account, SendController *controller, QWidget *parent)
    : QDialog(parent), m_original(account), m_controller(controller)
{
    setWindowTitle(account.name.isEmpty() ? tr("New account") : tr("Account: %1").arg(account.name));
    auto *layout = new QVBoxLayout(this);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *idForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_displayName = new QLineEdit(identity);
    m_address = new QLineEdit(identity);
    m_address->setPlaceholderText(tr("you@example.com"));
    idForm->addRow(tr("Account &name:"), m_name);
    idForm->addRow(tr("Your n&ame:"), m_displayName);
    idForm->addRow(tr("&Address:"), m_address);
    idForm->addRow(QString(), buildIdentitiesRow(identity));
    layout->addWidget(identity);

    auto *smtp = new QGroupBox(tr("Sending (SMTP)"), this);
    auto *smtpForm = new QFormLayout(smtp);
    m_smtpHost = new QLineEdit(smtp);
    m_smtpPort = makePortSpin(smtp);
    m_smtpSecurity = new QComboBox(smtp);
    fillSecurity(m_smtpSecurity, true);
    m_lab = new QCheckBox(tr("Lab account (allows an unencrypted connection)"), smtp);
    m_plainWarning = warningLabel(smtp);
    m_plainWarning->setText(tr("Warning: without TLS everything, including your password, crosses the "
                               "network in clear. Use this only on a lab server on your own machine."));
    m_username = new QLineEdit(smtp);
    m_mechanism = new QComboBox(smtp);
    m_mechanism->addItem(tr("Automatic (strongest offered)"), QString());
    for (const char *mech : {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN"})
        m_mechanism->addItem(QString::fromLatin1(mech), QString::fromLatin1(mech));
    m_caFile = new QLineEdit(smtp);
    m_caFile->setPlaceholderText(tr("only for a private CA, e.g. the mail lab's"));
    auto *caRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse..."), smtp);
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), QString(),
                                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    smtpForm->addRow(tr("&Server:"), m_smtpHost);
    smtpForm->addRow(tr("&Port:"), m_smtpPort);
    smtpForm->addRow(tr("S&ecurity:"), m_smtpSecurity);
    smtpForm->addRow(QString(), m_lab);
    smtpForm->addRow(QString(), m_plainWarning);
    smtpForm->addRow(tr("&User name:"), m_username);
    smtpForm->addRow(tr("Au&thentication:"), m_mechanism);
    smtpForm->addRow(tr("Trusted &CA file:"), caRow);
    m_serverFilesSent = new QCheckBox(tr("My provider files sent mail in Sent itself"), smtp);
    m_serverFilesSent->setToolTip(tr("Gmail and some other providers put every message sent through their SMTP "
                                     "server in your Sent folder themselves. Tick this and Carteiro does not file "
                                     "a second copy (no IMAP APPEND to Sent)."));
    smtpForm->addRow(QString(), m_serverFilesSent);
    layout->addWidget(smtp);

    auto *secret = new QGroupBox(tr("Password"), this);
    auto *secretLayout = new QFormLayout(secret);
    m_password = new QLineEdit(secret);
    m_password->setEchoMode(QLineEdit::Password);
    m_storeKeychain = new QRadioButton(tr("Store it in the system keychain"), secret);
    m_askAtSend = new QRadioButton(tr("Do not store it; ask when sending"), secret);
    m_keychainNote = warningLabel(secret);
    m_keychainNote->hide();
    secretLayout->addRow(tr("Pass&word:"), m_password);
    secretLayout->addRow(QString(), m_storeKeychain);
    secretLayout->addRow(QString(), m_askAtSend);
    secretLayout->addRow(QString(), m_keychainNote);
    layout->addWidget(secret);

    auto *incoming = new QGroupBox(tr("Receiving (IMAP / POP3)"), this);
    auto *inForm = new QFormLayout(incoming);
    m_incoming = new QComboBox(incoming);
    m_incoming->addItem(tr("IMAP"), int(AccountSettings::IncomingProtocol::Imap));
    m_incoming->addItem(tr("POP3"), int(AccountSettings::IncomingProtocol::Pop3));
    m_imapHost = new QLineEdit(incoming);
    m_imapPort = makePortSpin(incoming);
    m_imapSecurity = new QComboBox(incoming);
    fillSecurity(m_imapSecurity, false);
    m_pop3Host = new QLineEdit(incoming);
    m_pop3Port = makePortSpin(incoming);
    m_pop3Security = new QComboBox(incoming);
    fillSecurity(m_pop3Security, false);
    inForm->addRow(tr("Pr&otocol:"), m_incoming);
    inForm->addRow(tr("IMAP server:"), m_imapHost);
    inForm->addRow(tr("IMAP port:"), m_imapPort);
    inForm->addRow(tr("IMAP security:"), m_imapSecurity);
    inForm->addRow(tr("POP3 server:"), m_pop3Host);
    inForm->addRow(tr("POP3 port:"), m_pop3Port);
    inForm->addRow(tr("POP3 security:"), m_pop3Security);
    m_pop3Delete = new QCheckBox(tr("Delete from the POP3 server once downloaded"), incoming);
    m_pop3Delete->setObjectName(QStringLiteral("pop3Delete"));
    m_pop3Delete->setToolTip(tr("Off: mail stays on the server and is downloaded once (UIDL). "
                                "On: each message is deleted only after it is safely stored here."));
    inForm->addRow(QString(), m_pop3Delete);
    m_checkMinutes = new QSpinBox(incoming);
    m_checkMinutes->setObjectName(QStringLiteral("checkMinutes"));
    m_checkMinutes->setRange(0, 24 * 60);
    m_checkMinutes->setSuffix(tr(" min"));
    m_checkMinutes->setSpecialValueText(tr("never by itself"));
    m_checkMinutes->setToolTip(tr("For an IMAP server without IDLE (new mail announced at once): how often the "
                                  "open folder is checked. A NOOP each minute still hears of news."));
    inForm->addRow(tr("Check for mail every:"), m_checkMinutes);
    layout->addWidget(incoming);
    layout->addWidget(buildClassroom());

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // quotes the server
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    m_error = warningLabel(this);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    load(account);
    connect(m_lab, &QCheckBox::toggled, this, &AccountDialog::onSecurityChanged);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        m_smtpPort->setValue(AccountSettings::defaultSmtpPort(
            TransportSecurity(m_smtpSecurity->currentData().toInt())));
        onSecurityChanged();
    });
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::runTest);
    if (m_controller) {
        connect(m_controller, &SendController::finished, this, &AccountDialog::onTestFinished);
        connect(m_controller, &SendController::incomingTestFinished, this, &AccountDialog::onIncomingTestFinished);
    }
    else
        m_test->setEnabled(false);
    onSecurityChanged();
}

void AccountDialog::load(const AccountSettings &a)
{
    m_name->setText(a.name);
    m_displayName->setText(a.displayName);
    m_address->setText(a.address);
    m_smtpHost->setText(a.smtpHost);
    selectData(m_smtpSecurity, int(a.smtpSecurity));
    m_smtpPort->setValue(a.smtpPort);
    m_lab->setChecked(a.lab);
    m_serverFilesSent->setChecked(a.serverFilesSent);
    m_username->setText(a.username);
    const int mech = m_mechanism->findData(a.authMechanism.toUpper());
    m_mechanism->setCurrentIndex(mech < 0 ? 0 : mech);
    m_caFile->setText(a.caFile);
    selectData(m_incoming, int(a.incomingProtocol));
    m_imapHost->setText(a.imapHost);
    m_imapPort->setValue(a.imapPort);
    selectData(m_imapSecurity, int(a.imapSecurity));
    m_pop3Host->setText(a.pop3Host);
    m_pop3Port->setValue(a.pop3Port);
    selectData(m_pop3Security, int(a.pop3Security));
    m_pop3Delete->setChecked(a.pop3DeleteAfterDownload);
    m_checkMinutes->setValue(a.checkMinutes);
    (a.passwordPolicy == AccountSettings::PasswordPolicy::Keychain ? m_storeKeychain : m_askAtSend)
        ->setChecked(true);
    m_classroom->setChecked(a.classroomMode);
    m_classroomHelo->setChecked(a.classroomHelo);
    m_classroomUserPass->setChecked(a.classroomPop3UserPass);
    updateIdentitiesSummary();
}

AccountSettings AccountDialog::account() const
{
    AccountSettings a = m_original;
    a.name = m_name->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.smtpHost = m_smtpHost->text().trimmed();
    a.smtpPort = quint16(m_smtpPort->value());
    a.smtpSecurity = TransportSecurity(m_smtpSecurity->currentData().toInt());
    a.lab = m_lab->isChecked();
    a.serverFilesSent = m_serverFilesSent->isChecked();
    a.username = m_username->text().trimmed();
    a.authMechanism = m_mechanism->currentData().toString();
    a.caFile = m_caFile->text().trimmed();
    a.incomingProtocol = AccountSettings::IncomingProtocol(m_incoming->currentData().toInt());
    a.imapHost = m_imapHost->text().trimmed();
    a.imapPort = quint16(m_imapPort->value());
    a.imapSecurity = TransportSecurity(m_imapSecurity->currentData().toInt());
    a.pop3Host = m_pop3Host->text().trimmed();
    a.pop3Port = quint16(m_pop3Port->value());
    a.pop3Security = TransportSecurity(m_pop3Security->currentData().toInt());
    a.pop3DeleteAfterDownload = m_pop3Delete->isChecked();
    a.checkMinutes = m_checkMinutes->value();
    a.passwordPolicy = m_storeKeychain->isChecked() ? AccountSettings::PasswordPolicy::Keychain
                                                    : AccountSettings::PasswordPolicy::AskAtSend;
    a.classroomMode = m_classroom->isChecked();
    a.classroomHelo = m_classroomHelo->isChecked();
    a.classroomPop3UserPass = m_classroomUserPass->isChecked();
    return a;
}

QWidget *AccountDialog::buildIdentitiesRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_identitiesButton = new QPushButton(tr("&Identities and signatures..."), row);
    m_identitiesSummary = new QLabel(row);
    m_identitiesSummary->setTextFormat(Qt::PlainText);
    h->addWidget(m_identitiesButton);
    h->addWidget(m_identitiesSummary, 1);
    connect(m_identitiesButton, &QPushButton::clicked, this, [this] { openIdentities()->open(); });
    return row;
}

IdentitiesDialog *AccountDialog::openIdentities()
{
    const AccountSettings now = account(); // the name and address as typed here
    auto *dialog = new IdentitiesDialog(now.identities(), now.signatureAboveQuote, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AccountSettings edited = account();
        edited.setIdentities(dialog->identities());
        edited.signatureAboveQuote = dialog->signatureAboveQuote();
        m_original.setIdentities(edited.identities());
        m_original.signatureAboveQuote = edited.signatureAboveQuote;
        m_displayName->setText(edited.displayName);
        m_address->setText(edited.address);
        updateIdentitiesSummary();
    });
    return dialog;
}

void AccountDialog::updateIdentitiesSummary()
{
    const AccountSettings a = account();
    const QList<Identity> ids = a.identities();
    int signatures = 0;
    for (const Identity &i : ids)
        signatures += (i.signature.trimmed().isEmpty() && i.signatureHtml.trimmed().isEmpty()) ? 0 : 1;
    m_identitiesSummary->setText(tr("%n identity(ies)", nullptr, int(ids.size())) + QStringLiteral(", ")
                                 + tr("%n with a signature", nullptr, signatures));
}

QWidget *AccountDialog::buildClassroom()
{
    auto *box = new QGroupBox(tr("Classroom"), this);
    auto *form = new QVBoxLayout(box);
    m_classroom = new QCheckBox(tr("C&lassroom mode: show every protocol step"), box);
    m_classroom->setObjectName(QStringLiteral("classroomMode"));
    m_classroom->setToolTip(tr("Switches off what hides steps from a class: SMTP PIPELINING and CHUNKING (so "
                               "DATA, 354 and the lone dot appear), SASL initial responses, IMAP LITERAL+ and "
                               "pipelining. The inspector says what was switched off."));
    m_classroomHelo = new QCheckBox(tr("HELO instead of EHLO (plaintext lab account only)"), box);
    m_classroomHelo->setObjectName(QStringLiteral("classroomHelo"));
    m_classroomUserPass = new QCheckBox(tr("USER and PASS instead of SASL on POP3"), box);
    m_classroomUserPass->setObjectName(QStringLiteral("classroomUserPass"));
    m_classroomNote = new QLabel(box);
    m_classroomNote->setWordWrap(true);
    m_classroomNote->setTextFormat(Qt::PlainText);
    m_classroomNote->setText(tr("HELO knows no extensions: no STARTTLS and no AUTH. It is only allowed for a lab "
                                "account on a plaintext SMTP connection, to a server that takes mail without "
                                "login. USER and PASS still go only inside TLS, unless this is a plaintext lab "
                                "account."));
    form->addWidget(m_classroom);
    form->addWidget(m_classroomHelo);
    form->addWidget(m_classroomUserPass);
    form->addWidget(m_classroomNote);
    auto sync = [this] {
        m_classroomHelo->setEnabled(m_classroom->isChecked());
        m_classroomUserPass->setEnabled(m_classroom->isChecked());
    };
    connect(m_classroom, &QCheckBox::toggled, this, sync);
    sync();
    return box;
}

QString AccountDialog::password() const
{
    return m_password->text();
}

void AccountDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void AccountDialog::setKeychainAvailable(bool available, const QString &why)
{
    m_storeKeychain->setEnabled(available);
    if (!available) {
        m_askAtSend->setChecked(true);
        m_keychainNote->setText(tr("No keychain service is available on this computer%1, so the password "
                                   "cannot be stored safely. It will be asked for when sending and kept in "
                                   "memory until Carteiro quits; it is never written in plain text.")
                                    .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
    m_keychainNote->setVisible(!available);
}

void AccountDialog::onSecurityChanged()
{
    const bool plain = TransportSecurity(m_smtpSecurity->currentData().toInt()) == TransportSecurity::Plain;
    m_plainWarning->setVisible(plain);
    m_error->hide();
}

QString AccountDialog::validationError() const
{
    return account().validate();
}

void AccountDialog::accept()
{
    const QString why = validationError();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void AccountDialog::runTest()
{
    const QString why = validationError();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_error->hide();
    if (!m_controller->testConnection(account(), password())) {
        m_testResult->setText(tr("Busy: another connection is running. Try again when it has finished."));
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(password().isEmpty() ? tr("Connecting (no password given: AUTH is skipped)...")
                                               : tr("Connecting..."));
}

void AccountDialog::onTestFinished(const SendResult &result)
{
    if (!m_testing || !result.connectionTest)
        return;
    const bool ok = result.outcome == SendResult::Outcome::Sent;
    QString message;
    if (ok) {
        message = result.authMechanism.isEmpty()
                      ? tr("Success: the server answered; no authentication was tried.")
                      : tr("Success: authenticated with %1.").arg(result.authMechanism);
        if (result.sizeLimit > 0)
            message += QLatin1Char(' ') + tr("Largest message: %1 bytes.").arg(result.sizeLimit);
    } else {
        message = tr("Failed: %1").arg(result.error);
        const QString plain = PlainError::describe(result.error, account().smtpHost, account().smtpPort);
        if (plain != result.error)
            message += QLatin1Char('\n') + plain;
    }
    m_smtpOk = ok;
    m_smtpMessage = tr("Sending (SMTP): %1").arg(message);
    // Then the server the account reads with, on the same worker thread.
    const AccountSettings a = account();
    if (m_controller->testIncoming(a, password())) {
        m_testResult->setText(m_smtpMessage + QLatin1Char('\n') +
                              tr("Receiving (%1): connecting...")
                                  .arg(a.incomingProtocol == AccountSettings::IncomingProtocol::Pop3
                                           ? QStringLiteral("POP3")
                                           : QStringLiteral("IMAP")));
        return;
    }
    showTestResult(ok, m_smtpMessage);
}

void AccountDialog::onIncomingTestFinished(const IncomingCheckResult &result)
{
    if (!m_testing)
        return;
    QString incoming;
    if (result.ok)
        incoming = tr("Receiving (%1): success.").arg(result.protocol);
    else
        incoming = tr("Receiving (%1): failed: %2").arg(result.protocol, result.error);
    for (const QString &step : result.steps)
        incoming += QStringLiteral("\n  ") + step;
    showTestResult(m_smtpOk && result.ok, m_smtpMessage + QLatin1Char('\n') + incoming);
}

void AccountDialog::showTestResult(bool ok, const QString &message)
{
    m_testing = false;
    m_test->setEnabled(true);
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_testResult->setText(message);
    Q_EMIT testFinished(ok, message);
}

} // namespace carteiro
