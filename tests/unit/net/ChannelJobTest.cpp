// SPDX-License-Identifier: GPL-3.0-or-later
// ChannelJob (core/net/ChannelJob.h), the base of every protocol job, on a
// Channel talking to an in-process loopback server (port 0): each Channel
// signal reaches its hook once and in order, a closed connection is told to
// the session before onClosed, the first transport error is kept, secrets are
// masked before anything that carries them is written, and Stop in step mode
// ends the session as "stopped by the user".
#include "LoopbackFixture.h"
#include "net/ChannelJob.h"
#include "net/StepGate.h"
#include "sasl/SaslClient.h"

#include <QSignalSpy>

using namespace carteiro;
using namespace carteiro::test;

namespace {

// A job whose "session" is a list of what happened to it.
class RecordingJob : public ChannelJob
{
public:
    RecordingJob(TraceHub *hub, ChannelOptions options)
        : ChannelJob(hub, Protocol::Smtp, std::move(options))
    {
    }
    void start(const SaslCredentials &credentials)
    {
        addSecrets(credentials);
        openChannel();
    }
    void changeState(const QByteArray &change) { traceStateChanges({change}); }
    QString keptError() const { return transportError(); }
    Channel::ErrorKind keptKind() const { return transportErrorKind(); }

    QStringList events;
    QByteArray sendOnFirstFrame; // written once, after the greeting
    QByteArray closeOn;          // a frame starting with this closes the channel
    bool finished = false;

protected:
    void onConnected() override
    {
        events << QStringLiteral("connected");
        traceGreeting("a note for the class");
    }
    void onFrame(const QByteArray &frame) override
    {
        events << QStringLiteral("frame ") + QString::fromLatin1(frame);
        if (!sendOnFirstFrame.isEmpty()) {
            m_channel->writeLine(sendOnFirstFrame + "\r\n", sendOnFirstFrame);
            sendOnFirstFrame.clear();
        }
        if (!closeOn.isEmpty() && frame.startsWith(closeOn))
            m_channel->close();
    }
    void onFailed(Channel::ErrorKind kind, const QString &message) override
    {
        events << QStringLiteral("failed");
        ChannelJob::onFailed(kind, message);
    }
    void onClosed() override { events << QStringLiteral("closed"); }
    bool sessionFinished() const override { return finished; }
    void onConnectionLost(const QString &why) override
    {
        events << QStringLiteral("lost: ") + why;
        finished = true;
    }
    void onStoppedByUser() override
    {
        events << QStringLiteral("stopped");
        ChannelJob::onStoppedByUser();
    }
};

class ChannelJobTest : public LoopbackTest
{
protected:
    void SetUp() override
    {
        LoopbackTest::SetUp();
        server = std::make_unique<ScriptedServer>(identity, false);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
    }
    ChannelOptions options() const
    {
        return loopbackOptions(server->serverPort(), TransportSecurity::Plain);
    }

    std::unique_ptr<ScriptedServer> server;
};

} // namespace

TEST_F(ChannelJobTest, EverySignalReachesItsHookOnceInOrder)
{
    server->onConnection = [](QSslSocket *s) {
        s->write("220 job.example ESMTP\r\n");
        s->disconnectFromHost();
    };
    TraceHub hub;
    RecordingJob job(&hub, options());
    QSignalSpy states(&job, &ChannelJob::stateChanged);
    job.start({});
    runUntil([&] { return job.events.contains(QStringLiteral("closed")); });
    // A drop is a transport failure, told to the session once; closed comes last.
    EXPECT_EQ(job.events, (QStringList{QStringLiteral("connected"),
                                       QStringLiteral("frame 220 job.example ESMTP"),
                                       QStringLiteral("failed"),
                                       QStringLiteral("lost: the server closed the connection"),
                                       QStringLiteral("closed")}));
    EXPECT_FALSE(job.stoppedByUser());
    EXPECT_TRUE(job.failedOnTransport());
    EXPECT_EQ(job.keptKind(), Channel::ErrorKind::Closed);

    job.changeState("GREETING -> EHLO");
    ASSERT_EQ(states.size(), 1);
    EXPECT_EQ(states[0][0].toString(), QStringLiteral("EHLO"));
    QList<QString> traced;
    bool note = false;
    for (const TraceEvent &e : hub.history()) {
        if (e.kind == TraceKind::StateChange)
            traced << e.state;
        note = note || (e.kind == TraceKind::Info && e.bytes == "a note for the class");
    }
    EXPECT_EQ(traced, (QList<QString>{QStringLiteral("GREETING"), QStringLiteral("EHLO")}));
    EXPECT_TRUE(note);
}

