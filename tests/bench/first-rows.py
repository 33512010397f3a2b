#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark helper (not a test): how soon carteiro-cli sync has the first chunk
of rows, from the moment the process is started.

    first-rows.py carteiro-cli sync ... --trace

Runs the command, reads its transcript (--trace writes it to stderr line by
line), and takes the time at which the server completed the FIRST UID FETCH the
client sent (its tagged OK, RFC 3501 section 7.1): that chunk is the newest rows,
stored in one transaction right after. The process is then stopped (the store
is a throw-away). Prints "first_rows_s=T"; fails if no UID FETCH completed.
"""
import re
import signal
import subprocess
import sys
import time

FETCH = re.compile(rb"^C: (\S+) UID FETCH ")
DONE = re.compile(rb"^S: (\S+) (OK|NO|BAD)\b")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: first-rows.py COMMAND... --trace")
    t0 = time.monotonic()
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tag = None
    took = None
    for line in proc.stderr:
        if tag is None:
            m = FETCH.match(line)
            if m:
                tag = m.group(1)
            continue
        m = DONE.match(line)
        if m and m.group(1) == tag:
            if m.group(2) == b"OK":
                took = time.monotonic() - t0
            break
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    proc.stderr.close()
    proc.wait()
    if took is None:
        sys.exit("first-rows: the first UID FETCH (%s) did not complete with OK"
                 % (tag.decode() if tag else "none sent"))
    print("first_rows_s=%.3f" % took)


if __name__ == "__main__":
    main()
