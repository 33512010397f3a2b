// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 into the local store against the real lab Dovecot: Pop3RetrieveJob with
// a Pop3StoreSink on a file-backed MailStore. Bob's mailbox is shared with other
// tests: the message carries a unique marker in its Subject, only messages with
// that marker in their TOP headers are selected, and only that one is deleted.
#include "LabEnv.h"
#include "Fixtures.h"
#include "pop3/Pop3RetrieveJob.h"
#include "pop3/Pop3StoreSink.h"
#include "store/MailStore.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class StoreLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start";
        marker = "carteiro-store-it-" + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    }

    // One retrieve over implicit TLS (995) as bob, selecting this test's messages only.
    Pop3RetrieveJob::Outcome retrieve(MessageSink *sink, Pop3RetrieveJob::Mode mode, QList<Pop3RetrieveJob::Entry> *entries,
                                      QList<QByteArray> *deleted, QString *error) const
    {
        ChannelOptions ch;
        ch.host = lab.host;
        ch.port = lab.pop3s;
        ch.security = TransportSecurity::ImplicitTls;
        ch.caFile = lab.caFile;
        ch.connectTimeoutMs = 10000;
        ch.replyTimeoutMs = 30000;
        Pop3Session::Config cfg;
        cfg.security = TransportSecurity::ImplicitTls;
        cfg.credentials.username = lab.bob;
        cfg.credentials.password = lab.bobPassword;
        Pop3RetrieveJob::Options o;
        o.mode = mode;
        o.topLines = 0;
        const QByteArray m = marker;
        o.select = [m](const Pop3RetrieveJob::Entry &e) { return e.headers.contains(m); };
        TraceHub hub;
        Pop3RetrieveJob job(&hub, ch, cfg, sink, o);
        QEventLoop loop;
        QObject::connect(&job, &Pop3RetrieveJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        *entries = job.entries();
        *deleted = job.deletedUidls();
        *error = job.errorMessage();
        return job.outcome();
    }

    // Sends bob a message from alice through the lab's submission port (carteiro-cli send).
    QString send(const QString &subject) const
    {
        const QStringList args = {QStringLiteral("send"),
                                  QStringLiteral("--server"),
                                  QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission),
                                  QStringLiteral("--user"), lab.alice,
                                  QStringLiteral("--from"), lab.alice,
                                  QStringLiteral("--to"), lab.bob,
                                  QStringLiteral("--ca-file"), lab.caFile,
                                  QStringLiteral("--subject"), subject,
                                  QStringLiteral("--body"), QStringLiteral("Olá Bob,\n.\n..linha com ponto\nfim\n")};
        const CliRun r = runCli(args, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return lab.waitForDelivery(lab.bob, marker); // the Subject itself is RFC 2047-encoded in the file
    }

    static int countStatus(const QList<Pop3RetrieveJob::Entry> &entries, Pop3RetrieveJob::Entry::Status s)
    {
        int n = 0;
        for (const auto &e : entries)
            n += e.status == s;
        return n;
    }

    LabEnv lab;
    QByteArray marker;
};

using Status = Pop3RetrieveJob::Entry::Status;
using Mode = Pop3RetrieveJob::Mode;

} // namespace

TEST_F(StoreLab, Pop3IntoTheStoreByteForByteOnceThenDeleted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("carteiro.sqlite"));
    const QString subject = QStringLiteral("POP3 into the store ") + QString::fromLatin1(marker);
    ASSERT_FALSE(send(subject).isEmpty()) << "not delivered: " << subject.toStdString();

    qint64 folder = 0, messageId = 0;
    QByteArray uidl;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        StoredFolder f;
        f.accountId = QStringLiteral("bob-pop3-it-") + QString::fromLatin1(marker);
        f.name = QStringLiteral("INBOX");
        f.local = true;
        folder = store.upsertFolder(f);
        ASSERT_GT(folder, 0) << store.error().toStdString();
        Pop3StoreSink sink(&store, folder);

        // 1. Keep on server: the message lands in the store.
        QList<Pop3RetrieveJob::Entry> entries;
        QList<QByteArray> deleted;
        QString error;
        ASSERT_EQ(retrieve(&sink, Mode::KeepOnServer, &entries, &deleted, &error),
                  Pop3RetrieveJob::Outcome::Succeeded)
            << error.toStdString();
        EXPECT_EQ(countStatus(entries, Status::Stored), 1);
        EXPECT_TRUE(deleted.isEmpty());
        const QList<StoredMessage> rows = store.messages(folder);
        ASSERT_EQ(rows.size(), 1);
        messageId = rows.first().id;
        uidl = rows.first().uidl;
        EXPECT_FALSE(uidl.isEmpty());
        EXPECT_EQ(rows.first().subject, subject); // decoded from RFC 2047 by MessageSummary
        EXPECT_EQ(rows.first().fromAddress, lab.alice);
        EXPECT_TRUE(rows.first().bodyCached);

        // The stored bytes are the Maildir file (LF there, CRLF from RETR, dot-unstuffed).
        const QString onDisk = lab.waitForDelivery(lab.bob, marker, 2000); // RETR may have moved it to cur/
        ASSERT_FALSE(onDisk.isEmpty());
        QByteArray file = readFile(onDisk);
        EXPECT_FALSE(file.contains('\r'));
        file.replace("\n", "\r\n");
        const QByteArray raw = store.body(messageId).value_or(QByteArray());
        EXPECT_EQ(raw, file);
        EXPECT_EQ(rows.first().size, raw.size());

        // 2. Again, without telling the job what is known: RETR again, but no second row.
        ASSERT_EQ(retrieve(&sink, Mode::KeepOnServer, &entries, &deleted, &error),
                  Pop3RetrieveJob::Outcome::Succeeded)
            << error.toStdString();
        EXPECT_EQ(countStatus(entries, Status::Stored), 1);
        ASSERT_EQ(store.messages(folder).size(), 1);
        EXPECT_EQ(store.messages(folder).first().id, messageId);

        // 3. Download and delete into the store: DELE only after the sink said durable.
        ASSERT_EQ(retrieve(&sink, Mode::DownloadAndDelete, &entries, &deleted, &error),
                  Pop3RetrieveJob::Outcome::Succeeded)
            << error.toStdString();
        EXPECT_EQ(deleted, QList<QByteArray>{uidl});
        EXPECT_EQ(countStatus(entries, Status::Deleted), 1);
        EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker, 300).isEmpty()) << "deleted from the server";
        EXPECT_EQ(store.messages(folder).size(), 1);
    }
    // After the store is closed and reopened the message is there, once.
    MailStore reopened(path);
    ASSERT_TRUE(reopened.open()) << reopened.error().toStdString();
    const QList<StoredMessage> rows = reopened.messages(folder);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().uidl, uidl);
    EXPECT_TRUE(reopened.body(messageId).has_value());
}