TEST_F(ChannelJobTest, AChannelClosedBeforeTheSessionEndedIsToldToTheSession)
{
    server->onConnection = [](QSslSocket *s) { s->write("220 job.example ESMTP\r\n"); };
    server->onLine = [](QSslSocket *s, const QByteArray &) { s->write("221 bye\r\n"); };
    TraceHub hub;
    RecordingJob job(&hub, options());
    job.sendOnFirstFrame = "QUIT";
    job.closeOn = "221";
    job.start({});
    runUntil([&] { return job.events.contains(QStringLiteral("closed")); });
    EXPECT_EQ(job.events, (QStringList{QStringLiteral("connected"),
                                       QStringLiteral("frame 220 job.example ESMTP"),
                                       QStringLiteral("frame 221 bye"),
                                       QStringLiteral("lost: the server closed the connection"),
                                       QStringLiteral("closed")}));
    EXPECT_FALSE(job.failedOnTransport());
}

TEST_F(ChannelJobTest, TheFirstTransportErrorIsKeptAndToldToTheSession)
{
    ChannelOptions o = options();
    o.replyTimeoutMs = 300; // the server says nothing
    TraceHub hub;
    RecordingJob job(&hub, o);
    job.start({});
    runUntil([&] { return job.finished; });
    ASSERT_TRUE(job.finished);
    EXPECT_EQ(job.events.value(0), QStringLiteral("connected"));
    EXPECT_EQ(job.events.value(1), QStringLiteral("failed"));
    EXPECT_EQ(job.events.value(2), QStringLiteral("lost: ") + job.keptError());
    EXPECT_TRUE(job.failedOnTransport());
    EXPECT_EQ(job.keptKind(), Channel::ErrorKind::Timeout);
    EXPECT_EQ(job.events.count(QStringLiteral("failed")), 1);
}

TEST_F(ChannelJobTest, SecretsAreMaskedBeforeAnythingCarryingThemIsWritten)
{
    QList<QByteArray> received;
    server->onConnection = [](QSslSocket *s) { s->write("220 job.example ESMTP\r\n"); };
    server->onLine = [&](QSslSocket *s, const QByteArray &line) {
        received << line;
        s->write("221 bye\r\n");
        s->disconnectFromHost();
    };
    TraceHub hub;
    RecordingJob job(&hub, options());
    job.sendOnFirstFrame = "XSECRET hunter2-token";
    SaslCredentials credentials;
    credentials.password = QStringLiteral("hunter2-token");
    job.start(credentials);
    runUntil([&] { return job.events.contains(QStringLiteral("closed")); });
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received[0], QByteArray("XSECRET hunter2-token")); // the server gets it
    bool written = false;
    for (const TraceEvent &e : hub.history()) {
        EXPECT_FALSE(e.bytes.contains("hunter2")) << e.bytes.constData();
        written = written || (e.direction == Direction::ClientToServer && e.bytes.startsWith("XSECRET"));
    }
    EXPECT_TRUE(written); // the inspector saw the line, masked
}

TEST_F(ChannelJobTest, StopInStepModeEndsTheSessionAsStoppedByTheUser)
{
    QList<QByteArray> received;
    server->onConnection = [](QSslSocket *s) { s->write("220 job.example ESMTP\r\n"); };
    server->onLine = [&](QSslSocket *s, const QByteArray &line) {
        received << line;
        if (line == "QUIT") {
            s->write("221 2.0.0 Bye\r\n");
            s->disconnectFromHost();
        }
    };
    TraceHub hub;
    StepGate gate;
    RecordingJob job(&hub, options());
    job.setStepGate(&gate);
    job.sendOnFirstFrame = "NOOP";
    QSignalSpy held(&gate, &StepGate::commandHeld);
    job.start({});
    runUntil([&] { return !held.isEmpty(); });
    ASSERT_FALSE(held.isEmpty());
    gate.stop();
    runUntil([&] { return job.events.contains(QStringLiteral("closed")); });
    EXPECT_EQ(received, (QList<QByteArray>{"QUIT"})); // the held NOOP never left
    EXPECT_TRUE(job.stoppedByUser());
    EXPECT_FALSE(job.failedOnTransport());
    const qsizetype stopped = job.events.indexOf(QStringLiteral("stopped"));
    ASSERT_GE(stopped, 0);
    EXPECT_EQ(job.events.value(stopped + 1), QStringLiteral("lost: stopped by the user"));
    EXPECT_EQ(job.events.last(), QStringLiteral("closed"));
}
