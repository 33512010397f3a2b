// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pop3Session as the transcript replayer drives it (TranscriptReplayer.h) and
// as Pop3RetrieveJob feeds it: frames from a Pop3Framer (switched to body mode
// when the session expects a RETR/TOP body) into feedFrame(), the requests of
// a Pop3Plan once authenticated, then QUIT.
#include "TranscriptReplayer.h"
#include "pop3/Pop3Session.h"

#include <optional>

namespace carteiro::test {

// What the driver asks once authenticated; QUIT follows when all are answered
// (unless `quit` is false: then the script's end is a dropped connection).
struct Pop3Plan
{
    QList<Pop3Session::Request> requests;
    // Called for each reply; may return more requests (sent after the current ones).
    std::function<QList<Pop3Session::Request>(const Pop3Session::Reply &)> onReply;
    bool quit = true;
};

struct Pop3Run : ReplayRun
{
    QList<QByteArray> frameTraces; // the inspector's text of each server frame
    QList<Pop3Session::Reply> replies;
    Pop3Session::State state = Pop3Session::State::Greeting;
    QString error, failedStep;
    Pop3Response last;
    std::optional<Pop3Response> failure;
    bool succeeded = false, authenticated = false, updateConfirmed = false;
    bool tls = false;
};

Pop3Run runPop3(const Pop3Session::Config &config, const Pop3Plan &plan, const QList<QByteArray> &segments,
                const ReplayCut &cut = ReplayCut::whole(), qint64 maxBody = 64 * 1024 * 1024,
                qsizetype maxLine = 64 * 1024);

// Every cut of the script (ReplayCut::every); the client lines must match in each.
void replayPop3(const Pop3Session::Config &config, const Pop3Plan &plan, const Transcript &script,
                const std::function<void(const Pop3Run &)> &check);

} // namespace carteiro::test
