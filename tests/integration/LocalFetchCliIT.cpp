// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli fetch --server mbox:PATH | maildir:PATH | mh:PATH (app/cli/FetchLocal.cpp):
// the same --list --json, --raw and --mime-tree as for IMAP and POP3; --raw is
// exactly the message's bytes (mbox: unquoted as the variant says); bad input
// gives a clear error naming the path. The Maildir case reads the lab's own
// Maildir that Postfix delivered into, when the lab runs.
#include "Fixtures.h"
#include "LabEnv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace carteiro::test;

namespace {
const QByteArray kM1 = "From: Ana <ana@example.test>\nTo: bob@example.test\nSubject: =?UTF-8?Q?Ol=C3=A1?=\n"
                       "Date: Mon, 7 Dec 2026 10:00:00 +0000\nStatus: RO\n\n>From quoted\n>>From quoted twice\n";
const QByteArray kM2 = "From: Bia <bia@example.test>\nSubject: second\nDate: Mon, 7 Dec 2026 11:00:00 +0000\n"
                       "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\n"
                       "Content-Type: text/plain\n\nhi\n--x\nContent-Type: image/png; name=\"p.png\"\n"
                       "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--x--\n";

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}
} // namespace

TEST(LocalFetchCli, MboxListRawAndMimeTree)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.mbox"));
    ASSERT_TRUE(writeFile(path, "From ana@example.test Mon Dec  7 10:00:00 2026\n" + kM1 + "\n" +
                                    "From bia@example.test Mon Dec  7 11:00:00 2026\n" + kM2));
    const CliRun list = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + path, u"--list"_s, u"--json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    const QList<QJsonObject> rows = jsonLines(list.out);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].value(u"uid"_s).toInt(), 1);
    EXPECT_EQ(rows[0].value(u"subject"_s).toString(), QStringLiteral("Olá"));
    EXPECT_EQ(rows[0].value(u"from"_s).toString(), QStringLiteral("Ana <ana@example.test>"));
    EXPECT_EQ(rows[0].value(u"to"_s).toArray().first().toString(), QStringLiteral("bob@example.test"));
    EXPECT_EQ(rows[0].value(u"date"_s).toString(), QStringLiteral("2026-12-07T10:00:00Z"));
    EXPECT_EQ(rows[0].value(u"flags"_s).toArray(), QJsonArray({QStringLiteral("\\Seen")}));
    EXPECT_EQ(rows[1].value(u"uid"_s).toInt(), 2);

    // ">>From" is there: the file is mboxrd, and each line loses one ">".
    const CliRun raw = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + path, u"--raw"_s, u"1"_s});
    ASSERT_EQ(raw.exitCode, 0) << raw.err.constData();
    EXPECT_EQ(raw.out, QByteArray(kM1).replace("\n>From quoted\n>>From", "\nFrom quoted\n>From"));
    // Read as mboxo, only ">From " is unquoted.
    const CliRun rawO = runCli({u"fetch"_s, u"--server"_s, u"mboxo:"_s + path, u"--raw"_s, u"1"_s});
    EXPECT_EQ(rawO.out, QByteArray(kM1).replace("\n>From quoted", "\nFrom quoted"));
    const CliRun raw2 = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + path, u"--raw"_s, u"2"_s});
    EXPECT_EQ(raw2.out, kM2); // the last message: nothing to cut at the end

    const CliRun tree = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + path, u"--mime-tree"_s, u"2"_s});
    ASSERT_EQ(tree.exitCode, 0) << tree.err.constData();
    EXPECT_TRUE(tree.out.contains("multipart/mixed")) << tree.out.constData();
    EXPECT_TRUE(tree.out.contains("p.png")) << tree.out.constData();

    const CliRun folders = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + path, u"--folders"_s});
    EXPECT_EQ(folders.out.trimmed(), QByteArray("box.mbox\t\tmboxrd"));
}

