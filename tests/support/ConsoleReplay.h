// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A console scenario as the transcript replayer drives it
// (TranscriptReplayer.h) and as ConsoleConnection and the Channel would: typed
// lines into the session, server bytes through the session's own framer, cut
// as a ReplayCut cuts them (every server step split at the same offset), bytes
// left unread at a STARTTLS discarded, secrets registered with a TraceHub
// before the writes, and every write, server frame and note recorded in that
// hub, so a test can check the transcript exactly as the inspector holds it.
// Unlike a C:/S: script, the client's lines here are what the student types.
#include "TranscriptReplayer.h"
#include "console/ConsoleSession.h"

#include <QStringList>

namespace carteiro::test {

struct ConsoleStep
{
    enum Kind { Type, Server, Password, Tls } kind;
    QByteArray data;
};
inline ConsoleStep typed(const QByteArray &line) { return {ConsoleStep::Type, line}; }
inline ConsoleStep server(const QByteArray &bytes) { return {ConsoleStep::Server, bytes}; }
inline ConsoleStep password(const QByteArray &secret) { return {ConsoleStep::Password, secret}; }
inline ConsoleStep tlsUp() { return {ConsoleStep::Tls, {}}; }

struct ConsoleRun : ReplayRun
{
    QByteArray wire;              // every byte written, in order
    QList<QByteArray> transcript; // TraceText lines of the hub's history
    QStringList errors;           // refused typed lines
    QStringList history;          // what the console history kept
    QStringList states;           // the state after each step
    QList<bool> awaiting;         // awaitingReply() after each step
    int replies = 0;              // complete replies
    bool lastSuccess = false;
    int passwordRequests = 0;
    int startTls = 0;
    QByteArray discarded;         // bytes dropped at the STARTTLS boundary
};

ConsoleRun runConsole(Protocol protocol, const ConsoleSession::Config &config, const QList<ConsoleStep> &steps,
                      const ReplayCut &cut = ReplayCut::whole());

// Whole, byte by byte and every server step split at each offset up to the
// longest (ReplayCut::everyCommonOffset); every run must give the same wire
// bytes, states and transcript as the whole one, and `check` runs on the whole
// and the byte-by-byte runs.
void replayConsole(Protocol protocol, const ConsoleSession::Config &config, const QList<ConsoleStep> &steps,
                   const std::function<void(const ConsoleRun &)> &check);

// No trace line, history entry or note holds the secret, raw or in base64.
void expectSecretNowhere(const ConsoleRun &run, const QByteArray &secret);
bool transcriptHas(const ConsoleRun &run, const QByteArray &needle);

} // namespace carteiro::test
