// SPDX-License-Identifier: GPL-3.0-or-later
// Not a timed test (tests/bench/README.md): DISABLED_, run it by hand with
//   unit_pop3 --gtest_also_run_disabled_tests --gtest_filter='*Throughput*'
// It feeds 10,000 pipelined RETR answers of ~4.4 KB (44 MB, the tests/bench/README.md
// POP3 case) through Pop3Framer + Pop3Session in 64 KB reads and prints the
// time and MB/s of the parsing alone (no TLS, no socket).
#include "pop3/Pop3Framer.h"
#include "pop3/Pop3Session.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <iostream>

using namespace carteiro;

TEST(Pop3Throughput, DISABLED_TenThousandPipelinedRetr)
{
    QByteArray message = "Subject: benchmark\r\nFrom: a@example.test\r\n\r\n";
    while (message.size() < 4400)
        message += ".a line that starts with a dot and is dot-stuffed on the wire, plus text\r\n";
    QByteArray stuffed;
    for (const QByteArray &l : message.split('\n'))
        if (!l.isEmpty())
            stuffed += (l.startsWith('.') ? "." + l : l) + "\n";
    const int count = 10000;
    QByteArray wire = "+OK ready\r\n+OK\r\nUSER\r\nPIPELINING\r\n.\r\n+OK\r\n+OK\r\n";
    wire.reserve(wire.size() + count * (stuffed.size() + 16));
    for (int i = 0; i < count; ++i)
        wire += "+OK\r\n" + stuffed + ".\r\n";
    wire += "+OK bye\r\n";

    for (int round = 0; round < 5; ++round) {
        Pop3Session::Config c;
        c.security = TransportSecurity::ImplicitTls;
        c.credentials.username = QStringLiteral("u");
        c.credentials.password = QStringLiteral("p");
        Pop3Session session(c);
        Pop3Framer framer;
        qint64 bodies = 0, bodyBytes = 0;
        QElapsedTimer t;
        t.start();
        auto handle = [&](const Pop3Session::Output &out) {
            for (const auto &r : out.replies) {
                ++bodies;
                bodyBytes += r.body.size();
            }
            if (out.authenticated)
                for (int i = 1; i <= count; ++i)
                    session.request({Pop3Session::Request::Kind::Retr, i, 0});
        };
        for (qsizetype pos = 0; pos < wire.size(); pos += 64 * 1024) {
            framer.feed(wire.mid(pos, 64 * 1024));
            while (auto f = framer.next()) {
                handle(session.feedFrame(*f));
                if (session.pendingRequests() == 0 && session.state() == Pop3Session::State::Transaction)
                    handle(session.quit());
                if (session.expectsBody())
                    framer.expectBody(message.size());
            }
        }
        const double ms = t.nsecsElapsed() / 1e6;
        EXPECT_EQ(bodies, count);
        EXPECT_EQ(bodyBytes, qint64(count) * message.size());
        EXPECT_TRUE(session.succeeded());
        std::cout << "round " << round << ": " << count << " RETR, " << wire.size() / 1e6 << " MB in "
                  << ms << " ms = " << (wire.size() / 1e6) / (ms / 1000) << " MB/s" << std::endl;
    }
}
