#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each one for N
# runs, one after the other, printing runs and time per target. Installs
# nothing: needs clang and its runtime (Debian: clang, libclang-rt-14-dev).
#
#   tests/fuzz/run.sh [-n RUNS] [TARGET...]      # default: 1000000 runs, every target
#
# Environment: CARTEIRO_FUZZ_BUILD_DIR (default build-fuzz), CARTEIRO_JOBS
# (build jobs, default 2), CARTEIRO_FUZZ_ARGS (more libFuzzer flags).
# Seeds come from tests/data/fuzz/<target>/ (read only); the growing corpus,
# logs and any crashing input go to <build dir>/fuzz-work/<target>/. Keep a
# crashing input under tests/data/fuzz/<target>/ once it is fixed.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${CARTEIRO_FUZZ_BUILD_DIR:-$here/build-fuzz}
jobs=${CARTEIRO_JOBS:-2}
runs=1000000
if [[ ${1:-} == -n ]]; then
    runs=$2
    shift 2
fi
all=(imapFramer imapSession pop3Framer pop3Session outboxRecords draftRecord
     smtpSession lineFramer mimeTree dataEncoder sessionFile journeyHeader)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all[@]}")

command -v clang++ >/dev/null || { echo "run.sh: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if [[ ! -f $build/CMakeCache.txt ]]; then
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCARTEIRO_FUZZ=ON -DCARTEIRO_BUILD_GUI=OFF \
        -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link" >/dev/null
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}"

# UBSan findings stop the run like a crash; leaks are findings too.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
failed=0
printf '%-14s %10s %9s %10s  %s\n' target runs seconds 'runs/s' result
for t in "${targets[@]}"; do
    work=$build/fuzz-work/$t
    mkdir -p "$work/corpus" "$work/artifacts"
    seeds=()
    [[ -d $here/tests/data/fuzz/$t ]] && seeds=("$here/tests/data/fuzz/$t")
    start=$(date +%s.%N)
    rc=0
    # shellcheck disable=SC2086
    "$build/tests/fuzz_$t" -runs="$runs" -print_final_stats=1 -rss_limit_mb=2048 -timeout=30 \
        -artifact_prefix="$work/artifacts/" ${CARTEIRO_FUZZ_ARGS:-} "$work/corpus" "${seeds[@]}" \
        >"$work/log" 2>&1 || rc=$?
    end=$(date +%s.%N)
    done_runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
    rate=$(awk -v r="${done_runs:-0}" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? r / s : r) }')
    if [[ $rc -eq 0 ]]; then
        result=ok
    else
        result="FINDING (exit $rc): $(ls -t "$work/artifacts" | head -1), log $work/log"
        failed=1
    fi
    printf '%-14s %10s %9s %10s  %s\n' "$t" "${done_runs:-?}" "$secs" "$rate" "$result"
done
exit $failed
