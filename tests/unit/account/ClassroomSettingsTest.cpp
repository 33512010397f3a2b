// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode per account: persisted with safe defaults for older settings
// files, mapped onto the SMTP/IMAP/POP3 session configs, and HELO refused for
// anything but a plaintext lab account.
#include "account/AccountStore.h"
#include "account/ClassroomMode.h"
#include "account/LabAccountPreset.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
AccountSettings labAccount()
{
    AccountSettings a = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    a.id.clear();
    return a;
}
} // namespace

TEST(ClassroomSettings, RoundTripAndOlderFilesReadAsOff)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    AccountStore store(&settings);
    AccountSettings a = labAccount();
    a.smtpSecurity = TransportSecurity::Plain;
    a.classroomMode = true;
    a.classroomHelo = true;
    a.classroomPop3UserPass = true;
    const QString id = store.save(a);
    a.id = id;
    EXPECT_EQ(*store.find(id), a);

    // A file written before classroom mode existed: the keys are absent.
    settings.beginGroup(QStringLiteral("accounts/") + id);
    settings.remove(QStringLiteral("classroom"));
    settings.endGroup();
    const AccountSettings old = *store.find(id);
    EXPECT_FALSE(old.classroomMode);
    EXPECT_FALSE(old.classroomHelo);
    EXPECT_FALSE(old.classroomPop3UserPass);
}

TEST(ClassroomSettings, HandEditedHeloOnATlsAccountIsDropped)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    AccountStore store(&settings);
    AccountSettings a = labAccount(); // STARTTLS
    a.classroomMode = true;
    const QString id = store.save(a);
    settings.setValue(QStringLiteral("accounts/%1/classroom/helo").arg(id), true);
    EXPECT_FALSE(store.find(id)->classroomHelo);
}

TEST(ClassroomSettings, HeloIsRefusedUnlessPlaintextLab)
{
    AccountSettings a = labAccount();
    a.classroomMode = true;
    a.classroomHelo = true;
    for (const TransportSecurity s : {TransportSecurity::StartTls, TransportSecurity::ImplicitTls}) {
        a.smtpSecurity = s;
        const QString why = a.validate();
        EXPECT_TRUE(why.contains(QStringLiteral("HELO"))) << why.toStdString();
        EXPECT_TRUE(why.contains(QStringLiteral("plaintext"))) << why.toStdString();
        EXPECT_FALSE(a.smtpConfig(QStringLiteral("pw")).useHelo); // never reaches the session
    }
    a.smtpSecurity = TransportSecurity::Plain;
    EXPECT_TRUE(a.validate().isEmpty()) << a.validate().toStdString();
    const SmtpSession::Config c = a.smtpConfig(QStringLiteral("pw"));
    EXPECT_TRUE(c.useHelo);
    EXPECT_FALSE(c.authenticate); // HELO has no AUTH
    a.lab = false;
    EXPECT_FALSE(a.validate().isEmpty());
}

TEST(ClassroomSettings, ConfigsSwitchOffTheOptimisationsAndSayWhich)
{
    AccountSettings a = labAccount();
    const SmtpSession::Config plainSmtp = a.smtpConfig(QStringLiteral("pw"));
    EXPECT_TRUE(plainSmtp.usePipelining);
    EXPECT_TRUE(plainSmtp.classroomNote.isEmpty());
    a.classroomMode = true;
    a.classroomPop3UserPass = true;
    const SmtpSession::Config smtp = a.smtpConfig(QStringLiteral("pw"));
    EXPECT_FALSE(smtp.usePipelining);
    EXPECT_FALSE(smtp.useChunking);
    EXPECT_FALSE(smtp.useInitialResponse);
    EXPECT_FALSE(smtp.useHelo);
    EXPECT_TRUE(smtp.authenticate);
    EXPECT_TRUE(smtp.classroomNote.startsWith("Classroom mode: PIPELINING, CHUNKING and SASL-IR switched off"));
    const ImapSession::Config imap = a.imapConfig(QStringLiteral("pw"));
    EXPECT_FALSE(imap.useSaslIr);
    EXPECT_FALSE(imap.useLiteralPlus);
    EXPECT_EQ(imap.maxInFlight, 1);
    EXPECT_TRUE(imap.classroomNote.contains("LITERAL+"));
    const Pop3Session::Config pop3 = a.pop3Config(QStringLiteral("pw"));
    EXPECT_FALSE(pop3.usePipelining);
    EXPECT_FALSE(pop3.useInitialResponse);
    EXPECT_EQ(pop3.mechanism, QStringLiteral("USER"));
    EXPECT_TRUE(pop3.classroomNote.contains("USER"));
}
