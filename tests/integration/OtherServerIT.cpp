// SPDX-License-Identifier: GPL-3.0-or-later
// Carteiro against a second real IMAP/POP3 implementation: GNU Mailutils
// imap4d and pop3d of the lab (tests/lab/README.md), beside the Dovecot tests.
// What it does differently, and what Carteiro must survive: every GNU SASL
// mechanism listed though only PLAIN and LOGIN work (the user's choice is
// honoured, LOGIN being the LOGIN command), "OK AUTHENTICATE ... successful"
// ended by a bare LF (read as a line end and flagged in the inspector), no
// SPECIAL-USE or LIST-STATUS, an APOP timestamp in the POP3 greeting although
// APOP fails (USER/PASS next inside TLS, with a note). Messages are put in the
// Mailutils store with IMAP APPEND; each test marks its own.
#include "LabEnv.h"
#include "imap/ImapConnection.h"
#include "pop3/Pop3RetrieveJob.h"
#include "trace/TraceText.h"

#include <QDateTime>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class MemorySink : public MessageSink
{
public:
    bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *) override
    {
        stored.insert(uidl, raw);
        return true;
    }
    QHash<QByteArray, QByteArray> stored;
};

class OtherServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start";
        imap = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_MU_IMAP_PORT"));
        imaps = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_MU_IMAPS_PORT"));
        pop3 = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_MU_POP3_PORT"));
        pop3s = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_MU_POP3S_PORT"));
        if (!imap || !imaps || !pop3 || !pop3s)
            GTEST_SKIP() << "the running lab predates its GNU Mailutils servers (no CARTEIRO_LAB_MU_* "
                            "variables): restart it with tests/lab/mail-lab.sh restart";
        marker = "carteiro-mu-it-" + QUuid::createUuid().toString(QUuid::Id128).left(16).toLatin1();
    }

    void TearDown() override
    {
        // tests/README.md, case 25: the transcript never holds a password, raw or base64.
        const QByteArray text = TraceText::format(hub.history(), false);
        for (const QString &pw : {lab.alicePassword, lab.bobPassword}) {
            EXPECT_FALSE(text.contains(pw.toUtf8())) << "password in the transcript";
            EXPECT_FALSE(text.contains(pw.toUtf8().toBase64()));
        }
    }

    ChannelOptions channel(TransportSecurity security, quint16 port) const
    {
        ChannelOptions o;
        o.host = lab.host;
        o.port = port;
        o.security = security;
        o.caFile = lab.caFile;
        o.connectTimeoutMs = 10000;
        o.replyTimeoutMs = 20000;
        o.label = QStringLiteral("mailutils test");
        return o;
    }

    std::unique_ptr<ImapConnection> imapAs(const QString &user, const QString &password, const QString &mechanism,
                                           TransportSecurity security)
    {
        ImapSession::Config c;
        c.security = security == TransportSecurity::ImplicitTls ? TransportSecurity::ImplicitTls
                                                                 : TransportSecurity::StartTls;
        c.credentials.username = user;
        c.credentials.password = password;
        c.mechanism = mechanism;
        return std::make_unique<ImapConnection>(
            &hub, channel(security, security == TransportSecurity::ImplicitTls ? imaps : imap), c);
    }

    static bool openAndWait(ImapConnection &c)
    {
        QSignalSpy ready(&c, &ImapConnection::ready);
        QSignalSpy failed(&c, &ImapConnection::failed);
        c.open();
        return QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, 30000) &&
               ready.count() > 0;
    }

    static ImapCompletion run(ImapConnection &c, ImapCommand command)
    {
        const quint64 job = c.submit(std::move(command));
        ImapCompletion result;
        bool done = false;
        const auto conn = QObject::connect(&c, &ImapConnection::jobFinished,
                                           [&](quint64 id, const ImapCompletion &r) {
                                               if (id == job) {
                                                   result = r;
                                                   done = true;
                                               }
                                           });
        (void)QTest::qWaitFor([&] { return done || c.session().isFinished(); }, 30000);
        QObject::disconnect(conn);
        EXPECT_TRUE(done) << "job " << job << " did not finish: " << c.errorMessage().toStdString();
        return result;
    }

    QByteArray message(const QByteArray &to) const
    {
        return "From: " + lab.alice.toUtf8() + "\r\nTo: " + to + "\r\nSubject: " + marker +
               "\r\nMessage-ID: <" + marker + "@example.test>\r\n\r\nOla from the Mailutils test.\r\n";
    }

    // Puts a message in user's Mailutils INBOX with IMAP APPEND (PLAIN chosen).
    void append(const QString &user, const QString &password)
    {
        auto c = imapAs(user, password, QStringLiteral("PLAIN"), TransportSecurity::ImplicitTls);
        ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
        const ImapCompletion r =
            run(*c, ImapCommand::append(QStringLiteral("INBOX"), {}, QDateTime::currentDateTime(),
                                        message(user.toUtf8())));
        ASSERT_TRUE(r.ok) << r.text.toStdString();
        // imap4d gives a message in new/ a UID that a read-write SELECT may change
        // when it moves it to cur/ (UIDVALIDITY unchanged, against RFC 3501 §2.3.1.1):
        // settle it here, so the tests see the UID they will keep.
        ASSERT_TRUE(run(*c, ImapCommand::select(QStringLiteral("INBOX"), false, false)).ok);
        run(*c, ImapCommand::logout());
    }

    // Deletes this test's messages from user's Mailutils INBOX.
    void removeOurs(const QString &user, const QString &password)
    {
        auto c = imapAs(user, password, QStringLiteral("LOGIN"), TransportSecurity::ImplicitTls);
        ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
        ASSERT_TRUE(run(*c, ImapCommand::select(QStringLiteral("INBOX"), false, false)).ok);
        const ImapCompletion found = run(*c, ImapCommand::uidSearch("SUBJECT " + marker));
        for (const quint32 uid : found.uids)
            EXPECT_TRUE(run(*c, ImapCommand::uidStore(ImapSequenceSet::fromRange(uid, uid),
                                                      ImapCommand::StoreMode::Add, {"\\Deleted"}))
                            .ok);
        EXPECT_TRUE(run(*c, ImapCommand::expunge()).ok);
        run(*c, ImapCommand::logout());
    }

    QList<TraceEvent> events(Direction d, TraceKind k) const
    {
        QList<TraceEvent> out;
        for (const TraceEvent &e : hub.history())
            if (e.direction == d && e.kind == k)
                out.append(e);
        return out;
    }

    bool noted(const char *text) const
    {
        for (const TraceEvent &e : events(Direction::Note, TraceKind::Info))
            if (e.bytes.contains(text))
                return true;
        return false;
    }

    LabEnv lab;
    TraceHub hub;
    quint16 imap = 0, imaps = 0, pop3 = 0, pop3s = 0;
    QByteArray marker;
};

} // namespace

