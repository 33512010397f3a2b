// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers of the inspector's GUI tests: a realistic SMTP submission
// recorded into a TraceHub the way Channel records it, and condition waits.
#include "trace/TraceHub.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <functional>

namespace carteiro::test {

inline const QByteArray kFixturePassword = QByteArrayLiteral("s3cr3t-Passw0rd");

// Waits for a condition with a generous bound (never a fixed number of spins).
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// One event as Channel makes it: "250 2.1.0 Ok" gets replyCode 250 and "2.1.0".
inline TraceEvent fixtureEvent(quint32 connection, Direction direction, TraceKind kind, const QByteArray &bytes,
                               bool tls, const QString &verb = {})
{
    TraceEvent e;
    e.connection = connection;
    e.protocol = Protocol::Smtp;
    e.direction = direction;
    e.kind = kind;
    e.bytes = bytes;
    e.insideTls = tls;
    e.verb = verb;
    if (direction == Direction::ServerToClient && kind == TraceKind::Line && bytes.size() >= 3 &&
        std::isdigit(uchar(bytes[0]))) {
        e.replyCode = bytes.left(3).toInt();
        const QByteArray word = bytes.mid(4).split(' ').value(0);
        if (word.count('.') == 2 && (word[0] == '2' || word[0] == '4' || word[0] == '5'))
            e.enhancedCode = QString::fromLatin1(word);
    }
    return e;
}

// A submission like the lab's (STARTTLS, AUTH PLAIN, pipelined MAIL/RCPT, BDAT),
// with the password registered as a secret; two extra lines carry the password
// raw and in base64, which the hub must mask at the tap.
inline quint32 recordSmtpSubmission(TraceHub &hub, const QString &label = QStringLiteral("smtp://127.0.0.1:10587"))
{
    hub.addSecret(kFixturePassword);
    const quint32 c = hub.openConnection(Protocol::Smtp, label);
    using D = Direction;
    using K = TraceKind;
    const QList<TraceEvent> events = {
        fixtureEvent(c, D::Note, K::Info, "connecting to 127.0.0.1:10587 (TCP)", false),
        fixtureEvent(c, D::ServerToClient, K::Line, "220 mail.example.test ESMTP Postfix", false),
        fixtureEvent(c, D::ClientToServer, K::Line, "EHLO vm", false, QStringLiteral("EHLO")),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-mail.example.test", false),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-PIPELINING", false),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-STARTTLS", false),
        fixtureEvent(c, D::ServerToClient, K::Line, "250 CHUNKING", false),
        fixtureEvent(c, D::ClientToServer, K::Line, "STARTTLS", false, QStringLiteral("STARTTLS")),
        fixtureEvent(c, D::ServerToClient, K::Line, "220 2.0.0 Ready to start TLS", false),
        [c] {
            TraceEvent e = fixtureEvent(c, D::Note, K::TlsHandshake, {}, true);
            e.tls.protocol = QStringLiteral("TLSv1.3");
            e.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
            e.tls.subject = QStringLiteral("mail.example.test, localhost");
            e.tls.issuer = QStringLiteral("mail.example.test");
            e.tls.sha256 = QStringLiteral("271684e0b52dfdff80af7f7f4e13dca6385edd22b207d79e8a1239d9958dbee5");
            e.tls.verified = true;
            return e;
        }(),
        [c] {
            TraceEvent e = fixtureEvent(c, D::Note, K::StateChange, {}, true);
            e.state = QStringLiteral("EHLO");
            return e;
        }(),
        fixtureEvent(c, D::ClientToServer, K::Line, "EHLO vm", true, QStringLiteral("EHLO")),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-mail.example.test", true),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-PIPELINING", true),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-AUTH PLAIN LOGIN SCRAM-SHA-256", true),
        fixtureEvent(c, D::ServerToClient, K::Line, "250-ENHANCEDSTATUSCODES", true),
        fixtureEvent(c, D::ServerToClient, K::Line, "250 CHUNKING", true),
        // SmtpSession's trace form of AUTH PLAIN: the structure, never the secret.
        fixtureEvent(c, D::ClientToServer, K::Line, "AUTH PLAIN <\\0alice@example.test\\0*****>", true,
                     QStringLiteral("AUTH")),
        fixtureEvent(c, D::ServerToClient, K::Line, "235 2.7.0 Authentication successful", true),
        // As if some code path leaked the password raw and in base64 (AUTH LOGIN's
        // form): the hub's registered secret masks both at the tap.
        fixtureEvent(c, D::ClientToServer, K::Line, kFixturePassword.toBase64(), true),
        fixtureEvent(c, D::Note, K::Info, "debug: password is " + kFixturePassword, true),
        fixtureEvent(c, D::ClientToServer, K::Line, "MAIL FROM:<alice@example.test> SIZE=49982", true,
                     QStringLiteral("MAIL")),
        fixtureEvent(c, D::ClientToServer, K::Line, "RCPT TO:<bob@example.test>", true, QStringLiteral("RCPT")),
        fixtureEvent(c, D::ServerToClient, K::Line, "250 2.1.0 Ok", true),
        fixtureEvent(c, D::ServerToClient, K::Line, "250 2.1.5 Ok", true),
        fixtureEvent(c, D::ClientToServer, K::Line, "BDAT 49982 LAST", true, QStringLiteral("BDAT")),
        [c] {
            TraceEvent e = fixtureEvent(c, D::ClientToServer, K::BodySummary, "message in BDAT chunks", true);
            e.bodyBytes = 49982;
            return e;
        }(),
        fixtureEvent(c, D::ServerToClient, K::Line, "250 2.0.0 Ok: 49982 bytes queued as F09E9A761FD", true),
        fixtureEvent(c, D::ClientToServer, K::Line, "QUIT", true, QStringLiteral("QUIT")),
        fixtureEvent(c, D::ServerToClient, K::Line, "221 2.0.0 Bye", true),
    };
    for (const TraceEvent &e : events)
        hub.record(e);
    return c;
}

// Every form of the fixture's secret that must never be shown.
inline QList<QByteArray> fixtureSecretForms()
{
    const QByteArray plain = QByteArray("\0alice@example.test\0", 20) + kFixturePassword;
    return {kFixturePassword, kFixturePassword.toBase64(), plain.toBase64()};
}

// The id of the hub's newest event (0 when none).
inline quint64 lastHubId(const TraceHub &hub)
{
    const QList<TraceEvent> h = hub.history();
    return h.isEmpty() ? 0 : h.constLast().id;
}

} // namespace carteiro::test
