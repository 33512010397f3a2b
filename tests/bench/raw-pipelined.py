#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The floor for tests/bench/outbox-flush.sh: the same message files submitted
over one connection with nothing but the protocol: EHLO, STARTTLS (RFC 3207),
EHLO, AUTH PLAIN (RFC 4954), then per message MAIL/RCPT/DATA pipelined
(RFC 2920) and the dot-stuffed body (RFC 5321 §4.5.2), RSET between messages
(pipelined with the next MAIL), QUIT. Prints the wall time of the exchange.

  raw-pipelined.py [--bdat] HOST PORT CAFILE USER FROM TO FILE...   (password: CARTEIRO_PASSWORD)

--bdat: BDAT <size> LAST (RFC 3030 §2) in place of DATA, as Carteiro does when
the server offers CHUNKING (the lab's Postfix does): MAIL/RCPT pipelined, then
BDAT and the bytes as they are (no dot-stuffing).
"""
import base64
import os
import socket
import ssl
import sys
import time


class Smtp:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def reply(self):
        """One whole reply (RFC 5321 §4.2.1); exits on 4xx/5xx."""
        lines = []
        while True:
            while b"\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    sys.exit("raw: connection closed")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            lines.append(line)
            if len(line) < 4 or line[3:4] != b"-":
                break
        if lines[-1][:1] in (b"4", b"5"):
            sys.exit("raw: " + b" / ".join(lines).decode(errors="replace"))
        return lines

    def send(self, data):
        self.sock.sendall(data)


def stuffed(raw):
    # CRLF line ends; a leading dot doubled (RFC 5321 §4.5.2); then CRLF.CRLF.
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    if raw.startswith(b"."):
        raw = b"." + raw
    return raw.replace(b"\r\n.", b"\r\n..") + b".\r\n"


def crlf(raw):
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def main():
    args = sys.argv[1:]
    bdat = args[:1] == ["--bdat"]
    if bdat:
        args = args[1:]
    host, port, cafile, user, sender, rcpt = args[:6]
    files = args[6:]
    # Read before the clock starts.
    bodies = [(crlf if bdat else stuffed)(open(f, "rb").read()) for f in files]
    password = os.environ["CARTEIRO_PASSWORD"]
    start = time.monotonic()
    sock = socket.create_connection((host, int(port)))
    s = Smtp(sock)
    s.reply()
    s.send(b"EHLO bench.example.test\r\n")  # RFC 5321 §4.1.1.1
    s.reply()
    s.send(b"STARTTLS\r\n")  # RFC 3207 §4
    s.reply()
    ctx = ssl.create_default_context(cafile=cafile)
    s.sock = ctx.wrap_socket(sock, server_hostname=host)
    s.send(b"EHLO bench.example.test\r\n")  # RFC 3207 §4.2: again inside TLS
    s.reply()
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode())
    s.send(b"AUTH PLAIN " + token + b"\r\n")  # RFC 4954 §4, RFC 4616
    s.reply()
    envelope = b"MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\n" % (sender.encode(), rcpt.encode())  # RFC 5321 §4.1.1.2-3
    if not bdat:
        envelope += b"DATA\r\n"  # RFC 5321 §4.1.1.4
    for i, body in enumerate(bodies):
        s.send((b"RSET\r\n" if i else b"") + envelope)  # RFC 5321 §4.1.1.5, pipelined (RFC 2920 §3.1)
        for _ in range((2 if bdat else 3) + (1 if i else 0)):
            s.reply()
        if bdat:
            s.send(b"BDAT %d LAST\r\n" % len(body) + body)  # RFC 3030 §2
        else:
            s.send(body)
        s.reply()
    s.send(b"QUIT\r\n")  # RFC 5321 §4.1.1.10
    s.reply()
    print("%.3f" % (time.monotonic() - start))


if __name__ == "__main__":
    main()
