// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3RetrieveJob against the real lab Dovecot (POP3 995 implicit TLS, 110 with
// STLS, the non-local 127.0.0.2 listener). Bob's mailbox is shared with other
// tests: each test sends its own messages with a unique marker in the Subject,
// selects messages by that marker in their TOP headers and only ever deletes those.
#include "Fixtures.h"
#include "LabEnv.h"
#include "mime/MimeTree.h"
#include "pop3/Pop3DirectorySink.h"
#include "pop3/Pop3RetrieveJob.h"
#include "trace/TraceText.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>

using namespace carteiro;
using namespace carteiro::test;

namespace {

// Keeps what it is given in memory; refuses messages `refuse` says no to.
class MemorySink : public MessageSink
{
public:
    bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error) override
    {
        if (refuse && refuse(raw)) {
            *error = QStringLiteral("refused by the test sink");
            return false;
        }
        stored.insert(uidl, raw);
        return true;
    }
    QHash<QByteArray, QByteArray> stored;
    std::function<bool(const QByteArray &)> refuse;
};

struct JobRun
{
    Pop3RetrieveJob::Outcome outcome = Pop3RetrieveJob::Outcome::Running;
    QString error;
    QList<Pop3RetrieveJob::Entry> entries;
    QList<QByteArray> deleted;
    QList<TraceEvent> events;
    QByteArray transcript;
    bool transport = false;
};

