// SPDX-License-Identifier: GPL-3.0-or-later
// The message's journey (issue 11 §2) on the real lab: alice sends bob a
// message through Carteiro's outbox (`carteiro-cli send --queue`: Postfix's
// submission port, STARTTLS, AUTH), Postfix hands it to Dovecot over LMTP,
// and Carteiro fetches it over IMAP into the same store. The journey has every
// hop in order with small, non-negative delays, and the submission leg's
// queue id is the Received id Postfix wrote. Then `carteiro-cli journey` on
// the delivered file, and its errors (no lab needed for those).
// The samples are ASCII literals: let them read as QString here (before any Qt header).
#undef QT_NO_CAST_FROM_ASCII
#include "LabEnv.h"
#include "OutboxCliRun.h"

#include "engine/MessageJourney.h"
#include "net/Channel.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "trace/TraceHub.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char kSample[] =
    "Received: from mail.example.test\r\n\tby mail.example.test with LMTP\r\n\tid QKBtCsCVFmvBYAAAg+zDdQ\r\n"
    "\t(envelope-from <alice@example.test>)\r\n\tfor <bob@example.test>; Mon, 07 Dec 2026 11:17:21 +0000\r\n"
    "Received: from [127.0.0.1] (unknown [127.0.0.1])\r\n\tby mail.example.test (Postfix) with ESMTPSA id "
    "0FEA1A72227\r\n\tfor <bob@example.test>; Mon,  7 Dec 2026 11:17:20 +0000 (UTC)\r\n"
    "Message-ID: <probe1@example.test>\r\nSubject: probe\r\n\r\noi\r\n";

} // namespace

TEST(JourneyLab, AliceToBobHasEveryHopInOrderAndTheQueueIdMatches)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("journey.sqlite"));
    const QString subject = QStringLiteral("journey %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));

    // 1. Carteiro's submission, through the durable outbox (which records the leg).
    const CliRun sent = runCliLooping(
        {QStringLiteral("send"), QStringLiteral("--queue"), QStringLiteral("--store"), storePath,
         QStringLiteral("--server"), QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission),
         QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), lab.bob,
         QStringLiteral("--subject"), subject, QStringLiteral("--body"), QStringLiteral("de MUA a MUA\n"),
         QStringLiteral("--ca-file"), lab.caFile},
        {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
    const auto queued = QRegularExpression(QStringLiteral("queued as (\\S+)")).match(QString::fromUtf8(sent.out));
    ASSERT_TRUE(queued.hasMatch()) << sent.out.constData();
    const QString queueId = queued.captured(1);

    // 2. Delivered: Postfix -> LMTP -> Dovecot.
    const QString file = lab.waitForDelivery(QStringLiteral("bob"), subject.toUtf8());
    ASSERT_FALSE(file.isEmpty()) << "not delivered to bob";
    const QByteArray delivered = readAll(file);

    // 3. Carteiro fetches it over IMAP into the same store (the engine's path).
    TraceHub hub;
    auto store = std::make_unique<MailStore>(storePath);
    ASSERT_TRUE(store->open()) << store->error().toStdString();
    ChannelOptions channel;
    channel.host = lab.host;
    channel.port = lab.imaps;
    channel.security = TransportSecurity::ImplicitTls;
    channel.caFile = lab.caFile;
    channel.replyTimeoutMs = 20000;
    ImapSession::Config config;
    config.security = TransportSecurity::ImplicitTls;
    config.credentials.username = lab.bob;
    config.credentials.password = lab.bobPassword;
    ImapAccountSync bob(&hub, channel, config, store.get(), QStringLiteral("bob-lab"));
    QStringList failures;
    QObject::connect(&bob, &ImapAccountSync::operationFailed,
                     [&](const QString &step, const QString &m) { failures << step + QStringLiteral(": ") + m; });
    QSignalSpy ready(&bob, &ImapAccountSync::ready);
    bob.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0 || !failures.isEmpty(); }, 30000));
    QSignalSpy synced(&bob, &ImapAccountSync::folderSynced);
    bob.syncFolder(QStringLiteral("INBOX"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return synced.count() > 0 || !failures.isEmpty(); }, 60000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const auto inbox = store->folderByName(QStringLiteral("bob-lab"), QStringLiteral("INBOX"));
    ASSERT_TRUE(inbox);
    qint64 rowId = 0;
    for (const StoredMessage &m : store->messages(inbox->id))
        if (m.subject == subject)
            rowId = m.id;
    ASSERT_NE(rowId, 0) << "the sync did not store the message";
    QSignalSpy body(&bob, &ImapAccountSync::bodyReady);
    bob.fetchMessage(rowId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return body.count() > 0 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const QByteArray raw = store->body(rowId).value_or(QByteArray());
    // The same message (Dovecot keeps it with LF line ends, IMAP gives CRLF).
    EXPECT_EQ(QByteArray(raw).replace("\r\n", "\n"), QByteArray(delivered).replace("\r\n", "\n"));

    // 4. The journey: submission (joined to Postfix's Received by the queue id),
    //    LMTP into the mailbox, IMAP to Carteiro; in order, small delays.
    QString error;
    const MessageJourney j = MessageJourney::load(storePath, rowId, raw, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(j.steps.size(), 3) << "steps: " << j.steps.size();
    const JourneyStep &submission = j.steps.at(0);
    EXPECT_EQ(submission.kind, JourneyStep::Kind::Submission);
    EXPECT_TRUE(submission.matchedSubmission) << "Carteiro's queue id " << queueId.toStdString()
                                              << " is not the Received id " << submission.id.toStdString();
    EXPECT_EQ(submission.id, queueId);
    EXPECT_EQ(submission.fromNode, QStringLiteral("Carteiro"));
    EXPECT_EQ(submission.protocol.toUpper(), QStringLiteral("ESMTPSA")); // STARTTLS and AUTH
    EXPECT_TRUE(submission.tlsKnown);
    EXPECT_FALSE(submission.auth.isEmpty());
    const JourneyStep &lmtp = j.steps.at(1);
    EXPECT_EQ(lmtp.kind, JourneyStep::Kind::Hop);
    EXPECT_EQ(lmtp.protocol, QStringLiteral("LMTP"));
    EXPECT_EQ(lmtp.toRole, JourneyStep::Role::Mailbox);
    EXPECT_EQ(lmtp.forAddress, lab.bob);
    const JourneyStep &fetch = j.steps.at(2);
    EXPECT_EQ(fetch.kind, JourneyStep::Kind::Retrieval);
    EXPECT_EQ(fetch.protocol, QStringLiteral("IMAP"));
    for (int i = 0; i < j.steps.size(); ++i) {
        const JourneyStep &s = j.steps.at(i);
        ASSERT_TRUE(s.time.isValid()) << "step " << i + 1 << " has no time";
        EXPECT_TRUE(s.problem.isEmpty()) << "step " << i + 1 << ": " << s.problem.toStdString();
        if (i == 0)
            continue;
        ASSERT_TRUE(s.hasDelay) << "step " << i + 1;
        EXPECT_GE(s.delayMs, 0) << "step " << i + 1 << " before the step before";
        EXPECT_LT(s.delayMs, 120000) << "step " << i + 1 << " took " << s.delayMs << " ms";
    }
    const qint64 fromSendToFetch = submission.time.msecsTo(fetch.time);
    EXPECT_GE(fromSendToFetch, 0);
    EXPECT_LT(fromSendToFetch, 180000);

    // 5. The same from the command line, on the delivered file, with the store's legs.
    const QString eml = dir.filePath(QStringLiteral("delivered.eml"));
    QFile out(eml);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(delivered);
    out.close();
    const CliRun cli = runCli({QStringLiteral("journey"), eml, QStringLiteral("--json"), QStringLiteral("--store"), storePath});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.constData();
    const QJsonObject o = QJsonDocument::fromJson(cli.out).object();
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 3) << cli.out.constData();
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("submission"));
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("id")).toString(), queueId);
    EXPECT_TRUE(steps.at(0).toObject().value(QStringLiteral("matchedSubmission")).toBool());
    EXPECT_EQ(steps.at(1).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("LMTP"));
    EXPECT_EQ(steps.at(2).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("retrieval"));
    const QJsonArray claims = o.value(QStringLiteral("claims")).toArray();
    ASSERT_FALSE(claims.isEmpty());
    EXPECT_EQ(claims.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("Return-Path"));
    EXPECT_FALSE(claims.at(0).toObject().value(QStringLiteral("verifiedByCarteiro")).toBool());
}

