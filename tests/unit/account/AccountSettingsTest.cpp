// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountSettings.h"
#include "account/LabAccountPreset.h"
#include "mime/MailAddress.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
AccountSettings valid()
{
    AccountSettings a;
    a.name = QStringLiteral("Trabalho");
    a.displayName = QStringLiteral("Zé Ninguém");
    a.address = QStringLiteral("ze@exemplo.com.br");
    a.smtpHost = QStringLiteral("smtp.exemplo.com.br");
    a.username = QStringLiteral("ze");
    return a;
}
} // namespace

TEST(AccountSettings, ValidAccountPassesAndFromTextParses)
{
    const AccountSettings a = valid();
    EXPECT_TRUE(a.validate().isEmpty()) << a.validate().toStdString();
    QString why;
    const auto from = MailAddress::parse(a.fromText(), &why);
    ASSERT_TRUE(from) << why.toStdString();
    EXPECT_EQ(from->displayName, QStringLiteral("Zé Ninguém"));
    EXPECT_EQ(from->address, QStringLiteral("ze@exemplo.com.br"));
}

TEST(AccountSettings, RefusesBadAddressEmptyHostAndControlCharacters)
{
    AccountSettings a = valid();
    a.address = QStringLiteral("ze@exemplo.com.br\r\nRCPT TO:<x@y>");
    EXPECT_FALSE(a.validate().isEmpty());
    a = valid();
    a.smtpHost.clear();
    EXPECT_FALSE(a.validate().isEmpty());
    a = valid();
    a.username = QStringLiteral("ze\nAUTH");
    EXPECT_FALSE(a.validate().isEmpty());
    a = valid();
    a.name = QStringLiteral("  ");
    EXPECT_FALSE(a.validate().isEmpty());
}

TEST(AccountSettings, PlaintextOnlyForLabAccounts)
{
    AccountSettings a = valid();
    a.smtpSecurity = TransportSecurity::Plain;
    EXPECT_FALSE(a.validate().isEmpty());
    EXPECT_FALSE(a.smtpConfig(QStringLiteral("pw")).allowAuthWithoutTls);
    a.lab = true;
    EXPECT_TRUE(a.validate().isEmpty());
    EXPECT_TRUE(a.smtpConfig(QStringLiteral("pw")).allowAuthWithoutTls);
    EXPECT_EQ(a.smtpConfig(QStringLiteral("pw")).security, TransportSecurity::Plain);
}

TEST(AccountSettings, SessionConfigFollowsTheAccount)
{
    AccountSettings a = valid();
    a.authMechanism = QStringLiteral("scram-sha-256");
    a.smtpSecurity = TransportSecurity::ImplicitTls;
    a.smtpPort = 465;
    const SmtpSession::Config c = a.smtpConfig(QStringLiteral("segredo"));
    EXPECT_EQ(c.security, TransportSecurity::ImplicitTls);
    EXPECT_TRUE(c.authenticate);
    EXPECT_FALSE(c.allowAuthWithoutTls);
    EXPECT_EQ(c.mechanism, QStringLiteral("SCRAM-SHA-256"));
    EXPECT_EQ(c.credentials.username, QStringLiteral("ze"));
    EXPECT_EQ(c.credentials.password, QStringLiteral("segredo"));
    EXPECT_FALSE(a.smtpConfig(QString(), false).authenticate);
    const ChannelOptions ch = a.smtpChannel();
    EXPECT_EQ(ch.host, QStringLiteral("smtp.exemplo.com.br"));
    EXPECT_EQ(ch.port, 465);
    EXPECT_EQ(ch.security, TransportSecurity::ImplicitTls);
}

