// SPDX-License-Identifier: GPL-3.0-or-later
// Channel against an in-process loopback server (port 0): STARTTLS injection,
// certificate checks and pinning, silence and slow drips, oversized lines.
#include "LoopbackFixture.h"

#include <QTemporaryDir>
#include <QTimer>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class ChannelTest : public LoopbackTest
{
protected:
    void SetUp() override
    {
        LoopbackTest::SetUp();
        ASSERT_TRUE(dir.isValid());
        caFile = dir.filePath(QStringLiteral("ca.pem"));
        QFile f(caFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(identity.certificatePem);
    }

    ChannelOptions options(ScriptedServer &server, TransportSecurity security)
    {
        ChannelOptions o = loopbackOptions(server.serverPort(), security);
        o.caFile = caFile;
        return o;
    }

    QTemporaryDir dir;
    QString caFile;
};

} // namespace

TEST_F(ChannelTest, BytesInjectedAfterStartTlsAreDiscardedAndReported)
{
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    server.onConnection = [](QSslSocket *s) { s->write("220 fake ESMTP\r\n"); };
    server.onLine = [](QSslSocket *s, const QByteArray &line) {
        if (line == "STARTTLS") {
            // The attack: a forged reply in the same packet as the 220.
            s->write("220 go ahead\r\n250-AUTH PLAIN\r\n250 injected\r\n");
            s->startServerEncryption();
        } else if (line == "EHLO inside") {
            s->write("250 real inside TLS\r\n");
        }
    };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    QList<QByteArray> lines;
    bool encrypted = false;
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        lines << l;
        if (l == "220 fake ESMTP")
            channel.writeLine("STARTTLS\r\n", "STARTTLS");
        else if (l == "220 go ahead")
            channel.startTls();
    });
    QObject::connect(&channel, &Channel::encrypted, [&] {
        encrypted = true;
        channel.writeLine("EHLO inside\r\n", "EHLO inside");
    });
    channel.open(options(server, TransportSecurity::StartTls));
    runUntil([&] { return lines.contains("250 real inside TLS") || channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_TRUE(encrypted) << channel.errorString().toStdString();
    EXPECT_EQ(lines, (QList<QByteArray>{"220 fake ESMTP", "220 go ahead", "250 real inside TLS"}));
    EXPECT_EQ(channel.localAddressLiteral(), QByteArray("[127.0.0.1]")); // RFC 5321 §4.1.3
    bool injectionReported = false;
    bool insideTlsMarked = false;
    for (const TraceEvent &e : hub.history()) {
        if (e.kind == TraceKind::Injection) {
            injectionReported = true;
            EXPECT_EQ(e.bytes, QByteArray("250-AUTH PLAIN\r\n250 injected\r\n"));
        }
        if (e.kind == TraceKind::Line && e.bytes == "250 real inside TLS")
            insideTlsMarked = e.insideTls;
        if (e.kind == TraceKind::Line && e.bytes == "220 fake ESMTP") {
            EXPECT_FALSE(e.insideTls);
        }
    }
    EXPECT_TRUE(injectionReported);
    EXPECT_TRUE(insideTlsMarked);
}

TEST_F(ChannelTest, UntrustedCertificateIsRefusedAndPinAcceptsExactlyThatOne)
{
    ScriptedServer server(identity, true);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    server.onConnection = [](QSslSocket *s) { s->write("220 tls\r\n"); };
    {
        TraceHub hub;
        Channel channel(&hub, Protocol::Smtp);
        ChannelOptions o = options(server, TransportSecurity::ImplicitTls);
        o.caFile.clear(); // system store only: our self-signed certificate is unknown
        bool connected = false;
        QObject::connect(&channel, &Channel::connected, [&] { connected = true; });
        channel.open(o);
        runUntil([&] { return connected || channel.errorKind() != Channel::ErrorKind::None; });
        EXPECT_FALSE(connected);
        EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Certificate);
        EXPECT_TRUE(channel.errorString().contains(
            QString::fromLatin1(Channel::certificateSha256(identity.certificate))));
    }
    {
        TraceHub hub;
        Channel channel(&hub, Protocol::Smtp);
        ChannelOptions o = options(server, TransportSecurity::ImplicitTls);
        o.caFile.clear();
        o.pinnedSha256 = Channel::certificateSha256(identity.certificate);
        QByteArray greeting;
        QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) { greeting = l; });
        channel.open(o);
        runUntil([&] { return !greeting.isEmpty() || channel.errorKind() != Channel::ErrorKind::None; });
        EXPECT_EQ(greeting, QByteArray("220 tls")) << channel.errorString().toStdString();
        EXPECT_TRUE(channel.tlsDetails().pinned);
    }
    {
        // A pin for another certificate does not open the door.
        TraceHub hub;
        Channel channel(&hub, Protocol::Smtp);
        ChannelOptions o = options(server, TransportSecurity::ImplicitTls);
        o.caFile.clear();
        o.pinnedSha256 = QByteArray(64, 'a');
        channel.open(o);
        runUntil([&] { return channel.errorKind() != Channel::ErrorKind::None; });
        EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Certificate);
    }
}

