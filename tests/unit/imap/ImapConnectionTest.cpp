// SPDX-License-Identifier: GPL-3.0-or-later
// ImapConnection over the real Channel against an in-process TLS server
// (port 0): bytes injected after the STARTTLS OK are discarded and reported,
// credentials go only inside TLS, the literal bound is raised for a body
// fetch (2 MiB accepted) and not for LIST (2 MiB refused cleanly).
#include "TestTls.h"
#include "imap/ImapConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

void runUntil(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

TEST(ImapConnectionTls, InjectionDiscardedCredentialsInsideTlsAndLiteralBounds)
{
    int argc = 0;
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, nullptr);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const TlsIdentity identity = makeSelfSigned(QStringLiteral("imap.example"), {QStringLiteral("localhost")},
                                                {QStringLiteral("127.0.0.1")});
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    {
        QFile f(caFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(identity.certificatePem);
    }
    const QByteArray body(2 * 1024 * 1024, 'x');
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    server.onConnection = [](QSslSocket *s) {
        s->write("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] fake\r\n");
    };
    server.onLine = [&](QSslSocket *s, const QByteArray &line) {
        if (line == "a1 STARTTLS") {
            // The attack: forged capabilities and a fake OK in the same packet.
            s->write("a1 OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n");
            s->startServerEncryption();
        } else if (line == "a2 CAPABILITY") {
            s->write("* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\na2 OK done\r\n");
        } else if (line.startsWith("a3 AUTHENTICATE PLAIN ")) {
            s->write("a3 OK [CAPABILITY IMAP4rev1 LITERAL+] welcome\r\n");
        } else if (line == "a4 UID FETCH 5 (UID BODY.PEEK[])") {
            s->write("* 1 FETCH (UID 5 BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body +
                     ")\r\na4 OK done\r\n");
        } else if (line.startsWith("a5 LIST")) {
            s->write("* LIST () \"/\" {" + QByteArray::number(body.size()) + "}\r\n" + body + "\r\n");
        }
    };

    TraceHub hub;
    ChannelOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.serverPort();
    o.security = TransportSecurity::StartTls;
    o.caFile = caFile;
    o.connectTimeoutMs = 5000;
    o.replyTimeoutMs = 5000;
    ImapSession::Config c;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("s3cret-pass");
    ImapConnection conn(&hub, o, c);
    QByteArray fetched;
    QObject::connect(&conn, &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH")
            fetched = r.fetch.sections.value(0).data;
    });
    QList<ImapCompletion> results;
    QObject::connect(&conn, &ImapConnection::jobFinished,
                     [&](quint64, const ImapCompletion &r) { results.append(r); });
    bool ready = false;
    QObject::connect(&conn, &ImapConnection::ready, [&] {
        ready = true;
        conn.fetchBody(5);
        conn.list();
    });
    conn.open();
    runUntil([&] { return results.size() >= 2 || conn.session().isFinished(); });
    runUntil([&] { return conn.session().isFinished(); });

    EXPECT_TRUE(ready) << conn.errorMessage().toStdString();
    EXPECT_EQ(fetched.size(), body.size());
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results[0].ok);
    EXPECT_FALSE(results[1].ok);
    EXPECT_TRUE(conn.errorMessage().contains(QLatin1String("2097152"))) << conn.errorMessage().toStdString();

    bool injection = false, authInsideTls = false, bodySummarised = false;
    for (const TraceEvent &e : hub.history()) {
        EXPECT_FALSE(e.bytes.contains("s3cret-pass"));
        EXPECT_FALSE(e.bytes.contains(QByteArray("s3cret-pass").toBase64()));
        if (e.kind == TraceKind::Injection) {
            injection = true;
            EXPECT_TRUE(e.bytes.contains("injected"));
        }
        if (e.direction == Direction::ClientToServer && e.bytes.contains("AUTHENTICATE"))
            authInsideTls = e.insideTls;
        if (e.direction == Direction::ServerToClient && e.bytes.contains("{2097152 bytes}"))
            bodySummarised = e.bytes.size() < 200;
    }
    EXPECT_TRUE(injection);
    EXPECT_TRUE(authInsideTls);
    EXPECT_TRUE(bodySummarised);
}

} // namespace
