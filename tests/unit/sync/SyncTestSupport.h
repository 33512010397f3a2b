// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the sync tests share: the event loop they wait in, their
// QCoreApplication, and a plaintext login on the loopback FakeImapServer
// (FakeImapServer.h) the way a lab account logs in.
#include "account/AccountSettings.h"
#include "imap/ImapSession.h"
#include "net/Channel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <functional>
#include <gtest/gtest.h>

namespace carteiro::test {

// Runs the event loop until `done` or `ms` passed; the last answer of `done`.
inline bool runUntil(const std::function<bool()> &done, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

inline ChannelOptions fakeServerChannel(quint16 port)
{
    ChannelOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = TransportSecurity::Plain;
    o.connectTimeoutMs = 5000;
    o.replyTimeoutMs = 5000;
    return o;
}

// An account whose IMAP server is the loopback FakeImapServer on `port`.
inline AccountSettings fakeServerAccount(const QString &id, quint16 port)
{
    AccountSettings a;
    a.id = id;
    a.name = QStringLiteral("Fake");
    a.address = QStringLiteral("alice@example.test");
    a.username = QStringLiteral("alice");
    a.lab = true; // plaintext on loopback is a lab account's only
    a.imapHost = QStringLiteral("127.0.0.1");
    a.imapPort = port;
    a.imapSecurity = TransportSecurity::Plain;
    return a;
}

inline ImapSession::Config fakeServerLogin()
{
    ImapSession::Config c;
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("pw");
    return c;
}

// The QCoreApplication the sockets and timers need (made once; it lives
// until the process ends).
inline void ensureCoreApplication()
{
    static int argc = 1;
    static char name[] = "unit_sync";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

class SyncTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { ensureCoreApplication(); }
};

} // namespace carteiro::test
