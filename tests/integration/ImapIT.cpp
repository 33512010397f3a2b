// SPDX-License-Identifier: GPL-3.0-or-later
// ImapConnection against the real lab Dovecot: implicit TLS on 993 and
// STARTTLS on 143, no credentials before TLS on the non-local listener,
// SPECIAL-USE folders, envelope and raw bytes of a message carteiro-cli sent,
// a flag seen by a second session, APPEND to Sent, IDLE seeing new mail.
#include "LabEnv.h"
#include "imap/ImapConnection.h"
#include "trace/TraceText.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class ImapLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "); start it with: bash tests/lab/mail-lab.sh start";
    }

    void TearDown() override
    {
        // tests/README.md, case 25: the transcript never holds a password, raw or base64.
        const QByteArray text = TraceText::format(hub.history(), false);
        for (const QString &pw : {lab.alicePassword, lab.bobPassword}) {
            EXPECT_FALSE(text.contains(pw.toUtf8())) << "password in the IMAP transcript";
            EXPECT_FALSE(text.contains(pw.toUtf8().toBase64()));
        }
    }

    std::unique_ptr<ImapConnection> connectAs(const QString &user, const QString &password,
                                              TransportSecurity security, quint16 port,
                                              const QString &host = {},
                                              TransportSecurity sessionSecurity =
                                                  TransportSecurity::StartTls)
    {
        ChannelOptions o;
        o.host = host.isEmpty() ? lab.host : host;
        o.port = port;
        o.security = security;
        o.caFile = lab.caFile;
        o.replyTimeoutMs = 20000;
        o.label = QStringLiteral("imap test (%1)").arg(user);
        ImapSession::Config c;
        c.security = security == TransportSecurity::ImplicitTls ? TransportSecurity::ImplicitTls
                                                                 : sessionSecurity;
        c.credentials.username = user;
        c.credentials.password = password;
        return std::make_unique<ImapConnection>(&hub, o, c);
    }

    // Opens and waits for the session to be ready (or to fail).
    bool openAndWait(ImapConnection &c)
    {
        QSignalSpy ready(&c, &ImapConnection::ready);
        QSignalSpy failed(&c, &ImapConnection::failed);
        c.open();
        return QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, 30000) &&
               ready.count() > 0;
    }

    ImapCompletion wait(ImapConnection &c, quint64 job, int timeoutMs = 30000)
    {
        ImapCompletion result;
        bool done = false;
        const auto conn = QObject::connect(&c, &ImapConnection::jobFinished,
                                           [&](quint64 id, const ImapCompletion &r) {
                                               if (id == job) {
                                                   result = r;
                                                   done = true;
                                               }
                                           });
        (void)QTest::qWaitFor([&] { return done || c.session().isFinished(); }, timeoutMs);
        QObject::disconnect(conn);
        EXPECT_TRUE(done) << "job " << job << " did not finish: " << c.errorMessage().toStdString();
        return result;
    }

    QList<TraceEvent> clientLines() const
    {
        QList<TraceEvent> out;
        for (const TraceEvent &e : hub.history())
            if (e.direction == Direction::ClientToServer && e.kind == TraceKind::Line)
                out.append(e);
        return out;
    }

    QString marker(const char *what) const
    {
        return QStringLiteral("imapit-%1-%2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
    }

    // carteiro-cli sends alice -> bob a message whose subject is `subject`.
    void sendToBob(const QString &subject)
    {
        const CliRun run = runCli({QStringLiteral("send"), QStringLiteral("--server"),
                                   QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions),
                                   QStringLiteral("--user"), lab.alice, QStringLiteral("--from"),
                                   QStringLiteral("Zé Ninguém <%1>").arg(lab.alice), QStringLiteral("--to"),
                                   lab.bob, QStringLiteral("--subject"), subject, QStringLiteral("--body"),
                                   QStringLiteral("Olá Bob,\nlinha 2\n"), QStringLiteral("--ca-file"),
                                   lab.caFile},
                                  {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    }

    quint32 findUid(ImapConnection &c, const QString &subject)
    {
        const ImapCompletion s = wait(c, c.search("HEADER Subject " + subject.toUtf8()));
        EXPECT_TRUE(s.ok) << s.text.toStdString();
        EXPECT_EQ(s.uids.size(), 1);
        return s.uids.value(0);
    }

    LabEnv lab;
    TraceHub hub;
};

TEST_F(ImapLab, LoginOverImplicitTls993)
{
    auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    EXPECT_TRUE(c->session().isTlsActive());
    EXPECT_EQ(c->session().authMechanism(), QStringLiteral("SCRAM-SHA-256"));
    EXPECT_TRUE(c->session().enabled().contains("QRESYNC"));
    for (const TraceEvent &e : clientLines())
        EXPECT_TRUE(e.insideTls) << e.bytes.constData();
}

TEST_F(ImapLab, LoginOver143WithStartTlsReadsCapabilitiesAgain)
{
    auto c = connectAs(lab.bob, lab.bobPassword, TransportSecurity::StartTls, lab.imap);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    const QList<TraceEvent> lines = clientLines();
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines[0].bytes.endsWith("STARTTLS")) << lines[0].bytes.constData();
    EXPECT_FALSE(lines[0].insideTls);
    EXPECT_TRUE(lines[1].bytes.endsWith("CAPABILITY")) << lines[1].bytes.constData();
    EXPECT_TRUE(lines[1].insideTls);
    for (const TraceEvent &e : lines) {
        if (e.bytes.contains("AUTHENTICATE") || e.bytes.contains("LOGIN")) {
            EXPECT_TRUE(e.insideTls);
        }
    }
}

