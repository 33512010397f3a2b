#!/usr/bin/env bash
# Configures and builds Carteiro into ${CARTEIRO_BUILD_DIR:-build} (Ninja, ccache).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CARTEIRO_BUILD_DIR:-$here/build}
export CCACHE_DIR=${CCACHE_DIR:-$here/.cache/ccache}
jobs=${CARTEIRO_JOBS:-2}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CARTEIRO_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"$jobs"