TEST_F(OtherServer, ImapPlainChosenSurvivesTheBareLfAndReadsBackAnAppend)
{
    auto c = imapAs(lab.alice, lab.alicePassword, QStringLiteral("PLAIN"), TransportSecurity::ImplicitTls);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    // imap4d lists SCRAM-SHA-256 and more; the user's PLAIN was used.
    EXPECT_TRUE(TraceText::format(hub.history(), false).contains("AUTH=SCRAM-SHA-256"));
    EXPECT_EQ(c->session().authMechanism(), QStringLiteral("PLAIN"));
    // Its "OK AUTHENTICATE PLAIN authentication successful" ends in LF alone: read
    // as a line end and flagged beside it in the inspector.
    bool flagged = false;
    for (const TraceEvent &e : events(Direction::Note, TraceKind::Info))
        flagged = flagged || (e.explanationKey == QStringLiteral("trace.bareLf") && e.bytes.contains("bare LF"));
    EXPECT_TRUE(flagged) << TraceText::format(hub.history(), false).constData();
    const QByteArray text = TraceText::format(hub.history(), false);
    EXPECT_TRUE(text.contains("authentication successful\n*: bare LF")) << text.constData();

    const ImapCompletion appended =
        run(*c, ImapCommand::append(QStringLiteral("INBOX"), {}, QDateTime::currentDateTime(),
                                    message(lab.alice.toUtf8())));
    ASSERT_TRUE(appended.ok) << appended.text.toStdString();
    // No SPECIAL-USE or LIST-STATUS here: the base LIST.
    const ImapCompletion list = run(*c, ImapCommand::list({}, QStringLiteral("*"), c->session().hasCapability("SPECIAL-USE"),
                                                          c->session().hasCapability("LIST-STATUS")));
    ASSERT_TRUE(list.ok) << list.text.toStdString();
    bool inbox = false;
    for (const ImapListEntry &e : list.list)
        inbox = inbox || e.name.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) == 0;
    EXPECT_TRUE(inbox);
    ASSERT_TRUE(run(*c, ImapCommand::select(QStringLiteral("INBOX"), false, false)).ok);
    const ImapCompletion found = run(*c, ImapCommand::uidSearch("SUBJECT " + marker));
    ASSERT_TRUE(found.ok) << found.text.toStdString();
    ASSERT_EQ(found.uids.size(), 1);
    QByteArray body;
    const auto conn = QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH")
            for (const ImapFetchSection &s : r.fetch.sections)
                body = s.data;
    });
    const ImapCompletion fetched = run(
        *c, ImapCommand::uidFetch(ImapSequenceSet::fromRange(found.uids[0], found.uids[0]),
                                  "UID FLAGS " + ImapCommand::bodyItem("")));
    QObject::disconnect(conn);
    ASSERT_TRUE(fetched.ok) << fetched.text.toStdString();
    EXPECT_TRUE(body.contains("Ola from the Mailutils test.")) << body.constData();
    // Flag it deleted and expunge: the test leaves the mailbox as it found it.
    EXPECT_TRUE(run(*c, ImapCommand::uidStore(ImapSequenceSet::fromRange(found.uids[0], found.uids[0]),
                                              ImapCommand::StoreMode::Add, {"\\Deleted"}))
                    .ok);
    EXPECT_TRUE(run(*c, ImapCommand::expunge()).ok);
}

