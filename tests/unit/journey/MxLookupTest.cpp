// SPDX-License-Identifier: GPL-3.0-or-later
// The MX lookup (core/engine/MxLookup.h) against a real nameserver: dnsmasq on
// 127.0.43.1:53 with the records of a small course world - two MX with their
// preferences, a domain with only an A record (the implicit MX of RFC 5321
// §5.1), and a name that does not exist. Skipped cleanly when dnsmasq is not
// installed (Debian: dnsmasq-base) or cannot listen there (port 53 needs root).
// The domain checks and the lab nameserver's parsing need no DNS.
// The samples are ASCII literals: let them read as QString here (before any Qt header).
#undef QT_NO_CAST_FROM_ASCII
#include "engine/MxLookup.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

MxResult ask(const QString &domain)
{
    MxLookup lookup;
    QSignalSpy done(&lookup, &MxLookup::finished);
    lookup.lookup(domain);
    EXPECT_TRUE(done.wait(10000)) << "no answer for " << domain.toStdString();
    return done.isEmpty() ? MxResult() : done.first().first().value<MxResult>();
}

class EnvGuard
{
public:
    explicit EnvGuard(const QByteArray &value) : m_old(qgetenv("CARTEIRO_LAB_DNS_SERVER"))
    {
        qputenv("CARTEIRO_LAB_DNS_SERVER", value);
    }
    ~EnvGuard()
    {
        if (m_old.isNull())
            qunsetenv("CARTEIRO_LAB_DNS_SERVER");
        else
            qputenv("CARTEIRO_LAB_DNS_SERVER", m_old);
    }

private:
    QByteArray m_old;
};

} // namespace

