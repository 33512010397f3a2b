// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SmtpSession as the transcript replayer drives it (TranscriptReplayer.h):
// lines through a LineFramer, each line into feedLine(), a DATA/BDAT body
// reported sent as soon as the session asks for it.
#include "TranscriptReplayer.h"
#include "smtp/SmtpSession.h"

namespace carteiro::test {

struct SmtpRun : ReplayRun
{
    // clientLines and traceLines hold "<body>" where a body was streamed
    SmtpSession::State state = SmtpSession::State::Greeting;
    QString error;
    QString failedStep;
    QList<SmtpMessageResult> results;
    bool succeeded = false;
};

SmtpRun runSmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const QList<QByteArray> &segments, const ReplayCut &cut = ReplayCut::whole());

// Every cut of the script (ReplayCut::every); the client lines must match in each.
void replaySmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const Transcript &script, const std::function<void(const SmtpRun &)> &check);

} // namespace carteiro::test
