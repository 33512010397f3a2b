// SPDX-License-Identifier: GPL-3.0-or-later
// StepGate on a Channel talking to an in-process loopback server (port 0): held
// commands never reach the socket, Next releases exactly one, Run to end
// releases all, Stop writes only QUIT / "<tag> LOGOUT" and closes; a DATA body
// is one step. TCP keeps order, so "the server received [A, QUIT]" proves that
// the commands held after A were never written.
#include "LoopbackFixture.h"
#include "net/StepGate.h"
#include "smtp/SubmissionJob.h"

#include <QTemporaryDir>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class StepGateTest : public LoopbackTest
{
protected:
    void SetUp() override
    {
        LoopbackTest::SetUp();
        server = std::make_unique<ScriptedServer>(identity, false);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        server->onLine = [this](QSslSocket *s, const QByteArray &line) {
            received << line;
            if (inBody) {
                if (line == ".") {
                    inBody = false;
                    s->write("250 2.0.0 Ok: queued as STEP1\r\n");
                }
                return;
            }
            if (line == "QUIT") {
                s->write("221 2.0.0 Bye\r\n");
                s->disconnectFromHost();
            } else if (line.endsWith(" LOGOUT")) {
                s->write("* BYE Logging out\r\n" + line.left(line.indexOf(' ')) + " OK Logout completed.\r\n");
                s->disconnectFromHost();
            } else if (line == "DATA") {
                inBody = true;
                s->write("354 End data with <CR><LF>.<CR><LF>\r\n");
            } else {
                s->write("250 ok " + line + "\r\n");
            }
        };
    }

    ChannelOptions options() const { return loopbackOptions(server->serverPort(), TransportSecurity::Plain); }

    // A plaintext submission without AUTH, as the loopback server expects it.
    static SmtpSession::Config smtpConfig()
    {
        SmtpSession::Config config;
        config.ehloName = "client.example";
        config.security = TransportSecurity::Plain;
        config.authenticate = false;
        return config;
    }

    // One message, alice -> bob, written to a file in `dir`.
    static SubmissionJob::Message message(const QTemporaryDir &dir, const QByteArray &subject)
    {
        const QString file = dir.filePath(QStringLiteral("m.eml"));
        const QByteArray bytes = "Subject: " + subject + "\r\n\r\nbody\r\n";
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        SmtpEnvelope envelope;
        envelope.from = "alice@example.test";
        envelope.recipients = {"bob@example.test"};
        envelope.size = bytes.size();
        return {file, envelope};
    }

    static QList<QByteArray> clientLines(const TraceHub &hub)
    {
        QList<QByteArray> out;
        for (const TraceEvent &e : hub.history())
            if (e.kind == TraceKind::Line && e.direction == Direction::ClientToServer)
                out << e.bytes;
        return out;
    }

    std::unique_ptr<ScriptedServer> server;
    QList<QByteArray> received;
    bool inBody = false;
};

} // namespace

TEST_F(StepGateTest, NextReleasesExactlyOneAndStopWritesOnlyQuit)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 step.example ESMTP\r\n"); };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    StepGate gate;
    channel.setStepGate(&gate);
    QList<StepInfo> held;
    QList<QByteArray> lines;
    bool closed = false;
    bool stopped = false;
    int finishedCount = 0;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &s) { held << s; });
    QObject::connect(&gate, &StepGate::finished, [&](bool byUser) {
        stopped = byUser;
        ++finishedCount;
    });
    QObject::connect(&channel, &Channel::closed, [&] { closed = true; });
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        lines << l;
        if (l.startsWith("220 ")) { // pipelined, as RFC 2920 allows
            channel.writeLine("MAIL FROM:<a@example.test>\r\n", "MAIL FROM:<a@example.test>", QStringLiteral("MAIL"));
            channel.writeLine("RCPT TO:<b@example.test>\r\n", "RCPT TO:<b@example.test>", QStringLiteral("RCPT"));
            channel.writeLine("DATA\r\n", "DATA", QStringLiteral("DATA"));
        }
    });
    channel.open(options());
    runUntil([&] { return held.size() >= 3; });
    ASSERT_EQ(held.size(), 3);
    EXPECT_EQ(held[0].traceText, QByteArray("MAIL FROM:<a@example.test>")); // the oldest, re-announced
    EXPECT_EQ(held[2].waiting, 2);
    EXPECT_EQ(held[2].verb, QStringLiteral("MAIL"));
    // Each held command comes with its explanation (LineExplainer, with its RFC).
    EXPECT_TRUE(held[0].explanation.known);
    EXPECT_TRUE(held[0].explanation.source.contains(QStringLiteral("RFC 5321"))) << held[0].explanation.source.toStdString();
    EXPECT_FALSE(held[0].explanation.text.isEmpty());
    EXPECT_EQ(gate.heldCount(), 3);
    EXPECT_TRUE(clientLines(hub).isEmpty()); // nothing traced before it is written

    gate.next();
    runUntil([&] { return lines.size() >= 2; });
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1], QByteArray("250 ok MAIL FROM:<a@example.test>"));
    EXPECT_EQ(gate.heldCount(), 2);
    EXPECT_EQ(held.last().verb, QStringLiteral("RCPT"));

    gate.next();
    runUntil([&] { return lines.size() >= 3; });
    EXPECT_EQ(lines.value(2), QByteArray("250 ok RCPT TO:<b@example.test>"));

    gate.stop();
    runUntil([&] { return closed; });
    EXPECT_TRUE(closed);
    EXPECT_TRUE(channel.stoppedByUser());
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::None); // a polite end, not a failure
    EXPECT_TRUE(stopped);
    EXPECT_EQ(finishedCount, 1);
    // TCP keeps order: DATA, held when Stop came, never reached the server.
    EXPECT_EQ(received, (QList<QByteArray>{"MAIL FROM:<a@example.test>", "RCPT TO:<b@example.test>", "QUIT"}));
    EXPECT_EQ(clientLines(hub), received);
    // The 221 is shown in the inspector but not handed to the protocol job.
    EXPECT_EQ(lines.size(), 3);
    bool byeTraced = false;
    for (const TraceEvent &e : hub.history())
        byeTraced = byeTraced || (e.direction == Direction::ServerToClient && e.bytes.startsWith("221"));
    EXPECT_TRUE(byeTraced);
}

