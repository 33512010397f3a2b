#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders Carteiro's icon (io.github.carteiro.Carteiro.svg) to the PNG sizes of
# the hicolor theme, the Windows .ico and the macOS .icns, all committed beside
# it, so that the build needs no SVG renderer. Run after editing the SVG:
#   bash packaging/icons/render-icons.sh        (Debian: apt install librsvg2-bin)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.carteiro.Carteiro
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$here/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$here/$id.svg" -o "$here/hicolor/${size}x${size}/apps/$id.png"
done
rsvg-convert -w 1024 -h 1024 "$here/$id.svg" -o "${TMPDIR:-/tmp}/$id-1024.png"
python3 "$here/pack-icons.py" "$here/hicolor" "${TMPDIR:-/tmp}/$id-1024.png" "$here/carteiro.ico" "$here/carteiro.icns"
rm -f "${TMPDIR:-/tmp}/$id-1024.png"
echo "render-icons: wrote $here/hicolor, carteiro.ico, carteiro.icns"
