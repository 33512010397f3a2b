// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost under kill -9 (issue 10, §2): a child `carteiro-cli send --queue`
// is killed with SIGKILL at each stage of a submission (before MAIL, during DATA,
// after the final dot before the reply, after 250 before filing, during the
// APPEND to Sent), then `outbox list --json` and `outbox flush` run as a restart.
// The message must exist exactly once in the outbox or in Sent, the server must
// have received it at most once, and a possibly sent one is listed as such and
// never sent again by flush. Against scripted servers that stall at the stage
// (StallingSmtpServer, StallingImapServer) and against the lab's Postfix and
// Dovecot through a stalling proxy (StallingProxy).
#include "Fixtures.h"
#include "LabEnv.h"
#include "OutboxCliRun.h"
#include "StallingImapServer.h"
#include "StallingProxy.h"
#include "StallingSmtpServer.h"

#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

constexpr char kPassword[] = "kill-test-secret";

QString state(const QJsonObject &o)
{
    return o.value(QStringLiteral("state")).toString();
}

// A body big enough (about 16 MB in base64) that the child is still writing it
// when the peer stops reading: "during DATA" is then a real moment, not a race.
QString bigAttachment(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray data(12 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919) >> 3);
    return writeFile(path, data) ? path : QString();
}

class OutboxKillScripted : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(smtp.listen());
        ASSERT_TRUE(imap.listen());
        store = dir.filePath(QStringLiteral("outbox.sqlite"));
    }

    QStringList queueArgs(const QString &subject, bool filing, bool big) const
    {
        QStringList a{QStringLiteral("send"),      QStringLiteral("--queue"),
                      QStringLiteral("--store"),   store,
                      QStringLiteral("--server"),  smtp.url(),
                      QStringLiteral("--from"),    QStringLiteral("Ana <ana@stall.test>"),
                      QStringLiteral("--to"),      QStringLiteral("bob@stall.test"),
                      QStringLiteral("--subject"), subject,
                      QStringLiteral("--body"),    QStringLiteral("Olá Bob,\nnada se perde.\n")};
        if (filing)
            a << QStringLiteral("--user") << QStringLiteral("ana@stall.test")
              << QStringLiteral("--auth") << QStringLiteral("PLAIN")
              << QStringLiteral("--sent-server") << imap.url();
        if (big)
            a << QStringLiteral("--attach") << bigAttachment(dir);
        return a;
    }

    QStringList env() const
    {
        return {QStringLiteral("CARTEIRO_PASSWORD=") + QLatin1String(kPassword)};
    }

    // Starts the child, waits for `stalled()` (or its end), kills it with SIGKILL.
    void killWhenStalled(const QStringList &args, const std::function<bool()> &stalled)
    {
        CliChild child(args, env());
        const bool reached =
            spinUntil([&] { return stalled() || !child.running(); }, 120000) && stalled();
        const bool wasRunning = child.running();
        child.killHard();
        const CliRun r = child.result();
        ASSERT_TRUE(reached) << "the stage was not reached; the child said:\n"
                             << r.out.constData() << r.err.constData();
        ASSERT_TRUE(wasRunning) << "the child ended before the kill:\n" << r.err.constData();
        ASSERT_EQ(r.exitCode, -1) << "not killed: " << r.err.constData();
    }

    // The one message of this test's outbox after the restart.
    QJsonObject onlyEntry()
    {
        bool ok = false;
        CliRun run;
        const QList<QJsonObject> list = outboxList(store, &ok, &run);
        EXPECT_TRUE(ok) << run.err.constData();
        EXPECT_EQ(list.size(), 1) << run.out.constData();
        return list.value(0);
    }

    QList<QJsonObject> entries()
    {
        bool ok = false;
        CliRun run;
        const QList<QJsonObject> list = outboxList(store, &ok, &run);
        EXPECT_TRUE(ok) << run.err.constData();
        return list;
    }

    CliRun flush(bool filing)
    {
        QStringList a{QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--store"),
                      store};
        if (filing)
            a << QStringLiteral("--sent-server") << imap.url();
        return runCliLooping(a, env());
    }

    // Kill before the final dot: the restart finds the message queued and sends it exactly once.
    void expectSentOnceAfterRestart(StallStage stage, bool big)
    {
        smtp.setStall(stage);
        ASSERT_NO_FATAL_FAILURE(killWhenStalled(
            queueArgs(QStringLiteral("kill %1").arg(stallStageName(stage)), false, big),
            [this] { return smtp.stalled(); }));
        EXPECT_EQ(smtp.messagesReceived(), 0) << "the final dot never reached the server";

        smtp.setStall(StallStage::None);
        const QJsonObject e = onlyEntry();
        EXPECT_EQ(state(e), QStringLiteral("queued"))
            << "a kill before the final dot is sent again";
        const CliRun f = flush(false);
        EXPECT_EQ(f.exitCode, 0) << f.err.constData();
        EXPECT_EQ(smtp.messagesReceived(), 1);
        EXPECT_EQ(smtp.acceptedMessages(), 1);
        EXPECT_TRUE(smtp.messages().value(0).contains(
            e.value(QStringLiteral("message_id")).toString().toUtf8()));
        EXPECT_TRUE(entries().isEmpty()) << "sent with nothing to file in: it leaves the outbox";
        // Another flush sends nothing more.
        EXPECT_EQ(flush(false).exitCode, 0);
        EXPECT_EQ(smtp.messagesReceived(), 1);
    }

    QTemporaryDir dir;
    QString store;
    StallingSmtpServer smtp;
    StallingImapServer imap;
};

} // namespace