TEST(MxLookup, DomainsAreCheckedBeforeAnyQuestion)
{
    QString error;
    EXPECT_EQ(MxLookup::domainOf(QStringLiteral("Bob <bob@Example.TEST>"), &error), QStringLiteral("example.test"));
    EXPECT_EQ(MxLookup::domainOf(QStringLiteral("example.test."), &error), QStringLiteral("example.test"));
    // An international domain is asked in its ASCII form (IDNA).
    EXPECT_EQ(MxLookup::domainOf(QString::fromUtf8("zé@correio.ação.example"), &error),
              QStringLiteral("correio.xn--ao-siap.example"));
    EXPECT_TRUE(MxLookup::domainOf(QStringLiteral("not a domain!"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("not a domain!"))) << error.toStdString();
    EXPECT_TRUE(MxLookup::domainOf(QStringLiteral(""), &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("no domain"))) << error.toStdString();
    EXPECT_TRUE(MxLookup::domainOf(QStringLiteral("bob@[192.0.2.1]"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("literal"))) << error.toStdString();

    const MxResult bad = ask(QStringLiteral("bob@exa mple.test"));
    EXPECT_EQ(bad.outcome, MxResult::Outcome::BadDomain);
    EXPECT_FALSE(bad.error.isEmpty());
    EXPECT_EQ(bad.explanation, QStringList{bad.error});
}

TEST(MxLookup, LabNameserverFromTheEnvironment)
{
    QString note;
    {
        EnvGuard env("127.0.43.1");
        EXPECT_EQ(MxLookup::labNameserver(&note), QHostAddress(QStringLiteral("127.0.43.1")));
        EXPECT_TRUE(note.contains(QStringLiteral("127.0.43.1")));
    }
    {
        EnvGuard env("127.0.43.1:53");
        EXPECT_EQ(MxLookup::labNameserver(&note), QHostAddress(QStringLiteral("127.0.43.1")));
    }
    {
        EnvGuard env("127.0.43.1:5353");
        const QHostAddress a = MxLookup::labNameserver(&note);
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
        EXPECT_TRUE(a.isNull());
        EXPECT_TRUE(note.contains(QStringLiteral("5353"))) << note.toStdString();
#else
        EXPECT_FALSE(a.isNull());
#endif
    }
    {
        EnvGuard env("dns.example");
        EXPECT_TRUE(MxLookup::labNameserver(&note).isNull());
        EXPECT_TRUE(note.contains(QStringLiteral("dns.example"))) << note.toStdString();
    }
}

// One test for every question: one dnsmasq at a time on 127.0.43.1.
TEST(MxLookup, AnswersOfARealNameserver)
{
    QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"));
    if (dnsmasq.isEmpty())
        dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (dnsmasq.isEmpty())
        GTEST_SKIP() << "dnsmasq is not installed (Debian: apt-get install dnsmasq-base)";
    QTemporaryDir dir;
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(dnsmasq, {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=/dev/null"),
                           QStringLiteral("--no-resolv"), QStringLiteral("--no-hosts"),
                           QStringLiteral("--listen-address=127.0.43.1"), QStringLiteral("--bind-interfaces"),
                           QStringLiteral("--port=53"), QStringLiteral("--local=/test/"),
                           QStringLiteral("--mx-host=example.test,mail.example.test,10"),
                           QStringLiteral("--mx-host=example.test,backup.example.test,20"),
                           QStringLiteral("--host-record=implicit.test,127.0.43.9"),
                           QStringLiteral("--pid-file=") + dir.filePath(QStringLiteral("dnsmasq.pid")),
                           QStringLiteral("--user=") + qEnvironmentVariable("USER", QStringLiteral("root")),
                           QStringLiteral("--log-facility=-")});
    if (!server.waitForStarted(5000))
        GTEST_SKIP() << "dnsmasq did not start: " << server.errorString().toStdString();
    // Listening once a question on port 53 is answered (or dnsmasq ended: then skip).
    bool up = false;
    for (int i = 0; i < 50 && !up && server.state() == QProcess::Running; ++i) {
        QUdpSocket probe;
        // A question for "test" IN A (RFC 1035 §4.1): header, then the name and its type and class.
        const QByteArray query = QByteArray::fromHex("abcd01000001000000000000") + QByteArray("\x04test\x00\x00\x01\x00\x01", 10);
        probe.writeDatagram(query, QHostAddress(QStringLiteral("127.0.43.1")), 53);
        up = probe.waitForReadyRead(100);
    }
    if (!up) {
        server.kill();
        server.waitForFinished();
        GTEST_SKIP() << "dnsmasq cannot listen on 127.0.43.1:53: " << server.readAll().toStdString();
    }
    EnvGuard env("127.0.43.1");

    const MxResult mx = ask(QStringLiteral("bob@example.test"));
    EXPECT_EQ(mx.outcome, MxResult::Outcome::Mx);
    EXPECT_EQ(mx.nameserver, QStringLiteral("127.0.43.1"));
    ASSERT_EQ(mx.exchanges.size(), 2);
    EXPECT_EQ(mx.exchanges.at(0).preference, 10);
    EXPECT_EQ(mx.exchanges.at(0).host, QStringLiteral("mail.example.test"));
    EXPECT_EQ(mx.exchanges.at(1).preference, 20);
    EXPECT_EQ(mx.exchanges.at(1).host, QStringLiteral("backup.example.test"));
    EXPECT_TRUE(mx.explanation.join(' ').contains(QStringLiteral("lowest preference first (mail.example.test)")))
        << mx.explanation.join('\n').toStdString();

    const MxResult implicit = ask(QStringLiteral("implicit.test"));
    EXPECT_EQ(implicit.outcome, MxResult::Outcome::ImplicitMx) << implicit.error.toStdString();
    EXPECT_EQ(implicit.addresses, QStringList{QStringLiteral("127.0.43.9")});
    EXPECT_TRUE(implicit.explanation.join(' ').contains(QStringLiteral("5.1")));

    const MxResult none = ask(QStringLiteral("nosuch.test"));
    EXPECT_EQ(none.outcome, MxResult::Outcome::NoMailHost);
    EXPECT_TRUE(none.exchanges.isEmpty());
    EXPECT_TRUE(none.explanation.join(' ').contains(QStringLiteral("no such domain")));

    server.terminate();
    if (!server.waitForFinished(3000))
        server.kill();
}
