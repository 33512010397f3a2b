// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Feeds one server byte stream to an ImapFramer cut as the transcript replayer
// cuts it (ReplayCut, tests/support/TranscriptReplayer.h): whole, byte by
// byte, and split in two at every offset; hands each run's frames (and error)
// to a check. For the framer alone; sessions go through ImapReplay.h.
#include "TranscriptReplayer.h"
#include "imap/ImapFramer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <gtest/gtest.h>

namespace carteiro::test {

struct FrameRun
{
    QList<QByteArray> frames;
    QString error;
    qint64 maxPending = 0; // the largest partial response the framer held
    qint64 literalRemaining = 0;
};

inline FrameRun frameStream(const QList<QByteArray> &pieces, ImapFramer::Limits limits)
{
    ImapFramer framer(limits);
    FrameRun run;
    for (const QByteArray &p : pieces) {
        framer.feed(p);
        while (std::optional<QByteArray> f = framer.next())
            run.frames.append(*f);
        run.maxPending = qMax(run.maxPending, framer.pendingBytes());
        if (framer.hasError()) {
            run.error = framer.error();
            break;
        }
    }
    run.literalRemaining = framer.literalRemaining();
    return run;
}

inline void frameAtEveryOffset(const QByteArray &stream, ImapFramer::Limits limits,
                               const std::function<void(const FrameRun &)> &check)
{
    for (const ReplayCut &cut : ReplayCut::every({stream})) {
        SCOPED_TRACE(cut.name().constData());
        check(frameStream(cut.pieces(stream, 0), limits));
        if (::testing::Test::HasFailure())
            return; // one clear failure beats thousands of copies
    }
}

} // namespace carteiro::test
