// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared pieces of the SmtpSession script tests: a configuration, an envelope,
// the usual exchange before TLS and the check that no password leaked.
#include "SmtpReplay.h"

#include <gtest/gtest.h>

namespace carteiro::test {

inline SmtpSession::Config config(TransportSecurity security = TransportSecurity::StartTls)
{
    SmtpSession::Config c;
    c.ehloName = "client.example";
    c.security = security;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("secret");
    return c;
}

inline SmtpEnvelope envelope(QList<QByteArray> rcpts = {"bob@example.test", "carol@example.test"})
{
    SmtpEnvelope e;
    e.from = "alice@example.test";
    e.recipients = rcpts;
    e.size = 1234;
    return e;
}

inline const QByteArray kPlainIr = QByteArray("\0alice\0secret", 13).toBase64(); // AGFsaWNlAHNlY3JldA==

inline const QByteArray kPreTls = "S: 220 mail.example.test ESMTP Postfix\n"
                           "C: EHLO client.example\n"
                           "S: 250-mail.example.test\n"
                           "S: 250-PIPELINING\n"
                           "S: 250-SIZE 10240000\n"
                           "S: 250-STARTTLS\n"
                           "S: 250-ENHANCEDSTATUSCODES\n"
                           "S: 250 8BITMIME\n"
                           "C: STARTTLS\n"
                           "S: 220 2.0.0 Ready to start TLS\n"
                           "*: TLS\n"
                           "C: EHLO client.example\n";

inline QByteArray ehloAfterTls(const QByteArray &extra)
{
    return "S: 250-mail.example.test\n"
           "S: 250-SIZE 10240000\n"
           "S: 250-AUTH PLAIN LOGIN\n" +
           extra +
           "S: 250-ENHANCEDSTATUSCODES\n"
           "S: 250 8BITMIME\n";
}

inline void expectPasswordAbsent(const SmtpRun &run)
{
    for (const QByteArray &t : run.traceLines) {
        EXPECT_FALSE(t.contains("secret")) << t.constData();
        EXPECT_FALSE(t.contains(QByteArray("secret").toBase64())) << t.constData();
        EXPECT_FALSE(t.contains(kPlainIr)) << t.constData();
    }
}

} // namespace carteiro::test