class Pop3Lab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start";
        marker = "carteiro-pop3-it-" + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    }

    ChannelOptions channel(TransportSecurity security, quint16 port, const QString &host = {}) const
    {
        ChannelOptions o;
        o.host = host.isEmpty() ? lab.host : host;
        o.port = port;
        o.security = security;
        o.caFile = lab.caFile;
        o.connectTimeoutMs = 10000;
        o.replyTimeoutMs = 30000;
        return o;
    }

    Pop3Session::Config config(TransportSecurity security) const
    {
        Pop3Session::Config c;
        c.security = security;
        c.credentials.username = lab.bob;
        c.credentials.password = lab.bobPassword;
        return c;
    }

    // Selects only this test's messages: the marker must be in the TOP headers.
    Pop3RetrieveJob::Options ours(Pop3RetrieveJob::Mode mode) const
    {
        Pop3RetrieveJob::Options o;
        o.mode = mode;
        o.topLines = 0;
        const QByteArray m = marker;
        o.select = [m](const Pop3RetrieveJob::Entry &e) { return e.headers.contains(m); };
        return o;
    }

    JobRun run(const ChannelOptions &ch, const Pop3Session::Config &cfg, MessageSink *sink,
               const Pop3RetrieveJob::Options &options) const
    {
        TraceHub hub;
        Pop3RetrieveJob job(&hub, ch, cfg, sink, options);
        QEventLoop loop;
        QObject::connect(&job, &Pop3RetrieveJob::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        JobRun r;
        r.outcome = job.outcome();
        r.error = job.errorMessage();
        r.entries = job.entries();
        r.deleted = job.deletedUidls();
        r.transport = job.failedOnTransport();
        r.events = hub.history();
        r.transcript = TraceText::format(r.events, false);
        if (qEnvironmentVariableIsSet("CARTEIRO_IT_SHOW_TRACE")) // for a look at what the inspector shows
            std::cerr << r.transcript.constData() << std::endl;
        // tests/README.md, case 25: never the password, raw or base64.
        const QByteArray pw = lab.bobPassword.toUtf8();
        EXPECT_FALSE(r.transcript.contains(pw)) << r.transcript.constData();
        EXPECT_FALSE(r.transcript.contains(pw.toBase64()));
        return r;
    }

    // Sends bob a message from alice through the lab's submission port.
    // With `readyMessage`, that file is sent as it is (--message).
    QString send(const QString &subject, const QStringList &attachments = {},
                 const QString &readyMessage = {}) const
    {
        QStringList args = {QStringLiteral("send"),
                            QStringLiteral("--server"), QStringLiteral("smtp://%1:%2").arg(lab.host).arg(lab.submission),
                            QStringLiteral("--user"), lab.alice,
                            QStringLiteral("--from"), lab.alice,
                            QStringLiteral("--to"), lab.bob,
                            QStringLiteral("--ca-file"), lab.caFile};
        if (readyMessage.isEmpty())
            args << QStringLiteral("--subject") << subject << QStringLiteral("--body")
                 << QStringLiteral("Olá Bob,\nsegue a foto e o áudio.\n");
        else
            args << QStringLiteral("--message") << readyMessage;
        for (const QString &a : attachments)
            args << QStringLiteral("--attach") << a;
        const CliRun r = runCli(args, {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        const QString path = lab.waitForDelivery(lab.bob, subject.toUtf8());
        EXPECT_FALSE(path.isEmpty()) << "not delivered: " << subject.toStdString();
        return path;
    }

    static QList<const Pop3RetrieveJob::Entry *> withStatus(const JobRun &r, Pop3RetrieveJob::Entry::Status s)
    {
        QList<const Pop3RetrieveJob::Entry *> out;
        for (const auto &e : r.entries)
            if (e.status == s)
                out.append(&e);
        return out;
    }

    // The index of the first event whose text starts with `prefix`, or -1.
    static qsizetype indexOf(const JobRun &r, const QByteArray &prefix, qsizetype from = 0)
    {
        for (qsizetype i = from; i < r.events.size(); ++i)
            if (TraceText::line(r.events[i]).startsWith(prefix))
                return i;
        return -1;
    }

    static void expectCredentialsOnlyInsideTls(const JobRun &r)
    {
        for (const TraceEvent &e : r.events) {
            if (e.direction != Direction::ClientToServer)
                continue;
            if (e.verb == QStringLiteral("USER") || e.verb == QStringLiteral("PASS") ||
                e.verb == QStringLiteral("AUTH") || e.verb == QStringLiteral("APOP")) {
                EXPECT_TRUE(e.insideTls) << TraceText::line(e).constData();
            }
        }
    }

    LabEnv lab;
    QByteArray marker;
};

using Status = Pop3RetrieveJob::Entry::Status;
using Mode = Pop3RetrieveJob::Mode;

} // namespace

TEST_F(Pop3Lab, LogsInOverImplicitTls995WithStrongestSasl)
{
    Pop3RetrieveJob::Options o;
    o.listOnly = true;
    const JobRun r = run(channel(TransportSecurity::ImplicitTls, lab.pop3s),
                         config(TransportSecurity::ImplicitTls), nullptr, o);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString() << r.transcript.constData();
    EXPECT_LT(indexOf(r, "*: TLS established: TLSv1."), indexOf(r, "C: CAPA"));
    EXPECT_GE(indexOf(r, "C: AUTH SCRAM-SHA-256"), 0) << r.transcript.constData();
    EXPECT_GE(indexOf(r, "C: UIDL"), 0);
    EXPECT_GE(indexOf(r, "C: QUIT"), 0);
    EXPECT_EQ(indexOf(r, "C: RETR"), -1);
    EXPECT_EQ(indexOf(r, "C: DELE"), -1);
    expectCredentialsOnlyInsideTls(r);
}

TEST_F(Pop3Lab, LogsInOver110WithStlsAndAsksCapaAgain)
{
    Pop3RetrieveJob::Options o;
    o.listOnly = true;
    const JobRun r = run(channel(TransportSecurity::StartTls, lab.pop3),
                         config(TransportSecurity::StartTls), nullptr, o);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString() << r.transcript.constData();
    const qsizetype stls = indexOf(r, "C: STLS");
    const qsizetype tls = indexOf(r, "*: TLS established");
    const qsizetype capa2 = indexOf(r, "C: CAPA", tls);
    const qsizetype auth = indexOf(r, "C: AUTH");
    ASSERT_GE(stls, 0) << r.transcript.constData();
    EXPECT_LT(stls, tls);
    EXPECT_LT(tls, capa2);
    EXPECT_LT(capa2, auth);
    expectCredentialsOnlyInsideTls(r);
}

TEST_F(Pop3Lab, NonLocalListenerGetsNoCredentialsBeforeStls)
{
    // 127.0.0.2 is not "secured" for Dovecot: before STLS it offers no USER and
    // no PLAIN, but does offer SASL CRAM-MD5 and SCRAM. None of them may go out.
    Pop3RetrieveJob::Options o;
    o.listOnly = true;
    JobRun r = run(channel(TransportSecurity::StartTls, lab.pop3, lab.host2),
                   config(TransportSecurity::StartTls), nullptr, o);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString() << r.transcript.constData();
    const qsizetype tls = indexOf(r, "*: TLS established");
    ASSERT_GE(tls, 0);
    for (const char *verb : {"C: USER", "C: PASS", "C: AUTH", "C: APOP"}) {
        const qsizetype at = indexOf(r, verb);
        if (at >= 0) {
            EXPECT_GT(at, tls) << verb;
        }
    }
    EXPECT_GE(indexOf(r, "C: AUTH", tls), 0);
    expectCredentialsOnlyInsideTls(r);

    // The same listener as a plaintext lab account without plaintext auth allowed:
    // the client stops before any credential.
    r = run(channel(TransportSecurity::Plain, lab.pop3, lab.host2),
            config(TransportSecurity::Plain), nullptr, o);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Failed);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("AUTH: "))) << r.error.toStdString();
    for (const char *verb : {"C: USER", "C: PASS", "C: AUTH", "C: APOP"})
        EXPECT_EQ(indexOf(r, verb), -1) << verb << "\n" << r.transcript.constData();
}

