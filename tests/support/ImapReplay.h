// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImapSession as the transcript replayer drives it (TranscriptReplayer.h):
// the queue flushed before the first server byte, whole responses (literals
// included) from an ImapFramer into feed(), and an optional hook after each
// frame that may act on the session (stop IDLE, queue a command). A C: line
// is one write: "\r\n" inside it is the CRLF before a literal's bytes.
#include "TranscriptReplayer.h"
#include "imap/ImapSession.h"

namespace carteiro::test {

struct ImapRun : ReplayRun
{
    QList<QString> alerts;
    QList<ImapResponse> data;
    QList<ImapCompletion> completions;
    ImapSession::State state = ImapSession::State::Greeting;
    ImapMailboxState mailbox;
    QString error;
    bool ready = false;
    bool largeLiterals = false; // ever asked for the body-sized literal bound
};

// Called after each frame is fed; may act on the session (stop IDLE, queue a command).
using ImapHook = std::function<ImapSession::Output(ImapSession &, const QByteArray &frame)>;
using ImapSetup = std::function<void(ImapSession &)>;

ImapRun runImap(const ImapSession::Config &config, const ImapSetup &setup, const QList<QByteArray> &segments,
                const ReplayCut &cut = ReplayCut::whole(), const ImapHook &hook = {});

// Every cut of the script (ReplayCut::every); the client writes must match in each.
void replayImap(const ImapSession::Config &config, const Transcript &script,
                const std::function<void(const ImapRun &)> &check, const ImapSetup &setup = {},
                const ImapHook &hook = {});

} // namespace carteiro::test
