// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 fuzz entry points (FuzzTargets.h): the framer alone (status lines, then
// dot-unstuffed bodies ended by "."), and the framer feeding a Pop3Session as
// a server would, listings and bodies included.
#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "pop3/Pop3Framer.h"
#include "pop3/Pop3Listing.h"
#include "pop3/Pop3Session.h"

#include <functional>

namespace carteiro::fuzz {

namespace {

struct Pop3Framed
{
    QList<QByteArray> frames;
    QList<QByteArray> traces;
    QList<int> bareLf;
    bool error = false;
};

Pop3Framed framePop3(const QList<QByteArray> &pieces, quint8 mode, qsizetype maxLine, qint64 maxBody)
{
    Pop3Framer framer(maxLine, maxBody);
    Pop3Framed out;
    for (const QByteArray &piece : pieces) {
        framer.feed(piece);
        for (;;) {
            const bool body = framer.inBody();
            const auto frame = framer.next();
            if (!frame)
                break;
            if (body) {
                check(frame->size() <= maxBody);
            } else {
                check(frame->size() <= maxLine);
                check(!frame->contains('\n'));
            }
            out.frames.append(*frame);
            out.traces.append(framer.traceText(*frame));
            out.bareLf.append(framer.bareLineEnds());
            // A "+OK" answers a RETR or TOP when the mode says so: a body follows.
            if (!body && (mode & 2) && frame->startsWith("+OK"))
                framer.expectBody((mode & 4) ? qint64(frame->size()) * 7 : -1);
        }
        if (framer.hasError()) {
            check(!framer.error().isEmpty());
            check(!framer.next());
            out.error = true;
            return out;
        }
    }
    framer.takeBuffered();
    check(!framer.inBody());
    return out;
}

} // namespace

int pop3Framer(const uint8_t *data, size_t size)
{
    // Byte 0: limits and when bodies are expected; byte 1: how reads split the
    // stream. Read whole or in pieces, the frames are the same.
    InputReader in(bytes(data, size));
    const quint8 mode = in.byte();
    const quint8 seed = in.byte();
    const QByteArray stream = in.rest();
    const qsizetype maxLine = (mode & 1) ? 16 + (mode >> 3) : 64 * 1024;
    const qint64 maxBody = (mode & 8) ? 32 + (mode >> 2) : 1024 * 1024;
    const Pop3Framed whole = framePop3({stream}, mode, maxLine, maxBody);
    const Pop3Framed split = framePop3(splitPieces(stream, seed | 1u), mode, maxLine, maxBody);
    check(whole.error == split.error);
    check(whole.frames == split.frames);
    check(whole.traces == split.traces);
    check(whole.bareLf == split.bareLf);
    return 0;
}

int pop3Session(const uint8_t *data, size_t size)
{
    // Byte 0: the configuration; byte 1: the requests once logged in; byte 2:
    // how reads split the stream; the rest is what the server says.
    InputReader in(bytes(data, size));
    const quint8 mode = in.byte();
    const quint8 requests = in.byte();
    const quint8 seed = in.byte();
    const QByteArray stream = in.rest();

    Pop3Session::Config c;
    c.security = TransportSecurity(mode % 3);
    c.allowPlaintextAuth = mode & 4;
    c.usePipelining = mode & 8;
    c.useInitialResponse = mode & 16;
    static const char *const mechanisms[] = {"", "USER", "APOP", "PLAIN"};
    c.mechanism = QString::fromLatin1(mechanisms[(mode >> 5) & 3]);
    c.maxCapaLines = 16;
    c.maxListingBytes = 4096;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("s3cret-pass");
    const QByteArray secrets[] = {"s3cret-pass", QByteArray("s3cret-pass").toBase64(),
                                  QByteArray("\0alice\0s3cret-pass", 18).toBase64()};
    Pop3Session s(c);
    Pop3Framer framer(1024, 64 * 1024);
    bool closed = false;
    std::function<void(const Pop3Session::Output &)> apply = [&](const Pop3Session::Output &out) {
        for (const Pop3Command &cmd : out.commands) {
            check(cmd.wire.endsWith("\r\n"));
            check(cmd.wire.indexOf('\n') == cmd.wire.size() - 1); // one line, no injection
            for (const QByteArray &secret : secrets)
                check(!cmd.traceText.contains(secret));
        }
        for (const Pop3Session::Reply &r : out.replies) {
            check(r.body.isEmpty() || r.request.hasBody());
            // What the retrieval job makes of the answers (core/pop3/Pop3RetrieveJob.cpp).
            if (r.request.kind == Pop3Request::Kind::Stat)
                Pop3Listing::parseStat(r.status.text);
            for (const QByteArray &line : r.lines) {
                const auto scan = Pop3Listing::parseScan(line);
                check(!scan || (scan->number > 0 && scan->size >= 0));
                const auto uidl = Pop3Listing::parseUidl(line);
                check(!uidl || (uidl->number > 0 && !uidl->uidl.isEmpty() && uidl->uidl.size() <= 70));
            }
        }
        if (out.close)
            closed = true;
        if (out.startTls && !closed) {
            framer.takeBuffered();
            apply(s.tlsEstablished());
        }
        if (out.authenticated && !closed) {
            using K = Pop3Request::Kind;
            const K kinds[] = {K::Stat, K::List, K::Uidl, K::Top, K::Retr, K::Dele, K::Rset, K::Noop};
            for (int i = 0; i < 8; ++i) {
                if (requests & (1 << i)) {
                    Pop3Request r;
                    r.kind = kinds[i];
                    r.message = (kinds[i] == K::List || kinds[i] == K::Uidl) ? 0 : 1 + i % 3;
                    r.lines = 5;
                    apply(s.request(r));
                }
            }
            apply(s.quit());
        }
    };
    if (!s.validate().isEmpty())
        return 0;
    for (const QByteArray &piece : splitPieces(stream, seed)) {
        if (closed || s.isFinished())
            break;
        framer.feed(piece);
        while (!closed && !s.isFinished()) {
            if (s.expectsBody() && !framer.inBody())
                framer.expectBody();
            const auto frame = framer.next();
            if (!frame)
                break;
            apply(s.feedFrame(*frame));
        }
        if (framer.hasError()) {
            apply(s.connectionLost(framer.error()));
            break;
        }
    }
    if (!s.isFinished())
        apply(s.connectionLost(QStringLiteral("end of input")));
    check(s.isFinished());
    return 0;
}

} // namespace carteiro::fuzz
