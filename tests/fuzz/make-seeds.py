#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes libFuzzer seeds under tests/data/fuzz/<target>/ from the unit tests'
scripted transcripts (tests/unit/imap, tests/unit/pop3): every "S:" line of a
TEST's transcript, in order, becomes the server stream of one seed, behind the
control bytes the entry point reads first (tests/fuzz/FuzzTargets.h). Run it
again after adding transcripts; it only writes files named seed-*."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
out_root = root / "tests" / "data" / "fuzz"
literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def c_unescape(s):
    return s.encode("latin1", "backslashreplace").decode("unicode_escape").encode("latin1", "replace")


def trace_unescape(b):
    # TraceText escapes in transcripts: "\r\n" inside a literal, "\xNN".
    b = b.replace(b"\\r\\n", b"\r\n")
    return re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), b)


def streams(path):
    text = path.read_text(encoding="utf-8")
    for block in re.split(r"\nTEST(?:_F|_P)?\(", text)[1:]:
        script = b"".join(c_unescape(m.group(1)) for m in literal.finditer(block))
        server = b""
        for line in script.split(b"\n"):
            if line.startswith(b"S: ") or line == b"S:":
                server += trace_unescape(line[3:]) + b"\r\n"
        if server:
            yield server


def write(target, name, data):
    d = out_root / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


count = 0
for room, targets in (("imap", (("imapSession", b"\x79\x7f"), ("imapFramer", b"\x00"))),
                      ("pop3", (("pop3Session", b"\x19\xff"), ("pop3Framer", b"\x02")))):
    for path in sorted((root / "tests" / "unit" / room).glob("*.cpp")):
        for i, server in enumerate(streams(path)):
            for target, control in targets:
                for split in (b"\x00", b"\x07"):
                    write(target, "seed-%s-%d-%d" % (path.stem, i, split[0]), control + split + server)
                    count += 1
print("wrote %d seeds under %s" % (count, out_root), file=sys.stderr)

# Saved drafts as DraftCodec::encode writes them (core/mime/DraftCodec.cpp).
drafts = [
    b'{"version":1,"account":"alice@example.test","from":"Alice <alice@example.test>",'
    b'"to":["Bob <bob@example.test>","carol@example.test"],"cc":[],"bcc":["\\"Eve, E.\\" <eve@example.test>"],'
    b'"replyTo":[],"subject":"Ol\xc3\xa1","text":"Oi Bob,\\n\\nat\xc3\xa9 logo","html":"<p>Oi</p>",'
    b'"inReplyTo":"<m1@example.test>","references":["<m0@example.test>","<m1@example.test>"],'
    b'"attachments":[{"name":"a.txt","type":"text/plain","data":"aGVsbG8="},{"name":"b.pdf","path":"/tmp/b.pdf"}]}',
    b'{"version":1,"account":"","to":[],"cc":[],"bcc":[],"replyTo":[],"subject":"","text":"","attachments":[]}',
    b'{"version":2,"account":"x"}',
    b'{"version":1,"to":["not an address"]}',
]
for i, d in enumerate(drafts):
    write("draftRecord", "seed-draft-%d" % i, d)


def value(kind, payload=b""):
    if kind in (4, 3):
        return bytes([kind, len(payload)]) + payload
    if kind == 6:
        return bytes([kind, len(payload)]) + payload
    if kind == 2:
        return bytes([kind]) + payload
    if kind in (1, 5):
        return bytes([kind]) + payload.rjust(8, b"\0")
    return bytes([kind])


def row(values, with_id=None):
    # Columns in the order of kOutboxColumns (tests/fuzz/FuzzRecords.cpp, schema v3);
    # bit 31 of the mask: an id follows.
    present = 0
    for i, v in enumerate(values):
        if v is not None:
            present |= 1 << i
    if with_id is not None:
        present |= 1 << 31
    out = present.to_bytes(4, "big") + b"".join(v for v in values if v is not None)
    if with_id is not None:
        out += with_id.to_bytes(8, "big", signed=True)
    return out


ms = (1796616000000).to_bytes(8, "big")
t = lambda b: value(6, b)
good = row([t(b"alice@example.test"), value(2, b"\x00"), value(2, b"\x00"),
            value(4, b"Subject: hi\r\n\r\nbody\r\n"), value(4, b"alice@example.test"),
            value(4, b"bob@example.test\ncarol@example.test"), value(4, b"<m1@example.test>"),
            t(b"Bob <bob@example.test>"), t(b"hi"), None, None, None, value(2, b"\x00"), value(1, ms),
            value(1, ms), None, None, None, None, None, t(b"smtp://127.0.0.1:10587"), t(b"alice"), None,
            t(b"PLAIN"), None])
sent = row([t(b"alice@example.test"), value(2, b"\x03"), value(2, b"\x03"), value(4, b"x"), None, None, None,
            None, None, None, t(b"250 2.0.0 Ok: queued as 4F"), t(b"<bob@x>: 550 5.1.1 no"), value(2, b"\x01"),
            value(1, ms), value(1, ms), value(1, ms), value(1, ms), t(b"4F"), t(b"Sent"), value(1, b"\x07"),
            None, None, None, None, value(4, b'{"version":1}')])
odd = row([value(3, b"\xff\xfe acc"), value(1, b"\x7f" + b"\xff" * 7), value(3, b"Filing"), value(3, b"text in blob"),
           value(0), value(4, b"\n\n"), value(5, b"\x7f\xf8" + b"\0" * 6), None, value(4, b"\x00\x01"),
           value(5, b"\x7f\xf8" + b"\0" * 6), None, value(4, b"\n"), value(1, b"\x80" + b"\0" * 7),
           value(5, b"\x7f\xf0" + b"\0" * 6), value(2, b"\xff"), value(1, b"\x7f" + b"\xff" * 7), value(3, b"soon"),
           None, None, value(1, b"\xff" * 8)], with_id=-5)
write("outboxRecords", "seed-outbox-0", b"\x01" + good)
write("outboxRecords", "seed-outbox-1", b"\x02" + good + sent)
write("outboxRecords", "seed-outbox-2", b"\x03" + odd + good + sent)
