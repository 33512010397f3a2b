// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli fetch against the lab Dovecot over IMAP and POP3: the list in
// JSON, the exact raw bytes (compared with the Maildir file Postfix delivered),
// the MIME tree, the folders with their special use.
#include "Fixtures.h"
#include "LabEnv.h"

#include <QJsonDocument>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {

class FetchCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("foto.png")), makePng(100, 80)));
        ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("voz.wav")), makeWav(400)));
        subject = QStringLiteral("fetch-cli %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(12));
        const CliRun sent = runCli({QStringLiteral("send"), QStringLiteral("--server"),
                                    QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions),
                                    QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), lab.alice,
                                    QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject,
                                    QStringLiteral("--body"), QStringLiteral("olá"),
                                    QStringLiteral("--attach"), dir.filePath(QStringLiteral("foto.png")),
                                    QStringLiteral("--attach"), dir.filePath(QStringLiteral("voz.wav")),
                                    QStringLiteral("--ca-file"), lab.caFile},
                                   {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
        maildirFile = lab.waitForDelivery(lab.bob, subject.toUtf8());
        ASSERT_FALSE(maildirFile.isEmpty());
        // Read now: a POP3 RETR marks it \Seen and Dovecot moves the file to cur/.
        deliveredBytes = readFile(maildirFile);
        ASSERT_FALSE(deliveredBytes.isEmpty());
    }

    CliRun fetch(const QString &server, const QStringList &more)
    {
        QStringList args = {QStringLiteral("fetch"), QStringLiteral("--server"), server, QStringLiteral("--user"),
                            lab.bob, QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--trace")};
        const CliRun run = runCli(args + more, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
        EXPECT_FALSE(run.err.contains(lab.bobPassword.toUtf8())) << "password in transcript";
        EXPECT_FALSE(run.err.contains(lab.bobPassword.toUtf8().toBase64())) << "base64 password in transcript";
        return run;
    }

    // The id ("uid" or "uidl") of our message in a --list --json output.
    QString findId(const QByteArray &json, const char *key) const
    {
        for (const QByteArray &line : json.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("subject")).toString() == subject) {
                EXPECT_EQ(o.value(QStringLiteral("from")).toString(), lab.alice);
                EXPECT_GT(o.value(QStringLiteral("size")).toInteger(), 1000);
                const QJsonValue v = o.value(QLatin1String(key));
                return v.isString() ? v.toString() : QString::number(v.toInteger());
            }
        }
        return {};
    }

    // Dovecot keeps Maildir files with LF line ends and serves them with CRLF.
    QByteArray delivered() const
    {
        QByteArray bytes = deliveredBytes;
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        return bytes;
    }

    LabEnv lab;
    QTemporaryDir dir;
    QString subject, maildirFile;
    QByteArray deliveredBytes;
};

} // namespace

TEST_F(FetchCli, ImapListRawAndMimeTreeOverTlsAndStartTls)
{
    for (const QString &server : {QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                                  QStringLiteral("imap://%1:%2").arg(lab.host).arg(lab.imap)}) {
        SCOPED_TRACE(server.toStdString());
        const CliRun list = fetch(server, {QStringLiteral("--list"), QStringLiteral("--json")});
        ASSERT_EQ(list.exitCode, 0) << list.err.constData();
        const QString uid = findId(list.out, "uid");
        ASSERT_FALSE(uid.isEmpty()) << list.out.constData();
        const CliRun raw = fetch(server, {QStringLiteral("--raw"), uid});
        ASSERT_EQ(raw.exitCode, 0) << raw.err.constData();
        EXPECT_EQ(raw.out, delivered()); // exactly what Postfix delivered
        const CliRun tree = fetch(server, {QStringLiteral("--mime-tree"), uid});
        ASSERT_EQ(tree.exitCode, 0) << tree.err.constData();
        EXPECT_TRUE(tree.out.contains("image/png")) << tree.out.constData();
        EXPECT_TRUE(tree.out.contains("foto.png"));
        EXPECT_TRUE(tree.out.contains("audio/"));
    }
}

TEST_F(FetchCli, Pop3ListAndRawOverTlsAndStls)
{
    for (const QString &server : {QStringLiteral("pop3s://%1:%2").arg(lab.host).arg(lab.pop3s),
                                  QStringLiteral("pop3://%1:%2").arg(lab.host).arg(lab.pop3)}) {
        SCOPED_TRACE(server.toStdString());
        const CliRun list = fetch(server, {QStringLiteral("--list"), QStringLiteral("--json")});
        ASSERT_EQ(list.exitCode, 0) << list.err.constData();
        const QString uidl = findId(list.out, "uidl");
        ASSERT_FALSE(uidl.isEmpty()) << list.out.constData();
        const CliRun raw = fetch(server, {QStringLiteral("--raw"), uidl});
        ASSERT_EQ(raw.exitCode, 0) << raw.err.constData();
        EXPECT_EQ(raw.out, delivered());
    }
}

