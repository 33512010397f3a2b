// SPDX-License-Identifier: GPL-3.0-or-later
// The durable outbox against the real lab: three messages queued for alice's
// account, flushed over one submission connection (587, STARTTLS, AUTH), each
// delivered exactly once to bob (counted by Message-ID in his Maildir), each
// filed in alice's Sent with its APPENDUID (found there by UID SEARCH HEADER
// Message-ID), and the outbox rows removed.
#include "ImapJobWait.h"
#include "LabEnv.h"
#include "engine/OutboxEngine.h"
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class OutboxLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start && eval "
                                  "\"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
    }

    void TearDown() override
    {
        const QByteArray text = TraceText::format(hub.history(), false);
        EXPECT_FALSE(text.contains(lab.alicePassword.toUtf8())) << "password in the transcript";
        EXPECT_FALSE(text.contains(lab.alicePassword.toUtf8().toBase64()));
    }

    AccountSettings alice() const
    {
        AccountSettings a;
        a.id = QStringLiteral("lab-alice");
        a.name = QStringLiteral("Lab (alice)");
        a.address = lab.alice;
        a.username = lab.alice;
        a.smtpHost = lab.host;
        a.smtpPort = lab.submission;
        a.smtpSecurity = TransportSecurity::StartTls;
        a.caFile = lab.caFile;
        a.imapHost = lab.host;
        a.imapPort = lab.imaps;
        a.imapSecurity = TransportSecurity::ImplicitTls;
        a.lab = true;
        return a;
    }

    // Files in bob's Maildir holding `marker`.
    int deliveries(const QByteArray &marker) const
    {
        int n = 0;
        const QString local = lab.bob.section(QLatin1Char('@'), 0, 0);
        for (const char *sub : {"new", "cur"}) {
            QDir d(lab.maildirRoot + QLatin1Char('/') + local + QStringLiteral("/Maildir/") + QLatin1String(sub));
            for (const QString &name : d.entryList(QDir::Files)) {
                QFile f(d.filePath(name));
                if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024).contains(marker))
                    ++n;
            }
        }
        return n;
    }

    ImapCompletion wait(ImapConnection &c, quint64 job) { return waitForImapJob(c, job); }

    LabEnv lab;
    QTemporaryDir dir;
    TraceHub hub;
};

TEST_F(OutboxLab, ThreeQueuedMessagesArriveOnceAndAreFiledInSent)
{
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    OutboxEngine engine(&hub, storePath);
    QList<qint64> ids;
    QList<QPair<qint64, SendResult>> sent, filed;
    int flushes = 0;
    QObject::connect(&engine, &OutboxEngine::queued, [&](quint64, qint64 id, const QDateTime &) { ids << id; });
    QObject::connect(&engine, &OutboxEngine::sendFinished, [&](qint64 id, const SendResult &r) { sent.append({id, r}); });
    QObject::connect(&engine, &OutboxEngine::filingFinished, [&](qint64 id, const SendResult &r) { filed.append({id, r}); });
    QObject::connect(&engine, &OutboxEngine::flushed, [&] { ++flushes; });
    QObject::connect(&engine, &OutboxEngine::storeFailed, [](const QString &e) { ADD_FAILURE() << e.toStdString(); });
    QObject::connect(&engine, &OutboxEngine::queueFailed,
                     [](quint64, const QString &e) { ADD_FAILURE() << e.toStdString(); });
    engine.setAccount(alice(), lab.alicePassword);
    engine.start(false);

    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QByteArray> messageIds;
    for (int i = 1; i <= 3; ++i) {
        OutboxEntry e;
        e.accountId = alice().id;
        e.messageId = QStringLiteral("<outbox-%1-%2@example.test>").arg(run).arg(i).toUtf8();
        e.raw = "From: Alice <" + lab.alice.toUtf8() + ">\r\nTo: Bob <" + lab.bob.toUtf8() +
                ">\r\nSubject: outbox " + QByteArray::number(i) + "\r\nMessage-ID: " + e.messageId +
                "\r\nDate: Mon, 07 Dec 2026 05:00:00 +0000\r\n\r\nOla Bob,\r\n.linha com ponto\r\n";
        e.envelopeFrom = lab.alice.toUtf8();
        e.recipients = {lab.bob.toUtf8()};
        e.subject = QStringLiteral("outbox %1").arg(i);
        messageIds << e.messageId;
        engine.enqueueEntry(quint64(i), e);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return ids.size() == 3; }, 30000));
    engine.flush();
    ASSERT_TRUE(QTest::qWaitFor([&] { return flushes == 1; }, 90000));

    ASSERT_EQ(sent.size(), 3);
    for (const auto &[id, r] : sent) {
        EXPECT_EQ(r.outcome, SendResult::Outcome::Sent) << r.error.toStdString();
        EXPECT_FALSE(r.queueId.isEmpty());
    }
    // One submission connection for the three.
    EXPECT_EQ(sent.at(0).second.connection, sent.at(2).second.connection);
    ASSERT_EQ(filed.size(), 3);
    QHash<qint64, quint32> sentUids;
    for (const auto &[id, r] : filed) {
        EXPECT_EQ(r.filing, SendResult::Filing::Filed) << r.filingError.toStdString();
        EXPECT_NE(r.sentUid, 0u); // APPENDUID (RFC 4315)
        sentUids.insert(id, r.sentUid);
    }
    // The rows are gone.
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine.entries().isEmpty(); }, 10000));
    {
        MailStore store(storePath);
        ASSERT_TRUE(store.open());
        EXPECT_TRUE(store.outbox().isEmpty());
    }

    // Each exactly once in bob's mailbox.
    for (const QByteArray &mid : std::as_const(messageIds)) {
        EXPECT_FALSE(lab.waitForDelivery(lab.bob, mid).isEmpty()) << mid.constData();
        EXPECT_EQ(deliveries(mid), 1) << mid.constData();
    }

    // Each once in alice's Sent, under the UID APPENDUID named.
    ChannelOptions o = alice().imapChannel();
    o.replyTimeoutMs = 20000;
    ImapConnection imap(&hub, o, alice().imapConfig(lab.alicePassword));
    QSignalSpy ready(&imap, &ImapConnection::ready);
    imap.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0; }, 30000)) << imap.errorMessage().toStdString();
    const QString folder = filed.first().second.sentFolder;
    ASSERT_FALSE(folder.isEmpty());
    ASSERT_TRUE(wait(imap, imap.select(folder, true)).ok);
    for (int i = 0; i < 3; ++i) {
        const ImapCompletion c = wait(imap, imap.search("HEADER Message-ID \"" + messageIds.at(i) + '"'));
        ASSERT_TRUE(c.ok) << c.text.toStdString();
        EXPECT_EQ(c.uids, QList<quint32>{sentUids.value(ids.at(i))}) << messageIds.at(i).constData();
    }
    imap.close();
}

} // namespace
