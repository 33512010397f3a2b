#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Packs rendered PNGs into a Windows .ico and a macOS .icns (both formats
accept PNG data for each size: Windows Vista and later, macOS 10.7 and later).
Usage: pack-icons.py HICOLOR_DIR PNG_1024 OUT.ico OUT.icns"""
import struct
import sys
from pathlib import Path

ICON_ID = "io.github.carteiro.Carteiro"


def png(hicolor: Path, size: int) -> bytes:
    return (hicolor / f"{size}x{size}" / "apps" / f"{ICON_ID}.png").read_bytes()


def write_ico(hicolor: Path, out: Path) -> None:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(hicolor, s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    out.write_bytes(header + entries + b"".join(images))


def write_icns(hicolor: Path, png1024: Path, out: Path) -> None:
    # OSType -> PNG of that many pixels (Apple's icns types with PNG payloads).
    kinds = [(b"icp4", png(hicolor, 16)), (b"icp5", png(hicolor, 32)), (b"icp6", png(hicolor, 64)),
             (b"ic07", png(hicolor, 128)), (b"ic08", png(hicolor, 256)), (b"ic09", png(hicolor, 512)),
             (b"ic10", png1024.read_bytes())]
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in kinds)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    hicolor_dir, big, ico, icns = (Path(a) for a in sys.argv[1:])
    write_ico(hicolor_dir, ico)
    write_icns(hicolor_dir, big, icns)
