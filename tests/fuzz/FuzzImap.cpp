// SPDX-License-Identifier: GPL-3.0-or-later
// IMAP fuzz entry points (FuzzTargets.h): the literal-aware framer alone, and
// the framer feeding an ImapSession as a server would, literals and all.
#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "imap/ImapFramer.h"
#include "imap/ImapSession.h"

#include <functional>

namespace carteiro::fuzz {

namespace {

struct Framed
{
    QList<QByteArray> frames;
    QList<QByteArray> traces;
    QList<int> bareLf;
    bool error = false;
};

Framed frameAll(const QList<QByteArray> &pieces, const ImapFramer::Limits &limits)
{
    ImapFramer framer(limits);
    Framed out;
    for (const QByteArray &piece : pieces) {
        framer.feed(piece);
        while (auto frame = framer.next()) {
            check(frame->size() <= limits.maxResponseBytes);
            out.frames.append(*frame);
            out.traces.append(framer.traceText(*frame));
            out.bareLf.append(framer.bareLineEnds());
        }
        if (framer.hasError()) {
            check(!framer.error().isEmpty());
            check(!framer.next()); // an error is final
            out.error = true;
            return out;
        }
        check(framer.pendingBytes() >= 0 && framer.pendingBytes() <= limits.maxResponseBytes);
        check(framer.literalRemaining() >= 0 && framer.literalRemaining() <= limits.maxLiteralBytes);
    }
    const qint64 pending = framer.pendingBytes();
    check(framer.takeBuffered().size() == pending);
    check(framer.pendingBytes() == 0);
    return out;
}

// Walks a parsed body structure so every pointer the parser made is touched.
int walk(const ImapBodyPart *part, int depth)
{
    if (!part)
        return 0;
    check(depth < 1000);
    int n = 1;
    for (const ImapBodyPart &child : part->children)
        n += walk(&child, depth + 1);
    return n;
}

} // namespace

int imapFramer(const uint8_t *data, size_t size)
{
    // Byte 0: the limits (small ones reach every bound); byte 1: how reads split
    // the stream. The same stream read whole and in pieces frames the same way.
    InputReader in(bytes(data, size));
    const quint8 mode = in.byte();
    const quint8 seed = in.byte();
    const QByteArray stream = in.rest();
    ImapFramer::Limits limits;
    if (mode & 1) {
        limits.maxLiteralBytes = 40 + mode;
        limits.maxLineBytes = 30 + (mode >> 1);
        limits.maxResponseBytes = 100 + 2 * mode;
    } else {
        limits.maxLiteralBytes = 64 * 1024;
        limits.maxLineBytes = 16 * 1024;
        limits.maxResponseBytes = 256 * 1024;
    }
    limits.inlineLiteralBytes = mode % 80;
    const Framed whole = frameAll({stream}, limits);
    const Framed split = frameAll(splitPieces(stream, seed | 1u), limits);
    check(whole.error == split.error);
    check(whole.frames == split.frames);
    check(whole.traces == split.traces);
    check(whole.bareLf == split.bareLf);
    qsizetype total = 0;
    for (const QByteArray &f : whole.frames)
        total += f.size() + 2;
    int bare = 0;
    for (int b : whole.bareLf)
        bare += b;
    check(total <= stream.size() + bare); // a bare LF gains its CR, nothing else is made up
    for (const QByteArray &f : whole.frames) {
        QString error;
        const auto r = ImapResponse::parse(f, &error);
        check(r.has_value() || !error.isEmpty());
        if (r)
            walk(r->fetch.bodyStructure.get(), 0);
    }
    return 0;
}

int imapSession(const uint8_t *data, size_t size)
{
    // Byte 0: the configuration; byte 1: the commands queued; byte 2: how reads
    // split the stream; the rest is what the server says.
    InputReader in(bytes(data, size));
    const quint8 mode = in.byte();
    const quint8 commands = in.byte();
    const quint8 seed = in.byte();
    const QByteArray stream = in.rest();

    ImapSession::Config c;
    c.security = TransportSecurity(mode % 3);
    c.allowAuthWithoutTls = mode & 4;
    c.useSaslIr = mode & 8;
    c.useLiteralPlus = mode & 16;
    c.enableQresync = mode & 32;
    c.sendId = mode & 64;
    c.maxInFlight = 1 + (mode >> 6) * 2;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("s3cret-pass");
    const QByteArray secrets[] = {"s3cret-pass", QByteArray("s3cret-pass").toBase64(),
                                  QByteArray("\0alice\0s3cret-pass", 18).toBase64(),
                                  QByteArray("alice\0alice\0s3cret-pass", 23).toBase64()};
    ImapSession s(c);
    if (commands & 1)
        s.enqueue(ImapCommand::list(QString(), QStringLiteral("*"), commands & 2, true));
    if (commands & 4)
        s.enqueue(ImapCommand::select(QStringLiteral("INBOX"), false, commands & 8));
    if (commands & 16)
        s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(1, 8), ImapCommand::headerItems(true)));
    if (commands & 32)
        s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(7, 7), ImapCommand::bodyItem("1", 0, 100)));
    if (commands & 64)
        s.enqueue(ImapCommand::append(QStringLiteral("Sent"), {"\\Seen"}, QDateTime(),
                                      "Subject: x\r\n\r\nbody\r\n"));
    if (commands & 128)
        s.enqueue(ImapCommand::idle());
    s.enqueue(ImapCommand::logout());

    ImapFramer framer;
    framer.setMaxLiteralBytes(4096);
    bool closed = false;
    int frames = 0;
    std::function<void(const ImapSession::Output &)> apply = [&](const ImapSession::Output &out) {
        for (const ImapSession::Write &w : out.writes) {
            check(!w.wire.isEmpty());
            for (const QByteArray &secret : secrets)
                check(!w.trace.contains(secret));
        }
        for (const ImapResponse &r : out.data)
            walk(r.fetch.bodyStructure.get(), 0);
        framer.setMaxLiteralBytes(out.largeLiteralsExpected ? 64 * 1024 : 4096);
        if (out.close)
            closed = true;
        if (out.startTls && !closed) {
            framer.takeBuffered(); // bytes before the handshake are dropped (injection)
            apply(s.tlsEstablished());
        }
    };
    apply(s.flush());
    for (const QByteArray &piece : splitPieces(stream, seed)) {
        if (closed || s.isFinished())
            break;
        framer.feed(piece);
        while (!closed && !s.isFinished()) {
            const auto frame = framer.next();
            if (!frame)
                break;
            apply(s.feed(*frame));
            if ((++frames & 7) == 0)
                apply(s.flush());
        }
        if (framer.hasError()) {
            apply(s.connectionLost(framer.error()));
            break;
        }
    }
    if (!s.isFinished())
        apply(s.connectionLost(QStringLiteral("end of input")));
    check(s.isFinished());
    check(s.inFlight() >= 0 && s.queued() >= 0);
    return 0;
}

} // namespace carteiro::fuzz
