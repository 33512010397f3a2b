// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode against the real lab: a submission through Postfix (which
// offers PIPELINING and CHUNKING) shows MAIL, RCPT, DATA, 354 and the body
// ended by the lone dot, each command after its reply, no BDAT, AUTH waiting
// for 334, and the inspector note saying what was switched off; the message
// reaches bob. POP3 in classroom mode logs in with USER and PASS inside TLS.
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "pop3/Pop3RetrieveJob.h"
#include "smtp/SubmissionJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

void runUntil(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

class NullSink : public MessageSink
{
public:
    bool storeMessage(const QByteArray &, const QByteArray &, QString *) override { return true; }
};

class ClassroomLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start";
        preset = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment::systemEnvironment());
        preset.account.classroomMode = true;
    }
    LabEnv lab;
    LabAccountPreset preset;
};

} // namespace

TEST_F(ClassroomLab, SubmissionShowsDataThe354AndTheLoneDotNeverBdat)
{
    QTemporaryDir dir;
    const QByteArray marker = "carteiro-classroom-" + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    const QString file = dir.filePath(QStringLiteral("m.eml"));
    const QByteArray message = "From: " + lab.alice.toUtf8() + "\r\nTo: " + lab.bob.toUtf8() + "\r\nSubject: " +
                               marker + "\r\n\r\nOla Bob.\r\n.linha com ponto\r\n";
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(message);
    }
    SmtpEnvelope envelope;
    envelope.from = lab.alice.toUtf8();
    envelope.recipients = {lab.bob.toUtf8()};
    envelope.size = message.size();
    TraceHub hub;
    const AccountSettings &a = preset.account;
    SubmissionJob job(&hub, a.smtpChannel(), a.smtpConfig(preset.password), {{file, envelope}});
    bool finished = false;
    QObject::connect(&job, &SubmissionJob::finished, [&] { finished = true; });
    job.start();
    runUntil([&] { return finished; });
    ASSERT_EQ(job.outcome(), SubmissionJob::Outcome::Sent) << job.errorMessage().toStdString();

    QList<QByteArray> client, server;
    bool note = false;
    for (const TraceEvent &e : hub.history(job.channel()->connectionId())) {
        if (e.kind == TraceKind::Info && e.bytes.startsWith("Classroom mode: PIPELINING, CHUNKING and SASL-IR"))
            note = true;
        if (e.kind != TraceKind::Line && e.kind != TraceKind::BodySummary)
            continue;
        (e.direction == Direction::ClientToServer ? client : server) << e.bytes;
        EXPECT_FALSE(e.bytes.contains(preset.password.toUtf8())) << e.bytes.constData();
    }
    EXPECT_TRUE(note);
    bool ehloOffersChunking = false, ehloOffersPipelining = false, got354 = false;
    for (const QByteArray &s : server) {
        ehloOffersChunking = ehloOffersChunking || s.contains("CHUNKING");
        ehloOffersPipelining = ehloOffersPipelining || s.contains("PIPELINING");
        got354 = got354 || s.startsWith("354");
    }
    EXPECT_TRUE(ehloOffersChunking); // the server offers it; classroom mode does not use it
    EXPECT_TRUE(ehloOffersPipelining);
    EXPECT_TRUE(got354);
    QStringList verbs;
    for (const QByteArray &c : client) {
        EXPECT_FALSE(c.startsWith("BDAT")) << c.constData();
        verbs << QString::fromLatin1(c.left(c.indexOf(' ') < 0 ? c.size() : c.indexOf(' ')));
    }
    const int data = verbs.indexOf(QStringLiteral("DATA"));
    ASSERT_GE(data, 0) << verbs.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(client.contains("AUTH PLAIN") || client.contains("AUTH SCRAM-SHA-256") ||
                client.contains("AUTH CRAM-MD5") || client.contains("AUTH LOGIN"))
        << "AUTH without an initial response: " << verbs.join(QLatin1Char(' ')).toStdString();
    // Each command after the reply to the previous one: in the transcript the
    // events alternate C:, S: from MAIL to DATA.
    QList<Direction> order;
    bool inTransaction = false;
    for (const TraceEvent &e : hub.history(job.channel()->connectionId())) {
        if (e.kind != TraceKind::Line)
            continue;
        if (e.direction == Direction::ClientToServer && e.verb == QLatin1String("MAIL"))
            inTransaction = true;
        if (inTransaction)
            order << e.direction;
        if (e.direction == Direction::ServerToClient && e.bytes.startsWith("354"))
            break;
    }
    ASSERT_EQ(order.size(), 6); // MAIL 250 RCPT 250 DATA 354
    for (int i = 0; i < order.size(); ++i)
        EXPECT_EQ(order[i], i % 2 == 0 ? Direction::ClientToServer : Direction::ServerToClient) << i;
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, marker, 30000).isEmpty());
}

TEST_F(ClassroomLab, Pop3UsesUserAndPassInsideTls)
{
    preset = LabAccountPreset::make(QStringLiteral("bob"), QProcessEnvironment::systemEnvironment());
    preset.account.classroomMode = true;
    preset.account.classroomPop3UserPass = true;
    TraceHub hub;
    NullSink sink;
    Pop3RetrieveJob::Options options;
    options.listOnly = true;
    const AccountSettings &a = preset.account;
    Pop3RetrieveJob job(&hub, a.pop3Channel(), a.pop3Config(preset.password), &sink, options);
    bool finished = false;
    QObject::connect(&job, &Pop3RetrieveJob::finished, [&] { finished = true; });
    job.start();
    runUntil([&] { return finished; });
    ASSERT_EQ(job.outcome(), Pop3RetrieveJob::Outcome::Succeeded) << job.errorMessage().toStdString();
    bool user = false, pass = false, note = false;
    for (const TraceEvent &e : hub.history(job.channel()->connectionId())) {
        if (e.direction == Direction::ClientToServer && e.kind == TraceKind::Line) {
            user = user || (e.bytes.startsWith("USER ") && e.insideTls);
            pass = pass || (e.bytes == "PASS *****" && e.insideTls);
            EXPECT_FALSE(e.bytes.startsWith("AUTH")) << e.bytes.constData();
        }
        note = note || (e.kind == TraceKind::Info && e.bytes.contains("USER and PASS"));
        EXPECT_FALSE(e.bytes.contains(preset.password.toUtf8())) << e.bytes.constData();
    }
    EXPECT_TRUE(user);
    EXPECT_TRUE(pass);
    EXPECT_TRUE(note);
}
