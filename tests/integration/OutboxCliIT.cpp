// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli send --queue and outbox list|flush|retry|drop (issue 10, §1 and
// §2): a server that is down, 4xx then success on the next try, 5xx for one
// recipient of three, the Sent APPEND refused then retried, and the errors
// (unknown ID, bad store, missing password) with their exit codes. Scripted
// servers (StallingSmtpServer, StallingImapServer) and the lab's Postfix.
#include "LabEnv.h"
#include "OutboxCliRun.h"
#include "StallingImapServer.h"
#include "StallingSmtpServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

constexpr char kPassword[] = "outbox-cli-secret";

QString state(const QJsonObject &o)
{
    return o.value(QStringLiteral("state")).toString();
}
QString idOf(const QJsonObject &o)
{
    return QString::number(o.value(QStringLiteral("id")).toInteger());
}

class OutboxCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(smtp.listen());
        ASSERT_TRUE(imap.listen());
        store = dir.filePath(QStringLiteral("outbox.sqlite"));
    }

    QStringList queueArgs(const QString &subject, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("send"),      QStringLiteral("--queue"),
                           QStringLiteral("--store"),   store,
                           QStringLiteral("--server"),  smtp.url(),
                           QStringLiteral("--from"),    QStringLiteral("ana@stall.test"),
                           QStringLiteral("--to"),      QStringLiteral("bob@stall.test"),
                           QStringLiteral("--subject"), subject,
                           QStringLiteral("--body"),    QStringLiteral("oi\n")} +
               extra;
    }
    QStringList filing() const
    {
        return {QStringLiteral("--user"),        QStringLiteral("ana@stall.test"),
                QStringLiteral("--auth"),        QStringLiteral("PLAIN"),
                QStringLiteral("--sent-server"), imap.url()};
    }
    QStringList env() const
    {
        return {QStringLiteral("CARTEIRO_PASSWORD=") + QLatin1String(kPassword)};
    }

    CliRun outbox(const QStringList &args, const QStringList &environment = {}) const
    {
        return runCliLooping(QStringList{QStringLiteral("outbox")} + args +
                                 QStringList{QStringLiteral("--store"), store},
                             environment);
    }

    QList<QJsonObject> entries() const
    {
        bool ok = false;
        CliRun run;
        const QList<QJsonObject> list = outboxList(store, &ok, &run);
        EXPECT_TRUE(ok) << run.err.constData();
        return list;
    }

    // Every run's output is checked for the password.
    static void expectNoSecret(const CliRun &r)
    {
        EXPECT_FALSE(r.out.contains(kPassword));
        EXPECT_FALSE(r.err.contains(kPassword));
    }

    QTemporaryDir dir;
    QString store;
    StallingSmtpServer smtp;
    StallingImapServer imap;
};

} // namespace

TEST_F(OutboxCli, QueueSendsAtOnceWithSendsOutput)
{
    const CliRun r = runCliLooping(queueArgs(QStringLiteral("na hora")));
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith("sent: 1 recipient(s), queued as Q1")) << r.out.constData();
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_TRUE(smtp.messages().first().contains("Subject: na hora"));
    EXPECT_TRUE(entries().isEmpty()) << "nothing to file in: it leaves the outbox once sent";
}

