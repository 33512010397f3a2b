// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3RetrieveJob against an in-process POP3 server over implicit TLS (port 0):
// UIDL de-duplication, DELE only after the sink confirmed, a drop during RETR
// (no DELE, nothing deleted), and bounds. The fake server applies DELE only at
// QUIT, like a real one (RFC 1939 §6).
#include "TestTls.h"
#include "pop3/Pop3RetrieveJob.h"
#include "trace/TraceText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <ctime>
#include <gtest/gtest.h>
#include <iostream>

using namespace carteiro;
using namespace carteiro::test;

namespace {

int argc = 1;
char arg0[] = "unit_pop3";
char *argv[] = {arg0, nullptr};

struct FakeMessage
{
    QByteArray uidl;
    QByteArray raw; // CRLF line ends, not stuffed
};

class MemorySink : public MessageSink
{
public:
    bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error) override
    {
        if (refuse.contains(uidl)) {
            *error = QStringLiteral("disk full (test)");
            return false;
        }
        stored.insert(uidl, raw);
        return true;
    }
    QHash<QByteArray, QByteArray> stored;
    QSet<QByteArray> refuse;
};

// A small POP3 maildrop: CAPA, USER/PASS, UIDL, LIST, TOP, RETR, DELE, QUIT.
class FakePop3
{
public:
    FakePop3(const TlsIdentity &identity, bool implicitTls = true) : server(identity, implicitTls)
    {
        server.onConnection = [](QSslSocket *s) { s->write("+OK fake POP3 ready\r\n"); };
        server.onLine = [this](QSslSocket *s, const QByteArray &line) { onLine(s, line); };
    }

    static QByteArray stuffed(const QByteArray &raw)
    {
        QByteArray out;
        for (const QByteArray &l : raw.split('\n')) {
            if (l.isEmpty())
                continue;
            out += (l.startsWith('.') ? "." + l : l) + "\n";
        }
        return out + ".\r\n";
    }

    void onLine(QSslSocket *s, const QByteArray &line)
    {
        commands.append(line);
        const QList<QByteArray> w = line.split(' ');
        const QByteArray verb = w.value(0);
        const int n = w.value(1).toInt();
        const bool valid = n >= 1 && n <= messages.size() && !marked.contains(n);
        if (verb == "CAPA" && !s->isEncrypted()) {
            s->write("+OK\r\nSTLS\r\nUSER\r\n.\r\n");
        } else if (verb == "STLS") {
            // The attack of tests/README.md, case 3: forged capabilities in the same packet.
            s->write("+OK Begin TLS\r\n" + injectAfterStls);
            s->startServerEncryption();
        } else if (verb == "CAPA") {
            s->write("+OK\r\n" + QByteArray(userInsideTls ? "USER\r\n" : "") + "UIDL\r\nTOP\r\n" +
                     QByteArray(pipelining ? "PIPELINING\r\n" : "") + ".\r\n");
        } else if (verb == "PASS" && !passReply.isEmpty()) {
            s->write(passReply + "\r\n");
        } else if (verb == "USER" || verb == "PASS" || verb == "NOOP") {
            s->write("+OK\r\n");
        } else if (verb == "UIDL" && !uidl) {
            s->write("-ERR unknown command\r\n");
        } else if (verb == "UIDL") {
            QByteArray out = "+OK\r\n";
            for (int i = 1; i <= messages.size(); ++i)
                out += QByteArray::number(i) + ' ' + messages[i - 1].uidl + "\r\n";
            s->write(out + ".\r\n");
        } else if (verb == "LIST") {
            QByteArray out = "+OK\r\n";
            for (int i = 1; i <= messages.size(); ++i)
                out += QByteArray::number(i) + ' ' +
                       QByteArray::number(listSize.value(i, messages[i - 1].raw.size())) + "\r\n";
            s->write(out + ".\r\n");
        } else if (verb == "RETR" && valid) {
            const QByteArray body = stuffed(messages[n - 1].raw);
            if (n == dropDuringRetr) {
                s->write("+OK\r\n" + body.left(body.size() / 2));
                s->flush();
                s->disconnectFromHost();
                return;
            }
            s->write("+OK\r\n" + body);
        } else if (verb == "TOP" && valid) {
            const QByteArray raw = messages[n - 1].raw;
            s->write("+OK\r\n" + stuffed(raw.left(raw.indexOf("\r\n\r\n") + 4)));
        } else if (verb == "DELE" && valid) {
            marked.insert(n);
            s->write("+OK marked\r\n");
        } else if (verb == "QUIT") {
            deleted += marked; // UPDATE state
            s->write("+OK bye\r\n");
            s->disconnectFromHost();
        } else {
            s->write("-ERR no such message\r\n");
        }
    }