TEST(AccountSettings, IncomingConfigsFollowTheAccountAndTheLabRule)
{
    AccountSettings a = valid();
    a.authMechanism = QStringLiteral("plain");
    a.imapHost = QStringLiteral(" imap.exemplo.com.br ");
    a.imapPort = 143;
    a.imapSecurity = TransportSecurity::StartTls;
    a.pop3Host = QStringLiteral("pop.exemplo.com.br");
    a.pop3Port = 995;
    a.pop3Security = TransportSecurity::ImplicitTls;
    const ImapSession::Config imap = a.imapConfig(QStringLiteral("segredo"));
    EXPECT_EQ(imap.security, TransportSecurity::StartTls);
    EXPECT_FALSE(imap.allowAuthWithoutTls);
    EXPECT_EQ(imap.mechanism, QStringLiteral("PLAIN"));
    EXPECT_EQ(imap.credentials.username, QStringLiteral("ze"));
    EXPECT_EQ(imap.credentials.password, QStringLiteral("segredo"));
    const ChannelOptions ich = a.imapChannel();
    EXPECT_EQ(ich.host, QStringLiteral("imap.exemplo.com.br"));
    EXPECT_EQ(ich.port, 143);
    EXPECT_EQ(ich.security, TransportSecurity::StartTls);
    EXPECT_TRUE(ich.label.startsWith(QStringLiteral("imap://imap.exemplo.com.br:143")));
    const Pop3Session::Config pop = a.pop3Config(QStringLiteral("segredo"));
    EXPECT_EQ(pop.security, TransportSecurity::ImplicitTls);
    EXPECT_FALSE(pop.allowPlaintextAuth);
    EXPECT_EQ(a.pop3Channel().port, 995);
    EXPECT_TRUE(a.pop3Channel().label.startsWith(QStringLiteral("pop3s://")));

    // Plaintext credentials only for an explicit lab account.
    a.imapSecurity = TransportSecurity::Plain;
    a.pop3Security = TransportSecurity::Plain;
    EXPECT_FALSE(a.imapConfig(QStringLiteral("pw")).allowAuthWithoutTls);
    EXPECT_FALSE(a.pop3Config(QStringLiteral("pw")).allowPlaintextAuth);
    a.lab = true;
    EXPECT_TRUE(a.imapConfig(QStringLiteral("pw")).allowAuthWithoutTls);
    EXPECT_EQ(a.imapConfig(QStringLiteral("pw")).security, TransportSecurity::Plain);
    EXPECT_TRUE(a.pop3Config(QStringLiteral("pw")).allowPlaintextAuth);
}

TEST(AccountSettings, DefaultPorts)
{
    EXPECT_EQ(AccountSettings::defaultSmtpPort(TransportSecurity::StartTls), 587);
    EXPECT_EQ(AccountSettings::defaultSmtpPort(TransportSecurity::ImplicitTls), 465);
    EXPECT_EQ(AccountSettings::defaultSmtpPort(TransportSecurity::Plain), 25);
}

TEST(LabAccountPreset, FromEnvironment)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CARTEIRO_LAB_HOST"), QStringLiteral("127.0.0.9"));
    env.insert(QStringLiteral("CARTEIRO_LAB_SUBMISSION_PORT"), QStringLiteral("20587"));
    env.insert(QStringLiteral("CARTEIRO_LAB_CA_FILE"), QStringLiteral("/x/ca.pem"));
    env.insert(QStringLiteral("CARTEIRO_LAB_USER_ALICE"), QStringLiteral("alice@lab.test"));
    env.insert(QStringLiteral("CARTEIRO_LAB_USER_BOB"), QStringLiteral("bob@lab.test"));
    env.insert(QStringLiteral("CARTEIRO_LAB_PASSWORD_ALICE"), QStringLiteral("s3cret"));
    EXPECT_TRUE(LabAccountPreset::environmentPresent(env));
    const LabAccountPreset p = LabAccountPreset::make(QStringLiteral("alice"), env);
    EXPECT_EQ(p.account.id, QStringLiteral("lab-alice"));
    EXPECT_EQ(p.account.name, QStringLiteral("Lab (alice)"));
    EXPECT_EQ(p.account.address, QStringLiteral("alice@lab.test"));
    EXPECT_EQ(p.account.username, QStringLiteral("alice@lab.test"));
    EXPECT_EQ(p.account.smtpHost, QStringLiteral("127.0.0.9"));
    EXPECT_EQ(p.account.smtpPort, 20587);
    EXPECT_EQ(p.account.smtpSecurity, TransportSecurity::StartTls);
    EXPECT_EQ(p.account.caFile, QStringLiteral("/x/ca.pem"));
    EXPECT_EQ(p.account.passwordPolicy, AccountSettings::PasswordPolicy::AskAtSend);
    EXPECT_TRUE(p.account.lab);
    EXPECT_EQ(p.password, QStringLiteral("s3cret"));
    EXPECT_EQ(p.peerAddress, QStringLiteral("bob@lab.test"));
    EXPECT_TRUE(p.account.validate().isEmpty()) << p.account.validate().toStdString();
}