TEST(LocalFetchCli, MhAndErrorsNamed)
{
    QTemporaryDir dir;
    const QString mh = dir.filePath(QStringLiteral("inbox"));
    ASSERT_TRUE(QDir().mkpath(mh));
    ASSERT_TRUE(writeFile(mh + u"/3"_s, kM1));
    ASSERT_TRUE(writeFile(mh + u"/12"_s, kM2));
    ASSERT_TRUE(writeFile(mh + u"/.mh_sequences"_s, "unseen: 12\nflagged: 3\n"));
    const CliRun list = runCli({u"fetch"_s, u"--server"_s, u"mh:"_s + mh, u"--list"_s, u"--json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    const QList<QJsonObject> rows = jsonLines(list.out);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].value(u"uid"_s).toInt(), 3);
    EXPECT_EQ(rows[0].value(u"flags"_s).toArray(), QJsonArray({QStringLiteral("\\Seen"), QStringLiteral("\\Flagged")}));
    EXPECT_EQ(rows[1].value(u"uid"_s).toInt(), 12);
    EXPECT_TRUE(rows[1].value(u"flags"_s).toArray().isEmpty());
    const CliRun raw = runCli({u"fetch"_s, u"--server"_s, u"mh:"_s + mh, u"--raw"_s, u"12"_s});
    EXPECT_EQ(raw.out, kM2);

    const CliRun missingId = runCli({u"fetch"_s, u"--server"_s, u"mh:"_s + mh, u"--raw"_s, u"4"_s});
    EXPECT_EQ(missingId.exitCode, 3);
    EXPECT_TRUE(missingId.err.contains("no message 4")) << missingId.err.constData();

    const CliRun noFile = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + dir.filePath(u"none.mbox"_s), u"--list"_s});
    EXPECT_EQ(noFile.exitCode, 1);
    EXPECT_TRUE(noFile.err.contains("none.mbox: no such file")) << noFile.err.constData();

    ASSERT_TRUE(writeFile(dir.filePath(u"notes.txt"_s), "just text\n"));
    const CliRun notMbox = runCli({u"fetch"_s, u"--server"_s, u"mbox:"_s + dir.filePath(u"notes.txt"_s), u"--list"_s});
    EXPECT_EQ(notMbox.exitCode, 3);
    EXPECT_TRUE(notMbox.err.contains("is not an mbox")) << notMbox.err.constData();

    const CliRun notMaildir = runCli({u"fetch"_s, u"--server"_s, u"maildir:"_s + mh, u"--list"_s});
    EXPECT_EQ(notMaildir.exitCode, 1);
    EXPECT_TRUE(notMaildir.err.contains("is not a Maildir")) << notMaildir.err.constData();
}

TEST(LocalFetchCli, TheLabsMaildirReadDirectlyGivesTheDeliveredBytes)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    // alice writes to bob; Postfix delivers into his Maildir (new/).
    const QString subject = u"maildir-direct %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const CliRun sent = runCli({u"send"_s, u"--server"_s, u"smtps://%1:%2"_s.arg(lab.host).arg(lab.submissions),
                                u"--user"_s, lab.alice, u"--from"_s, lab.alice, u"--to"_s, lab.bob,
                                u"--subject"_s, subject, u"--body"_s, u"From the lab, read from disk"_s,
                                u"--ca-file"_s, lab.caFile},
                               {u"CARTEIRO_PASSWORD="_s + lab.alicePassword});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
    const QString file = lab.waitForDelivery(lab.bob, subject.toUtf8());
    ASSERT_FALSE(file.isEmpty());
    const QByteArray delivered = readFile(file); // now: Dovecot may rename it later (new/ -> cur/)
    ASSERT_FALSE(delivered.isEmpty());
    const QString maildir = QFileInfo(file).dir().absolutePath().section(QLatin1Char('/'), 0, -2);
    const QString uidl = QFileInfo(file).fileName().section(QLatin1Char(':'), 0, 0);

    const CliRun list = runCli({u"fetch"_s, u"--server"_s, u"maildir:"_s + maildir, u"--list"_s, u"--json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    bool listed = false;
    for (const QJsonObject &o : jsonLines(list.out))
        if (o.value(u"uidl"_s).toString() == uidl)
            listed = o.value(u"subject"_s).toString() == subject;
    EXPECT_TRUE(listed) << list.out.constData();
    const CliRun raw = runCli({u"fetch"_s, u"--server"_s, u"maildir:"_s + maildir, u"--raw"_s, uidl});
    ASSERT_EQ(raw.exitCode, 0) << raw.err.constData();
    EXPECT_EQ(raw.out, delivered); // found again by its unique name even if renamed meanwhile
}
