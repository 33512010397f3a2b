// SPDX-License-Identifier: GPL-3.0-or-later
// The session loader over damaged files: every prefix of a real file and
// seeded random byte flips. Nothing may crash, and every refusal names what
// was wrong. Deeper runs: fuzz_sessionFile (tests/fuzz/README.md).
#include "../../fuzz/FuzzTargets.h"
#include "DiagramFixtures.h"

#include "trace/SessionFile.h"
#include "trace/TraceTextParser.h"

#include <gtest/gtest.h>
#include <random>

using namespace carteiro;

namespace {
QByteArray validFile()
{
    SessionData d;
    d.connections = {{1, Protocol::Smtp, QStringLiteral("smtp://127.0.0.1:10587 (alice)")}};
    d.events = TraceTextParser::parse(carteiro::test::kLabSubmission).events;
    d.events[4].bytes = QByteArray("EHLO \xff\x00", 7); // one base64 line
    d.events[5].explanationKey = QStringLiteral("smtp.ehlo.PIPELINING");
    d.messages = {{QStringLiteral("sent"), QByteArray("Subject: x\r\n\r\nbody\r\n")}};
    return SessionFile::write(d);
}

void feedFuzzTarget(const QByteArray &b)
{
    fuzz::sessionFile(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
}
} // namespace

TEST(SessionFileFuzz, EveryPrefixIsRefusedWithANamedError)
{
    const QByteArray file = validFile();
    const qsizetype complete = file.lastIndexOf('}') + 1; // what follows is the final newline
    for (qsizetype n = 0; n < file.size(); ++n) {
        const QByteArray prefix = file.left(n);
        QString error;
        const auto d = SessionFile::read(prefix, &error);
        if (n < complete) {
            EXPECT_FALSE(d.has_value()) << "prefix " << n;
            EXPECT_FALSE(error.isEmpty()) << "prefix " << n;
        } else {
            EXPECT_TRUE(d.has_value()) << error.toStdString();
        }
        feedFuzzTarget(prefix);
        if (::testing::Test::HasFailure())
            return;
    }
}

TEST(SessionFileFuzz, RandomByteFlipsNeverCrashAndAlwaysExplain)
{
    const QByteArray file = validFile();
    std::mt19937 rng(20261206);
    int refused = 0, loaded = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = file;
        const int flips = 1 + int(rng() % 4);
        for (int k = 0; k < flips; ++k) {
            const qsizetype at = qsizetype(rng() % quint32(damaged.size()));
            switch (rng() % 3) {
            case 0: damaged[at] = char(rng()); break;
            case 1: damaged[at] = "{}[]\",:0-9.etn\\"[rng() % 15]; break;
            case 2: damaged.remove(at, 1 + rng() % 8); break;
            }
        }
        QString error;
        const auto d = SessionFile::read(damaged, &error);
        if (d) {
            ++loaded;
            EXPECT_TRUE(error.isEmpty());
            for (qsizetype i = 1; i < d->events.size(); ++i)
                ASSERT_GE(d->events[i].timestampNs, d->events[i - 1].timestampNs);
        } else {
            ++refused;
            ASSERT_FALSE(error.isEmpty()) << "round " << round;
        }
        feedFuzzTarget(damaged);
    }
    EXPECT_GT(refused, 1000); // most damage is caught ...
    EXPECT_GT(loaded, 0);     // ... and a flip inside a text is still a session
}
