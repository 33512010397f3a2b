// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bootstrap shared by the Channel and StepGate tests: a QCoreApplication
// for the event loop, a self-signed identity for the in-process loopback
// server (ScriptedServer on port 0, TestTls.h), ChannelOptions that reach it,
// and an event-loop spin with a hang guard.
#include "TestTls.h"
#include "net/Channel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <functional>
#include <gtest/gtest.h>

namespace carteiro::test {

class LoopbackTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        static int argc = 1;
        static char arg0[] = "unit_net";
        static char *argv[] = {arg0, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }

    void SetUp() override
    {
        identity = makeSelfSigned(QStringLiteral("lab.example"), {QStringLiteral("localhost")},
                                  {QStringLiteral("127.0.0.1")});
    }

    static ChannelOptions loopbackOptions(quint16 port, TransportSecurity security)
    {
        ChannelOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.security = security;
        o.connectTimeoutMs = 5000;
        o.replyTimeoutMs = 5000;
        return o;
    }

    // Spins the event loop until `done` or 15 s (a hang guard, not a timing check).
    static void runUntil(const std::function<bool()> &done)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    TlsIdentity identity;
};

} // namespace carteiro::test
