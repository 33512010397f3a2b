// SPDX-License-Identifier: GPL-3.0-or-later
// Not a timed test (tests/bench/README.md): run with --gtest_also_run_disabled_tests
// to print how fast the framer + tokenizer + parsers eat a header sync.
#include "imap/ImapFramer.h"
#include "imap/ImapResponse.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <iostream>

using namespace carteiro;

TEST(ImapParseBenchmark, DISABLED_HundredThousandHeaderFetches)
{
    constexpr int kMessages = 100000;
    QByteArray stream;
    for (int i = 1; i <= kMessages; ++i) {
        const QByteArray n = QByteArray::number(i);
        stream += "* " + n + " FETCH (UID " + n + " FLAGS (\\Seen) INTERNALDATE \"23-Nov-2026 04:00:00 +0000\" "
                  "RFC822.SIZE 4400 ENVELOPE (\"Mon, 23 Nov 2026 04:00:00 +0000\" \"=?utf-8?q?Ol=C3=A1?= "
                  "message number " + n + "\" ((\"Alice Example\" NIL \"alice\" \"example.test\")) "
                  "((\"Alice Example\" NIL \"alice\" \"example.test\")) ((\"Alice Example\" NIL \"alice\" "
                  "\"example.test\")) ((\"Bob\" NIL \"bob\" \"example.test\")) NIL NIL NIL \"<" + n +
                  "@example.test>\") BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL "
                  "\"quoted-printable\" 1200 30 NIL NIL NIL NIL)(\"image\" \"png\" (\"name\" \"a.png\") NIL NIL "
                  "\"base64\" 2400 NIL (\"attachment\" (\"filename\" \"a.png\")) NIL NIL) \"mixed\" "
                  "(\"boundary\" \"b1\") NIL NIL NIL))\r\n";
    }
    QElapsedTimer t;
    t.start();
    ImapFramer framer;
    qint64 parsed = 0;
    for (qsizetype pos = 0; pos < stream.size(); pos += 64 * 1024) {
        framer.feed(stream.mid(pos, 64 * 1024));
        while (std::optional<QByteArray> f = framer.next()) {
            QString error;
            const std::optional<ImapResponse> r = ImapResponse::parse(*f, &error);
            ASSERT_TRUE(r && r->fetch.envelope && r->fetch.bodyStructure) << error.toStdString();
            ++parsed;
        }
    }
    const double secs = t.nsecsElapsed() / 1e9;
    EXPECT_EQ(parsed, kMessages);
    std::cout << "parsed " << parsed << " FETCH responses, " << stream.size() / 1e6 << " MB in " << secs
              << " s: " << stream.size() / 1e6 / secs << " MB/s, " << parsed / secs << " responses/s\n";
}