TEST_F(OtherServer, ImapLoginChosenSendsTheLoginCommandOverStartTls)
{
    auto c = imapAs(lab.bob, lab.bobPassword, QStringLiteral("LOGIN"), TransportSecurity::StartTls);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    bool login = false, authenticate = false;
    for (const TraceEvent &e : events(Direction::ClientToServer, TraceKind::Line)) {
        login = login || (e.bytes.contains(" LOGIN " + lab.bob.toUtf8() + " *****") && e.insideTls);
        authenticate = authenticate || e.bytes.contains("AUTHENTICATE");
    }
    EXPECT_TRUE(login) << TraceText::format(hub.history(), false).constData();
    EXPECT_FALSE(authenticate);
}

TEST_F(OtherServer, ImapAutomaticChoiceNamesTheMechanismTheServerRefused)
{
    // imap4d lists SCRAM-SHA-256, the strongest Carteiro knows, and refuses it:
    // the failure says which mechanism, and nothing weaker is tried unasked.
    auto c = imapAs(lab.alice, lab.alicePassword, {}, TransportSecurity::ImplicitTls);
    EXPECT_FALSE(openAndWait(*c));
    EXPECT_TRUE(c->errorMessage().contains(QStringLiteral("SCRAM"))) << c->errorMessage().toStdString();
    int attempts = 0;
    for (const TraceEvent &e : events(Direction::ClientToServer, TraceKind::Line))
        attempts += e.bytes.contains("AUTHENTICATE") || e.bytes.contains(" LOGIN ");
    EXPECT_EQ(attempts, 1);
}

TEST_F(OtherServer, Pop3ApopFailsThenUserPassInsideTlsRetrievesTheMessage)
{
    append(lab.bob, lab.bobPassword);
    for (const bool implicit : {true, false}) {
        SCOPED_TRACE(implicit ? "POP3S" : "POP3 + STLS");
        TraceHub pop3Hub;
        MemorySink sink;
        Pop3Session::Config cfg;
        cfg.security = implicit ? TransportSecurity::ImplicitTls : TransportSecurity::StartTls;
        cfg.credentials.username = lab.bob;
        cfg.credentials.password = lab.bobPassword;
        Pop3RetrieveJob::Options options;
        options.topLines = 0;
        const QByteArray m = marker;
        options.select = [m](const Pop3RetrieveJob::Entry &e) { return e.headers.contains(m); };
        if (!implicit)
            options.mode = Pop3RetrieveJob::Mode::DownloadAndDelete; // the second run cleans up
        Pop3RetrieveJob job(&pop3Hub,
                            channel(implicit ? TransportSecurity::ImplicitTls : TransportSecurity::StartTls,
                                    implicit ? pop3s : pop3),
                            cfg, &sink, options);
        QSignalSpy finished(&job, &Pop3RetrieveJob::finished);
        job.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 60000));
        const QByteArray text = TraceText::format(pop3Hub.history(), false);
        EXPECT_EQ(job.outcome(), Pop3RetrieveJob::Outcome::Succeeded)
            << job.errorMessage().toStdString() << "\n" << text.constData();
        EXPECT_TRUE(text.contains("APOP refused")) << text.constData();
        EXPECT_TRUE(text.contains("C: PASS *****")) << text.constData();
        EXPECT_FALSE(text.contains(lab.bobPassword.toUtf8()));
        ASSERT_EQ(sink.stored.size(), 1) << text.constData();
        EXPECT_TRUE(sink.stored.begin().value().contains(marker));
        for (const TraceEvent &e : pop3Hub.history()) {
            if (e.direction == Direction::ClientToServer &&
                (e.verb == QStringLiteral("USER") || e.verb == QStringLiteral("PASS"))) {
                EXPECT_TRUE(e.insideTls);
            }
        }
    }
}

