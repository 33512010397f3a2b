// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli console against the lab, fed class scripts on standard input:
// the course's SMTP session verbatim on the MX-like port delivers to bob (then
// read back with carteiro-cli fetch), relay to another domain is refused with
// Postfix's 554, and IMAP / POP3 sessions upgrade with STARTTLS / STLS and log
// in through the password helpers without the password in the output.
#include "LabEnv.h"

#include <QFile>
#include <QProcess>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {

CliRun runConsole(const QStringList &args, const QByteArray &script, const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    pe.remove(QStringLiteral("CARTEIRO_PASSWORD"));
    for (const QString &kv : env)
        pe.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(pe);
    p.start(QStringLiteral(CARTEIRO_CLI_PATH), QStringList{QStringLiteral("console")} + args);
    p.write(script);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        r.out = p.readAllStandardOutput();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class ConsoleCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        mxPort = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_SMTP_PORT"));
        ASSERT_NE(mxPort, 0) << "CARTEIRO_LAB_SMTP_PORT is not set";
    }
    QString mx() const { return QStringLiteral("smtp+plain://%1:%2").arg(lab.host).arg(mxPort); }
    LabEnv lab;
    quint16 mxPort = 0;
};

} // namespace

TEST_F(ConsoleCli, CourseSessionPipedDeliversToBob)
{
    const QByteArray subject = "console-cli " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(12);
    const QByteArray bob = lab.bob.toUtf8();
    const QByteArray script = "HELO mydomain.com\n"
                              "MAIL FROM: sender@mydomain.com\n"
                              "RCPT TO: " + bob + "\n"
                              "DATA\n"
                              "From: sender@mydomain.com\n"
                              "To: " + bob + "\n"
                              "Subject: " + subject + "\n"
                              "\n"
                              "Hello Bob.\n"
                              ".hidden dot line\n"
                              ".\n"
                              "QUIT\n";
    const CliRun r = runConsole({QStringLiteral("--server"), mx()}, script);
    ASSERT_EQ(r.exitCode, 0) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.out.contains("S: 220 ")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("C: MAIL FROM: sender@mydomain.com\n"));
    EXPECT_TRUE(r.out.contains("S: 250 2.1.0 Ok"));
    EXPECT_TRUE(r.out.contains("S: 354 "));
    EXPECT_TRUE(r.out.contains("C: ..hidden dot line\n"));
    EXPECT_TRUE(r.out.contains("dot-stuffed"));
    EXPECT_TRUE(r.out.contains("S: 250 2.0.0 Ok: queued"));
    EXPECT_TRUE(r.out.contains("S: 221 "));
    // Each command went out after the previous reply: the S: line of each
    // command comes before the next C: line.
    EXPECT_LT(r.out.indexOf("S: 250 2.1.0"), r.out.indexOf("C: RCPT TO:"));
    EXPECT_LT(r.out.indexOf("S: 354"), r.out.indexOf("C: From:"));

    const QString file = lab.waitForDelivery(lab.bob, subject);
    ASSERT_FALSE(file.isEmpty());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray delivered = f.readAll();
    EXPECT_TRUE(delivered.contains("\n.hidden dot line")); // the server removed the stuffing
    EXPECT_FALSE(delivered.contains("..hidden"));
    // Carteiro reads it.
    const CliRun fetched = runCli({QStringLiteral("fetch"), QStringLiteral("--server"),
                                   QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                                   QStringLiteral("--user"), lab.bob, QStringLiteral("--ca-file"), lab.caFile,
                                   QStringLiteral("--list"), QStringLiteral("--json")},
                                  {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.constData();
    EXPECT_TRUE(fetched.out.contains(subject));
}

TEST_F(ConsoleCli, RelayToAnotherDomainIsRefusedWith554)
{
    const QByteArray script = "HELO mydomain.com\n"
                              "MAIL FROM: sender@mydomain.com\n"
                              "RCPT TO: someone@elsewhere.invalid\n";
    const CliRun r = runConsole({QStringLiteral("--server"), mx()}, script);
    EXPECT_TRUE(r.out.contains("S: 554 5.7.1 <someone@elsewhere.invalid>: Relay access denied"))
        << r.out.constData() << r.err.constData();
    EXPECT_EQ(r.exitCode, 3); // the last reply was a refusal
}

TEST_F(ConsoleCli, ImapStartTlsAndLoginHelperWithoutThePassword)
{
    const QByteArray script = "STARTTLS\n"
                              "CAPABILITY\n"
                              "LOGIN " + lab.bob.toUtf8() + "\n"
                              "LIST \"\" *\n"
                              "SELECT INBOX\n"
                              "LOGOUT\n";
    const CliRun r = runConsole({QStringLiteral("--server"), QStringLiteral("imap://%1:%2").arg(lab.host2).arg(lab.imap),
                                 QStringLiteral("--ca-file"), lab.caFile},
                                script, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    ASSERT_EQ(r.exitCode, 0) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.out.contains("C: a1 STARTTLS"));
    EXPECT_TRUE(r.out.contains("TLS established"));
    EXPECT_TRUE(r.out.contains("C: a4 LIST \"\" *"));
    EXPECT_TRUE(r.out.contains("S: a3 OK"));
    EXPECT_TRUE(r.out.contains("*****"));
    const QByteArray password = lab.bobPassword.toUtf8();
    EXPECT_FALSE(r.out.contains(password));
    EXPECT_FALSE(r.out.contains(password.toBase64()));
    EXPECT_FALSE(r.err.contains(password));
}

TEST_F(ConsoleCli, Pop3StlsUserPassAndMultilineList)
{
    const QByteArray script = "STLS\n"
                              "CAPA\n"
                              "USER " + lab.bob.toUtf8() + "\n"
                              "PASS\n"
                              "LIST\n"
                              "QUIT\n";
    const CliRun r = runConsole({QStringLiteral("--server"), QStringLiteral("pop3://%1:%2").arg(lab.host2).arg(lab.pop3),
                                 QStringLiteral("--ca-file"), lab.caFile},
                                script, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    ASSERT_EQ(r.exitCode, 0) << r.out.constData() << r.err.constData();
    EXPECT_TRUE(r.out.contains("C: PASS *****"));
    EXPECT_TRUE(r.out.contains("S: .\n"));
    EXPECT_LT(r.out.lastIndexOf("S: .\n"), r.out.indexOf("C: QUIT"));
    EXPECT_FALSE(r.out.contains(lab.bobPassword.toUtf8()));
}

TEST_F(ConsoleCli, NoPasswordIsAClearError)
{
    const CliRun r = runConsole({QStringLiteral("--server"), QStringLiteral("imap://%1:%2").arg(lab.host).arg(lab.imap),
                                 QStringLiteral("--ca-file"), lab.caFile},
                                "STARTTLS\nLOGIN bob\nLOGOUT\n");
    EXPECT_TRUE(r.err.contains("CARTEIRO_PASSWORD")) << r.err.constData();
    EXPECT_FALSE(r.out.contains("C: a2 LOGIN"));
}

TEST_F(ConsoleCli, ExplainInPortugueseFollowsEveryServerLine)
{
    const QByteArray script = "HELO mydomain.com\n"
                              "MAIL FROM: sender@mydomain.com\n"
                              "RCPT TO: someone@elsewhere.invalid\n"
                              "VRFY bob\n"
                              "TURN\n"
                              "QUIT\n";
    const QStringList args = {QStringLiteral("--server"), mx(), QStringLiteral("--explain")};
    const CliRun pt = runConsole(args, script, {QStringLiteral("LANG=pt_BR.UTF-8"), QStringLiteral("LC_ALL=pt_BR.UTF-8"),
                                                QStringLiteral("LANGUAGE=pt_BR")});
    const CliRun en = runConsole(args, script, {QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C"),
                                                QStringLiteral("LANGUAGE=en")});
    ASSERT_EQ(pt.exitCode, 0) << pt.out.constData() << pt.err.constData();
    const QList<QByteArray> ptLines = pt.out.split('\n');
    const QList<QByteArray> enLines = en.out.split('\n');
    int serverLines = 0, different = 0;
    for (qsizetype i = 0; i < ptLines.size(); ++i) {
        if (!ptLines[i].startsWith("S: "))
            continue;
        ++serverLines;
        ASSERT_LT(i + 1, ptLines.size());
        EXPECT_TRUE(ptLines[i + 1].startsWith("*: ")) << "no explanation after " << ptLines[i].constData();
        const qsizetype j = enLines.indexOf(ptLines[i]);
        if (j >= 0 && j + 1 < enLines.size() && enLines[j + 1] != ptLines[i + 1])
            ++different;
    }
    EXPECT_EQ(serverLines, 7); // greeting, HELO, MAIL, RCPT, VRFY, TURN, QUIT
    // Portuguese, not English: the explanations differ from the English run's.
    EXPECT_EQ(different, serverLines) << pt.out.constData();
}