TEST_F(FetchCli, FoldersShowSpecialUse)
{
    const CliRun run = fetch(QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps), {QStringLiteral("--folders")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    for (const char *use : {"Sent\t\\Sent", "Drafts\t\\Drafts", "Trash\t\\Trash", "Junk\t\\Junk", "Archive\t\\Archive"})
        EXPECT_TRUE(run.out.contains(use)) << use << "\n" << run.out.constData();
}

TEST_F(FetchCli, ClearErrors)
{
    CliRun run = fetch(QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps), {QStringLiteral("--raw"), QStringLiteral("4294967295")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("error: ")) << run.err.constData();
    QStringList wrongCa = {QStringLiteral("fetch"), QStringLiteral("--server"),
                           QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps), QStringLiteral("--user"), lab.bob,
                           QStringLiteral("--ca-file"), lab.wrongCaFile, QStringLiteral("--list")};
    run = runCli(wrongCa, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    EXPECT_EQ(run.exitCode, 2) << run.err.constData();
    EXPECT_TRUE(run.err.contains("certificate")) << run.err.constData();
    run = runCli({QStringLiteral("fetch"), QStringLiteral("--server"), QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                  QStringLiteral("--user"), lab.bob, QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--list")},
                 {QStringLiteral("CARTEIRO_PASSWORD=not-the-password")});
    EXPECT_EQ(run.exitCode, 3) << run.err.constData();
    EXPECT_TRUE(run.err.startsWith("error: ")) << run.err.constData();
}

TEST_F(FetchCli, ErrorsAlsoSayInPlainWordsWhatToDo)
{
    // Nothing listens on port 1: the step as the inspector shows it, then the sentence.
    CliRun run = runCli({QStringLiteral("fetch"), QStringLiteral("--server"), QStringLiteral("imaps://%1:1").arg(lab.host),
                         QStringLiteral("--user"), lab.bob, QStringLiteral("--folders")},
                        {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.startsWith("error: CONNECT: ")) << run.err.constData();
    EXPECT_TRUE(run.err.contains("is the port right")) << run.err.constData();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Connection refused on %1:1:").arg(lab.host).toUtf8()))
        << run.err.constData();
    // sync, through the engine's IMAP path, says the same.
    run = runCli({QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("imaps://%1:1").arg(lab.host),
                  QStringLiteral("--user"), lab.bob, QStringLiteral("--store"), QStringLiteral(":memory:")},
                 {QStringLiteral("CARTEIRO_PASSWORD=") + lab.bobPassword});
    EXPECT_EQ(run.exitCode, 2) << run.err.constData();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Connection refused on %1:1:").arg(lab.host).toUtf8()))
        << run.err.constData();
    // A refused login quotes the server and names what to check.
    run = runCli({QStringLiteral("fetch"), QStringLiteral("--server"), QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps),
                  QStringLiteral("--user"), lab.bob, QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--folders")},
                 {QStringLiteral("CARTEIRO_PASSWORD=not-the-password")});
    EXPECT_EQ(run.exitCode, 3) << run.err.constData();
    EXPECT_TRUE(run.err.contains("The server refused the login: \"")) << run.err.constData();
    EXPECT_TRUE(run.err.contains("Check the user name and the password.")) << run.err.constData();
}

TEST_F(FetchCli, WithAStoreTheSecondListAsksOnlyForWhatChanged)
{
    // fetch runs the window's engine: with --store it keeps the folder, and the
    // next run resynchronises it (QRESYNC, RFC 7162 §3.2.5) instead of fetching
    // every header again. Without --store nothing is written anywhere.
    const QString server = QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps);
    const QString store = dir.filePath(QStringLiteral("fetch.sqlite"));
    const CliRun first = fetch(server, {QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--store"), store});
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    EXPECT_FALSE(findId(first.out, "uid").isEmpty()) << first.out.constData();
    EXPECT_TRUE(first.err.contains(" ENVELOPE ")) << first.err.constData();
    EXPECT_TRUE(QFileInfo::exists(store));
    const CliRun second = fetch(server, {QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--store"), store});
    ASSERT_EQ(second.exitCode, 0) << second.err.constData();
    EXPECT_EQ(findId(second.out, "uid"), findId(first.out, "uid"));
    EXPECT_TRUE(second.err.contains("EXAMINE INBOX (QRESYNC (")) << second.err.constData();
    // Only what arrived since (other tests deliver to bob meanwhile): every
    // header fetched starts above the highest UID the first run listed.
    qint64 highest = 0;
    for (const QByteArray &line : first.out.split('\n'))
        highest = qMax(highest, QJsonDocument::fromJson(line).object().value(QStringLiteral("uid")).toInteger());
    ASSERT_GT(highest, 0);
    const QRegularExpression headerFetch(QStringLiteral("^C: \\S+ UID FETCH (\\d+)\\S* \\(.*ENVELOPE"));
    for (const QByteArray &line : second.err.split('\n')) {
        const QRegularExpressionMatch m = headerFetch.match(QString::fromUtf8(line));
        if (m.hasMatch())
            EXPECT_GT(m.captured(1).toLongLong(), highest) << line.constData();
    }
}
