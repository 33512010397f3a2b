#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Carteiro needs on Debian 12 (bookworm) with apt: the build
# (Qt 6, vmime, GNU SASL, OpenSSL, QtKeychain, GoogleTest), the mail lab
# (Postfix, Dovecot, GNU Mailutils imap4d/pop3d) and the test/benchmark tools. Idempotent: when every package
# is present it does nothing (not even `apt-get update`).
#
#   bash packaging/debian/install-deps.sh            # as root
#   CARTEIRO_DEPS=build bash ...                     # only what the build needs
set -euo pipefail

BUILD_PKGS=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-multimedia-dev qtkeychain-qt6-dev
  libvmime-dev libgsasl-dev libssl-dev libgtest-dev libopus-dev
)
RUN_PKGS=(qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core xvfb xauth openssl)
# Postfix first: otherwise apt may pull in exim4 for tools that want an MTA.
LAB_PKGS=(postfix dovecot-imapd dovecot-pop3d dovecot-lmtpd mailutils-imap4d mailutils-pop3d dnsmasq-base)
# pulseaudio(-utils): a virtual microphone hearing a tone for the voice-note tests;
# opus-tools: their independent decoder.
TEST_PKGS=(swaks libnet-ssleay-perl curl time pulseaudio pulseaudio-utils opus-tools)
# The package check of CI (packaging/debian/ci-package.sh): CPack's DEB needs
# dpkg-shlibdeps (dpkg-dev) and file; then lintian and the desktop validators.
PACKAGE_PKGS=(dpkg-dev file lintian desktop-file-utils appstream)

log() { printf '[install-deps] %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E bash "$0" "$@"; fi
  log "must run as root (apt-get install); no sudo found"; exit 1
fi

case ${CARTEIRO_DEPS:-all} in
  build) WANT=("${BUILD_PKGS[@]}") ;;
  *) WANT=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}" "${LAB_PKGS[@]}" "${TEST_PKGS[@]}" "${PACKAGE_PKGS[@]}") ;;
esac

missing=()
for p in "${WANT[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  log "all ${#WANT[@]} packages present"
  exit 0
fi

log "installing: ${missing[*]}"
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
# Keep package scripts from starting system-wide daemons; restore any existing policy.
own_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; own_policy=1
fi
cleanup() { [ $own_policy = 1 ] && rm -f /usr/sbin/policy-rc.d; return 0; }
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 -q update
apt-get -o DPkg::Lock::Timeout=600 -q install -y --no-install-recommends "${missing[@]}"
log "done"