    ScriptedServer server;
    QList<FakeMessage> messages;
    QHash<int, qint64> listSize; // lies about sizes, per message
    bool pipelining = true;
    bool uidl = true;
    QByteArray passReply; // instead of +OK
    QByteArray injectAfterStls;
    bool userInsideTls = true;
    int dropDuringRetr = 0;
    QList<QByteArray> commands;
    QSet<int> marked, deleted;
};

class Pop3RetrieveJobTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        identity = makeSelfSigned(QStringLiteral("pop.example"), {QStringLiteral("localhost")},
                                  {QStringLiteral("127.0.0.1")});
        caFile = dir.filePath(QStringLiteral("ca.pem"));
        QFile f(caFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(identity.certificatePem);
        fake = std::make_unique<FakePop3>(identity);
        ASSERT_TRUE(fake->server.listen(QHostAddress::LocalHost, 0));
        for (int i = 1; i <= 3; ++i) {
            fake->messages.append({"uid-" + QByteArray::number(i),
                                   "Subject: message " + QByteArray::number(i) +
                                       "\r\n\r\n.starts with a dot\r\nline\r\n"});
        }
    }

    Pop3RetrieveJob::Outcome run(Pop3RetrieveJob::Options options, MessageSink *sink)
    {
        ChannelOptions ch;
        ch.host = QStringLiteral("127.0.0.1");
        ch.port = fake->server.serverPort();
        ch.security = TransportSecurity::ImplicitTls;
        ch.caFile = caFile;
        ch.connectTimeoutMs = 5000;
        ch.replyTimeoutMs = 5000;
        Pop3Session::Config cfg;
        cfg.security = TransportSecurity::ImplicitTls;
        cfg.credentials.username = QStringLiteral("bob");
        cfg.credentials.password = QStringLiteral("hunter2");
        job = std::make_unique<Pop3RetrieveJob>(&hub, ch, cfg, sink, std::move(options));
        bool done = false;
        QObject::connect(job.get(), &Pop3RetrieveJob::finished, [&done] { done = true; });
        job->start();
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < 15000) // a hang guard, not a timing check
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        EXPECT_TRUE(done);
        transcript = TraceText::format(hub.history(), false);
        EXPECT_FALSE(transcript.contains("hunter2"));
        return job->outcome();
    }

    QTemporaryDir dir;
    TlsIdentity identity;
    QString caFile;
    std::unique_ptr<FakePop3> fake;
    TraceHub hub;
    std::unique_ptr<Pop3RetrieveJob> job;
    QByteArray transcript;
};

using Mode = Pop3RetrieveJob::Mode;
using Status = Pop3RetrieveJob::Entry::Status;

} // namespace

TEST_F(Pop3RetrieveJobTest, KeepOnServerDownloadsOnlyUnknownUidls)
{
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.knownUidls = {"uid-2"};
    EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Succeeded) << job->errorMessage().toStdString();
    EXPECT_EQ(sink.stored.size(), 2);
    EXPECT_EQ(sink.stored.value("uid-1"), fake->messages[0].raw); // dot-unstuffed, byte for byte
    EXPECT_FALSE(fake->commands.contains("RETR 2"));
    for (const QByteArray &c : fake->commands)
        EXPECT_FALSE(c.startsWith("DELE")) << c.constData();
    EXPECT_EQ(job->entries().value(1).status, Status::Known);
    EXPECT_EQ(job->storedUidls(), (QList<QByteArray>{"uid-1", "uid-3"}));
    EXPECT_TRUE(job->deletedUidls().isEmpty());
    EXPECT_TRUE(fake->deleted.isEmpty());
}

