// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli --trace --explain against the lab: every line the server sends
// is followed by one "*:" line that explains it, with its RFC section, in the
// interface language (English, and Brazilian Portuguese with LC_ALL=pt_BR);
// the last EHLO line is explained as the CHUNKING keyword.
#include "LabEnv.h"

#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {

class ExplainCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    }

    CliRun send(const QString &locale)
    {
        const QString subject =
            QStringLiteral("explain %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(12));
        return runCli({QStringLiteral("send"), QStringLiteral("--server"),
                       QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission), QStringLiteral("--user"),
                       lab.alice, QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), lab.bob,
                       QStringLiteral("--subject"), subject, QStringLiteral("--body"), QStringLiteral("olá"),
                       QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--trace"), QStringLiteral("--explain")},
                      {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword, QStringLiteral("LC_ALL=") + locale,
                       QStringLiteral("LANG=") + locale, QStringLiteral("LANGUAGE=")});
    }

    CliRun fetch(const QString &server, const QString &locale)
    {
        return runCli({QStringLiteral("fetch"), QStringLiteral("--server"), server, QStringLiteral("--user"), lab.bob,
                       QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--list"), QStringLiteral("--trace"),
                       QStringLiteral("--explain")},
                      {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword, QStringLiteral("LC_ALL=") + locale,
                       QStringLiteral("LANG=") + locale, QStringLiteral("LANGUAGE=")});
    }

    // Every "S:" line is followed by a "*:" line that cites an RFC; returns the
    // explanation that follows the first line equal to `after` (empty if none).
    static QString checkExplained(const QByteArray &err, const QByteArray &after = {})
    {
        const QList<QByteArray> lines = err.split('\n');
        QString found;
        int server = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith("S: "))
                continue;
            ++server;
            const QByteArray next = lines.value(i + 1);
            EXPECT_TRUE(next.startsWith("*: ")) << "no explanation after: " << lines[i].constData();
            EXPECT_TRUE(next.contains("(RFC ")) << next.constData();
            if (!after.isEmpty() && lines[i] == after && found.isEmpty())
                found = QString::fromUtf8(next);
        }
        EXPECT_GT(server, 5);
        return found;
    }

    LabEnv lab;
};

} // namespace

TEST_F(ExplainCli, SendExplainsEveryServerLineInEnglish)
{
    const CliRun run = send(QStringLiteral("C"));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString chunking = checkExplained(run.err, "S: 250 CHUNKING");
    EXPECT_TRUE(chunking.startsWith(QStringLiteral("*: CHUNKING:"))) << chunking.toStdString();
    EXPECT_TRUE(chunking.endsWith(QStringLiteral("(RFC 3030 §2)"))) << chunking.toStdString();
    EXPECT_TRUE(run.err.contains("*: PIPELINING: the client may send several commands without waiting"));
    EXPECT_FALSE(run.err.contains(lab.alicePassword.toUtf8()));
    EXPECT_FALSE(run.err.contains(lab.alicePassword.toUtf8().toBase64()));
}

TEST_F(ExplainCli, SendExplainsEveryServerLineInPortuguese)
{
    const CliRun run = send(QStringLiteral("pt_BR.UTF-8"));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString chunking = checkExplained(run.err, "S: 250 CHUNKING");
    EXPECT_TRUE(chunking.startsWith(QStringLiteral("*: CHUNKING: a mensagem pode ser enviada com BDAT")))
        << chunking.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("*: O remetente foi aceito").toUtf8())) << run.err.constData();
}

TEST_F(ExplainCli, FetchExplainsImapAndPop3Lines)
{
    const CliRun imap = fetch(QStringLiteral("imap://%1:%2").arg(lab.host).arg(lab.imap), QStringLiteral("C"));
    ASSERT_EQ(imap.exitCode, 0) << imap.err.constData();
    checkExplained(imap.err);
    EXPECT_TRUE(imap.err.contains("*: The mailbox now holds ")) << imap.err.constData();

    const CliRun pop3 =
        fetch(QStringLiteral("pop3://%1:%2").arg(lab.host).arg(lab.pop3), QStringLiteral("pt_BR.UTF-8"));
    ASSERT_EQ(pop3.exitCode, 0) << pop3.err.constData();
    checkExplained(pop3.err);
    EXPECT_TRUE(pop3.err.contains(QStringLiteral("*: RESP-CODES: respostas -ERR").toUtf8())) << pop3.err.constData();
    EXPECT_FALSE(pop3.err.contains(lab.bobPassword.toUtf8()));
}