TEST_F(ChannelTest, WrongHostNameIsRefusedEvenWithTheRightCa)
{
    const TlsIdentity other = makeSelfSigned(QStringLiteral("other.example"),
                                             {QStringLiteral("other.example")}, {});
    ScriptedServer server(other, true);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QFile f(dir.filePath(QStringLiteral("other.pem")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(other.certificatePem);
    f.close();
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    ChannelOptions o = options(server, TransportSecurity::ImplicitTls);
    o.caFile = f.fileName();
    channel.open(o);
    runUntil([&] { return channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Certificate);
    EXPECT_TRUE(channel.errorString().contains(QStringLiteral("host name"), Qt::CaseInsensitive))
        << channel.errorString().toStdString();
}

TEST_F(ChannelTest, SilentServerTimesOut)
{
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    ChannelOptions o = options(server, TransportSecurity::StartTls);
    o.replyTimeoutMs = 300;
    channel.open(o);
    runUntil([&] { return channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Timeout);
}

TEST_F(ChannelTest, OneByteEvery10msStillTimesOut)
{
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QTimer drip;
    server.onConnection = [&](QSslSocket *s) {
        QObject::connect(&drip, &QTimer::timeout, s, [s] { s->write("2"); });
        drip.start(10);
    };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    ChannelOptions o = options(server, TransportSecurity::StartTls);
    o.replyTimeoutMs = 500;
    o.maxLineBytes = 1 << 20;
    channel.open(o);
    runUntil([&] { return channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Timeout);
}

TEST_F(ChannelTest, OversizedLineIsAProtocolError)
{
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    server.onConnection = [](QSslSocket *s) { s->write("220-" + QByteArray(200000, 'x')); };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    channel.open(options(server, TransportSecurity::StartTls));
    runUntil([&] { return channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::Protocol);
}

TEST_F(ChannelTest, CloseDoesNotWaitForAServerThatKeepsTheSocketOpen)
{
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    server.onConnection = [](QSslSocket *s) { s->write("220 hi\r\n"); };
    server.onLine = [](QSslSocket *s, const QByteArray &line) {
        if (line == "QUIT")
            s->write("221 bye\r\n"); // ...and never closes
    };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    bool closed = false;
    QObject::connect(&channel, &Channel::closed, [&] { closed = true; });
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &l) {
        if (l == "220 hi")
            channel.writeLine("QUIT\r\n", "QUIT");
        else if (l == "221 bye")
            channel.close();
    });
    channel.open(options(server, TransportSecurity::StartTls));
    runUntil([&] { return closed; });
    EXPECT_TRUE(closed);
}

TEST_F(ChannelTest, AReplyThatKeepsFlowingIsNotATimeout)
{
    // 6 x 80 KiB, one every 150 ms: longer than the 400 ms deadline in total, but
    // each piece is real progress (a drip of bytes is not: see OneByteEvery10ms).
    ScriptedServer server(identity, false);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    QTimer pace;
    int sent = 0;
    server.onConnection = [&](QSslSocket *s) {
        QObject::connect(&pace, &QTimer::timeout, s, [s, &sent, &pace] {
            s->write("220-" + QByteArray(80 * 1024, 'x') + "\r\n");
            if (++sent == 6)
                pace.stop();
        });
        pace.start(150);
    };
    TraceHub hub;
    Channel channel(&hub, Protocol::Smtp);
    ChannelOptions o = options(server, TransportSecurity::StartTls);
    o.replyTimeoutMs = 400;
    o.maxLineBytes = 1 << 20;
    int lines = 0;
    QObject::connect(&channel, &Channel::lineReceived, [&](const QByteArray &) { ++lines; });
    channel.open(o);
    runUntil([&] { return lines == 6 || channel.errorKind() != Channel::ErrorKind::None; });
    EXPECT_EQ(lines, 6) << channel.errorString().toStdString();
    EXPECT_EQ(channel.errorKind(), Channel::ErrorKind::None);
}