TEST_F(Pop3Lab, WrongCaStopsBeforeCredentials)
{
    ChannelOptions ch = channel(TransportSecurity::ImplicitTls, lab.pop3s);
    ch.caFile = lab.wrongCaFile;
    Pop3RetrieveJob::Options o;
    o.listOnly = true;
    const JobRun r = run(ch, config(TransportSecurity::ImplicitTls), nullptr, o);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Failed);
    EXPECT_TRUE(r.transport);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("TLS: "))) << r.error.toStdString();
    for (const char *verb : {"C: CAPA", "C: USER", "C: PASS", "C: AUTH"})
        EXPECT_EQ(indexOf(r, verb), -1) << verb;
}

TEST_F(Pop3Lab, RetrievesAttachmentsByteForByteAndKeepOnServerDoesNotRepeat)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray png = makePng(200, 120);
    const QByteArray wav = makeWav(800);
    const QString pngPath = dir.filePath(QStringLiteral("foto.png"));
    const QString wavPath = dir.filePath(QStringLiteral("recado.wav"));
    ASSERT_TRUE(writeFile(pngPath, png));
    ASSERT_TRUE(writeFile(wavPath, wav));
    const QString subject = QStringLiteral("POP3 anexos ") + QString::fromLatin1(marker);
    const QString path = send(subject, {pngPath, wavPath});
    ASSERT_FALSE(path.isEmpty());

    // Into a folder store, as `carteiro-cli fetch` will: one durable file per UIDL.
    Pop3DirectorySink sink(dir.filePath(QStringLiteral("store")));
    JobRun r = run(channel(TransportSecurity::ImplicitTls, lab.pop3s),
                   config(TransportSecurity::ImplicitTls), &sink, ours(Mode::KeepOnServer));
    ASSERT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString();
    ASSERT_EQ(sink.storedUidls().size(), 1) << r.transcript.constData();
    const QByteArray uidl = *sink.storedUidls().begin();
    const QByteArray raw = readFile(sink.pathFor(uidl));
    const QList<const Pop3RetrieveJob::Entry *> stored = withStatus(r, Status::Stored);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0]->info.uidl, uidl);
    EXPECT_EQ(stored[0]->info.size, raw.size()); // LIST's octets, CRLF included
    EXPECT_EQ(indexOf(r, "C: DELE"), -1);
    // The inspector shows the body as one summary line, not its content.
    EXPECT_GE(indexOf(r, "S: <body: " + QByteArray::number(raw.size()) + " bytes"), 0)
        << r.transcript.constData();

    // The Maildir file (LF line ends) and what RETR gave (CRLF, dot-unstuffed) are
    // the same message.
    const QString now = lab.waitForDelivery(lab.bob, marker, 2000); // RETR may have moved it to cur/
    ASSERT_FALSE(now.isEmpty());
    QByteArray file = readFile(now);
    EXPECT_FALSE(file.contains('\r'));
    file.replace("\n", "\r\n");
    EXPECT_EQ(raw, file);

    QString error;
    const auto tree = MimeTree::parse(raw, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    int found = 0;
    std::function<void(const MimeNode &)> walk = [&](const MimeNode &n) {
        if (n.fileName == QStringLiteral("foto.png")) {
            EXPECT_EQ(MimeTree::decodedBody(raw, n), png);
            ++found;
        }
        if (n.fileName == QStringLiteral("recado.wav")) {
            EXPECT_EQ(MimeTree::decodedBody(raw, n), wav);
            ++found;
        }
        for (const MimeNode &c : n.children)
            walk(c);
    };
    walk(*tree);
    EXPECT_EQ(found, 2) << MimeTree::format(*tree).toStdString();

    // Second run, keep on server: the UIDL is known, nothing is downloaded again.
    MemorySink again;
    Pop3RetrieveJob::Options o = ours(Mode::KeepOnServer);
    o.knownUidls = sink.storedUidls(); // what the store remembers
    r = run(channel(TransportSecurity::ImplicitTls, lab.pop3s), config(TransportSecurity::ImplicitTls),
            &again, o);
    ASSERT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString();
    EXPECT_TRUE(again.stored.isEmpty());
    const QList<const Pop3RetrieveJob::Entry *> known = withStatus(r, Status::Known);
    ASSERT_EQ(known.size(), 1);
    EXPECT_EQ(known[0]->info.uidl, uidl);
    EXPECT_EQ(indexOf(r, "C: RETR"), -1) << r.transcript.constData();
    EXPECT_EQ(indexOf(r, "C: DELE"), -1);
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, marker, 500).isEmpty()) << "kept on the server";

    // Clean up our own message only: download-and-delete with its UIDL known.
    Pop3RetrieveJob::Options cleanup = ours(Mode::DownloadAndDelete);
    cleanup.knownUidls.insert(uidl);
    r = run(channel(TransportSecurity::ImplicitTls, lab.pop3s), config(TransportSecurity::ImplicitTls),
            &again, cleanup);
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString();
    EXPECT_EQ(r.deleted, QList<QByteArray>{uidl});
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker, 300).isEmpty());
}

