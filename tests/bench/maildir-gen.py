#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark data (not a test): write COUNT generated messages of ~4.4 KB each
straight into a Maildir++ folder, as Dovecot's own deliveries would look, far
faster than sending them through SMTP.

    maildir-gen.py --folder DIR --count N [--uid U --gid G] [--seed S]

The messages are deterministic for a given seed and count: realistic headers
(Return-Path, Received, From/To/Cc with some RFC 2047 encoded names, Subject
with some RFC 2047 encoded words, Date, Message-ID, In-Reply-To/References for
threads, List-Id), a text/plain body, and ~15% multipart/mixed with a small
base64 attachment. File names carry S= (size) and W= (size with CRLF line
ends) so Dovecot need not stat or read a file to know RFC822.SIZE, and the
flags after ":2,". Each file's mtime is its Date (= INTERNALDATE).

DIR is created (cur, new, tmp, maildirfolder); it must not already exist.
Last line on stdout: "generated N messages, B bytes (average A) in T s".
"""
import argparse
import base64
import os
import random
import sys
import time
import unicodedata

WORDS = (
    "the server client message folder header envelope mailbox protocol reply "
    "teaching student lesson network packet response command literal session "
    "mail body attachment sync index cache flag seen answered draft thread "
    "report schedule meeting review draft agenda budget quarter release note "
    "aula turma prova correio mensagem pasta servidor cliente resposta "
    "projeto reunião relatório semana próxima obrigado até amanhã também "
    "please find attached the updated version let me know if you have any "
    "questions about this before friday we should discuss it in the next "
    "call thanks again for your help with the configuration and the tests"
).split()

FIRST = ["Alice", "Bruno", "Carla", "Daniel", "Eva", "Fábio", "Gisele", "Hugo",
         "Inês", "João", "Karen", "Luís", "Márcia", "Nuno", "Otávio", "Paula",
         "Renata", "Sérgio", "Tânia", "Vítor", "Wagner", "Yara", "Zé", "Chloé"]
LAST = ["Silva", "Souza", "Oliveira", "Pereira", "Conceição", "Müller", "Brandão",
        "Lima", "Gonçalves", "Araújo", "Smith", "Jones", "Nakamura", "Fernández"]
DOMAINS = ["example.test", "uni.example", "lab.example.org", "correio.example.br",
           "list.example.net"]
TOPICS = ["Aula de redes: exercícios da semana", "Meeting notes", "Relatório trimestral",
          "IMAP literal question", "Build failure on CI", "Próxima reunião",
          "Notas da prova", "Quarterly budget review", "Invitation: project kickoff",
          "Ação necessária: atualização de senha", "Lunch on Friday?", "SMTP pipelining",
          "Résumé and cover letter", "Horário de atendimento", "Release candidate 3"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def encoded_word(text, rnd):
    """RFC 2047 section 4: B or Q encoding of a UTF-8 string."""
    raw = text.encode("utf-8")
    if rnd.random() < 0.5:
        return "=?UTF-8?B?" + base64.b64encode(raw).decode("ascii") + "?="
    q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                "_" if b == 32 else "=%02X" % b for b in raw)
    return "=?UTF-8?Q?" + q + "?="


def display(text, rnd):
    if any(ord(c) > 127 for c in text):
        return encoded_word(text, rnd)
    return '"' + text + '"'


def rfc5322_date(ts, tz_minutes):
    t = time.gmtime(ts + tz_minutes * 60)
    sign = "+" if tz_minutes >= 0 else "-"
    tz = abs(tz_minutes)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[t.tm_wday], t.tm_mday, MONTHS[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec, sign, tz // 60, tz % 60)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--uid", type=int, default=-1)
    ap.add_argument("--gid", type=int, default=-1)
    ap.add_argument("--seed", type=int, default=4400)
    args = ap.parse_args()
    if args.count <= 0:
        sys.exit("maildir-gen: --count must be a positive number (got %d)" % args.count)
    if os.path.exists(args.folder):
        sys.exit("maildir-gen: %s already exists; remove it first" % args.folder)

    t0 = time.monotonic()
    rnd = random.Random(args.seed)
    # A pool of body lines; each body is a run of consecutive lines from it.
    pool = []
    for _ in range(4000):
        line, n = [], 0
        while n < 64:
            w = rnd.choice(WORDS)
            line.append(w)
            n += len(w) + 1
        pool.append(" ".join(line).capitalize() + ".")
    people = []
    for i in range(400):
        name = "%s %s" % (rnd.choice(FIRST), rnd.choice(LAST))
        first = unicodedata.normalize("NFKD", name.lower().split()[0])
        local = first.encode("ascii", "ignore").decode() or "user"
        people.append((name, "%s.%d@%s" % (local, i, rnd.choice(DOMAINS))))
    blob = bytes(rnd.getrandbits(8) for _ in range(4096))

    for d in ("", "cur", "new", "tmp"):
        os.makedirs(os.path.join(args.folder, d), mode=0o700, exist_ok=True)
        os.chown(os.path.join(args.folder, d), args.uid, args.gid)
    mf = os.path.join(args.folder, "maildirfolder")
    open(mf, "wb").close()
    os.chown(mf, args.uid, args.gid)
    cur = os.path.join(args.folder, "cur")

    start = int(time.time()) - 2 * 365 * 86400        # two years of mail, oldest first
    step = max(1, (2 * 365 * 86400 - 3600) // args.count)
    threads = []                                       # (subject, [message-ids])
    total = 0
    pid = os.getpid()
    for i in range(args.count):
        ts = start + i * step + rnd.randrange(step)
        tz = rnd.choice([-180, -180, 0, 60, -300, 540])
        sender = rnd.choice(people)
        to = rnd.sample(people, rnd.choice([1, 1, 1, 2, 3]))
        cc = rnd.sample(people, rnd.choice([0, 0, 0, 1, 2]))
        msgid = "<%d.%d.bench@%s>" % (ts, i, sender[1].split("@")[1])
        reply = threads and rnd.random() < 0.35
        if reply:
            thread = threads[rnd.randrange(max(0, len(threads) - 50), len(threads))]
            refs = thread[1][-6:]
        else:
            thread = ("%s #%d" % (rnd.choice(TOPICS), i), [])
            refs = []
            threads.append(thread)
            if len(threads) > 200:
                threads.pop(0)
        subj = thread[0]
        thread[1].append(msgid)
        shown = ("Re: " if reply else "") + subj
        if any(ord(c) > 127 for c in shown):
            # RFC 2047 section 5(1): encode word by word, ASCII words stay plain
            shown = " ".join(encoded_word(w, rnd) if any(ord(c) > 127 for c in w) else w
                             for w in shown.split(" "))
        h = [
            "Return-Path: <%s>" % sender[1],
            "Delivered-To: carol@example.test",
            "Received: from mail.example.test\n\tby mail.example.test with LMTP\n"
            "\tid %08X%04X (envelope-from <%s>)\n\tfor <carol@example.test>; %s"
            % (ts, i & 0xffff, sender[1], rfc5322_date(ts + 2, 0)),
            "Received: from [192.0.2.%d] (client.%s [192.0.2.%d])\n"
            "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)\n\tby mail.example.test (Postfix) with ESMTPSA id %X\n"
            "\tfor <carol@example.test>; %s"
            % (i % 250 + 1, sender[1].split("@")[1], i % 250 + 1, ts * 7 + i, rfc5322_date(ts + 1, 0)),
            "From: %s <%s>" % (display(sender[0], rnd), sender[1]),
            "To: " + ",\n ".join("%s <%s>" % (display(n, rnd), a) for n, a in to),
        ]
        if cc:
            h.append("Cc: " + ",\n ".join("%s <%s>" % (display(n, rnd), a) for n, a in cc))
        h += ["Subject: " + shown, "Date: " + rfc5322_date(ts, tz), "Message-ID: " + msgid]
        if refs:
            h.append("In-Reply-To: " + refs[-1])
            h.append("References: " + "\n ".join(refs))
        if i % 7 == 0:
            h.append("List-Id: Turma de Redes <redes.%s>" % DOMAINS[1])
        h += ["MIME-Version: 1.0", "X-Mailer: Carteiro bench generator 1.0"]
        nlines = rnd.randrange(32, 62)
        off = rnd.randrange(len(pool) - nlines)
        text = "Hi,\n\n" + "\n".join(pool[off:off + nlines]) + "\n\n-- \n" + sender[0] + "\n"
        if rnd.random() < 0.15:
            boundary = "=_bench_%d_%d" % (ts, i)
            name = rnd.choice(["notes.pdf", "diagram.png", "relatório.pdf", "agenda.ics"])
            ctype = {"pdf": "application/pdf", "png": "image/png", "ics": "text/calendar"}[name[-3:]]
            att = base64.encodebytes(blob[:rnd.randrange(300, 900)]).decode("ascii")
            fname = ("filename*=UTF-8''" + "".join(c if ord(c) < 128 else "".join("%%%02X" % b for b in c.encode())
                                                    for c in name)) if any(ord(c) > 127 for c in name) \
                else 'filename="%s"' % name
            h.append('Content-Type: multipart/mixed; boundary="%s"' % boundary)
            body = ("This is a multi-part message in MIME format.\n\n--%s\n"
                    "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                    "--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; %s\n"
                    "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                    % (boundary, text, boundary, ctype, name, fname, att, boundary))
        else:
            h.append("Content-Type: text/plain; charset=UTF-8; format=flowed")
            h.append("Content-Transfer-Encoding: 8bit")
            body = text
        data = ("\n".join(h) + "\n\n" + body).encode("utf-8")
        size = len(data)
        vsize = size + data.count(b"\n")          # what RFC822.SIZE reports (CRLF)
        r = rnd.random()
        flags = "FS" if r < 0.05 else "RS" if r < 0.15 else "S" if r < 0.85 else ""
        path = os.path.join(cur, "%d.M%dP%d.carteiro-bench,S=%d,W=%d:2,%s"
                            % (ts, i, pid, size, vsize, flags))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            if args.uid >= 0:
                os.fchown(fd, args.uid, args.gid)
        finally:
            os.close(fd)
        os.utime(path, (ts, ts))
        total += size
    print("generated %d messages, %d bytes (average %d) in %.1f s"
          % (args.count, total, total // args.count, time.monotonic() - t0))


if __name__ == "__main__":
    main()