TEST_F(OutboxCli, ServerDownLeavesItDeferredAndFlushSendsItLater)
{
    const quint16 port = smtp.port();
    smtp.close(); // down
    const CliRun r = runCliLooping(queueArgs(QStringLiteral("mais tarde")));
    EXPECT_EQ(r.exitCode, 2) << r.err.constData();
    EXPECT_TRUE(r.err.contains("queued as #")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("carteiro-cli outbox flush")) << r.err.constData();

    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(state(list.first()), QStringLiteral("deferred"));
    EXPECT_EQ(list.first().value(QStringLiteral("attempts")).toInt(), 1);
    EXPECT_TRUE(list.first().contains(QStringLiteral("next_try")));
    EXPECT_EQ(list.first().value(QStringLiteral("subject")).toString(),
              QStringLiteral("mais tarde"));
    EXPECT_EQ(list.first().value(QStringLiteral("to")).toString(),
              QStringLiteral("bob@stall.test"));

    ASSERT_TRUE(smtp.listen(port)); // up again: flush ignores the back-off
    const CliRun f = outbox({QStringLiteral("flush")});
    EXPECT_EQ(f.exitCode, 0) << f.err.constData();
    EXPECT_TRUE(f.out.contains("sent")) << f.out.constData();
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(OutboxCli, FourXxIsDeferredThenSentOnTheNextTry)
{
    smtp.queueDotReply("451 4.3.0 Temporary lookup failure, try again later");
    const CliRun r = runCliLooping(queueArgs(QStringLiteral("451 primeiro")));
    EXPECT_EQ(r.exitCode, 2) << r.err.constData();
    EXPECT_TRUE(r.err.contains("451 4.3.0 Temporary lookup failure")) << r.err.constData();
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(state(list.first()), QStringLiteral("deferred"));
    EXPECT_TRUE(list.first()
                    .value(QStringLiteral("last_reply"))
                    .toString()
                    .startsWith(QStringLiteral("451")));

    const CliRun f = outbox({QStringLiteral("flush")});
    EXPECT_EQ(f.exitCode, 0) << f.err.constData();
    EXPECT_EQ(smtp.messagesReceived(), 2);
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(OutboxCli, FiveXxForOneRecipientOfThreeSaysWhoAndWhy)
{
    const QByteArray refusal =
        "550 5.1.1 <carol@stall.test>: Recipient address rejected: User unknown";
    smtp.setRcptReply("carol@stall.test", refusal);
    const CliRun r = runCliLooping(queueArgs(
        QStringLiteral("tres"), {QStringLiteral("--to"), QStringLiteral("carol@stall.test"),
                                 QStringLiteral("--cc"), QStringLiteral("dani@stall.test")}));
    EXPECT_EQ(r.exitCode, 3) << r.err.constData();
    EXPECT_TRUE(r.err.contains(refusal)) << r.err.constData();
    EXPECT_TRUE(r.err.contains("some recipients only")) << r.err.constData();
    EXPECT_EQ(smtp.acceptedMessages(), 1) << "the two others get it";
    for (const QJsonObject &e : entries())
        EXPECT_NE(state(e), QStringLiteral("queued")) << "not sent again to the two who have it";
}

TEST_F(OutboxCli, FiveXxForTheMessageFailsAndRetrySendsIt)
{
    smtp.queueDotReply("554 5.7.1 Message rejected as spam");
    const CliRun r = runCliLooping(queueArgs(QStringLiteral("spam?")));
    EXPECT_EQ(r.exitCode, 3) << r.err.constData();
    EXPECT_TRUE(r.err.contains("554 5.7.1 Message rejected as spam")) << r.err.constData();
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(state(list.first()), QStringLiteral("failed"));
    // flush leaves a failed message alone; retry sends it.
    EXPECT_EQ(outbox({QStringLiteral("flush")}).exitCode, 0);
    EXPECT_EQ(smtp.messagesReceived(), 1);
    const CliRun again = outbox({QStringLiteral("retry"), idOf(list.first())});
    EXPECT_EQ(again.exitCode, 0) << again.err.constData();
    EXPECT_EQ(smtp.acceptedMessages(), 1);
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(OutboxCli, SentAppendRefusedIsKeptThenRetried)
{
    imap.refuseAppends(1);
    const CliRun r = runCliLooping(queueArgs(QStringLiteral("arquivar"), filing()), env());
    expectNoSecret(r);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData(); // sent: not filing is not a send failure
    EXPECT_TRUE(r.out.startsWith("sent:")) << r.out.constData();
    EXPECT_TRUE(r.err.contains("not filed in Sent")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("cannot store the message now")) << r.err.constData();
    EXPECT_EQ(imap.appendsSeen(), 1);
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(state(list.first()), QStringLiteral("sent"));

    const CliRun again = outbox(
        {QStringLiteral("retry"), idOf(list.first()), QStringLiteral("--sent-server"), imap.url()},
        env());
    expectNoSecret(again);
    EXPECT_EQ(again.exitCode, 0) << again.err.constData();
    EXPECT_TRUE(again.out.contains("filed in Sent")) << again.out.constData();
    EXPECT_EQ(imap.sent().size(), 1);
    EXPECT_EQ(smtp.messagesReceived(), 1) << "retrying the filing must not submit again";
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(OutboxCli, ListPrintsJsonLinesAndATable)
{
    smtp.close();
    ASSERT_EQ(runCliLooping(queueArgs(QStringLiteral("primeira"))).exitCode, 2);
    ASSERT_EQ(runCliLooping(queueArgs(QStringLiteral("segunda"))).exitCode, 2);
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 2);
    for (const QJsonObject &o : list)
        for (const char *key : {"id", "state", "to", "subject", "attempts", "last_reply"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    const CliRun table = outbox({QStringLiteral("list")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("STATE")) << table.out.constData();
    EXPECT_TRUE(table.out.contains("primeira"));
    EXPECT_TRUE(table.out.contains("segunda"));
    EXPECT_TRUE(table.out.contains("next try"));
}

TEST_F(OutboxCli, DropRemovesAndUnknownIdsAreNamed)
{
    smtp.close();
    ASSERT_EQ(runCliLooping(queueArgs(QStringLiteral("descartar"))).exitCode, 2);
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    const CliRun d = outbox({QStringLiteral("drop"), idOf(list.first())});
    EXPECT_EQ(d.exitCode, 0) << d.err.constData();
    EXPECT_TRUE(entries().isEmpty());

    const CliRun unknown = outbox({QStringLiteral("drop"), QStringLiteral("999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no message #999")) << unknown.err.constData();
    EXPECT_EQ(outbox({QStringLiteral("retry"), QStringLiteral("999")}).exitCode, 1);
    const CliRun notAnId = outbox({QStringLiteral("retry"), QStringLiteral("abc")});
    EXPECT_EQ(notAnId.exitCode, 1);
    EXPECT_TRUE(notAnId.err.contains("\"abc\" is not a message ID")) << notAnId.err.constData();
    EXPECT_EQ(outbox({QStringLiteral("frobnicate")}).exitCode, 1);
}

TEST_F(OutboxCli, BadStoreFilesAreNamed)
{
    const CliRun folder = runCliLooping(
        {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--store"), dir.path()});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(dir.path().toUtf8())) << folder.err.constData();

    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const CliRun bad = runCliLooping(
        {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--store"), junk});
    EXPECT_EQ(bad.exitCode, 5) << bad.err.constData();
    EXPECT_TRUE(bad.err.contains(junk.toUtf8())) << bad.err.constData();
}

TEST_F(OutboxCli, FlushWithoutThePasswordSaysSoAndKeepsTheMessage)
{
    smtp.close();
    const CliRun q = runCliLooping(queueArgs(QStringLiteral("senha"), filing()), env());
    ASSERT_EQ(q.exitCode, 2) << q.err.constData();
    const CliRun f = outbox({QStringLiteral("flush")});
    EXPECT_EQ(f.exitCode, 1);
    EXPECT_TRUE(f.err.contains("no password")) << f.err.constData();
    EXPECT_TRUE(f.err.contains("CARTEIRO_PASSWORD")) << f.err.constData();
    const QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(state(list.first()), QStringLiteral("deferred"));
}

TEST_F(OutboxCli, QueueRefusesWhatItCannotRecord)
{
    const CliRun r = runCliLooping(
        queueArgs(QStringLiteral("pin"), {QStringLiteral("--pin-sha256"), QStringLiteral("00")}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--pin-sha256 cannot be used with --queue")) << r.err.constData();
    EXPECT_EQ(smtp.connections(), 0);
}

TEST(OutboxCliLab, QueuedMessageReachesBobOnce)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                           << ")";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString subject = QStringLiteral("carteiro-outbox %1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    const CliRun r =
        runCliLooping({QStringLiteral("send"), QStringLiteral("--queue"), QStringLiteral("--store"),
                       dir.filePath(QStringLiteral("o.sqlite")), QStringLiteral("--server"),
                       QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission),
                       QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--user"), lab.alice,
                       QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), lab.bob,
                       QStringLiteral("--subject"), subject, QStringLiteral("--body"),
                       QStringLiteral("pela fila\n"), QStringLiteral("--trace")},
                      {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.startsWith("sent:")) << r.out.constData();
    EXPECT_TRUE(r.err.contains("C: STARTTLS")) << "the trace shows the session";
    EXPECT_FALSE(r.err.contains(lab.alicePassword.toUtf8()));
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, subject.toUtf8()).isEmpty());
    bool ok = false;
    EXPECT_TRUE(outboxList(dir.filePath(QStringLiteral("o.sqlite")), &ok).isEmpty());
    EXPECT_TRUE(ok);
}

TEST_F(OutboxCli, OneSenderPerStoreTheOtherIsToldSo)
{
    smtp.setStall(StallStage::BeforeMail);
    CliChild first(queueArgs(QStringLiteral("primeiro a enviar")));
    ASSERT_TRUE(spinUntil([&] { return smtp.stalled() || !first.running(); }, 60000) &&
                smtp.stalled())
        << first.result().err.constData();
    // While the first one sends, a second one is queued but not sent, and a flush is refused.
    const CliRun second = runCliLooping(queueArgs(QStringLiteral("segundo")));
    EXPECT_EQ(second.exitCode, 2) << second.err.constData();
    EXPECT_TRUE(second.err.contains("Another Carteiro is sending from this outbox"))
        << second.err.constData();
    EXPECT_TRUE(second.err.contains("queued as #2")) << second.err.constData();
    const CliRun f = outbox({QStringLiteral("flush")});
    EXPECT_EQ(f.exitCode, 3) << f.err.constData() << f.out.constData();
    EXPECT_TRUE(f.err.contains("Another Carteiro is sending from this outbox"))
        << f.err.constData();
    QList<QJsonObject> list = entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(state(list.last()), QStringLiteral("sending"));
    EXPECT_EQ(state(list.first()), QStringLiteral("queued"));
    first.killHard();
    EXPECT_EQ(smtp.messagesReceived(), 0);
    // Its owner gone, the next flush sends both, once each.
    smtp.setStall(StallStage::None);
    const CliRun after = outbox({QStringLiteral("flush")});
    EXPECT_EQ(after.exitCode, 0) << after.err.constData();
    EXPECT_EQ(smtp.acceptedMessages(), 2);
    EXPECT_TRUE(entries().isEmpty());
}
