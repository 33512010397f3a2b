// SPDX-License-Identifier: GPL-3.0-or-later
// SentFiler against a scripted IMAP server on loopback (implicit TLS, port 0):
// the \Sent special-use folder is preferred over the name, [TRYCREATE] leads to
// one CREATE and a second APPEND, and a refused APPEND is reported with the
// server's words (tests/README.md, case 21).
#include "ShellTestSupport.h"

#include "TestTls.h"
#include "engine/SentFiler.h"
#include "trace/TraceHub.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct FakeImap
{
    QByteArray listReply;           // untagged LIST lines
    QList<QByteArray> appendReplies; // tagged reply text per APPEND, in order ("OK ...", "NO [TRYCREATE] ...")
    QList<QByteArray> commands;      // every command line the client sent (literal bytes left out)
    QList<QByteArray> appended;      // every APPEND's literal
};

QByteArray word(const QByteArray &line, int n)
{
    return line.split(' ').value(n);
}

struct SentFilingScripted : ::testing::Test
{
    QTemporaryDir dir;
    TlsIdentity identity = makeSelfSigned(QStringLiteral("imap.example"), {QStringLiteral("localhost")},
                                          {QStringLiteral("127.0.0.1")});
    ScriptedServer server{identity, true};
    FakeImap fake;
    qint64 literalLeft = 0;
    QByteArray literal, pendingTag;
    TraceHub hub;
    const QByteArray message = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: s\r\n"
                               "Message-ID: <s@example.test>\r\n\r\nbody\r\n";

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        ASSERT_TRUE(ca.open(QIODevice::WriteOnly));
        ca.write(identity.certificatePem);
        ca.close();
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
        server.onConnection = [](QSslSocket *s) {
            s->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR LITERAL+] fake\r\n");
        };
        server.onLine = [this](QSslSocket *s, const QByteArray &line) { onLine(s, line); };
    }

    void onLine(QSslSocket *s, const QByteArray &line)
    {
        if (literalLeft > 0) { // the APPEND literal arrives line by line
            literal += line + "\r\n";
            literalLeft -= line.size() + 2;
            return;
        }
        if (!pendingTag.isEmpty()) { // the end of the APPEND command after its literal
            fake.appended << literal;
            const QByteArray reply = fake.appendReplies.isEmpty() ? QByteArray("OK done") : fake.appendReplies.takeFirst();
            s->write(pendingTag + ' ' + reply + "\r\n");
            pendingTag.clear();
            return;
        }
        fake.commands << line;
        const QByteArray tag = word(line, 0);
        const QByteArray verb = word(line, 1).toUpper();
        if (verb == "AUTHENTICATE") {
            s->write(tag + " OK [CAPABILITY IMAP4rev1 LITERAL+] welcome\r\n");
        } else if (verb == "CAPABILITY") {
            s->write("* CAPABILITY IMAP4rev1 LITERAL+\r\n" + tag + " OK done\r\n");
        } else if (verb == "LIST") {
            s->write(fake.listReply + tag + " OK done\r\n");
        } else if (verb == "APPEND") {
            const qsizetype open = line.lastIndexOf('{');
            literalLeft = line.mid(open + 1, line.size() - open - 2).replace('+', "").toLongLong();
            literal.clear();
            pendingTag = tag;
            if (!line.endsWith("+}"))
                s->write("+ go on\r\n"); // RFC 3501 §7.5 continuation for a synchronising literal
        } else if (verb == "LOGOUT") {
            s->write("* BYE bye\r\n" + tag + " OK done\r\n");
            s->disconnectFromHost();
        } else {
            s->write(tag + " OK done\r\n");
        }
    }

    AccountSettings account()
    {
        AccountSettings a;
        a.id = QStringLiteral("fake");
        a.name = QStringLiteral("Fake");
        a.address = QStringLiteral("alice@example.test");
        a.username = QStringLiteral("alice");
        a.imapHost = QStringLiteral("127.0.0.1");
        a.imapPort = server.serverPort();
        a.imapSecurity = TransportSecurity::ImplicitTls;
        a.caFile = dir.filePath(QStringLiteral("ca.pem"));
        return a;
    }

    std::unique_ptr<SentFiler> file()
    {
        auto filer = std::make_unique<SentFiler>(&hub, account(), QStringLiteral("pw-xyz-123"), message);
        bool finished = false;
        QObject::connect(filer.get(), &SentFiler::finished, [&finished] { finished = true; });
        filer->start();
        EXPECT_TRUE(waitUntil([&] { return finished; }, 20000));
        return filer;
    }

    QList<QByteArray> verbs() const
    {
        QList<QByteArray> out;
        for (const QByteArray &c : fake.commands)
            out << word(c, 1).toUpper();
        return out;
    }
};

} // namespace