TEST_F(Pop3RetrieveJobTest, DeleteModeDeletesOnlyWhatTheSinkConfirmedOrAlreadyHeld)
{
    for (const bool pipelining : {true, false}) {
        SetUp();
        fake->pipelining = pipelining;
        MemorySink sink;
        sink.refuse = {"uid-3"};
        Pop3RetrieveJob::Options o;
        o.mode = Mode::DownloadAndDelete;
        o.knownUidls = {"uid-1"};
        EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Failed);
        EXPECT_TRUE(job->errorMessage().contains(QStringLiteral("disk full"))) << job->errorMessage().toStdString();
        EXPECT_TRUE(fake->commands.contains("DELE 1")); // held by the store since an earlier run
        EXPECT_TRUE(fake->commands.contains("DELE 2"));
        EXPECT_FALSE(fake->commands.contains("DELE 3"));
        EXPECT_EQ(fake->deleted, (QSet<int>{1, 2}));
        EXPECT_EQ(job->deletedUidls(), (QList<QByteArray>{"uid-1", "uid-2"}));
        EXPECT_EQ(job->entries().value(2).status, Status::StoreFailed);
        // DELE goes out only after the store said yes to that very message.
        EXPECT_LT(fake->commands.indexOf("RETR 2"), fake->commands.indexOf("DELE 2"));
    }
}

TEST_F(Pop3RetrieveJobTest, DropDuringRetrMeansNoDeleAndNothingDeleted)
{
    fake->dropDuringRetr = 2;
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.mode = Mode::DownloadAndDelete;
    EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Failed);
    EXPECT_FALSE(job->errorMessage().isEmpty());
    EXPECT_FALSE(sink.stored.contains("uid-2")); // half a message is never stored
    EXPECT_FALSE(fake->commands.contains("DELE 2"));
    EXPECT_FALSE(fake->commands.contains("QUIT"));
    EXPECT_TRUE(fake->deleted.isEmpty()); // no QUIT: no UPDATE, even for DELE 1
    EXPECT_TRUE(job->deletedUidls().isEmpty());
}

TEST_F(Pop3RetrieveJobTest, ListOnlyWithTopHeadersRetrievesNothing)
{
    Pop3RetrieveJob::Options o;
    o.listOnly = true;
    o.topLines = 0;
    EXPECT_EQ(run(o, nullptr), Pop3RetrieveJob::Outcome::Succeeded) << job->errorMessage().toStdString();
    ASSERT_EQ(job->entries().size(), 3);
    EXPECT_EQ(job->entries()[2].headers, QByteArray("Subject: message 3\r\n\r\n"));
    EXPECT_EQ(job->entries()[2].info.size, fake->messages[2].raw.size());
    EXPECT_EQ(job->entries()[2].status, Status::NotSelected);
    for (const QByteArray &c : fake->commands) {
        EXPECT_FALSE(c.startsWith("RETR")) << c.constData();
        EXPECT_FALSE(c.startsWith("DELE")) << c.constData();
    }
}

TEST_F(Pop3RetrieveJobTest, RetrievalByUidlAndSelectionByHeaders)
{
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.onlyUidls = {"uid-2", "uid-3"};
    o.topLines = 0;
    o.select = [](const Pop3RetrieveJob::Entry &e) { return e.headers.contains("message 3"); };
    EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Succeeded) << job->errorMessage().toStdString();
    EXPECT_EQ(sink.stored.keys(), QList<QByteArray>{"uid-3"});
    EXPECT_FALSE(fake->commands.contains("TOP 1 0"));
}

