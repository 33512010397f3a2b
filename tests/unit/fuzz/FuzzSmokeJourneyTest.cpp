// SPDX-License-Identifier: GPL-3.0-or-later
// The journey's fuzz entry point (tests/fuzz/FuzzJourney.cpp) over its seeds
// (tests/data/fuzz/journeyHeader/) and deterministic mutations, on every
// build. Deeper runs: libFuzzer, tests/fuzz/run.sh journeyHeader.
#include "../../fuzz/FuzzTargets.h"
#include "FuzzSmoke.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::fuzztest;

// An abort() inside the target fails the whole test binary, which is the point.
TEST(FuzzSmoke, JourneyHeader)
{
    const QList<QByteArray> seeds = seedDir("journeyHeader");
    ASSERT_GE(seeds.size(), 7) << "seeds under tests/data/fuzz/journeyHeader";
    run(&fuzz::journeyHeader, seeds, 20000);
}
