// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountStore.h"
#include "account/MemorySecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
AccountSettings sample()
{
    AccountSettings a;
    a.name = QStringLiteral("Escola");
    a.displayName = QStringLiteral("Ana Silva");
    a.address = QStringLiteral("ana@escola.br");
    a.smtpHost = QStringLiteral("smtp.escola.br");
    a.smtpPort = 465;
    a.smtpSecurity = TransportSecurity::ImplicitTls;
    a.username = QStringLiteral("ana");
    a.authMechanism = QStringLiteral("PLAIN");
    a.caFile = QStringLiteral("/etc/ca.pem");
    a.pinnedSha256 = "abcdef";
    a.incomingProtocol = AccountSettings::IncomingProtocol::Pop3;
    a.imapHost = QStringLiteral("imap.escola.br");
    a.imapPort = 143;
    a.imapSecurity = TransportSecurity::StartTls;
    a.pop3Host = QStringLiteral("pop.escola.br");
    a.pop3Port = 995;
    a.pop3DeleteAfterDownload = true;
    a.serverFilesSent = true;
    a.checkMinutes = 15;
    a.passwordPolicy = AccountSettings::PasswordPolicy::AskAtSend;
    return a;
}
} // namespace

TEST(AccountStore, RoundTripsEveryFieldAndAssignsAnId)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    AccountStore store(&settings);
    const QString id = store.save(sample());
    EXPECT_FALSE(id.isEmpty());
    const auto back = store.find(id);
    ASSERT_TRUE(back);
    AccountSettings expected = sample();
    expected.id = id;
    EXPECT_EQ(*back, expected);
    EXPECT_EQ(store.accounts().size(), 1);

    AccountSettings changed = *back;
    changed.smtpHost = QStringLiteral("mail.escola.br");
    EXPECT_EQ(store.save(changed), id);
    EXPECT_EQ(store.accounts().size(), 1);
    EXPECT_EQ(store.find(id)->smtpHost, QStringLiteral("mail.escola.br"));

    store.setDefaultAccountId(id);
    EXPECT_EQ(store.defaultAccountId(), id);
    store.remove(id);
    EXPECT_FALSE(store.find(id));
    EXPECT_TRUE(store.defaultAccountId().isEmpty());
}

TEST(AccountStore, NeverWritesAPasswordAndRefusesPlaintextForNonLabAccounts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        AccountSettings a = sample();
        a.id = QStringLiteral("acc1");
        store.save(a);
        // A hand-edited file turns the account plaintext: the store must not follow.
        settings.setValue(QStringLiteral("accounts/acc1/smtp/security"), QStringLiteral("plain"));
        EXPECT_EQ(store.find(QStringLiteral("acc1"))->smtpSecurity, TransportSecurity::StartTls);
        settings.setValue(QStringLiteral("accounts/acc1/lab"), true);
        EXPECT_EQ(store.find(QStringLiteral("acc1"))->smtpSecurity, TransportSecurity::Plain);
        settings.sync();
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("smtp.escola.br"));
    EXPECT_FALSE(text.toLower().contains("password=")) << text.constData();
}

TEST(MemorySecretStore, ReadWriteRemoveReportThroughSignals)
{
    MemorySecretStore store;
    EXPECT_FALSE(store.isPersistent());
    QList<SecretStore::Status> reads;
    QStringList values;
    QObject::connect(&store, &SecretStore::secretRead,
                     [&](const QString &, SecretStore::Status s, const QString &v, const QString &) {
                         reads << s;
                         values << v;
                     });
    store.readSecret(QStringLiteral("k"));
    store.writeSecret(QStringLiteral("k"), QStringLiteral("alicepass"));
    store.readSecret(QStringLiteral("k"));
    store.removeSecret(QStringLiteral("k"));
    store.readSecret(QStringLiteral("k"));
    ASSERT_EQ(reads.size(), 3);
    EXPECT_EQ(reads[0], SecretStore::Status::NotFound);
    EXPECT_EQ(reads[1], SecretStore::Status::Ok);
    EXPECT_EQ(values[1], QStringLiteral("alicepass"));
    EXPECT_EQ(reads[2], SecretStore::Status::NotFound);
}