TEST_F(Pop3RetrieveJobTest, OversizedMessagesAreSkippedOrCutOffWithoutDele)
{
    // Announced too large: skipped, and the others still come.
    fake->listSize.insert(2, 10 * 1024 * 1024);
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.mode = Mode::DownloadAndDelete;
    o.maxMessageBytes = 1024 * 1024;
    EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Succeeded) << job->errorMessage().toStdString();
    EXPECT_EQ(job->entries().value(1).status, Status::TooLarge);
    EXPECT_FALSE(fake->commands.contains("RETR 2"));
    EXPECT_EQ(fake->deleted, (QSet<int>{1, 3}));

    // Announced small but endless: the framer's bound stops it; nothing deleted.
    SetUp();
    fake->messages[0].raw = "Subject: big\r\n\r\n" + QByteArray(3 * 1024 * 1024, 'x') + "\r\n";
    fake->listSize.insert(1, 100);
    MemorySink sink2;
    EXPECT_EQ(run(o, &sink2), Pop3RetrieveJob::Outcome::Failed);
    EXPECT_TRUE(job->errorMessage().contains(QStringLiteral("1048576"))) << job->errorMessage().toStdString();
    EXPECT_TRUE(sink2.stored.isEmpty());
    EXPECT_TRUE(fake->deleted.isEmpty());
    EXPECT_FALSE(fake->commands.contains("QUIT"));
}

TEST_F(Pop3RetrieveJobTest, WithoutUidlNothingIsDownloaded)
{
    // Without unique-ids "keep on server" would download everything again next
    // time, and "delete" could not tell what the store holds: stop, politely.
    fake->uidl = false;
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.mode = Mode::DownloadAndDelete;
    EXPECT_EQ(run(o, &sink), Pop3RetrieveJob::Outcome::Failed);
    EXPECT_TRUE(job->errorMessage().startsWith(QStringLiteral("UIDL: "))) << job->errorMessage().toStdString();
    EXPECT_TRUE(sink.stored.isEmpty());
    EXPECT_TRUE(fake->commands.contains("QUIT"));
    for (const QByteArray &c : fake->commands) {
        EXPECT_FALSE(c.startsWith("RETR")) << c.constData();
        EXPECT_FALSE(c.startsWith("DELE")) << c.constData();
    }
}

TEST_F(Pop3RetrieveJobTest, CancelDropsWithoutQuit)
{
    MemorySink sink;
    Pop3RetrieveJob::Options o;
    o.mode = Mode::DownloadAndDelete;
    ChannelOptions ch;
    ch.host = QStringLiteral("127.0.0.1");
    ch.port = fake->server.serverPort();
    ch.security = TransportSecurity::ImplicitTls;
    ch.caFile = caFile;
    Pop3Session::Config cfg;
    cfg.security = TransportSecurity::ImplicitTls;
    cfg.credentials.username = QStringLiteral("bob");
    cfg.credentials.password = QStringLiteral("hunter2");
    Pop3RetrieveJob j(&hub, ch, cfg, &sink, o);
    bool done = false;
    QObject::connect(&j, &Pop3RetrieveJob::finished, [&done] { done = true; });
    // Cancel as soon as the first message is stored: its DELE never takes effect.
    QObject::connect(&j, &Pop3RetrieveJob::progress, [&](int stored, int) {
        if (stored >= 1)
            j.cancel();
    });
    j.start();
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(done);
    EXPECT_EQ(j.outcome(), Pop3RetrieveJob::Outcome::Cancelled);
    EXPECT_FALSE(fake->commands.contains("QUIT"));
    EXPECT_TRUE(fake->deleted.isEmpty());
    EXPECT_TRUE(j.deletedUidls().isEmpty());
}

TEST_F(Pop3RetrieveJobTest, LockedMaildropSaysRetryLater)
{
    for (const QByteArray &reply : {QByteArray("-ERR [IN-USE] Mailbox locked by another session"),
                                    QByteArray("-ERR [LOGIN-DELAY] wait 300 s"),
                                    QByteArray("-ERR [AUTH] Authentication failed.")}) {
        SetUp();
        fake->passReply = reply;
        MemorySink sink;
        EXPECT_EQ(run({}, &sink), Pop3RetrieveJob::Outcome::Failed);
        const QString error = job->errorMessage();
        EXPECT_TRUE(error.startsWith(QStringLiteral("PASS: "))) << error.toStdString();
        EXPECT_TRUE(error.contains(QString::fromLatin1(reply.mid(6, reply.indexOf(']') - 6))))
            << error.toStdString();
        EXPECT_EQ(job->retryLater(), !reply.contains("[AUTH]"));
        // The inspector explains the code on its own line, with its RFC.
        EXPECT_TRUE(transcript.contains("*: [" + reply.mid(6, reply.indexOf(']') - 6) + "] "))
            << transcript.constData();
        EXPECT_TRUE(transcript.contains("(RFC ")) << transcript.constData();
        EXPECT_FALSE(fake->commands.contains("UIDL"));
    }
}

