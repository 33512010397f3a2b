// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellTestSupport.h"

#include "LabEnv.h"
#include "account/AccountDialog.h"
#include "account/LabAccountPreset.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
AccountSettings school()
{
    AccountSettings a;
    a.id = QStringLiteral("school");
    a.name = QStringLiteral("Escola");
    a.displayName = QStringLiteral("Ana");
    a.address = QStringLiteral("ana@escola.br");
    a.smtpHost = QStringLiteral("smtp.escola.br");
    a.username = QStringLiteral("ana");
    return a;
}
} // namespace

TEST(AccountDialog, RoundTripsTheAccountAndFollowsTheSecurityChoice)
{
    TraceHub hub;
    SendController controller(&hub);
    AccountDialog d(school(), &controller);
    d.show();
    EXPECT_EQ(d.account(), school());
    EXPECT_FALSE(d.plaintextWarning()->isVisible());

    d.securityCombo()->setCurrentIndex(d.securityCombo()->findData(int(TransportSecurity::ImplicitTls)));
    EXPECT_EQ(d.portSpin()->value(), 465);
    EXPECT_EQ(d.account().smtpSecurity, TransportSecurity::ImplicitTls);
    d.mechanismCombo()->setCurrentIndex(d.mechanismCombo()->findData(QStringLiteral("CRAM-MD5")));
    EXPECT_EQ(d.account().authMechanism, QStringLiteral("CRAM-MD5"));

    // Plaintext: a visible warning, and refused unless this is a lab account.
    d.securityCombo()->setCurrentIndex(d.securityCombo()->findData(int(TransportSecurity::Plain)));
    EXPECT_TRUE(d.plaintextWarning()->isVisible());
    QSignalSpy accepted(&d, &QDialog::accepted);
    d.accept();
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(d.errorLabel()->isVisible());
    EXPECT_TRUE(d.errorLabel()->text().contains(QStringLiteral("lab")));
    d.labCheck()->setChecked(true);
    d.accept();
    EXPECT_EQ(accepted.count(), 1);
}

TEST(AccountDialog, RefusesAnAddressWithALineBreak)
{
    AccountDialog d(school(), nullptr);
    d.show();
    d.addressEdit()->setText(QStringLiteral("ana@escola.br\r\nRCPT TO:<x@y.z>"));
    QSignalSpy accepted(&d, &QDialog::accepted);
    d.accept();
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(d.errorLabel()->isVisible());
    EXPECT_FALSE(d.testButton()->isEnabled()); // no controller, no test
}

TEST(AccountDialog, WithoutAKeychainOffersOnlyAskAtSendAndSaysWhy)
{
    AccountDialog d(school(), nullptr);
    d.show();
    EXPECT_TRUE(d.storeInKeychain()->isChecked());
    d.setKeychainAvailable(false, QStringLiteral("no secret service"));
    EXPECT_FALSE(d.storeInKeychain()->isEnabled());
    EXPECT_TRUE(d.askAtSend()->isChecked());
    EXPECT_EQ(d.account().passwordPolicy, AccountSettings::PasswordPolicy::AskAtSend);
    const auto labels = d.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->isVisible() && l->text().contains(QStringLiteral("keychain")) &&
               l->text().contains(QStringLiteral("no secret service"));
    });
    EXPECT_TRUE(explained);
}

namespace {
struct AccountDialogLab : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    TraceHub hub;
    SendController controller{&hub};
    void SetUp() override { ASSERT_TRUE(lab.valid) << "the mail lab is not running: " << lab.missing.toStdString(); }
    std::pair<bool, QString> runTest(AccountDialog &d)
    {
        QSignalSpy done(&d, &AccountDialog::testFinished);
        d.testButton()->click();
        EXPECT_FALSE(d.testButton()->isEnabled()); // one test at a time
        EXPECT_TRUE(waitUntil([&] { return done.count() > 0; }, 60000));
        if (done.isEmpty())
            return {false, QString()};
        return {done.first().at(0).toBool(), done.first().at(1).toString()};
    }
};
} // namespace

TEST_F(AccountDialogLab, TestConnectionAuthenticatesAndShowsCapabilitiesInTheTranscript)
{
    AccountDialog d(LabAccountPreset::make().account, &controller);
    d.setPassword(lab.alicePassword);
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_TRUE(ok) << message.toStdString();
    EXPECT_TRUE(d.testResultLabel()->text().contains(QStringLiteral("SCRAM")) ||
                d.testResultLabel()->text().contains(QStringLiteral("PLAIN")))
        << d.testResultLabel()->text().toStdString();
    EXPECT_TRUE(d.testButton()->isEnabled());

    QStringList verbs;
    bool capabilitiesShown = false;
    for (const TraceEvent &e : hub.history()) {
        if (e.direction == Direction::ClientToServer)
            verbs << e.verb;
        if (e.direction == Direction::ServerToClient && e.bytes.startsWith("250-") && e.insideTls)
            capabilitiesShown = true;
        EXPECT_FALSE(e.bytes.contains(lab.alicePassword.toUtf8()));
    }
    EXPECT_EQ(verbs.count(QStringLiteral("MAIL")), 0); // nothing was sent
    for (const char *verb : {"EHLO", "STARTTLS", "AUTH", "NOOP", "QUIT"})
        EXPECT_TRUE(verbs.contains(QString::fromLatin1(verb))) << verb << ": " << verbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(capabilitiesShown);
    EXPECT_GT(controller.knownSizeLimit(QStringLiteral("lab-alice")), 0);
}