TEST_F(ImapLab, NoCredentialsBeforeTlsOnTheNonLocalListener)
{
    // 127.0.0.2 is not "secure" for Dovecot: LOGINDISABLED and no AUTH= before TLS.
    {
        auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::Plain, lab.imap, lab.host2,
                           TransportSecurity::Plain);
        EXPECT_FALSE(openAndWait(*c));
        EXPECT_TRUE(c->errorMessage().contains(QLatin1String("unencrypted"))) << c->errorMessage().toStdString();
    }
    {
        auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::StartTls, lab.imap, lab.host2);
        ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    }
    bool sawAuth = false;
    for (const TraceEvent &e : clientLines()) {
        if (e.bytes.contains("AUTHENTICATE") || e.bytes.contains(" LOGIN ")) {
            sawAuth = true;
            EXPECT_TRUE(e.insideTls) << e.bytes.constData();
        }
    }
    EXPECT_TRUE(sawAuth);
}

TEST_F(ImapLab, ListWithSpecialUseFindsTheStandardFolders)
{
    auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    const ImapCompletion r = wait(*c, c->list());
    ASSERT_TRUE(r.ok) << r.text.toStdString();
    for (const char *use : {"\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive"}) {
        bool found = false;
        for (const ImapListEntry &e : r.list)
            found = found || e.hasAttribute(use);
        EXPECT_TRUE(found) << use;
    }
}

TEST_F(ImapLab, EnvelopeAndRawBytesOfAMessageSentToBob)
{
    const QString subject = marker("env");
    sendToBob(subject);
    const QString path = lab.waitForDelivery(lab.bob, subject.toUtf8());
    ASSERT_FALSE(path.isEmpty());
    auto c = connectAs(lab.bob, lab.bobPassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c)) << c->errorMessage().toStdString();
    const ImapCompletion sel = wait(*c, c->select(QStringLiteral("INBOX")));
    ASSERT_TRUE(sel.ok);
    EXPECT_GT(sel.mailbox.exists, 0u);
    EXPECT_NE(sel.mailbox.uidValidity, 0u);
    const quint32 uid = findUid(*c, subject);
    ASSERT_NE(uid, 0u);

    QList<ImapFetch> fetched;
    QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH")
            fetched.append(r.fetch);
    });
    ASSERT_TRUE(wait(*c, c->fetchHeaders(ImapSequenceSet::fromRange(uid, uid))).ok);
    ASSERT_TRUE(wait(*c, c->fetchBody(uid)).ok);
    ASSERT_EQ(fetched.size(), 2);
    ASSERT_TRUE(fetched[0].envelope);
    EXPECT_EQ(fetched[0].uid, uid);
    EXPECT_EQ(fetched[0].envelope->subject, subject.toUtf8());
    EXPECT_EQ(fetched[0].envelope->from.value(0).address(), lab.alice.toUtf8());
    EXPECT_EQ(fetched[0].envelope->to.value(0).address(), lab.bob.toUtf8());
    ASSERT_TRUE(fetched[0].bodyStructure);
    EXPECT_EQ(fetched[0].bodyStructure->type, "text");
    // SELECT moved the file from new/ to cur/ (and renamed it): look it up again.
    QFile f(lab.waitForDelivery(lab.bob, subject.toUtf8()));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    QByteArray onDisk = f.readAll();
    // Dovecot keeps Maildir files with LF and serves CRLF (RFC 3501 §4.3).
    if (!onDisk.contains("\r\n"))
        onDisk.replace("\n", "\r\n");
    const QByteArray raw = fetched[1].sections.value(0).data;
    EXPECT_EQ(fetched[0].size, raw.size());
    EXPECT_EQ(raw, onDisk);
}