TEST_F(StepGateTest, RunToEndReleasesEverythingAndOpensTheGate)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 step.example ESMTP\r\n"); };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    StepGate gate;
    channel.setStepGate(&gate);
    int heldCount = 0;
    bool finished = false, byUser = true;
    QList<QByteArray> lines;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &) { ++heldCount; });
    QObject::connect(&gate, &StepGate::finished, [&](bool stoppedByUser) {
        finished = true;
        byUser = stoppedByUser;
    });
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        lines << l;
        if (l.startsWith("220 ")) {
            channel.writeLine("NOOP\r\n", "NOOP", QStringLiteral("NOOP"));
            channel.writeLine("RSET\r\n", "RSET", QStringLiteral("RSET"));
        }
        if (l == "250 ok RSET")
            channel.writeLine("HELP\r\n", "HELP", QStringLiteral("HELP")); // after Run to end: not held
    });
    channel.open(options());
    runUntil([&] { return heldCount >= 2; });
    ASSERT_EQ(gate.heldCount(), 2);
    gate.runToEnd();
    runUntil([&] { return lines.contains("250 ok HELP"); });
    EXPECT_EQ(received, (QList<QByteArray>{"NOOP", "RSET", "HELP"}));
    EXPECT_TRUE(finished);
    EXPECT_FALSE(byUser);
    EXPECT_EQ(gate.mode(), StepGate::Mode::Open);
    EXPECT_EQ(heldCount, 2);
    EXPECT_FALSE(channel.stoppedByUser());
}

TEST_F(StepGateTest, DataBodyIsOneStep)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 step.example ESMTP\r\n"); };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    StepGate gate;
    channel.setStepGate(&gate);
    QList<StepInfo> held;
    QList<QByteArray> lines;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &s) { held << s; });
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        lines << l;
        if (l.startsWith("220 "))
            channel.writeLine("DATA\r\n", "DATA", QStringLiteral("DATA"));
        if (l.startsWith("354 ")) { // the body in pieces, as SubmissionJob streams it
            channel.writeBody("Subject: one step\r\n\r\n");
            channel.writeBody("..stuffed\r\n.\r\n");
            channel.traceBodySummary(35, "message, dot-stuffed, ended by CRLF.CRLF");
        }
    });
    channel.open(options());
    runUntil([&] { return held.size() >= 1; });
    gate.next(); // DATA
    runUntil([&] { return held.size() >= 2 && held.last().body && held.last().bodyBytes == 35; });
    ASSERT_GE(held.size(), 2);
    EXPECT_TRUE(held.last().body);
    EXPECT_EQ(gate.heldCount(), 1); // two writes, one step
    bool summaryTraced = false;
    for (const TraceEvent &e : hub.history())
        summaryTraced = summaryTraced || e.kind == TraceKind::BodySummary;
    EXPECT_FALSE(summaryTraced); // not before the body goes out
    gate.next(); // the whole body
    runUntil([&] { return lines.contains("250 2.0.0 Ok: queued as STEP1"); });
    EXPECT_EQ(received, (QList<QByteArray>{"DATA", "Subject: one step", "", "..stuffed", "."}));
    for (const TraceEvent &e : hub.history())
        summaryTraced = summaryTraced || (e.kind == TraceKind::BodySummary && e.bodyBytes == 35);
    EXPECT_TRUE(summaryTraced);
}

