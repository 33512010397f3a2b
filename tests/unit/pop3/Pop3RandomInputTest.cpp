// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile server bytes, generated deterministically from POP3-looking pieces
// and noise, through Pop3Framer + Pop3Session: no crash, bodies bounded, and
// two invariants that must hold whatever the server says: on a STLS-required
// account no credential leaves before TLS, and the password never reaches the
// inspector's text.
#include "pop3/Pop3Framer.h"
#include "pop3/Pop3Session.h"

#include <gtest/gtest.h>
#include <iostream>
#include <random>

using namespace carteiro;

namespace {

QByteArray randomServer(std::mt19937 &rng)
{
    // Whole answers, so that sessions get far (authenticated, bodies), mixed
    // with broken pieces and noise.
    static const QList<QByteArray> phrases = {
        "+OK\r\n", "+OK\r\n", "+OK\r\n", "-ERR\r\n", "-ERR [IN-USE] x\r\n", "-ERR [AUTH] no\r\n",
        "+OK\r\nUSER\r\nPIPELINING\r\nSASL PLAIN CRAM-MD5\r\nSTLS\r\n.\r\n",
        "+OK\r\n1 abc\r\n2 def\r\n.\r\n", "+OK\r\n1 120\r\n.\r\n",
        "+OK\r\nSubject: x\r\n\r\n..dot\r\nbody\r\n.\r\n", "+OK\r\n.\r\n", ".\r\n", "..\r\n",
        "+ PDEyMz4=\r\n", "+ !!\r\n", "+\r\n", "+OK <1896.697170952@dbc>\r\n", "[SYS/TEMP]",
        "\r", "\n", " ", QByteArray("\0", 1), "\xff"};
    std::uniform_int_distribution<int> count(0, 30), pick(0, int(phrases.size()) - 1), kind(0, 19),
        noise(0, 255);
    QByteArray out;
    if (kind(rng) < 14) // a plausible start: greeting, CAPA, USER, PASS accepted
        out = "+OK ready\r\n+OK\r\nUSER\r\nPIPELINING\r\nSTLS\r\n.\r\n+OK\r\n+OK\r\n";
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        switch (kind(rng)) {
        case 0: out += char(noise(rng)); break;
        case 1: out += QByteArray(kind(rng) * 300, 'A'); break;
        default: out += phrases.at(pick(rng));
        }
    }
    return out;
}

struct Coverage
{
    int authenticated = 0, bodies = 0, done = 0;
};

void feed(const Pop3Session::Config &config, const QByteArray &server, std::mt19937 &rng,
          const std::function<void(const Pop3Session::Output &, const Pop3Session &)> &check,
          Coverage &coverage)
{
    Pop3Session session(config);
    Pop3Framer framer(1024, 4096);
    std::uniform_int_distribution<int> cut(1, 64);
    bool stop = false;
    for (qsizetype pos = 0; pos < server.size() && !stop;) {
        const int len = cut(rng);
        framer.feed(server.mid(pos, len));
        pos += len;
        while (!stop) {
            auto frame = framer.next();
            if (!frame) {
                if (framer.hasError())
                    check(session.connectionLost(framer.error()), session);
                stop = stop || framer.hasError();
                break;
            }
            EXPECT_LE(frame->size(), 4096 + 2);
            Pop3Session::Output out = session.feedFrame(*frame);
            check(out, session);
            for (const Pop3Session::Reply &r : out.replies)
                coverage.bodies += r.request.hasBody() ? 1 : 0;
            if (out.authenticated) {
                ++coverage.authenticated;
                check(session.request({Pop3Request::Kind::Uidl, 0, 0}), session);
                check(session.request({Pop3Request::Kind::Retr, 1, 0}), session);
            }
            if (session.expectsBody())
                framer.expectBody();
            stop = out.startTls || out.close || session.isFinished();
        }
    }
    coverage.done += session.succeeded() ? 1 : 0;
    check(session.connectionLost(QStringLiteral("end")), session);
    EXPECT_TRUE(session.isFinished());
}

} // namespace

TEST(Pop3RandomInput, NoCredentialBeforeTlsAndNoPasswordInTheTrace)
{
    std::mt19937 rng(20261123);
    Coverage coverage;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray server = randomServer(rng);
        SCOPED_TRACE(server.toPercentEncoding().left(400).constData());
        Pop3Session::Config c;
        c.credentials.username = QStringLiteral("alice");
        c.credentials.password = QStringLiteral("s3cret-pass");
        c.security = TransportSecurity::StartTls;
        feed(c, server, rng, [](const Pop3Session::Output &out, const Pop3Session &s) {
            for (const Pop3Command &cmd : out.commands) {
                EXPECT_TRUE(cmd.wire.endsWith("\r\n"));
                for (const char *verb : {"USER", "PASS", "AUTH", "APOP"})
                    EXPECT_NE(cmd.verb, QByteArray(verb)) << "credential before TLS";
            }
            EXPECT_FALSE(s.isTlsActive());
        }, coverage);

        c.security = TransportSecurity::ImplicitTls;
        feed(c, server, rng, [](const Pop3Session::Output &out, const Pop3Session &) {
            for (const Pop3Command &cmd : out.commands) {
                EXPECT_FALSE(cmd.traceText.contains("s3cret-pass"));
                EXPECT_FALSE(cmd.traceText.contains(QByteArray("s3cret-pass").toBase64()));
                EXPECT_FALSE(cmd.wire.left(cmd.wire.size() - 2).contains('\n'));
            }
            for (const Pop3Session::Reply &r : out.replies)
                EXPECT_LE(r.body.size(), 4096 + 2);
        }, coverage);
        if (::testing::Test::HasFailure())
            return;
    }
    // The generator must reach the interesting states, or the test proves little.
    EXPECT_GT(coverage.authenticated, 100);
    EXPECT_GT(coverage.bodies, 20);
    std::cout << "authenticated " << coverage.authenticated << ", bodies " << coverage.bodies
              << ", clean QUIT " << coverage.done << std::endl;
}