TEST_F(Pop3Lab, DownloadAndDeleteDeletesOnlyWhatTheSinkStored)
{
    const QString keepSubject = QStringLiteral("POP3 refused-by-store ") + QString::fromLatin1(marker);
    const QString takeSubject = QStringLiteral("POP3 stored ") + QString::fromLatin1(marker);
    ASSERT_FALSE(send(keepSubject).isEmpty());
    // A 7bit message whose lines start with "." travels dot-stuffed both ways
    // (SMTP DATA, then POP3 RETR): what the store gets must be the Maildir file.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString eml = dir.filePath(QStringLiteral("dots.eml"));
    ASSERT_TRUE(writeFile(eml, "From: " + lab.alice.toUtf8() + "\r\nTo: " + lab.bob.toUtf8() +
                                   "\r\nSubject: " + takeSubject.toUtf8() +
                                   "\r\nMessage-ID: <" + marker + "@example.test>\r\n"
                                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                                   "first\r\n.\r\n..two dots\r\n. space\r\n.\r\nlast\r\n"));
    const QString takePath = send(takeSubject, {}, eml);
    ASSERT_FALSE(takePath.isEmpty());
    QByteArray takeFile = readFile(takePath);
    takeFile.replace("\n", "\r\n");

    MemorySink sink;
    sink.refuse = [](const QByteArray &raw) { return raw.contains("refused-by-store"); };
    JobRun r = run(channel(TransportSecurity::StartTls, lab.pop3),
                   config(TransportSecurity::StartTls), &sink, ours(Mode::DownloadAndDelete));
    // A message the store refused makes the run a failure, and it stays on the server.
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Failed);
    EXPECT_TRUE(r.error.contains(QStringLiteral("refused by the test sink"))) << r.error.toStdString();
    ASSERT_EQ(sink.stored.size(), 1) << r.transcript.constData();
    const QByteArray storedUidl = sink.stored.keys().first();
    EXPECT_TRUE(sink.stored.value(storedUidl).contains(takeSubject.toUtf8()));
    EXPECT_EQ(sink.stored.value(storedUidl), takeFile);
    EXPECT_TRUE(takeFile.endsWith("\r\nfirst\r\n.\r\n..two dots\r\n. space\r\n.\r\nlast\r\n"))
        << takeFile.constData();
    EXPECT_EQ(r.deleted, QList<QByteArray>{storedUidl});
    const QList<const Pop3RetrieveJob::Entry *> failed = withStatus(r, Status::StoreFailed);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(failed[0]->markedForDeletion);
    EXPECT_EQ(indexOf(r, "C: DELE " + QByteArray::number(failed[0]->info.number)), -1);
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, takeSubject.toUtf8(), 300).isEmpty()) << "stored one deleted";
    EXPECT_FALSE(lab.waitForDelivery(lab.bob, keepSubject.toUtf8(), 300).isEmpty()) << "refused one kept";

    // Clean up: now the store takes it, and only then is it deleted.
    MemorySink all;
    r = run(channel(TransportSecurity::StartTls, lab.pop3), config(TransportSecurity::StartTls),
            &all, ours(Mode::DownloadAndDelete));
    EXPECT_EQ(r.outcome, Pop3RetrieveJob::Outcome::Succeeded) << r.error.toStdString();
    EXPECT_EQ(all.stored.size(), 1);
    EXPECT_EQ(r.deleted.size(), 1);
    EXPECT_TRUE(lab.waitForDelivery(lab.bob, marker, 300).isEmpty());
}
