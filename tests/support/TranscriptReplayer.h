// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one transcript replayer of the unit tests. A script is the inspector's
// text form (core/trace/TraceText.h, read by core/trace/TraceTextParser.h):
// "S: ..." lines are what the server sends, "C: ..." what the client must
// write (a trailing '*' matches any rest), "*: TLS" where the TLS handshake
// completes. The server bytes go through the session's own framer the way the
// Channel (core/net/Channel.h) hands them over, once whole, once byte by byte
// and once split in two at every offset (ReplayCut); at a STARTTLS the bytes
// already received are discarded as an injection, as the Channel does. What
// is protocol-specific (which session, what it is fed, what a run records)
// is a small ReplayAdapter per session type: SmtpReplay.h, ImapReplay.h,
// Pop3Replay.h, ConsoleReplay.h.
#include "net/Framer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <gtest/gtest.h>

namespace carteiro::test {

// A script: the server's bytes, one segment per TLS phase, and the client's lines.
struct Transcript
{
    QList<QByteArray> serverSegments; // each S: line with CRLF; a new segment after "*: TLS"
    QList<QByteArray> expectedClient; // C: lines (wire form without the final CRLF)
    // Blank lines, "#" comments and timestamps are skipped; TraceText's escapes
    // ("\r\n" inside an IMAP literal, "\x1f") stand for the bytes they name.
    static Transcript parse(const QByteArray &text);
};

// How one run cuts the server's bytes into the pieces the framer is fed.
struct ReplayCut
{
    enum class Kind { Whole, ByteByByte, Split };
    Kind kind = Kind::Whole;
    qsizetype segment = -1; // Split: which segment is cut (-1: every one)
    qsizetype offset = 0;   // Split: where (clamped to the segment's size)

    static ReplayCut whole() { return {}; }
    static ReplayCut byteByByte() { return {Kind::ByteByByte, -1, 0}; }
    static ReplayCut split(qsizetype segment, qsizetype offset) { return {Kind::Split, segment, offset}; }
    // Whole, byte by byte, then each segment split at each of its offsets.
    static QList<ReplayCut> every(const QList<QByteArray> &segments);
    // Whole, byte by byte, then every segment split at the same offset k, for
    // k from 0 to `longest` (scenarios whose server steps interleave typed input).
    static QList<ReplayCut> everyCommonOffset(qsizetype longest);

    QList<QByteArray> pieces(const QByteArray &bytes, qsizetype segmentIndex) const;
    QByteArray name() const;
};

// What every run records, whatever the protocol; adapters add their own.
struct ReplayRun
{
    QList<QByteArray> clientLines; // wire form of each write, final CRLF removed
    QList<QByteArray> traceLines;  // the inspector's (masked) text of each write
    QList<QByteArray> injections;  // bytes discarded at STARTTLS
    QList<QByteArray> notes;       // the session's remarks for the inspector
    QString framerError;
    bool closed = false;
    int largestBatch = 0;          // most writes at once (1: nothing pipelined)

    // One write of the client; every write ends in CRLF (checked).
    void wrote(const QByteArray &wire, const QByteArray &trace);
    void batch(qsizetype writes) { largestBatch = qMax(largestBatch, int(writes)); }
};

// One session type as the replayer drives it. The adapter owns the session and
// its framer and records into its run; it sets tlsRequested when the session
// asks for the handshake.
class ReplayAdapter
{
public:
    virtual ~ReplayAdapter() = default;
    virtual Framer &framer() = 0;
    virtual ReplayRun &run() = 0;
    virtual void begin() {}                                // before the first server byte
    virtual void frame(const QByteArray &frame) = 0;       // one complete frame
    virtual void framerFailed(const QString &error) = 0;   // the framer refused the stream
    virtual void tlsEstablished() = 0;                     // the handshake of "*: TLS" is done
    virtual void scriptEnded() = 0;                        // no more server bytes
    bool tlsRequested = false;
};

// Feeds `segments` cut as `cut`: the session sees each frame, the handshake
// between segments when it asked for one, and the end of the script.
void replayOnce(ReplayAdapter &adapter, const QList<QByteArray> &segments, const ReplayCut &cut);

// Feeds `pieces` to the adapter's framer until the session closes or asks for
// STARTTLS; returns the bytes received and not read at that point (the
// Channel discards them at STARTTLS).
QByteArray feedPieces(ReplayAdapter &adapter, const QList<QByteArray> &pieces);

// Expected client lines ('*' at the end: any rest) against the actual ones.
bool clientLinesMatch(const QList<QByteArray> &expected, const QList<QByteArray> &actual, QByteArray *why);

// Every cut of the transcript: the client lines must match the script in each
// run, then `check` runs (EXPECT_* inside). Stops at the first failing cut:
// one clear failure beats thousands of copies.
template <typename Run>
void replayEveryCut(const Transcript &script, const std::function<Run(const ReplayCut &)> &runOne,
                    const std::function<void(const Run &)> &check)
{
    for (const ReplayCut &cut : ReplayCut::every(script.serverSegments)) {
        SCOPED_TRACE(cut.name().constData());
        const Run run = runOne(cut);
        QByteArray why;
        EXPECT_TRUE(clientLinesMatch(script.expectedClient, run.clientLines, &why)) << why.constData();
        check(run);
        if (::testing::Test::HasFailure())
            return;
    }
}

} // namespace carteiro::test
