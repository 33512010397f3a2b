// SPDX-License-Identifier: GPL-3.0-or-later
// The issue-10 fuzz entry points (IMAP and POP3 framers and sessions, outbox
// rows, saved drafts) over their seeds and kept crashing inputs
// (tests/data/fuzz/<target>/) and deterministic mutations, on every build.
// Deeper runs: libFuzzer, tests/fuzz/run.sh.
#include "../../fuzz/FuzzTargets.h"
#include "FuzzSmoke.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::fuzztest;

namespace {
void runDir(int (*target)(const uint8_t *, size_t), const char *name, int iterations)
{
    const QList<QByteArray> seeds = seedDir(name);
    ASSERT_FALSE(seeds.isEmpty()) << "no seeds under tests/data/fuzz/" << name;
    run(target, seeds, iterations);
}
} // namespace

// An abort() inside a target fails the whole test binary, which is the point.
TEST(FuzzSmoke, ImapFramer) { runDir(&fuzz::imapFramer, "imapFramer", 20000); }
TEST(FuzzSmoke, ImapSession) { runDir(&fuzz::imapSession, "imapSession", 20000); }
TEST(FuzzSmoke, Pop3Framer) { runDir(&fuzz::pop3Framer, "pop3Framer", 20000); }
TEST(FuzzSmoke, Pop3Session) { runDir(&fuzz::pop3Session, "pop3Session", 20000); }
TEST(FuzzSmoke, OutboxRecords) { runDir(&fuzz::outboxRecords, "outboxRecords", 5000); }
TEST(FuzzSmoke, DraftRecord) { runDir(&fuzz::draftRecord, "draftRecord", 20000); }
