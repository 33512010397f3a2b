// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's two mail domains (tests/lab/lib/domain2.sh): a message from
// alice@example.test to dave@acme.test goes submission -> example.test's Postfix
// -> an MX lookup on the lab's DNS server -> acme.test's Postfix on its
// port-25-style listener -> LMTP -> dave's mailbox, read back over IMAP as dave;
// the reply goes the other way; an MX refuses to relay for a stranger, and
// Carteiro explains it. QueueLab stops acme.test's MTA, so the message waits in
// example.test's queue and is delivered once it is back: it runs only on a lab of
// its own (CARTEIRO_LAB_RESTARTABLE=1, like OfflineLab; tests/run-all.sh).
#include "LabEnv.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro::test;

namespace {

// The Received: fields of a message, top first, unfolded (RFC 5322 §2.2.3).
QStringList receivedFields(const QByteArray &raw)
{
    QString head = QString::fromUtf8(raw);
    static const QRegularExpression blank(QStringLiteral("\r?\n\r?\n"));
    if (const qsizetype at = head.indexOf(blank); at >= 0)
        head.truncate(at);
    static const QRegularExpression fold(QStringLiteral("\r?\n(?=[ \t])"));
    static const QRegularExpression lineEnd(QStringLiteral("\r?\n"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    for (QString field : head.replace(fold, QString()).split(lineEnd)) {
        if (field.startsWith(QLatin1String("Received:"), Qt::CaseInsensitive))
            out << field.mid(9).replace(space, QStringLiteral(" ")).trimmed();
    }
    return out;
}

// The date after the last ';' of a Received: field (RFC 5321 §4.4), comments dropped.
QDateTime receivedDate(const QString &field)
{
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    QString date = field.section(QLatin1Char(';'), -1).remove(comment).simplified();
    return QDateTime::fromString(date, Qt::RFC2822Date);
}

QString uniqueSubject(const char *what)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

class TwoDomains : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        if (!lab.domain2Valid)
            GTEST_SKIP() << "the running lab predates its second domain (missing "
                         << lab.domain2Missing.toStdString() << "): restart it with tests/lab/mail-lab.sh restart";
    }

    // carteiro-cli send over submission with STARTTLS and AUTH as `user` (a bare
    // login name or the address), from that user's address.
    CliRun send(const QString &host, quint16 port, const QString &user, const QString &from, const QString &password,
                const QString &to, const QString &subject) const
    {
        return runCli({QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("smtp://%1:%2").arg(host).arg(port),
                       QStringLiteral("--user"), user, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                       QStringLiteral("--subject"), subject, QStringLiteral("--body"), QStringLiteral("De um domínio ao outro."),
                       QStringLiteral("--ca-file"), lab.caFile},
                      {QStringLiteral("CARTEIRO_PASSWORD=") + password});
    }

    // The raw bytes of the message with `subject` in the INBOX, fetched with
    // carteiro-cli over IMAPS as that user (polls while it is on its way).
    QByteArray fetchRaw(const QString &host, quint16 port, const QString &user, const QString &password,
                        const QString &subject, int timeoutMs = 30000) const
    {
        const QString server = QStringLiteral("imaps://%1:%2").arg(host).arg(port);
        const QStringList common = {QStringLiteral("fetch"), QStringLiteral("--server"), server, QStringLiteral("--user"),
                                    user, QStringLiteral("--ca-file"), lab.caFile};
        const QStringList env = {QStringLiteral("CARTEIRO_PASSWORD=") + password};
        QElapsedTimer t;
        t.start();
        do {
            const CliRun list = runCli(common + QStringList{QStringLiteral("--list"), QStringLiteral("--json")}, env);
            for (const QByteArray &line : list.out.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(QStringLiteral("subject")).toString() != subject)
                    continue;
                const CliRun raw = runCli(common + QStringList{QStringLiteral("--raw"),
                                                               QString::number(o.value(QStringLiteral("uid")).toInteger())},
                                          env);
                return raw.exitCode == 0 ? raw.out : QByteArray();
            }
            QThread::msleep(300);
        } while (t.elapsed() < timeoutMs);
        return {};
    }

    // A line of one of the lab's logs ($CARTEIRO_LAB_DIR/log/NAME) containing `needle`.
    bool logHas(const QString &name, const QString &needle) const
    {
        QFile f(lab.labDir + QStringLiteral("/log/") + name);
        return f.open(QIODevice::ReadOnly) && QString::fromUtf8(f.readAll()).contains(needle);
    }

