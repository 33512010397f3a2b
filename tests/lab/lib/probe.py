#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Probes for mail-lab.sh verify (tests/lab/lib/verify.sh): SMTP SCRAM login, the bare-<LF>
# DATA probe, the course's MX session, a DNS MX/A query to the lab's DNS server, and the
# order of the Received: lines of a delivered message.
#   python3 probe.py MODE ARGS...
import base64, hashlib, hmac, os, smtplib, socket, ssl, sys

mode = sys.argv[1]

def scram_auth(host, port, cafile, mech, user, password):
    hname = {"SCRAM-SHA-1": "sha1", "SCRAM-SHA-256": "sha256"}[mech]
    nonce = base64.b64encode(os.urandom(18)).decode()
    bare = "n=%s,r=%s" % (user.replace("=", "=3D").replace(",", "=2C"), nonce)
    st = {}
    def step(challenge=None):
        if challenge is None:
            return "n,," + bare
        c = challenge.decode()
        if "v" not in st:
            d = dict(kv.split("=", 1) for kv in c.split(","))
            assert d["r"].startswith(nonce), "server nonce"
            salted = hashlib.pbkdf2_hmac(hname, password.encode(), base64.b64decode(d["s"]), int(d["i"]))
            ckey = hmac.new(salted, b"Client Key", hname).digest()
            skey = hmac.new(salted, b"Server Key", hname).digest()
            final = "c=biws,r=" + d["r"]
            msg = ",".join([bare, c, final]).encode()
            sig = hmac.new(hashlib.new(hname, ckey).digest(), msg, hname).digest()
            st["v"] = "v=" + base64.b64encode(hmac.new(skey, msg, hname).digest()).decode()
            return final + ",p=" + base64.b64encode(bytes(a ^ b for a, b in zip(ckey, sig))).decode()
        assert c == st["v"], "server signature"
        st["ok"] = True
        return ""
    ctx = ssl.create_default_context(cafile=cafile)
    with smtplib.SMTP(host, int(port), timeout=20) as s:
        s.starttls(context=ctx)
        s.ehlo()
        code, _ = s.auth(mech, step)
        assert code == 235, code
    assert st.get("ok"), "no server-final message"

def bare_lf(host, port, sender, rcpt, subject):
    s = socket.create_connection((host, int(port)), timeout=10)
    buf = b""
    def reply(timeout=10):
        nonlocal buf
        s.settimeout(timeout)
        while True:
            lines = buf.split(b"\r\n")
            for i, ln in enumerate(lines[:-1]):
                if ln[3:4] == b" ":
                    buf = b"\r\n".join(lines[i + 1:])
                    return ln.decode(errors="replace")
            chunk = s.recv(4096)
            if not chunk:
                raise EOFError("connection closed")
            buf += chunk
    def cmd(c, expect):
        s.sendall(c.encode() + b"\r\n")
        r = reply()
        assert r.startswith(expect), (c, r)
    assert reply().startswith("220")
    cmd("EHLO lab.test", "250")
    cmd("MAIL FROM:<%s>" % sender, "250")
    cmd("RCPT TO:<%s>" % rcpt, "250")
    cmd("DATA", "354")
    # a smuggling-style end of data with bare <LF>: must NOT end the message
    s.sendall(("Subject: %s\r\n\r\nline one\n.\nline after bare-LF dot\r\n" % subject).encode())
    try:
        r = reply(timeout=2)
        print("server ended DATA at <LF>.<LF>: " + r)
        sys.exit(1)
    except socket.timeout:
        pass
    s.sendall(b".\r\n")
    r = reply()
    assert r.startswith("250"), r
    s.sendall(b"QUIT\r\n")
    s.close()

