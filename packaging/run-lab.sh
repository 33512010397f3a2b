#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing (Debian 12), builds
# Carteiro, starts the real Postfix + Dovecot lab on loopback with the ready
# accounts alice@example.test and bob@example.test, and sends a message with a
# photo and a voice recording from alice to bob, printing every command and
# reply (the inspector's transcript) and the MIME tree of what was sent.
#
#   bash packaging/run-lab.sh          # as root (or with sudo available)
#   bash packaging/run-lab.sh stop     # stop the lab
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E bash "$0" "$@"; fi
  echo "run-lab: must run as root (the mail lab's Postfix refuses otherwise)" >&2; exit 1
fi
lab="$here/tests/lab/mail-lab.sh"
if [ "${1:-}" = stop ]; then exec bash "$lab" stop; fi

bash "$here/packaging/debian/install-deps.sh"
bash "$here/packaging/build.sh"
build=${CARTEIRO_BUILD_DIR:-$here/build}
bash "$lab" start
eval "$(bash "$lab" env)"

echo
echo "== Carteiro lab: alice@example.test -> bob@example.test over smtp://$CARTEIRO_LAB_HOST:$CARTEIRO_LAB_SUBMISSION_PORT (STARTTLS + AUTH)"
echo "== C: client, S: server, *: notes (TLS, state changes, reply meanings)"
echo
CARTEIRO_PASSWORD=$CARTEIRO_LAB_PASSWORD_ALICE "$build/app/cli/carteiro-cli" send \
  --server "smtp://$CARTEIRO_LAB_HOST:$CARTEIRO_LAB_SUBMISSION_PORT" \
  --user "$CARTEIRO_LAB_USER_ALICE" \
  --from "Alice Lab <$CARTEIRO_LAB_USER_ALICE>" --to "Bob Lab <$CARTEIRO_LAB_USER_BOB>" \
  --subject "Cartão-postal do laboratório" \
  --body "Olá Bob! Segue uma foto e um recado de voz. — Alice" \
  --attach "$here/resources/demo/cartao-postal.png" --attach "$here/resources/demo/recado.wav" \
  --ca-file "$CARTEIRO_LAB_CA_FILE" --trace --explain --mime-tree 2>&1
echo
# Delivery (Postfix -> LMTP -> Dovecot) is asynchronous: give it a few seconds.
newest=""
for _ in $(seq 50); do
  newest=$(grep -l "Cart" "$CARTEIRO_LAB_MAILDIR_ROOT"/bob/Maildir/new/* 2>/dev/null | tail -1 || true)
  [ -n "$newest" ] && break
  sleep 0.1
done
echo "== Delivered to bob's Maildir: ${newest:-(not yet: see $CARTEIRO_LAB_DIR/log)}"
gui="$build/app/gui/carteiro"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$gui" ] && [ "${CARTEIRO_NO_GUI:-0}" != 1 ]; then
  echo "== Opening Carteiro on bob's lab inbox with the postcard; the inspector dock shows the IMAP exchange"
  "$gui" --lab --lab-user bob --demo-read
else
  echo "== No display here. To see the window on a headless machine:"
  echo "     xvfb-run -a $gui --lab --lab-user bob --demo-read --screenshot /tmp/carteiro.png"
  echo "   then open /tmp/carteiro.png;"
  echo "   or run this script from a desktop session to open the window."
fi
echo "== The lab keeps running; stop it with: bash packaging/run-lab.sh stop"