TEST_F(StepGateTest, ImapStopSendsLogoutWithANewTag)
{
    server->onConnection = [](QSslSocket *s) { s->write("* OK IMAP4rev1 ready\r\n"); };
    TraceHub hub;
    Channel channel(&hub, Protocol::Imap);
    StepGate gate;
    channel.setStepGate(&gate);
    int heldCount = 0;
    bool closed = false;
    QList<QByteArray> lines;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &) { ++heldCount; });
    QObject::connect(&channel, &Channel::closed, [&] { closed = true; });
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        lines << l;
        if (l.startsWith("* OK"))
            channel.writeLine("a1 CAPABILITY\r\n", "a1 CAPABILITY", QStringLiteral("CAPABILITY"));
        if (l == "250 ok a1 CAPABILITY")
            channel.writeLine("a2 SELECT INBOX\r\n", "a2 SELECT INBOX", QStringLiteral("SELECT"));
    });
    channel.open(options());
    runUntil([&] { return heldCount >= 1; });
    gate.next();
    runUntil([&] { return heldCount >= 2; });
    ASSERT_EQ(gate.heldCount(), 1);
    gate.stop();
    runUntil([&] { return closed; });
    EXPECT_EQ(received, (QList<QByteArray>{"a1 CAPABILITY", "a3 LOGOUT"}));
    EXPECT_TRUE(channel.stoppedByUser());
    EXPECT_EQ(lines.size(), 2); // greeting and the CAPABILITY answer; BYE and OK only traced
}

TEST_F(StepGateTest, SubmissionStoppedAfterRcptSendsNoDataAndReportsStopped)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 step.example ESMTP\r\n"); };
    TraceHub hub;
    StepGate gate;
    QTemporaryDir dir;
    SubmissionJob job(&hub, options(), smtpConfig(), {message(dir, "never sent")});
    job.setStepGate(&gate);
    StepInfo last;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &s) { last = s; });
    bool finished = false;
    QObject::connect(&job, &SubmissionJob::finished, [&] { finished = true; });
    job.start();
    // Next until the answer to RCPT is in: EHLO, MAIL, RCPT.
    for (const char *verb : {"EHLO", "MAIL", "RCPT"}) {
        runUntil([&] { return last.verb == QLatin1String(verb); });
        ASSERT_EQ(last.verb, QLatin1String(verb));
        gate.next();
    }
    runUntil([&] { return last.verb == QLatin1String("DATA"); }); // prepared after RCPT's 250
    ASSERT_EQ(last.verb, QStringLiteral("DATA"));
    gate.stop();
    runUntil([&] { return finished; });
    EXPECT_EQ(job.outcome(), SubmissionJob::Outcome::Cancelled);
    EXPECT_TRUE(job.stoppedByUser());
    EXPECT_EQ(job.errorMessage(), QStringLiteral("stopped by the user"));
    EXPECT_EQ(received, (QList<QByteArray>{"EHLO client.example", "MAIL FROM:<alice@example.test>",
                                           "RCPT TO:<bob@example.test>", "QUIT"}));
}

TEST_F(StepGateTest, StopWithTheDataBodyHeldClosesWithoutQuitAndNothingIsDelivered)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 step.example ESMTP\r\n"); };
    TraceHub hub;
    StepGate gate;
    QTemporaryDir dir;
    SubmissionJob job(&hub, options(), smtpConfig(), {message(dir, "held body")});
    job.setStepGate(&gate);
    StepInfo last;
    QObject::connect(&gate, &StepGate::commandHeld, [&](const StepInfo &s) { last = s; });
    bool finished = false;
    QObject::connect(&job, &SubmissionJob::finished, [&] { finished = true; });
    job.start();
    for (const char *verb : {"EHLO", "MAIL", "RCPT", "DATA"}) {
        runUntil([&] { return last.verb == QLatin1String(verb); });
        ASSERT_EQ(last.verb, QLatin1String(verb));
        gate.next();
    }
    runUntil([&] { return last.body; }); // 354 came: the body is prepared and held
    ASSERT_TRUE(last.body);
    gate.stop();
    runUntil([&] { return finished; });
    // Stopped, not "possibly sent": the body never left, no terminating dot.
    EXPECT_EQ(job.outcome(), SubmissionJob::Outcome::Cancelled) << job.errorMessage().toStdString();
    EXPECT_EQ(received, (QList<QByteArray>{"EHLO client.example", "MAIL FROM:<alice@example.test>",
                                           "RCPT TO:<bob@example.test>", "DATA"}));
    EXPECT_TRUE(inBody); // the server still waited for message lines: no QUIT among them
}
