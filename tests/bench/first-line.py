#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark helper (not a test): how soon a command prints its first line, and
when it ends, from the moment it is started.

    first-line.py COMMAND...

Prints "first_line_s=T1 total_s=T2 lines=N" (stdout counted, not kept); fails
when the command fails or prints nothing.
"""
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: first-line.py COMMAND...")
    t0 = time.monotonic()
    # Buffered: a read returns what the pipe holds, so the first line is seen as
    # soon as it is written, and the rest is read in large blocks (never the bottleneck).
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=1 << 16)
    first = None
    lines = 0
    for _ in proc.stdout:
        if first is None:
            first = time.monotonic() - t0
        lines += 1
    code = proc.wait()
    total = time.monotonic() - t0
    if code != 0 or first is None:
        sys.exit("first-line: %s exited %d after %d lines" % (sys.argv[1], code, lines))
    print("first_line_s=%.3f total_s=%.3f lines=%d" % (first, total, lines))


if __name__ == "__main__":
    main()