TEST(JourneyCli, PrintsTheHopsOfAFileOldestFirst)
{
    QTemporaryDir dir;
    const QString eml = dir.filePath(QStringLiteral("probe.eml"));
    QFile f(eml);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kSample);
    f.close();
    const CliRun text = runCli({QStringLiteral("journey"), eml, QStringLiteral("--no-store")});
    ASSERT_EQ(text.exitCode, 0) << text.err.constData();
    const qsizetype postfix = text.out.indexOf("with ESMTPSA id 0FEA1A72227");
    const qsizetype lmtp = text.out.indexOf("with LMTP");
    ASSERT_GE(postfix, 0) << text.out.constData();
    EXPECT_GT(lmtp, postfix) << "oldest first";
    EXPECT_TRUE(text.out.contains("+1 s")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("2 Received field(s)")) << text.out.constData();

    const CliRun json = runCli({QStringLiteral("journey"), eml, QStringLiteral("--json"), QStringLiteral("--no-store")});
    ASSERT_EQ(json.exitCode, 0) << json.err.constData();
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(o.value(QStringLiteral("messageId")).toString(), QStringLiteral("<probe1@example.test>"));
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("0FEA1A72227"));
    EXPECT_EQ(steps.at(1).toObject().value(QStringLiteral("delaySeconds")).toDouble(), 1.0);
    EXPECT_EQ(steps.at(1).toObject().value(QStringLiteral("toRole")).toString(), QStringLiteral("mailbox"));
}

TEST(JourneyCli, ErrorsNameWhatWasWrong)
{
    QTemporaryDir dir;
    CliRun r = runCli({QStringLiteral("journey")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("FILE.eml")) << r.err.constData();

    const QString missing = dir.filePath(QStringLiteral("nowhere.eml"));
    r = runCli({QStringLiteral("journey"), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("nowhere.eml")) << r.err.constData();

    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    QFile f(photo);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xff\xd8\xff\xe0 not a message at all", 24));
    f.close();
    r = runCli({QStringLiteral("journey"), photo});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("photo.jpg")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("Received")) << r.err.constData();

    const QString eml = dir.filePath(QStringLiteral("probe.eml"));
    QFile m(eml);
    ASSERT_TRUE(m.open(QIODevice::WriteOnly));
    m.write(kSample);
    m.close();
    r = runCli({QStringLiteral("journey"), eml, QStringLiteral("--store"), dir.filePath(QStringLiteral("none.sqlite"))});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains("none.sqlite")) << r.err.constData();
    r = runCli({QStringLiteral("journey"), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("folder")) << r.err.constData();
}