// Not a timed test (tests/bench/README.md): run by hand with
//   unit_pop3 --gtest_also_run_disabled_tests --gtest_filter='*TenThousand*'
// 10,000 messages of ~4.4 KB through the whole job over TLS on loopback; the
// fake server shares the process and thread, so this is a ceiling, not the
// client's own cost (see Pop3ThroughputBench for the parsing alone).
TEST_F(Pop3RetrieveJobTest, DISABLED_TenThousandMessagesEndToEnd)
{
    QByteArray raw = "Subject: bench\r\nFrom: a@example.test\r\n\r\n";
    while (raw.size() < 4400)
        raw += "a line of body text, long enough to look like mail, .dots. and all\r\n";
    fake->messages.clear();
    for (int i = 1; i <= 10000; ++i)
        fake->messages.append({"u" + QByteArray::number(i), raw});
    for (int round = 0; round < 3; ++round) {
        fake->commands.clear();
        MemorySink sink;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu0 = std::clock();
        EXPECT_EQ(run({}, &sink), Pop3RetrieveJob::Outcome::Succeeded);
        const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        EXPECT_EQ(sink.stored.size(), 10000);
        std::cout << "round " << round << ": 10000 messages, " << 10000 * raw.size() / 1e6
                  << " MB in " << t.elapsed() << " ms wall, " << cpu * 1000
                  << " ms CPU (client + fake server)" << std::endl;
    }
}

TEST_F(Pop3RetrieveJobTest, StlsInjectionIsDiscardedAndCapaAskedAgain)
{
    for (const bool userInsideTls : {true, false}) {
        FakePop3 plain(identity, false);
        ASSERT_TRUE(plain.server.listen(QHostAddress::LocalHost, 0));
        plain.messages = fake->messages;
        plain.userInsideTls = userInsideTls;
        plain.injectAfterStls = "+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n";
        ChannelOptions ch;
        ch.host = QStringLiteral("127.0.0.1");
        ch.port = plain.server.serverPort();
        ch.security = TransportSecurity::StartTls;
        ch.caFile = caFile;
        Pop3Session::Config cfg;
        cfg.security = TransportSecurity::StartTls;
        cfg.credentials.username = QStringLiteral("bob");
        cfg.credentials.password = QStringLiteral("hunter2");
        MemorySink sink;
        TraceHub localHub;
        Pop3RetrieveJob j(&localHub, ch, cfg, &sink, {});
        bool done = false;
        QObject::connect(&j, &Pop3RetrieveJob::finished, [&done] { done = true; });
        j.start();
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ASSERT_TRUE(done);
        const QByteArray text = TraceText::format(localHub.history(), false);
        EXPECT_TRUE(text.contains("S: injection discarded: +OK\\r\\nUSER")) << text.constData();
        EXPECT_EQ(plain.commands.count("CAPA"), 2) << text.constData();
        EXPECT_LT(plain.commands.indexOf("STLS"), plain.commands.lastIndexOf("CAPA"));
        EXPECT_FALSE(plain.commands.contains("AUTH PLAIN"));
        if (userInsideTls) {
            EXPECT_EQ(j.outcome(), Pop3RetrieveJob::Outcome::Succeeded) << j.errorMessage().toStdString();
            EXPECT_EQ(sink.stored.size(), 3);
            EXPECT_GT(plain.commands.indexOf("USER bob"), plain.commands.indexOf("STLS"));
        } else {
            // Inside TLS the server offers neither USER nor SASL: what was injected
            // before the handshake must not make the client send credentials.
            EXPECT_EQ(j.outcome(), Pop3RetrieveJob::Outcome::Failed);
            EXPECT_FALSE(plain.commands.contains("USER bob"));
            EXPECT_TRUE(j.errorMessage().startsWith(QStringLiteral("AUTH: "))) << j.errorMessage().toStdString();
        }
    }
}
