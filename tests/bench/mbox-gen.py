#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark data (not a test): write an mboxrd file of about SIZE bytes of
generated messages, for mbox-open.sh.

    mbox-gen.py --out FILE --size BYTES [--seed S]

Messages are deterministic for a seed: From_ line, realistic headers (From, To,
Subject with some RFC 2047 words, Date, Message-ID, Status), a text/plain body
of 1 to 24 KB (some lines begin with "From " or ">From ", quoted the mboxrd
way), and ~15% multipart/mixed with a base64 attachment of 4 to 64 KB. LF line
ends, as mbox files have. Last line on stdout: "generated N messages, B bytes".
"""
import argparse
import base64
import random
import time

WORDS = ("the server client message folder header envelope mailbox protocol reply "
         "teaching student lesson network packet response command literal session "
         "aula turma prova correio mensagem pasta servidor cliente resposta projeto "
         "please find attached the updated version let me know before friday").split()
NAMES = ["Alice", "Bruno", "Carla", "Daniel", "Eva", "Fabio", "Gisele", "Hugo", "Ines", "Joao"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quote_rd(line):
    stripped = line.lstrip(">")
    return (">" + line) if stripped.startswith("From ") else line


def message(rnd, n, ts):
    t = time.gmtime(ts)
    who = rnd.choice(NAMES)
    addr = "%s@example.test" % who.lower()
    subject = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(2, 8)))
    if n % 7 == 0:
        subject = "=?UTF-8?Q?Rela=C3=A7=C3=A3o?= " + subject
    date = "%s, %d %s %d %02d:%02d:%02d +0000" % (DAYS[t.tm_wday], t.tm_mday, MONTHS[t.tm_mon - 1],
                                                  t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)
    asctime = "%s %s %2d %02d:%02d:%02d %d" % (DAYS[t.tm_wday], MONTHS[t.tm_mon - 1], t.tm_mday,
                                              t.tm_hour, t.tm_min, t.tm_sec, t.tm_year)
    lines = []
    target = rnd.randint(1024, 24 * 1024)
    size = 0
    while size < target:
        r = rnd.random()
        if r < 0.01:
            line = "From the notes of the last meeting:"
        elif r < 0.015:
            line = ">From an older reply"
        else:
            line = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 14)))
        lines.append(line)
        size += len(line) + 1
    head = ["From: %s <%s>" % (who, addr), "To: bob@example.test", "Subject: " + subject,
            "Date: " + date, "Message-ID: <%d.%d@bench.example.test>" % (n, ts)]
    if n % 3 == 0:
        head.append("Status: RO")
    if n % 7 == 3:
        blob = base64.encodebytes(rnd.randbytes(rnd.randint(4096, 65536))).decode()
        head += ["MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b%d"' % n]
        body = ["--b%d" % n, "Content-Type: text/plain; charset=utf-8", ""] + lines + [
            "--b%d" % n, 'Content-Type: application/octet-stream; name="data%d.bin"' % n,
            "Content-Transfer-Encoding: base64", ""] + blob.rstrip("\n").split("\n") + ["--b%d--" % n]
    else:
        head += ["Content-Type: text/plain; charset=utf-8"]
        body = lines
    text = "\n".join(head) + "\n\n" + "\n".join(quote_rd(l) for l in body) + "\n"
    return ("From %s %s\n" % (addr, asctime)) + text + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    ts = 1700000000
    n = total = 0
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        while total < a.size:
            m = message(rnd, n, ts)
            f.write(m)
            total += len(m.encode("utf-8"))
            n += 1
            ts += rnd.randint(30, 3600)
    print("generated %d messages, %d bytes" % (n, total))


if __name__ == "__main__":
    main()