def mx(host, port, rcpt, other, subject):
    # The course's session verbatim: HELO, MAIL FROM: without angle brackets
    # (Postfix takes it: strict_rfc821_envelopes = no), DATA, the lone dot.
    s = socket.create_connection((host, int(port)), timeout=10)
    f = s.makefile("rb")
    def reply():
        while True:
            ln = f.readline().decode(errors="replace").rstrip("\r\n")
            if ln[3:4] != "-":
                return ln
    def cmd(c, expect):
        s.sendall(c.encode() + b"\r\n")
        r = reply()
        assert r.startswith(expect), (c, r)
        return r
    assert reply().startswith("220")
    cmd("HELO mydomain.com", "250")
    cmd("MAIL FROM: sender@mydomain.com", "250")
    r = cmd("RCPT TO: %s" % other, "554")
    assert "Relay access denied" in r, r
    cmd("RCPT TO: %s" % rcpt, "250")
    cmd("DATA", "354")
    s.sendall(("From: sender@mydomain.com\r\nTo: %s\r\nSubject: %s\r\n\r\nHello Bob.\r\n"
               % (rcpt, subject)).encode())
    cmd(".", "250")
    cmd("QUIT", "221")

def dns(server, name, qtype):
    # One query over UDP (RFC 1035 §4.1), answers printed as "MX 10 mx.acme.test" / "A 127.0.0.3".
    import random, struct
    types = {"A": 1, "MX": 15}
    tid = random.randint(0, 65535)
    q = struct.pack(">HHHHHH", tid, 0x0100, 1, 0, 0, 0)
    q += b"".join(bytes([len(p)]) + p.encode() for p in name.rstrip(".").split(".")) + b"\0"
    q += struct.pack(">HH", types[qtype], 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(3)
    s.sendto(q, (server, 53))
    r = s.recv(4096)
    rid, flags, qd, an = struct.unpack(">HHHH", r[:8])
    assert rid == tid, "reply id"
    if flags & 0xF:
        print("rcode %d" % (flags & 0xF))
        sys.exit(1)
    def label(off):  # a possibly compressed name (RFC 1035 §4.1.4) -> (name, next offset)
        parts, end = [], None
        for _ in range(64):
            n = r[off]
            if n & 0xC0 == 0xC0:
                end = end or off + 2
                off = struct.unpack(">H", r[off:off + 2])[0] & 0x3FFF
                continue
            if n == 0:
                return ".".join(parts), end or off + 1
            parts.append(r[off + 1:off + 1 + n].decode())
            off += 1 + n
        raise ValueError("name too long")
    off = 12
    for _ in range(qd):
        off = label(off)[1] + 4
    found = 0
    for _ in range(an):
        off = label(off)[1]
        t, _c, _ttl, ln = struct.unpack(">HHIH", r[off:off + 10])
        off += 10
        if t == 15:
            print("MX %d %s" % (struct.unpack(">H", r[off:off + 2])[0], label(off + 2)[0]))
            found += 1
        elif t == 1:
            print("A " + socket.inet_ntoa(r[off:off + 4]))
            found += 1
        off += ln
    sys.exit(0 if found else 1)

def received(*patterns):
    # stdin: a raw message. The i-th Received: header (top first, unfolded) must match
    # the i-th regular expression; every header is printed.
    import re
    head = sys.stdin.buffer.read().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode(errors="replace")
    hops = [re.sub(r"\s+", " ", h[len("Received:"):]).strip()
            for h in re.split(r"\n(?![ \t])", head) if h.lower().startswith("received:")]
    for i, h in enumerate(hops):
        print("%d: %s" % (i + 1, h))
    ok = len(hops) >= len(patterns) and all(re.search(p, hops[i]) for i, p in enumerate(patterns))
    sys.exit(0 if ok else 1)

if mode == "mx":
    mx(*sys.argv[2:7])
elif mode == "scram":
    scram_auth(*sys.argv[2:8])
elif mode == "bare-lf":
    bare_lf(*sys.argv[2:7])
elif mode == "dns":
    dns(*sys.argv[2:5])
elif mode == "received":
    received(*sys.argv[2:])
else:
    sys.exit("probe.py: unknown mode " + mode)