    LabEnv lab;
};

TEST_F(TwoDomains, AliceToDaveCrossesBothMtasThroughTheMx)
{
    const QString subject = uniqueSubject("two-domains");
    const CliRun sent = send(lab.host, lab.submission, lab.alice, lab.alice, lab.alicePassword, lab.dave, subject);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();

    const QByteArray raw = fetchRaw(lab.host3, lab.imaps2, lab.dave, lab.davePassword, subject);
    ASSERT_FALSE(raw.isEmpty()) << "not delivered to " << lab.dave.toStdString();
    const QStringList hops = receivedFields(raw);
    ASSERT_GE(hops.size(), 3) << QString::fromUtf8(raw.left(1500)).toStdString();
    // top first: acme.test's LDA (Dovecot LMTP), acme.test's MTA, example.test's MTA
    const QString mail2 = QStringLiteral("mail.") + lab.domain2, mail1 = QStringLiteral("mail.") + lab.domain;
    EXPECT_TRUE(hops[0].contains(QStringLiteral("by %1 with LMTP").arg(mail2))) << hops[0].toStdString();
    EXPECT_TRUE(hops[1].startsWith(QStringLiteral("from %1 ").arg(mail1))) << hops[1].toStdString();
    EXPECT_TRUE(hops[1].contains(QStringLiteral("by %1 (Postfix) with ESMTPS id ").arg(mail2))) << hops[1].toStdString();
    EXPECT_TRUE(hops[2].contains(QStringLiteral("by %1 (Postfix) with ESMTPSA id ").arg(mail1))) << hops[2].toStdString();
    for (const QString &hop : hops.mid(0, 3))
        EXPECT_TRUE(hop.contains(QStringLiteral("for <%1>").arg(lab.dave))) << hop.toStdString();

    // Each hop's time is after the one below it, within seconds (second resolution).
    const QDateTime submitted = receivedDate(hops[2]), relayed = receivedDate(hops[1]), filed = receivedDate(hops[0]);
    ASSERT_TRUE(submitted.isValid() && relayed.isValid() && filed.isValid()) << hops.join(QLatin1Char('\n')).toStdString();
    EXPECT_LE(submitted, relayed);
    EXPECT_LE(relayed, filed);
    EXPECT_LE(submitted.secsTo(filed), 30);

    // example.test's Postfix found the host through the MX record and used its
    // port-25-style listener (in the lab's static mode its transport map names the host).
    const bool viaDns = qEnvironmentVariable("CARTEIRO_LAB_MX_MODE") != QLatin1String("static");
    const QString queueId = hops[2].section(QStringLiteral(" id "), 1).section(QLatin1Char(' '), 0, 0);
    ASSERT_FALSE(queueId.isEmpty());
    const QString relay = QStringLiteral("%1: to=<%2>, relay=%3[%4]:%5")
                              .arg(queueId, lab.dave, viaDns ? QStringLiteral("mx.") + lab.domain2 : lab.host3, lab.host3)
                              .arg(lab.smtp2);
    EXPECT_TRUE(logHas(QStringLiteral("postfix.log"), relay)) << "not in postfix.log: " << relay.toStdString();
    if (viaDns)
        EXPECT_TRUE(logHas(QStringLiteral("dns.log"), QStringLiteral("query[MX] %1 from").arg(lab.domain2)));
}

TEST_F(TwoDomains, DaveRepliesToAliceTheOtherWay)
{
    const QString subject = uniqueSubject("two-domains reply");
    const CliRun sent = send(lab.host3, lab.submission2, QStringLiteral("dave"), lab.dave, lab.davePassword, lab.alice, subject);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
    const QByteArray raw = fetchRaw(lab.host, lab.imaps, lab.alice, lab.alicePassword, subject);
    ASSERT_FALSE(raw.isEmpty());
    const QStringList hops = receivedFields(raw);
    ASSERT_GE(hops.size(), 3);
    EXPECT_TRUE(hops[1].contains(QStringLiteral("by mail.%1 (Postfix) with ESMTPS ").arg(lab.domain))) << hops[1].toStdString();
    EXPECT_TRUE(hops[2].contains(QStringLiteral("by mail.%1 (Postfix) with ESMTPSA ").arg(lab.domain2))) << hops[2].toStdString();
}

