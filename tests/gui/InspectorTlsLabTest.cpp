// SPDX-License-Identifier: GPL-3.0-or-later
// Against the lab: an IMAPS connection's TLS tab shows the lab certificate with
// the SHA-256 that openssl computes from $CARTEIRO_LAB_CA_FILE, trusted by the
// CA file; its Capabilities tab shows what the server offered inside TLS.
#include "InspectorFixtures.h"
#include "LabEnv.h"
#include "inspector/CapabilityPanel.h"
#include "inspector/InspectorDock.h"
#include "inspector/TlsPanel.h"
#include "inspector/TranscriptPane.h"
#include "net/Channel.h"

#include <QMainWindow>
#include <QProcess>
#include <QTabWidget>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
// "sha256 Fingerprint=B4:33:..." -> "B4:33:..."
QString opensslFingerprint(const QString &pem)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
             QStringLiteral("-sha256"), QStringLiteral("-in"), pem});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    const QString out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    return out.section(QLatin1Char('='), 1).trimmed();
}
} // namespace

TEST(InspectorTlsLab, ImapsShowsTheLabCertificateTrustedByTheCaFile)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    if (!lab.valid)
        GTEST_SKIP() << "the mail lab is not running (missing " << lab.missing.toStdString()
                     << "); eval \"$(bash tests/lab/mail-lab.sh env)\"";
    const QString expected = opensslFingerprint(lab.caFile);
    ASSERT_FALSE(expected.isEmpty())
        << "openssl x509 -fingerprint -sha256 -in " << lab.caFile.toStdString();

    TraceHub hub;
    QMainWindow window;
    auto *dock = new InspectorDock(&hub, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.show();

    Channel channel(&hub, Protocol::Imap);
    ChannelOptions options;
    options.host = lab.host;
    options.port = lab.imaps;
    options.security = TransportSecurity::ImplicitTls;
    options.caFile = lab.caFile;
    options.label = QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps);
    QList<QByteArray> lines;
    QString failure;
    QObject::connect(&channel, &Channel::lineReceived,
                     [&](const QByteArray &line) { lines << line; });
    QObject::connect(&channel, &Channel::failed,
                     [&](Channel::ErrorKind, const QString &message) { failure = message; });
    channel.open(options);
    ASSERT_TRUE(waitUntil([&] { return !lines.isEmpty() || !failure.isEmpty(); })) << "no greeting";
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    channel.writeLine("a1 CAPABILITY\r\n", "a1 CAPABILITY",
                      QStringLiteral("CAPABILITY")); // RFC 9051 §6.1.1
    ASSERT_TRUE(waitUntil([&] { return !lines.isEmpty() && lines.constLast().startsWith("a1 "); }));
    channel.writeLine("a2 LOGOUT\r\n", "a2 LOGOUT", QStringLiteral("LOGOUT")); // RFC 9051 §6.1.3
    ASSERT_TRUE(waitUntil([&] { return lines.constLast().startsWith("a2 "); }));
    channel.close();

    ASSERT_TRUE(
        waitUntil([&] { return dock->transcript()->showConnection(channel.connectionId()); }));
    dock->tabs()->setCurrentWidget(dock->tls());
    dock->tls()->refresh();
    const QString text = dock->tls()->plainText();
    EXPECT_TRUE(text.contains(expected)) << "expected " << expected.toStdString() << " in\n"
                                         << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("trusted by the CA file"))) << text.toStdString();
    EXPECT_TRUE(text.contains(lab.caFile));
    EXPECT_TRUE(text.contains(QStringLiteral("Implicit TLS")));
    EXPECT_TRUE(text.contains(QStringLiteral("mail.example.test")));
    const TlsDetails &tls = dock->tls()->analysis().tls;
    EXPECT_EQ(tls.trust, TlsTrust::CaFile);
    EXPECT_EQ(tls.mode, TlsMode::Implicit);
    ASSERT_FALSE(tls.chain.isEmpty());
    EXPECT_TRUE(tls.chain.first().altNames.contains(QStringLiteral("mail.example.test")));
    EXPECT_TRUE(tls.chain.first().notAfter > QDateTime::currentDateTimeUtc());

    dock->capabilities()->refresh();
    const ConnectionAnalysis &a = dock->capabilities()->analysis();
    EXPECT_EQ(a.tlsMode, TlsMode::Implicit);
    ASSERT_NE(a.find(QStringLiteral("AUTH=PLAIN")), nullptr);
    EXPECT_TRUE(a.find(QStringLiteral("AUTH=PLAIN"))->afterTls);
    EXPECT_FALSE(a.sawListBeforeTls);
}