TEST_F(ImapLab, FlagStoredIsSeenByASecondSession)
{
    const QString subject = marker("flag");
    sendToBob(subject);
    ASSERT_FALSE(lab.waitForDelivery(lab.bob, subject.toUtf8()).isEmpty());
    auto a = connectAs(lab.bob, lab.bobPassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*a));
    ASSERT_TRUE(wait(*a, a->select(QStringLiteral("INBOX"))).ok);
    const quint32 uid = findUid(*a, subject);
    ASSERT_NE(uid, 0u);
    ASSERT_TRUE(wait(*a, a->store(ImapSequenceSet::fromRange(uid, uid), ImapCommand::StoreMode::Add,
                                  {"\\Flagged", "\\Seen"})).ok);

    auto b = connectAs(lab.bob, lab.bobPassword, TransportSecurity::StartTls, lab.imap);
    ASSERT_TRUE(openAndWait(*b));
    ASSERT_TRUE(wait(*b, b->select(QStringLiteral("INBOX"), true)).ok);
    QList<QByteArray> flags;
    QObject::connect(b.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH" && r.fetch.uid == uid)
            flags = r.fetch.flags;
    });
    ASSERT_TRUE(wait(*b, b->submit(ImapCommand::uidFetch(ImapSequenceSet::fromRange(uid, uid), "UID FLAGS"))).ok);
    EXPECT_TRUE(flags.contains("\\Flagged"));
    EXPECT_TRUE(flags.contains("\\Seen"));
}

TEST_F(ImapLab, AppendToSentReturnsItsUid)
{
    const QString subject = marker("sent");
    const QByteArray message = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: " +
                               subject.toUtf8() + "\r\nMessage-ID: <" + subject.toUtf8() +
                               "@example.test>\r\n\r\nfiled in Sent\r\n";
    auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c));
    const ImapCompletion r = wait(*c, c->append(QStringLiteral("Sent"), message, {"\\Seen"}));
    ASSERT_TRUE(r.ok) << r.text.toStdString();
    EXPECT_EQ(r.code.name, "APPENDUID");
    ASSERT_TRUE(wait(*c, c->select(QStringLiteral("Sent"))).ok);
    EXPECT_EQ(findUid(*c, subject), r.code.uids.toList().value().value(0));
}

TEST_F(ImapLab, IdleSeesANewMessageArrive)
{
    auto c = connectAs(lab.bob, lab.bobPassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c));
    const ImapCompletion sel = wait(*c, c->select(QStringLiteral("INBOX")));
    ASSERT_TRUE(sel.ok);
    bool arrived = false;
    QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "EXISTS" && r.number > sel.mailbox.exists)
            arrived = true;
    });
    const quint64 idle = c->idle();
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->session().isIdling(); }, 10000));
    sendToBob(marker("idle"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return arrived; }, 30000));
    c->stopIdle();
    const ImapCompletion done = wait(*c, idle);
    EXPECT_TRUE(done.ok);
    bool sawDone = false;
    for (const TraceEvent &e : clientLines())
        sawDone = sawDone || e.bytes == "DONE";
    EXPECT_TRUE(sawDone);
}