TEST(LabAccountPreset, DefaultsWithoutEnvironment)
{
    const QProcessEnvironment empty;
    EXPECT_FALSE(LabAccountPreset::environmentPresent(empty));
    const LabAccountPreset p = LabAccountPreset::make(QStringLiteral("bob"), empty);
    EXPECT_EQ(p.account.address, QStringLiteral("bob@example.test"));
    EXPECT_EQ(p.account.smtpHost, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(p.account.smtpPort, 10587);
    EXPECT_EQ(p.password, QStringLiteral("bobpass"));
    EXPECT_EQ(p.peerAddress, QStringLiteral("alice@example.test"));
}

TEST(LabAccountPreset, SecondDomainUserReadsFromItsOwnServer)
{
    // mail-lab.sh's second domain: dave's server is HOST3 with the DOMAIN2_* ports,
    // never the first domain's host or ports.
    QProcessEnvironment env;
    env.insert(QStringLiteral("CARTEIRO_LAB_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("CARTEIRO_LAB_SUBMISSION_PORT"), QStringLiteral("40587"));
    env.insert(QStringLiteral("CARTEIRO_LAB_IMAPS_PORT"), QStringLiteral("40993"));
    env.insert(QStringLiteral("CARTEIRO_LAB_HOST3"), QStringLiteral("127.0.0.7"));
    env.insert(QStringLiteral("CARTEIRO_LAB_DOMAIN2"), QStringLiteral("acme.test"));
    env.insert(QStringLiteral("CARTEIRO_LAB_DOMAIN2_SUBMISSION_PORT"), QStringLiteral("50587"));
    env.insert(QStringLiteral("CARTEIRO_LAB_DOMAIN2_IMAPS_PORT"), QStringLiteral("50993"));
    env.insert(QStringLiteral("CARTEIRO_LAB_DOMAIN2_POP3S_PORT"), QStringLiteral("50995"));
    env.insert(QStringLiteral("CARTEIRO_LAB_USER_DAVE"), QStringLiteral("dave@acme.test"));
    env.insert(QStringLiteral("CARTEIRO_LAB_PASSWORD_DAVE"), QStringLiteral("d4ve"));
    env.insert(QStringLiteral("CARTEIRO_LAB_USER_ALICE"), QStringLiteral("alice@example.test"));
    const LabAccountPreset p = LabAccountPreset::make(QStringLiteral("dave"), env);
    EXPECT_EQ(p.account.id, QStringLiteral("lab-dave"));
    EXPECT_EQ(p.account.name, QStringLiteral("Lab (dave)"));
    EXPECT_EQ(p.account.displayName, QStringLiteral("Dave Lab"));
    EXPECT_EQ(p.account.address, QStringLiteral("dave@acme.test"));
    EXPECT_EQ(p.account.smtpHost, QStringLiteral("127.0.0.7"));
    EXPECT_EQ(p.account.imapHost, QStringLiteral("127.0.0.7"));
    EXPECT_EQ(p.account.pop3Host, QStringLiteral("127.0.0.7"));
    EXPECT_EQ(p.account.smtpPort, 50587);
    EXPECT_EQ(p.account.imapPort, 50993);
    EXPECT_EQ(p.account.pop3Port, 50995);
    EXPECT_EQ(p.password, QStringLiteral("d4ve"));
    EXPECT_EQ(p.peerAddress, QStringLiteral("alice@example.test")); // across the two MTAs
    EXPECT_TRUE(p.account.validate().isEmpty()) << p.account.validate().toStdString();

    // erin's defaults, and her natural peer on the same server
    const LabAccountPreset erin = LabAccountPreset::make(QStringLiteral("erin"), QProcessEnvironment());
    EXPECT_EQ(erin.account.address, QStringLiteral("erin@acme.test"));
    EXPECT_EQ(erin.account.imapHost, QStringLiteral("127.0.0.3"));
    EXPECT_EQ(erin.account.imapPort, 10993);
    EXPECT_EQ(erin.password, QStringLiteral("erinpass"));
    EXPECT_EQ(erin.peerAddress, QStringLiteral("dave@acme.test"));
    EXPECT_EQ(LabAccountPreset::users(),
              (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("erin")}));
    // an unknown user is never half-made: alice's account
    EXPECT_EQ(LabAccountPreset::make(QStringLiteral("mallory"), QProcessEnvironment()).account.id,
              QStringLiteral("lab-alice"));
}
