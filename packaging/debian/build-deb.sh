#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Carteiro's Debian package (and the .tar.gz) in a fresh build folder,
# then prints the .deb's path on standard output (everything else goes to
# standard error). Dependencies are computed by dpkg-shlibdeps (CPack).
#
#   deb=$(bash packaging/debian/build-deb.sh)
#   CARTEIRO_DEB_BUILD_DIR=/tmp/deb bash packaging/debian/build-deb.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${CARTEIRO_DEB_BUILD_DIR:-$here/build-deb}
jobs=${CARTEIRO_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$here/.cache/ccache}
# Paths relative to each build folder (build/, build-deb/ beside the sources
# give the same relative paths) and no build folder in the hash: the package's
# build is served from the cache the test build filled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
for tool in cmake cpack dpkg-shlibdeps dpkg-deb file; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (bash packaging/debian/install-deps.sh)" >&2; exit 1; }
done

rm -rf "$build"
# The same compiler flags as packaging/build.sh (so ccache serves them), no
# tests, and translations looked for only where the package puts them.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CARTEIRO_BUILD_TYPE:-RelWithDebInfo} \
  -DCMAKE_INSTALL_PREFIX=/usr -DCARTEIRO_BUILD_TESTS=OFF -DCARTEIRO_BUILD_TREE_TRANSLATIONS=OFF >&2
cmake --build "$build" -j"$jobs" >&2
(cd "$build" && cpack -G "DEB;TGZ") >&2
deb=$(ls "$build"/carteiro_*.deb)
echo "build-deb: $(dpkg-deb -f "$deb" Package Version Architecture Depends | tr '\n' ' ')" >&2
echo "$deb"