TEST_F(ImapLab, FolderLifecycleCopyMoveExpungeOnOurOwnFolder)
{
    // Everything happens in a folder this test creates and deletes: nobody else's mail.
    const QString folder = marker("pasta") + QStringLiteral("-ação");
    const QString renamed = folder + QStringLiteral("-2");
    const QString other = marker("other");
    auto c = connectAs(lab.alice, lab.alicePassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c));
    const ImapCompletion created = wait(*c, c->createMailbox(folder));
    ASSERT_TRUE(created.ok) << created.text.toStdString();
    ASSERT_TRUE(wait(*c, c->createMailbox(other)).ok);
    ASSERT_TRUE(wait(*c, c->renameMailbox(folder, renamed)).ok);
    const ImapCompletion listed = wait(*c, c->list(QStringLiteral("imapit-pasta-*")));
    bool found = false;
    for (const ImapListEntry &e : listed.list)
        found = found || e.name == renamed;
    EXPECT_TRUE(found);

    QList<quint32> uids;
    for (int i = 0; i < 3; ++i) {
        const QByteArray m = "Subject: " + marker("m").toUtf8() + "\r\n\r\nbody " + QByteArray::number(i) + "\r\n";
        const ImapCompletion a = wait(*c, c->append(renamed, m));
        ASSERT_TRUE(a.ok) << a.text.toStdString();
        uids += a.code.uids.toList().value();
    }
    ASSERT_EQ(uids.size(), 3);
    const ImapCompletion sel = wait(*c, c->select(renamed));
    ASSERT_TRUE(sel.ok);
    EXPECT_EQ(sel.mailbox.exists, 3u);

    const ImapCompletion copied = wait(*c, c->copy(ImapSequenceSet::fromRange(uids[0], uids[0]), other));
    ASSERT_TRUE(copied.ok);
    EXPECT_EQ(copied.code.name, "COPYUID");
    const ImapCompletion moved = wait(*c, c->move(ImapSequenceSet::fromRange(uids[1], uids[1]), other));
    ASSERT_TRUE(moved.ok) << moved.text.toStdString();
    ASSERT_TRUE(wait(*c, c->store(ImapSequenceSet::fromRange(uids[2], uids[2]), ImapCommand::StoreMode::Add,
                                  {"\\Deleted"})).ok);
    ASSERT_TRUE(wait(*c, c->expunge(ImapSequenceSet::fromRange(uids[2], uids[2]))).ok);
    EXPECT_EQ(c->session().mailbox().exists, 1u); // one copied (still here), one moved, one expunged

    // A partial fetch of the remaining message: the first 7 bytes.
    QByteArray partial;
    QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH" && !r.fetch.sections.isEmpty())
            partial = r.fetch.sections[0].data;
    });
    ASSERT_TRUE(wait(*c, c->fetchBody(uids[0], {}, 0, 7)).ok);
    EXPECT_EQ(partial, "Subject");

    const ImapCompletion st = wait(*c, c->status(other));
    ASSERT_TRUE(st.ok);
    ASSERT_EQ(st.statuses.size(), 1);
    EXPECT_EQ(st.statuses[0].messages, 2);

    ASSERT_TRUE(wait(*c, c->submit(ImapCommand::unselect())).ok);
    EXPECT_TRUE(wait(*c, c->deleteMailbox(renamed)).ok);
    EXPECT_TRUE(wait(*c, c->deleteMailbox(other)).ok);
    const ImapCompletion missing = wait(*c, c->append(other, "Subject: x\r\n\r\nx\r\n"));
    EXPECT_FALSE(missing.ok);
    EXPECT_EQ(missing.code.name, "TRYCREATE");
}

TEST_F(ImapLab, QresyncReopenReportsOnlyChanges)
{
    auto c = connectAs(lab.bob, lab.bobPassword, TransportSecurity::ImplicitTls, lab.imaps);
    ASSERT_TRUE(openAndWait(*c));
    ASSERT_TRUE(c->session().enabled().contains("QRESYNC"));
    const ImapCompletion first = wait(*c, c->select(QStringLiteral("INBOX"), true));
    ASSERT_TRUE(first.ok);
    ASSERT_GT(first.mailbox.highestModSeq, 0u);
    ASSERT_TRUE(wait(*c, c->submit(ImapCommand::unselect())).ok);
    int fetches = 0;
    QObject::connect(c.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH")
            ++fetches;
    });
    ImapCommand::QresyncParams q;
    q.uidValidity = first.mailbox.uidValidity;
    q.modSeq = first.mailbox.highestModSeq;
    const ImapCompletion again = wait(*c, c->select(QStringLiteral("INBOX"), true, &q));
    ASSERT_TRUE(again.ok);
    EXPECT_FALSE(again.mailbox.uidValidityChanged);
    // Other tests may change flags meanwhile, but never every message.
    EXPECT_LT(fetches, int(again.mailbox.exists) + 1);
    bool sentQresync = false;
    for (const TraceEvent &e : clientLines())
        sentQresync = sentQresync || e.bytes.contains("(QRESYNC (");
    EXPECT_TRUE(sentQresync);
}

TEST_F(ImapLab, IdleIsReissuedBeforeTheServerDropsIt)
{
    auto c = connectAs(lab.bob, lab.bobPassword, TransportSecurity::ImplicitTls, lab.imaps);
    c->setIdleRefreshMs(300); // 28 minutes in real use (RFC 2177 §3)
    ASSERT_TRUE(openAndWait(*c));
    ASSERT_TRUE(wait(*c, c->select(QStringLiteral("INBOX"), true)).ok);
    const quint64 idle = c->idle();
    auto count = [&](const QByteArray &suffix) {
        int n = 0;
        for (const TraceEvent &e : clientLines())
            n += e.bytes.endsWith(suffix) ? 1 : 0;
        return n;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return count(" IDLE") >= 3; }, 15000));
    EXPECT_EQ(c->jobState(idle), ImapConnection::JobState::Running);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->session().isIdling(); }, 5000));
    c->stopIdle();
    EXPECT_TRUE(wait(*c, idle).ok);
    EXPECT_GE(count("DONE"), 3);
}

} // namespace
