#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark floor (not a test): the least a client can do to get a folder's
list data. One implicit-TLS connection, every command pipelined in one write,
responses only counted, never parsed:

    a1 LOGIN user pass                       RFC 3501 section 6.2.3
    a2 SELECT folder                         RFC 3501 section 6.3.1
    a3 UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)
                                             RFC 3501 sections 6.4.8 and 7.4.2
    a4 LOGOUT                                RFC 3501 section 6.1.3

    imap-floor.py HOST PORT USER PASSWORD FOLDER CAFILE

Reads until the server closes the connection after LOGOUT. Prints
"bytes=B fetch=F" (B: bytes received after TLS, F: untagged FETCH responses)
and fails unless all four commands ended in a tagged OK.
"""
import socket
import ssl
import sys


def quoted(s):
    """RFC 3501 section 4.3: a quoted string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if len(sys.argv) != 7:
        sys.exit("usage: imap-floor.py HOST PORT USER PASSWORD FOLDER CAFILE")
    host, port, user, password, folder, cafile = sys.argv[1:]
    ctx = ssl.create_default_context(cafile=cafile)
    raw = socket.create_connection((host, int(port)), timeout=120)
    tls = ctx.wrap_socket(raw, server_hostname=host)
    tls.sendall(("a1 LOGIN %s %s\r\n" % (quoted(user), quoted(password))
                 + "a2 SELECT %s\r\n" % quoted(folder)
                 + "a3 UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\r\n"
                 + "a4 LOGOUT\r\n").encode("utf-8"))
    total = fetches = 0
    tagged = []
    carry = b""                  # tail of the previous chunk: matches across reads
    buf = bytearray(1 << 20)
    view = memoryview(buf)
    while True:
        n = tls.recv_into(buf)
        if n == 0:
            break
        total += n
        chunk = carry + bytes(view[:n])
        fetches += chunk.count(b" FETCH (") - carry.count(b" FETCH (")
        for tag in (b"\na1 ", b"\na2 ", b"\na3 ", b"\na4 "):
            at = chunk.find(tag)
            if at >= 0 and chunk.find(b"\r\n", at + 1) > 0:
                line = chunk[at + 1:chunk.find(b"\r\n", at + 1)]
                if line not in tagged:
                    tagged.append(line)
        carry = chunk[-256:]
    tls.close()
    print("bytes=%d fetch=%d" % (total, fetches))
    bad = [t for t in tagged if t.split(b" ")[1:2] != [b"OK"]]
    if len(tagged) != 4 or bad:
        sys.exit("imap-floor: expected a1..a4 OK, got: %s" % b" | ".join(tagged).decode("utf-8", "replace"))


if __name__ == "__main__":
    main()
