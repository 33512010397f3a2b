// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared pieces of the Pop3Session script tests: a configuration, the usual
// pre-TLS exchange, and checks that no credential or password leaked.
#include "Pop3Replay.h"

#include <gtest/gtest.h>

namespace carteiro::test {

inline Pop3Session::Config config(TransportSecurity security = TransportSecurity::StartTls)
{
    Pop3Session::Config c;
    c.security = security;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("secret");
    return c;
}

inline const QByteArray kPlainIr = QByteArray("\0alice\0secret", 13).toBase64();

inline const QByteArray kPreTls = "S: +OK POP3 ready\n"
                           "C: CAPA\n"
                           "S: +OK Capability list follows\n"
                           "S: TOP\n"
                           "S: UIDL\n"
                           "S: STLS\n"
                           "S: SASL CRAM-MD5\n"
                           "S: .\n"
                           "C: STLS\n"
                           "S: +OK Begin TLS negotiation\n"
                           "*: TLS\n"
                           "C: CAPA\n";

inline QByteArray capaAfterTls(const QByteArray &extra)
{
    return "S: +OK Capability list follows\n"
           "S: TOP\n"
           "S: UIDL\n"
           "S: RESP-CODES\n"
           "S: AUTH-RESP-CODE\n" + extra + "S: .\n";
}

inline void expectPasswordAbsent(const Pop3Run &run)
{
    for (const QByteArray &t : run.traceLines) {
        EXPECT_FALSE(t.contains("secret")) << t.constData();
        EXPECT_FALSE(t.contains(QByteArray("secret").toBase64())) << t.constData();
        EXPECT_FALSE(t.contains(kPlainIr)) << t.constData();
    }
}

inline void expectNoCredentials(const Pop3Run &run)
{
    for (const QByteArray &l : run.clientLines) {
        EXPECT_FALSE(l.startsWith("USER")) << l.constData();
        EXPECT_FALSE(l.startsWith("PASS")) << l.constData();
        EXPECT_FALSE(l.startsWith("AUTH")) << l.constData();
        EXPECT_FALSE(l.startsWith("APOP")) << l.constData();
    }
}

inline Pop3Session::Request req(Pop3Request::Kind kind, int message = 0, int lines = 0)
{
    Pop3Session::Request r;
    r.kind = kind;
    r.message = message;
    r.lines = lines;
    return r;
}

} // namespace carteiro::test
