#pragma once
// Replays a scripted IMAP server against ImapSession the way the Channel and
// ImapFramer would: server bytes framed, frames fed in, bytes after a STARTTLS
// OK discarded as injection. Script format (the inspector's export): "S: ..."
// server lines, "C: ..." expected client writes (a trailing '*' matches any
// rest), "*: TLS" where the TLS handshake completes.
#include "imap/ImapSession.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace carteiro::test {

struct ImapScript
{
    QList<QByteArray> serverSegments;
    QList<QByteArray> expectedClient;
    static ImapScript parse(const QByteArray &text);
};

struct ImapRun
{
    QList<QByteArray> writes;     // wire bytes of each write, final CRLF removed
    QList<QByteArray> traces;     // the inspector's text of each write
    QList<QByteArray> injections; // bytes discarded at STARTTLS
    QList<QByteArray> notes;
    QList<QString> alerts;
    QList<ImapResponse> data;
    QList<ImapCompletion> completions;
    ImapSession::State state = ImapSession::State::Greeting;
    ImapMailboxState mailbox;
    QString error;
    bool closed = false;
    bool ready = false;
    bool largeLiterals = false;   // ever asked for the body-sized literal bound
    int largestBatch = 0;         // most writes at once (1: nothing pipelined)
};

// Called after each frame is fed; may act on the session (stop IDLE, queue a command).
using ImapHook = std::function<ImapSession::Output(ImapSession &, const QByteArray &frame)>;
using ImapSetup = std::function<void(ImapSession &)>;

ImapRun runImap(const ImapSession::Config &config, const ImapSetup &setup,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits,
                bool byteByByte = false, const ImapHook &hook = {});

// Whole, byte by byte and split at every offset of every segment; the client
// writes must match the script in every run, then `check` runs.
void replayImap(const ImapSession::Config &config, const ImapScript &script,
                const std::function<void(const ImapRun &)> &check, const ImapSetup &setup = {},
                const ImapHook &hook = {});

} // namespace carteiro::test