TEST_F(OtherServer, CliFetchHonoursAuthOnImapAndPop3)
{
    append(lab.alice, lab.alicePassword);
    const QStringList env = {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword};
    for (const QString &mech : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
        const CliRun r = runCli({QStringLiteral("fetch"), QStringLiteral("--server"),
                                 QStringLiteral("imaps://%1:%2").arg(lab.host).arg(imaps), QStringLiteral("--user"),
                                 lab.alice, QStringLiteral("--auth"), mech, QStringLiteral("--ca-file"), lab.caFile,
                                 QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--trace")},
                                env);
        EXPECT_EQ(r.exitCode, 0) << mech.toStdString() << ": " << r.err.constData();
        EXPECT_TRUE(r.out.contains(marker)) << r.out.constData();
        EXPECT_EQ(r.err.contains("C: a") && r.err.contains(" LOGIN "), mech == QStringLiteral("LOGIN"))
            << r.err.constData();
        EXPECT_FALSE(r.err.contains(lab.alicePassword.toUtf8()));
    }
    // POP3 with USER chosen, then automatic (APOP refused, USER/PASS inside TLS).
    for (const QStringList &auth : {QStringList{QStringLiteral("--auth"), QStringLiteral("USER")}, QStringList{}}) {
        const CliRun r = runCli(QStringList{QStringLiteral("fetch"), QStringLiteral("--server"),
                                            QStringLiteral("pop3s://%1:%2").arg(lab.host).arg(pop3s),
                                            QStringLiteral("--user"), lab.alice, QStringLiteral("--ca-file"),
                                            lab.caFile, QStringLiteral("--list"), QStringLiteral("--json"),
                                            QStringLiteral("--trace")} +
                                    auth,
                                env);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        EXPECT_TRUE(r.out.contains(marker)) << r.out.constData();
        EXPECT_EQ(r.err.contains("APOP refused"), auth.isEmpty()) << r.err.constData();
    }
    removeOurs(lab.alice, lab.alicePassword);
}

TEST_F(OtherServer, CliSyncCountsOnlyFlagsThatChanged)
{
    // imap4d has no CONDSTORE: every sync fetches all FLAGS, and "changed" must
    // count only the message whose flags differ from the store.
    append(lab.alice, lab.alicePassword);
    auto c = imapAs(lab.alice, lab.alicePassword, QStringLiteral("LOGIN"), TransportSecurity::ImplicitTls);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    ASSERT_TRUE(run(*c, ImapCommand::select(QStringLiteral("INBOX"), false, false)).ok);
    const ImapCompletion found = run(*c, ImapCommand::uidSearch("SUBJECT " + marker));
    ASSERT_EQ(found.uids.size(), 1);
    const ImapSequenceSet ours = ImapSequenceSet::fromRange(found.uids[0], found.uids[0]);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList args = {QStringLiteral("sync"), QStringLiteral("--server"),
                              QStringLiteral("imaps://%1:%2").arg(lab.host).arg(imaps), QStringLiteral("--user"),
                              lab.alice, QStringLiteral("--auth"), QStringLiteral("PLAIN"),
                              QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--store"),
                              dir.filePath(QStringLiteral("store.sqlite"))};
    const QStringList env = {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword};
    CliRun r = runCli(args, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData() << r.out.constData();
    EXPECT_TRUE(r.out.contains("INBOX: ")) << r.out.constData();
    r = runCli(args, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains(" 0 new, 0 changed, 0 removed")) << r.out.constData();
    ASSERT_TRUE(run(*c, ImapCommand::uidStore(ours, ImapCommand::StoreMode::Add, {"\\Flagged"})).ok);
    run(*c, ImapCommand::logout()); // imap4d writes flags to its Maildir when the session ends
    r = runCli(args, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains(" 0 new, 1 changed, 0 removed")) << r.out.constData();
    r = runCli(args, env);
    EXPECT_TRUE(r.out.contains(" 0 new, 0 changed, 0 removed")) << r.out.constData();
    removeOurs(lab.alice, lab.alicePassword); // leave the mailbox as it was
}