TEST_F(OutboxKillScripted, KilledBeforeMailIsSentOnceAfterRestart)
{
    expectSentOnceAfterRestart(StallStage::BeforeMail, false);
}

TEST_F(OutboxKillScripted, KilledDuringDataIsSentOnceAfterRestart)
{
    expectSentOnceAfterRestart(StallStage::DuringData, true);
}

TEST_F(OutboxKillScripted, KilledAfterTheFinalDotIsPossiblySentAndNotResentByFlush)
{
    smtp.setStall(StallStage::AfterDot);
    ASSERT_NO_FATAL_FAILURE(
        killWhenStalled(queueArgs(QStringLiteral("kill after dot"), false, false),
                        [this] { return smtp.stalled(); }));
    EXPECT_EQ(smtp.messagesReceived(), 1);

    smtp.setStall(StallStage::None);
    const QJsonObject e = onlyEntry();
    EXPECT_EQ(state(e), QStringLiteral("possibly-sent"));
    const CliRun f = flush(false);
    EXPECT_EQ(f.exitCode, 0) << f.err.constData();
    EXPECT_TRUE(f.out.contains("possibly sent")) << f.out.constData();
    EXPECT_EQ(smtp.messagesReceived(), 1) << "flush sent a possibly sent message again";
    EXPECT_EQ(state(onlyEntry()), QStringLiteral("possibly-sent"));

    // The user decides: retry sends it again, on purpose.
    const QString id = QString::number(e.value(QStringLiteral("id")).toInteger());
    const CliRun r = runCliLooping(
        {QStringLiteral("outbox"), QStringLiteral("retry"), id, QStringLiteral("--store"), store});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(smtp.messagesReceived(), 2);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(OutboxKillScripted, KilledAfter250BeforeFilingIsFiledOnceAndNotResent)
{
    imap.setStall(StallStage::BeforeFiling);
    ASSERT_NO_FATAL_FAILURE(
        killWhenStalled(queueArgs(QStringLiteral("kill before filing"), true, false),
                        [this] { return imap.stalled(); }));
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_TRUE(imap.sent().isEmpty());

    imap.setStall(StallStage::None);
    const QJsonObject e = onlyEntry();
    EXPECT_EQ(state(e), QStringLiteral("sent")) << "250 came: sent, not filed yet";
    const CliRun f = flush(true);
    EXPECT_EQ(f.exitCode, 0) << f.err.constData();
    EXPECT_EQ(smtp.messagesReceived(), 1) << "a sent message was submitted again";
    ASSERT_EQ(imap.sent().size(), 1);
    EXPECT_TRUE(
        imap.sent().first().contains(e.value(QStringLiteral("message_id")).toString().toUtf8()));
    EXPECT_TRUE(entries().isEmpty()) << "filed: it leaves the outbox";
}

TEST_F(OutboxKillScripted, KilledDuringAppendIsInSentExactlyOnce)
{
    imap.setStall(StallStage::DuringAppend);
    ASSERT_NO_FATAL_FAILURE(
        killWhenStalled(queueArgs(QStringLiteral("kill during append"), true, false),
                        [this] { return imap.stalled(); }));
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_EQ(imap.sent().size(), 1) << "the server stored the APPEND; the child never heard so";

    imap.setStall(StallStage::None);
    const QJsonObject e = onlyEntry();
    EXPECT_EQ(state(e), QStringLiteral("sent"));
    const CliRun f = flush(true);
    EXPECT_EQ(f.exitCode, 0) << f.err.constData();
    EXPECT_EQ(smtp.messagesReceived(), 1);
    EXPECT_EQ(imap.sent().size(), 1)
        << "filed twice: the restart did not look for the Message-ID in Sent";
    EXPECT_TRUE(entries().isEmpty());
}

// --- the lab: Postfix and Dovecot behind a stalling proxy -----------------------

namespace {

class OutboxKillLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid)
            << "the mail lab is not running (missing " << lab.missing.toStdString()
            << "); start it with: bash tests/lab/mail-lab.sh start && eval \"$(bash "
               "tests/lab/mail-lab.sh env)\"";
        mxPort = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_SMTP_PORT"));
        ASSERT_NE(mxPort, 0) << "CARTEIRO_LAB_SMTP_PORT is not set";
        ASSERT_TRUE(dir.isValid());
        store = dir.filePath(QStringLiteral("outbox.sqlite"));
        tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    }

    QStringList env() const { return {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword}; }

    QStringList common(const QString &subject) const
    {
        return {
            QStringLiteral("send"),      QStringLiteral("--queue"),
            QStringLiteral("--store"),   store,
            QStringLiteral("--from"),    lab.alice,
            QStringLiteral("--to"),      lab.bob,
            QStringLiteral("--subject"), QStringLiteral("carteiro-kill %1 %2").arg(subject, tag),
            QStringLiteral("--body"),    QStringLiteral("nothing lost\n")};
    }

    void killWhenStalled(const QStringList &args, const std::function<bool()> &stalled)
    {
        CliChild child(args, env());
        const bool reached =
            spinUntil([&] { return stalled() || !child.running(); }, 120000) && stalled();
        const bool wasRunning = child.running();
        child.killHard();
        const CliRun r = child.result();
        ASSERT_TRUE(reached) << "the stage was not reached; the child said:\n" << r.err.constData();
        ASSERT_TRUE(wasRunning) << "the child ended before the kill:\n" << r.err.constData();
    }

    QList<QJsonObject> entries()
    {
        bool ok = false;
        CliRun run;
        const QList<QJsonObject> list = outboxList(store, &ok, &run);
        EXPECT_TRUE(ok) << run.err.constData();
        return list;
    }

    // Waits until `count()` reaches `expected`, then a little longer for a duplicate
    // that Postfix may still be delivering; returns the final count.
    int settledCount(const std::function<int()> &count, int expected)
    {
        spinUntil([&] { return count() >= expected; }, 20000);
        spinUntil([] { return false; }, 2000);
        return count();
    }

    int inBobsInbox(const QByteArray &messageId) const
    {
        return maildirCount(lab, lab.bob, {}, messageId);
    }
    int inAlicesSent(const QByteArray &messageId) const
    {
        return maildirCount(lab, lab.alice, QStringLiteral(".Sent"), messageId);
    }

    // Kill at an SMTP stage, through the proxy in front of the lab's MX port (no
    // AUTH there, so the proxy reads the commands in clear).
    void smtpStage(StallStage stage, bool big, int receivedBeforeRestart,
                   const QString &stateAfterKill)
    {
        StallingProxy proxy(StallingProxy::Kind::Smtp, lab.host, mxPort);
        ASSERT_TRUE(proxy.listen());
        proxy.setStall(stage);
        QStringList args = common(stallStageName(stage));
        args << QStringLiteral("--server") << proxy.url();
        if (big)
            args << QStringLiteral("--attach") << bigAttachment(dir);
        ASSERT_NO_FATAL_FAILURE(killWhenStalled(args, [&] { return proxy.stalled(); }));
        proxy.dropAll();
        proxy.setStall(StallStage::None);

        const QList<QJsonObject> list = entries();
        ASSERT_EQ(list.size(), 1);
        EXPECT_EQ(state(list.first()), stateAfterKill);
        const QByteArray mid = list.first().value(QStringLiteral("message_id")).toString().toUtf8();
        ASSERT_FALSE(mid.isEmpty());
        EXPECT_EQ(settledCount([&] { return inBobsInbox(mid); }, receivedBeforeRestart),
                  receivedBeforeRestart);

        const CliRun f = runCliLooping(
            {QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--store"), store},
            env());
        EXPECT_EQ(f.exitCode, 0) << f.err.constData();
        EXPECT_EQ(settledCount([&] { return inBobsInbox(mid); }, 1), 1)
            << "bob's INBOX must hold it exactly once";
        const QList<QJsonObject> after = entries();
        if (stateAfterKill == QStringLiteral("possibly-sent")) {
            ASSERT_EQ(after.size(), 1);
            EXPECT_EQ(state(after.first()), QStringLiteral("possibly-sent"));
        } else {
            EXPECT_TRUE(after.isEmpty());
        }
    }

    // Kill at a filing stage: SMTP straight to the submission port (STARTTLS, AUTH),
    // IMAP through the proxy in front of Dovecot's plaintext port (loopback counts
    // as secured there, so LOGIN works).
    void filingStage(StallStage stage, int inSentBeforeRestart)
    {
        StallingProxy proxy(StallingProxy::Kind::Imap, lab.host, lab.imap);
        ASSERT_TRUE(proxy.listen());
        proxy.setStall(stage);
        QStringList args = common(stallStageName(stage));
        args << QStringLiteral("--server")
             << QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission)
             << QStringLiteral("--ca-file") << lab.caFile << QStringLiteral("--user") << lab.alice
             << QStringLiteral("--sent-server") << proxy.url();
        ASSERT_NO_FATAL_FAILURE(killWhenStalled(args, [&] { return proxy.stalled(); }));
        proxy.dropAll();
        proxy.setStall(StallStage::None);

        const QList<QJsonObject> list = entries();
        ASSERT_EQ(list.size(), 1);
        EXPECT_EQ(state(list.first()), QStringLiteral("sent"));
        const QByteArray mid = list.first().value(QStringLiteral("message_id")).toString().toUtf8();
        ASSERT_FALSE(mid.isEmpty());
        EXPECT_EQ(settledCount([&] { return inBobsInbox(mid); }, 1), 1);
        EXPECT_EQ(inAlicesSent(mid), inSentBeforeRestart);

        const CliRun f = runCliLooping({QStringLiteral("outbox"), QStringLiteral("flush"),
                                        QStringLiteral("--store"), store,
                                        QStringLiteral("--sent-server"), proxy.url()},
                                       env());
        EXPECT_EQ(f.exitCode, 0) << f.err.constData();
        EXPECT_EQ(inAlicesSent(mid), 1) << "alice's Sent must hold it exactly once";
        EXPECT_TRUE(entries().isEmpty());
        EXPECT_EQ(settledCount([&] { return inBobsInbox(mid); }, 1), 1)
            << "sent again after the restart";
    }

    LabEnv lab;
    quint16 mxPort = 0;
    QTemporaryDir dir;
    QString store, tag;
};

} // namespace

TEST_F(OutboxKillLab, KilledBeforeMailIsDeliveredOnce)
{
    smtpStage(StallStage::BeforeMail, false, 0, QStringLiteral("queued"));
}

TEST_F(OutboxKillLab, KilledDuringDataIsDeliveredOnce)
{
    smtpStage(StallStage::DuringData, true, 0, QStringLiteral("queued"));
}

TEST_F(OutboxKillLab, KilledAfterTheFinalDotIsPossiblySentAndDeliveredOnce)
{
    smtpStage(StallStage::AfterDot, false, 1, QStringLiteral("possibly-sent"));
}

TEST_F(OutboxKillLab, KilledAfter250BeforeFilingIsFiledOnce)
{
    filingStage(StallStage::BeforeFiling, 0);
}

TEST_F(OutboxKillLab, KilledDuringAppendIsFiledOnce)
{
    filingStage(StallStage::DuringAppend, 1);
}