TEST_F(AccountDialogLab, TestConnectionReportsTheServersWordsOnABadPassword)
{
    AccountDialog d(LabAccountPreset::make().account, &controller);
    d.setPassword(QStringLiteral("certainly-wrong"));
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("AUTH"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("535"))) << message.toStdString();
    EXPECT_EQ(d.testResultLabel()->text(), message);
}

TEST_F(AccountDialogLab, TestConnectionReportsAWrongCertificateAuthority)
{
    AccountSettings a = LabAccountPreset::make().account;
    a.caFile = lab.wrongCaFile;
    AccountDialog d(a, &controller);
    d.setPassword(lab.alicePassword);
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("TLS"))) << message.toStdString();
}

TEST_F(AccountDialogLab, TestConnectionAlsoChecksImapStepByStep)
{
    AccountDialog d(LabAccountPreset::make().account, &controller);
    d.setPassword(lab.alicePassword);
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_TRUE(ok) << message.toStdString();
    for (const char *part : {"Sending (SMTP): Success", "Receiving (IMAP): success.", "Connected to", "TLS: TLSv1",
                             "Capabilities: IMAP4rev1", "Logged in as alice@example.test", "LOGOUT: the server said goodbye"})
        EXPECT_TRUE(message.contains(QString::fromLatin1(part))) << part << " in " << message.toStdString();
    QStringList imapVerbs;
    for (const TraceEvent &e : hub.history()) {
        if (e.protocol == Protocol::Imap && e.direction == Direction::ClientToServer)
            imapVerbs << e.verb;
        EXPECT_FALSE(e.bytes.contains(lab.alicePassword.toUtf8()));
    }
    EXPECT_TRUE(imapVerbs.contains(QStringLiteral("LOGOUT"))) << imapVerbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(imapVerbs.contains(QStringLiteral("SELECT"))); // nothing read
}

TEST_F(AccountDialogLab, TestConnectionChecksPop3WhenTheAccountReadsWithIt)
{
    AccountSettings a = LabAccountPreset::make().account;
    a.incomingProtocol = AccountSettings::IncomingProtocol::Pop3;
    AccountDialog d(a, &controller);
    d.setPassword(lab.alicePassword);
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_TRUE(ok) << message.toStdString();
    for (const char *part : {"Receiving (POP3): success.", "Logged in as alice@example.test", "nothing was downloaded",
                             "QUIT: the server said goodbye"})
        EXPECT_TRUE(message.contains(QString::fromLatin1(part))) << part << " in " << message.toStdString();
    QStringList popVerbs;
    for (const TraceEvent &e : hub.history())
        if (e.protocol == Protocol::Pop3 && e.direction == Direction::ClientToServer)
            popVerbs << e.verb;
    EXPECT_TRUE(popVerbs.contains(QStringLiteral("QUIT"))) << popVerbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(popVerbs.contains(QStringLiteral("RETR")));
}

TEST_F(AccountDialogLab, TestConnectionSaysPlainlyThatTheImapPortRefused)
{
    AccountSettings a = LabAccountPreset::make().account;
    a.imapPort = 1; // nothing listens there
    AccountDialog d(a, &controller);
    d.setPassword(lab.alicePassword);
    d.show();
    const auto [ok, message] = runTest(d);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("Sending (SMTP): Success"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Receiving (IMAP): failed: Connection refused on %1:1: is the port right")
                                     .arg(a.imapHost)))
        << message.toStdString();
}

TEST(AccountDialogTest, KeepsTheCheckIntervalForServersWithoutIdle)
{
    TraceHub hub;
    SendController controller(&hub);
    AccountSettings a = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    a.checkMinutes = 15;
    AccountDialog dialog(a, &controller);
    ASSERT_NE(dialog.checkMinutesSpin(), nullptr);
    EXPECT_EQ(dialog.checkMinutesSpin()->value(), 15);
    dialog.checkMinutesSpin()->setValue(0);
    EXPECT_EQ(dialog.account().checkMinutes, 0) << "0: only the NOOPs";
    EXPECT_EQ(dialog.checkMinutesSpin()->text(), dialog.checkMinutesSpin()->specialValueText());
}