TEST_F(TwoDomains, EachMxRefusesToRelayForAStrangerAndCarteiroExplainsIt)
{
    // The course's session by hand on example.test's MX, to a third domain, then on
    // acme.test's MX to the other lab domain: each MX takes mail for its own domain only.
    const QByteArray script = "HELO mydomain.com\nMAIL FROM: sender@mydomain.com\nRCPT TO: carol@third.test\n";
    const CliRun first = runCli({QStringLiteral("console"), QStringLiteral("--explain"), QStringLiteral("--server"),
                                 QStringLiteral("smtp+plain://%1:%2").arg(lab.host).arg(lab.smtp)},
                                {QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C"), QStringLiteral("LANGUAGE=")}, 60000,
                                script);
    EXPECT_TRUE(first.out.contains("S: 554 5.7.1 <carol@third.test>: Relay access denied")) << first.out.constData();
    EXPECT_TRUE(first.out.contains("does not relay mail to other domains")) << first.out.constData();
    EXPECT_EQ(first.exitCode, 3);

    const QByteArray toBob = "HELO mydomain.com\nMAIL FROM: sender@mydomain.com\nRCPT TO: " + lab.bob.toUtf8() + "\n";
    const CliRun second = runCli({QStringLiteral("console"), QStringLiteral("--server"),
                                  QStringLiteral("smtp+plain://%1:%2").arg(lab.host3).arg(lab.smtp2)},
                                 {}, 60000, toBob);
    EXPECT_TRUE(second.out.contains("S: 554 5.7.1 <" + lab.bob.toUtf8() + ">: Relay access denied")) << second.out.constData();

    // Carteiro's own send to the MX port without logging in: the refusal in plain words.
    const CliRun sent =
        runCli({QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("smtp+plain://%1:%2").arg(lab.host).arg(lab.smtp),
                QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), QStringLiteral("carol@third.test"),
                QStringLiteral("--subject"), uniqueSubject("relay"), QStringLiteral("--body"), QStringLiteral("x")},
               {QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C"), QStringLiteral("LANGUAGE=")});
    EXPECT_EQ(sent.exitCode, 3) << sent.err.constData();
    EXPECT_TRUE(sent.err.contains("Relay access denied")) << sent.err.constData();
    EXPECT_TRUE(sent.err.contains("refused to pass the message on to carol@third.test")) << sent.err.constData();
    EXPECT_TRUE(sent.err.contains("587")) << sent.err.constData();

    // ... and in Portuguese
    const CliRun pt =
        runCli({QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("smtp+plain://%1:%2").arg(lab.host).arg(lab.smtp),
                QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), QStringLiteral("carol@third.test"),
                QStringLiteral("--subject"), uniqueSubject("relay"), QStringLiteral("--body"), QStringLiteral("x")},
               {QStringLiteral("LANG=pt_BR.UTF-8"), QStringLiteral("LC_ALL=pt_BR.UTF-8"), QStringLiteral("LANGUAGE=pt_BR")});
    EXPECT_EQ(pt.exitCode, 3);
    EXPECT_TRUE(pt.err.contains("relay aberto")) << pt.err.constData();
}

class QueueLab : public TwoDomains
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("CARTEIRO_LAB_RESTARTABLE") != QLatin1String("1"))
            GTEST_SKIP() << "stops acme.test's MTA: only on a lab of its own with CARTEIRO_LAB_RESTARTABLE=1";
        TwoDomains::SetUp();
    }

    void TearDown() override
    {
        if (stopped)
            runLabScript(QStringLiteral("start-domain2"));
    }

    QByteArray queue() const
    {
        QByteArray out;
        EXPECT_TRUE(runLabScript(QStringLiteral("queue"), &out)) << out.constData();
        return out;
    }

    bool stopped = false;
};

