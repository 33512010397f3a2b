#pragma once
// Feeds one server byte stream to an ImapFramer whole, byte by byte, and split
// in two at every offset, and hands each run's frames (and error) to a check.
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
    {
        SCOPED_TRACE("whole");
        check(frameStream({stream}, limits));
    }
    {
        SCOPED_TRACE("byte by byte");
        QList<QByteArray> bytes;
        for (char c : stream)
            bytes.append(QByteArray(1, c));
        check(frameStream(bytes, limits));
    }
    for (qsizetype k = 0; k <= stream.size(); ++k) {
        SCOPED_TRACE(("split at " + QByteArray::number(k)).constData());
        check(frameStream({stream.left(k), stream.mid(k)}, limits));
        if (::testing::Test::HasFailure())
            return; // one clear failure beats thousands of copies
    }
}

} // namespace carteiro::test
