// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer binary per target: CARTEIRO_FUZZ_TARGET names the entry point.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return carteiro::fuzz::CARTEIRO_FUZZ_TARGET(data, size);
}