TEST_F(QueueLab, MessageWaitsInTheQueueWhileTheOtherMtaIsDownThenIsDelivered)
{
    QByteArray out;
    ASSERT_TRUE(runLabScript(QStringLiteral("stop-domain2"), &out)) << out.constData();
    stopped = true;
    const QString subject = uniqueSubject("queued");
    const CliRun sent = send(lab.host, lab.submission, lab.alice, lab.alice, lab.alicePassword, lab.dave, subject);
    ASSERT_EQ(sent.exitCode, 0) << "submission takes the message even while acme.test is down: " << sent.err.constData();

    // It waits in example.test's queue, with the reason the MX host refused.
    QElapsedTimer t;
    t.start();
    QByteArray listed;
    do {
        listed = queue();
        if (listed.contains("Connection refused") && listed.contains(lab.dave.toUtf8()))
            break;
        QThread::msleep(300);
    } while (t.elapsed() < 20000);
    const QString mxHost = qEnvironmentVariable("CARTEIRO_LAB_MX_MODE") == QLatin1String("static")
                               ? lab.host3 : QStringLiteral("mx.") + lab.domain2;
    const QString refused = QStringLiteral("connect to %1[%2]:%3: Connection refused").arg(mxHost, lab.host3).arg(lab.smtp2);
    EXPECT_TRUE(listed.contains(refused.toUtf8())) << listed.constData();
    EXPECT_TRUE(listed.contains("== " + lab.domain.toUtf8() + ": queue of")) << listed.constData();
    EXPECT_TRUE(listed.contains("MTA stopped")) << listed.constData();
    QThread::msleep(2000);
    EXPECT_TRUE(lab.waitForDelivery(lab.dave, subject.toUtf8(), 100).isEmpty()) << "delivered while acme.test was down";

    ASSERT_TRUE(runLabScript(QStringLiteral("start-domain2"), &out)) << out.constData();
    stopped = false;
    ASSERT_TRUE(runLabScript(QStringLiteral("flush"), &out)) << out.constData();
    EXPECT_FALSE(lab.waitForDelivery(lab.dave, subject.toUtf8(), 30000).isEmpty()) << "not delivered after the retry";
    EXPECT_FALSE(queue().contains(lab.dave.toUtf8())) << "still queued";

    // The wait shows in the hops: accepted by example.test, relayed seconds later.
    const QStringList hops = receivedFields(fetchRaw(lab.host3, lab.imaps2, lab.dave, lab.davePassword, subject));
    ASSERT_GE(hops.size(), 3);
    EXPECT_GE(receivedDate(hops[2]).secsTo(receivedDate(hops[1])), 2) << hops.join(QLatin1Char('\n')).toStdString();
}

} // namespace

// The course's whole picture in one message (issue 11 evidence): the journey of
// alice's mail to dave, as `carteiro-cli journey` reads the delivered copy, has
// example.test's submission hop, the hop between the two MTAs and acme.test's
// LMTP into the mailbox, oldest first, with plausible delays.
TEST_F(TwoDomains, TheJourneyAcrossBothMtasHasEveryHopInOrder)
{
    const QString subject = uniqueSubject("journey-two-domains");
    const CliRun sent = send(lab.host, lab.submission, lab.alice, lab.alice, lab.alicePassword, lab.dave, subject);
    ASSERT_EQ(sent.exitCode, 0) << sent.err.constData();
    const QByteArray raw = fetchRaw(lab.host3, lab.imaps2, lab.dave, lab.davePassword, subject);
    ASSERT_FALSE(raw.isEmpty()) << "not delivered to " << lab.dave.toStdString();

    QTemporaryDir dir;
    const QString eml = dir.filePath(QStringLiteral("dave.eml"));
    QFile out(eml);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(raw);
    out.close();
    const CliRun journey = runCli({QStringLiteral("journey"), eml, QStringLiteral("--json"), QStringLiteral("--no-store")});
    ASSERT_EQ(journey.exitCode, 0) << journey.err.constData();
    const QJsonArray steps = QJsonDocument::fromJson(journey.out).object().value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 3) << journey.out.constData();
    const QJsonObject submission = steps.at(0).toObject(), relay = steps.at(1).toObject(), lmtp = steps.at(2).toObject();
    EXPECT_EQ(submission.value(QStringLiteral("protocol")).toString().toUpper(), QStringLiteral("ESMTPSA"));
    EXPECT_EQ(relay.value(QStringLiteral("protocol")).toString().toUpper(), QStringLiteral("ESMTPS"));
    EXPECT_EQ(lmtp.value(QStringLiteral("protocol")).toString(), QStringLiteral("LMTP"));
    EXPECT_EQ(lmtp.value(QStringLiteral("toRole")).toString(), QStringLiteral("mailbox"));
    // Every delay after the first is known, never negative, and small on loopback.
    for (int i = 1; i < steps.size(); ++i) {
        const QJsonValue delay = steps.at(i).toObject().value(QStringLiteral("delaySeconds"));
        ASSERT_TRUE(delay.isDouble()) << journey.out.constData();
        EXPECT_GE(delay.toDouble(), 0.0);
        EXPECT_LE(delay.toDouble(), 60.0);
    }
}
