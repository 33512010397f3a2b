#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds Carteiro into ${CARTEIRO_BUILD_DIR:-build} (Ninja, ccache).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CARTEIRO_BUILD_DIR:-$here/build}
export CCACHE_DIR=${CCACHE_DIR:-$here/.cache/ccache}
# Paths relative to each build folder (build/, build-deb/ beside the sources
# give the same relative paths) and no build folder in the hash: the package's
# build is served from the cache the test build filled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
jobs=${CARTEIRO_JOBS:-2}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CARTEIRO_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"$jobs"
