#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's packaging step (tests/run-all.sh runs it after the tests), as root on
# Debian 12: the desktop entry and AppStream data are valid; the package builds
# and has no lintian error; apt installs it; the installed programs answer
# --version, and /usr/bin/carteiro draws its window in pt_BR offscreen with the
# translation from /usr/share/carteiro/translations; then the package is removed.
#
#   bash packaging/debian/ci-package.sh [OUT_DIR]   (the screenshot goes there)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-${TMPDIR:-/tmp}/carteiro-ci-package}
mkdir -p "$out"
start=$SECONDS
log() { printf '[ci-package] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

log "desktop entry and AppStream metadata"
desktop-file-validate "$here/packaging/linux/io.github.carteiro.Carteiro.desktop"
appstreamcli validate --no-net "$here/packaging/linux/io.github.carteiro.Carteiro.metainfo.xml" >&2
version=$(sed -n 's/^project(Carteiro VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
grep -q "<release version=\"$version\"" "$here/packaging/linux/io.github.carteiro.Carteiro.metainfo.xml" ||
  fail "the metainfo has no <release> for version $version"

log "building the package"
deb=$(bash "$here/packaging/debian/build-deb.sh")
ls "$(dirname "$deb")"/carteiro-*.tar.gz >/dev/null || fail "no .tar.gz beside $deb"

log "lintian $(basename "$deb")"
lintian --fail-on error --tag-display-limit 0 "$deb" >&2 || fail "lintian found errors in $deb"

log "apt install $deb"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 -q install -y "$deb" >&2
trap 'apt-get -o DPkg::Lock::Timeout=600 -q remove -y --purge carteiro >&2 || true' EXIT

log "the installed programs"
[ -x /usr/bin/carteiro ] && [ -x /usr/bin/carteiro-cli ] || fail "the programs are not in /usr/bin"
[ -f /usr/share/carteiro/translations/carteiro_pt_BR.qm ] || fail "the pt_BR translation is not installed"
gui_version=$(/usr/bin/carteiro --version) && echo "$gui_version" >&2
cli_version=$(/usr/bin/carteiro-cli --version) && echo "$cli_version" >&2
[[ $gui_version == "carteiro $version"* ]] || fail "carteiro --version said: $gui_version"
[[ $cli_version == "carteiro-cli $version"* ]] || fail "carteiro-cli --version said: $cli_version"
# Portuguese from the installed .qm files (the package's programs know no build tree).
help_pt=$(LANG=pt_BR.UTF-8 LANGUAGE=pt_BR /usr/bin/carteiro --help)
grep -q 'cliente de e-mail' <<<"$help_pt" || fail "carteiro --help is not in Portuguese: $help_pt"
man -w carteiro carteiro-cli >/dev/null 2>&1 || [ -f /usr/share/man/man1/carteiro.1.gz ] || fail "no man page"

log "screenshot of /usr/bin/carteiro in pt_BR"
shot="$out/carteiro-installed-pt_BR.png"
rm -f "$shot"
profile=$(mktemp -d)
XDG_RUNTIME_DIR="$profile/run" XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
  LANG=pt_BR.UTF-8 LANGUAGE=pt_BR QT_QPA_PLATFORM=offscreen \
  /usr/bin/carteiro --screenshot "$shot" >&2
rm -rf "$profile"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$shot is not a PNG"
log "window drawn: $shot ($(stat -c %s "$shot") bytes)"

log "removing the package"
trap - EXIT
apt-get -o DPkg::Lock::Timeout=600 -q remove -y --purge carteiro >&2
[ ! -e /usr/bin/carteiro ] || fail "/usr/bin/carteiro is still there after removal"
log "passed in $((SECONDS - start)) s"
