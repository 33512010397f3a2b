// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptReplayer.h"

#include "trace/TraceTextParser.h"

namespace carteiro::test {

Transcript Transcript::parse(const QByteArray &text)
{
    Transcript s;
    s.serverSegments.append(QByteArray());
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue;
        const std::optional<TranscriptLine> line = TraceTextParser::splitLine(raw);
        if (!line)
            continue;
        const QByteArray bytes = TraceTextParser::unescape(line->text);
        if (line->direction == Direction::ServerToClient)
            s.serverSegments.last() += bytes + "\r\n";
        else if (line->direction == Direction::ClientToServer)
            s.expectedClient.append(bytes);
        else if (line->text.startsWith("TLS"))
            s.serverSegments.append(QByteArray());
    }
    return s;
}

QList<ReplayCut> ReplayCut::every(const QList<QByteArray> &segments)
{
    QList<ReplayCut> cuts = {whole(), byteByByte()};
    for (qsizetype seg = 0; seg < segments.size(); ++seg)
        for (qsizetype k = 0; k <= segments.at(seg).size(); ++k)
            cuts.append(split(seg, k));
    return cuts;
}

QList<ReplayCut> ReplayCut::everyCommonOffset(qsizetype longest)
{
    QList<ReplayCut> cuts = {whole(), byteByByte()};
    for (qsizetype k = 0; k <= longest; ++k)
        cuts.append(split(-1, k));
    return cuts;
}

QList<QByteArray> ReplayCut::pieces(const QByteArray &bytes, qsizetype segmentIndex) const
{
    switch (kind) {
    case Kind::Whole:
        return {bytes};
    case Kind::ByteByByte: {
        QList<QByteArray> out;
        out.reserve(bytes.size());
        for (char c : bytes)
            out.append(QByteArray(1, c));
        return out;
    }
    case Kind::Split:
        if (segment >= 0 && segment != segmentIndex)
            return {bytes};
        const qsizetype k = qBound(qsizetype(0), offset, bytes.size());
        return {bytes.left(k), bytes.mid(k)};
    }
    return {bytes};
}

QByteArray ReplayCut::name() const
{
    switch (kind) {
    case Kind::Whole:
        return "whole";
    case Kind::ByteByByte:
        return "byte by byte";
    case Kind::Split:
        return (segment >= 0 ? "segment " + QByteArray::number(segment) + " split at "
                             : QByteArray("split at ")) +
               QByteArray::number(offset);
    }
    return {};
}

void ReplayRun::wrote(const QByteArray &wire, const QByteArray &trace)
{
    EXPECT_TRUE(wire.endsWith("\r\n")) << wire.constData();
    clientLines.append(wire.endsWith("\r\n") ? wire.chopped(2) : wire);
    traceLines.append(trace);
}

QByteArray feedPieces(ReplayAdapter &adapter, const QList<QByteArray> &pieces)
{
    ReplayRun &run = adapter.run();
    Framer &framer = adapter.framer();
    qsizetype next = 0;
    for (; next < pieces.size() && !run.closed && !adapter.tlsRequested; ++next) {
        framer.feed(pieces.at(next));
        while (!run.closed && !adapter.tlsRequested) {
            const std::optional<QByteArray> frame = framer.next();
            if (!frame) {
                if (framer.hasError()) {
                    run.framerError = framer.error();
                    adapter.framerFailed(framer.error());
                }
                break;
            }
            adapter.frame(*frame);
        }
    }
    if (!adapter.tlsRequested)
        return {};
    // What the Channel does at STARTTLS: everything received and unread
    // (buffered in the framer or still in the socket) is discarded.
    QByteArray unread = framer.takeBuffered();
    for (; next < pieces.size(); ++next)
        unread += pieces.at(next);
    return unread;
}

void replayOnce(ReplayAdapter &adapter, const QList<QByteArray> &segments, const ReplayCut &cut)
{
    ReplayRun &run = adapter.run();
    adapter.begin();
    for (qsizetype seg = 0; seg < segments.size() && !run.closed; ++seg) {
        if (seg > 0) {
            if (!adapter.tlsRequested)
                break; // the script expected a handshake the client never asked for
            adapter.tlsRequested = false;
            adapter.tlsEstablished();
        }
        const QByteArray injected = feedPieces(adapter, cut.pieces(segments.at(seg), seg));
        if (!injected.isEmpty())
            run.injections.append(injected);
    }
    adapter.scriptEnded();
}

bool clientLinesMatch(const QList<QByteArray> &expected, const QList<QByteArray> &actual,
                      QByteArray *why)
{
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        const QByteArray e = expected.value(i, "<nothing>");
        const QByteArray a = actual.value(i, "<nothing>");
        if (!(e.endsWith('*') ? a.startsWith(e.chopped(1)) : a == e)) {
            *why = "client line " + QByteArray::number(i) + ": expected \"" + e + "\", got \"" + a +
                   "\"";
            return false;
        }
    }
    return true;
}

} // namespace carteiro::test
