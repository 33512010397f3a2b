#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is missing (Debian 12), builds, starts
# the real Postfix + Dovecot lab on loopback, runs every test (unit, GUI
# offscreen, integration against the lab), then stops the lab, and builds,
# checks, installs, runs and removes the Debian package
# (packaging/debian/ci-package.sh; CARTEIRO_SKIP_PACKAGE=1 leaves it out).
#
#   bash tests/run-all.sh        # as root (or with sudo available)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E bash "$0" "$@"; fi
  echo "run-all: must run as root (the mail lab's Postfix refuses otherwise)" >&2; exit 1
fi
start=$SECONDS
bash "$here/packaging/debian/install-deps.sh"
bash "$here/packaging/build.sh"
build=${CARTEIRO_BUILD_DIR:-$here/build}

lab="$here/tests/lab/mail-lab.sh"
bash "$lab" start
trap 'bash "$lab" stop || true' EXIT
# shellcheck disable=SC1090
eval "$(bash "$lab" env)"

export QT_QPA_PLATFORM=offscreen
rc=0
ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 || rc=$?
# The tests that stop and start Dovecot or the second domain's MTA run last, alone
# (they skip above).
CARTEIRO_LAB_RESTARTABLE=1 ctest --test-dir "$build" --output-on-failure -R '^(OfflineLab|QueueLab)\.' --timeout 600 || rc=$?
if [ "${CARTEIRO_SKIP_PACKAGE:-0}" != 1 ]; then
  package_start=$SECONDS
  bash "$here/packaging/debian/ci-package.sh" || rc=$?
  echo "run-all: the package step took $((SECONDS - package_start)) s"
fi
echo "run-all: finished in $((SECONDS - start)) s (exit $rc)"
exit $rc
