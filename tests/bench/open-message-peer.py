#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer for bench_open_message: neomutt showing the same message.

neomutt reads and shows a message on its one thread, so the time from its
index being on screen to the pager's first screen is the time its window does
not answer: the figure to put beside Carteiro's longest GUI-thread stall.

    python3 tests/bench/open-message-peer.py [--scenario open|cid|showall] [--runs 5]
                                             [--bench build/tests/bench_open_message]

The message is the one bench_open_message generates for the scenario
(--write-message), put in an mbox. For the HTML scenarios (cid, showall)
neomutt shows the HTML through w3m (auto_view text/html, the usual set-up;
apt-get install w3m): it renders the whole body at once, which is what
Carteiro's Show all does by parts; it shows no images. neomutt runs in a
pseudo-terminal of 120x40 with no user config; the times are taken from its
output stream (the index's status line, then the pager's). Medians of several
runs, with the load average, as tests/bench/README.md asks.
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

MUTTRC = """set folder={dir}
set spoolfile={dir}/mbox
set mbox_type=mbox
set record=""
set header_cache=""
set mark_old=no
set move=no
set quit=yes
set wait_key=no
set implicit_autoview=no
"""

HTML_MUTTRC = """set mailcap_path={dir}/mailcap
auto_view text/html
"""

MAILCAP = "text/html; w3m -dump -T text/html -I utf-8 -O utf-8 %s; copiousoutput\n"


def wait_for(fd, needle, buffer, deadline):
    """Reads the pty until needle appears after the current buffer end; returns the time."""
    start = len(buffer)
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            now = time.monotonic()
            buffer += chunk
            if needle in buffer[start:]:
                return now, buffer
    raise RuntimeError("timed out waiting for %r" % needle)


def one_run(directory):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("neomutt", ["neomutt", "-n", "-F", os.path.join(directory, "muttrc"), "-R",
                              "-f", os.path.join(directory, "mbox")])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    buffer = b""
    deadline = time.monotonic() + 120
    try:
        # The index is up when its status line (the folder's size) is drawn.
        _, buffer = wait_for(fd, b"NeoMutt: =mbox", buffer, deadline)
        time.sleep(0.3)  # let it settle, and drain what it drew
        while select.select([fd], [], [], 0.05)[0]:
            buffer += os.read(fd, 65536)
        asked = time.monotonic()
        os.write(fd, b"\r")  # <display-message> on the selected (only) message
        shown_at, buffer = wait_for(fd, b"1/1: Alice", buffer, deadline)
        return shown_at - asked
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except OSError:
            pass
        os.close(fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scenario", choices=["open", "cid", "showall"], default="open")
    parser.add_argument("--bench", default=os.path.join(os.environ.get("CARTEIRO_BUILD_DIR", "build"),
                                                        "tests", "bench_open_message"))
    args = parser.parse_args()
    if not shutil.which("neomutt"):
        sys.exit("neomutt is not installed (apt-get install neomutt)")
    html = args.scenario != "open"
    if html and not shutil.which("w3m"):
        sys.exit("w3m is not installed (apt-get install w3m): neomutt shows HTML through it")
    with tempfile.TemporaryDirectory() as directory:
        message = os.path.join(directory, "message.eml")
        subprocess.run([args.bench, "--scenario", args.scenario, "--write-message", message], check=True,
                       stderr=subprocess.DEVNULL)
        with open(message, "rb") as f:
            raw = f.read()
        # A local mbox: LF line ends, a From_ line, body lines starting with "From " quoted.
        lines = raw.replace(b"\r\n", b"\n").split(b"\n")
        lines = [b">" + l if l.startswith(b"From ") else l for l in lines]
        with open(os.path.join(directory, "mbox"), "wb") as f:
            f.write(b"From alice@example.test Mon Dec  7 01:00:00 2026\n" + b"\n".join(lines) + b"\n")
        with open(os.path.join(directory, "muttrc"), "w") as f:
            f.write(MUTTRC.format(dir=directory) + (HTML_MUTTRC.format(dir=directory) if html else ""))
        with open(os.path.join(directory, "mailcap"), "w") as f:
            f.write(MAILCAP)
        print("scenario %s; message: %.1f MB; runs: %d; load average before: %s" % (
            args.scenario, len(raw) / 1048576, args.runs, " ".join(open("/proc/loadavg").read().split()[:3])))
        times = []
        for run in range(args.runs):
            before = os.times()
            shown = one_run(directory)
            after = os.times()
            times.append(shown * 1000)
            print("run %d: neomutt shows the message %.0f ms after the key (children CPU so far %.2f s)" % (
                run + 1, shown * 1000,
                (after.children_user + after.children_system) - (before.children_user + before.children_system)))
        print("median (%s): %.0f ms from the key to the pager's first screen (its window does not answer meanwhile); "
              "load average after: %s" % (args.scenario, statistics.median(times),
                                          " ".join(open("/proc/loadavg").read().split()[:3])))


if __name__ == "__main__":
    main()