TEST_F(SentFilingScripted, SpecialUseSentFolderWinsOverTheName)
{
    fake.listReply = "* LIST (\\HasNoChildren) \"/\" INBOX\r\n"
                     "* LIST (\\HasNoChildren) \"/\" Sent\r\n"
                     "* LIST (\\HasNoChildren \\Sent) \"/\" Enviados\r\n";
    fake.appendReplies = {"OK [APPENDUID 9 42] done"};
    const auto filer = file();
    EXPECT_TRUE(filer->isFiled()) << filer->error().toStdString();
    EXPECT_EQ(filer->folder(), QStringLiteral("Enviados"));
    EXPECT_EQ(filer->appendedUid(), 42u);
    ASSERT_EQ(fake.appended.size(), 1);
    EXPECT_EQ(fake.appended[0], message);
    const QByteArray append = fake.commands.value(verbs().indexOf("APPEND"));
    EXPECT_TRUE(append.contains("APPEND Enviados (\\Seen) {")) << append.constData();
    EXPECT_TRUE(verbs().contains("LOGOUT"));
    for (const TraceEvent &e : hub.history())
        EXPECT_FALSE(e.bytes.contains("pw-xyz-123"));
}

TEST_F(SentFilingScripted, TryCreateCreatesTheFolderOnceThenAppends)
{
    fake.listReply = "* LIST (\\HasNoChildren) \"/\" INBOX\r\n";
    fake.appendReplies = {"NO [TRYCREATE] Mailbox doesn't exist: Sent", "OK done"};
    const auto filer = file();
    EXPECT_TRUE(filer->isFiled()) << filer->error().toStdString();
    EXPECT_EQ(filer->folder(), QStringLiteral("Sent")); // the customary name when no \Sent exists
    const QList<QByteArray> v = verbs();
    ASSERT_EQ(v.count("APPEND"), 2);
    ASSERT_EQ(v.count("CREATE"), 1);
    EXPECT_LT(v.indexOf("APPEND"), v.indexOf("CREATE"));
    EXPECT_LT(v.indexOf("CREATE"), v.lastIndexOf("APPEND"));
    EXPECT_EQ(fake.appended.value(1), message);
}

TEST_F(SentFilingScripted, RefusedAppendIsReportedWithTheServersWords)
{
    fake.listReply = "* LIST (\\Sent) \"/\" Sent\r\n";
    fake.appendReplies = {"NO [OVERQUOTA] Quota exceeded (mailbox for user is full)"};
    const auto filer = file();
    EXPECT_FALSE(filer->isFiled());
    EXPECT_TRUE(filer->error().startsWith(QStringLiteral("APPEND: "))) << filer->error().toStdString();
    EXPECT_TRUE(filer->error().contains(QStringLiteral("Quota exceeded"))) << filer->error().toStdString();
    EXPECT_EQ(verbs().count("APPEND"), 1); // no CREATE, no second try
    EXPECT_TRUE(verbs().contains("LOGOUT"));
}

TEST_F(SentFilingScripted, ASecondTryCreateIsNotLooped)
{
    fake.listReply = "* LIST () \"/\" INBOX\r\n";
    fake.appendReplies = {"NO [TRYCREATE] missing", "NO [TRYCREATE] still missing"};
    const auto filer = file();
    EXPECT_FALSE(filer->isFiled());
    EXPECT_TRUE(filer->error().contains(QStringLiteral("still missing"))) << filer->error().toStdString();
    EXPECT_EQ(verbs().count("CREATE"), 1);
    EXPECT_EQ(verbs().count("APPEND"), 2);
}
