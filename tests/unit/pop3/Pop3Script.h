#pragma once
// Replays a scripted POP3 server against Pop3Session the way the Channel and
// Pop3RetrieveJob feed it: bytes through a Pop3Framer (switched to body mode
// when the session expects a RETR/TOP body), frames into the session, bytes
// after STLS's "+OK" discarded as injection. Script format: the inspector's
// text export ("S: ..." server lines, "C: ..." expected client lines with a
// trailing '*' matching any rest, "*: TLS" where the handshake completes).
#include "pop3/Pop3Session.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace carteiro::test {

struct Pop3Script
{
    QList<QByteArray> serverSegments; // server bytes, one segment per TLS phase
    QList<QByteArray> expectedClient; // client lines (wire form, no CRLF)
    static Pop3Script parse(const QByteArray &text);
};

// What the driver asks once authenticated; QUIT follows when all are answered
// (unless `quit` is false: then the script's end is a dropped connection).
struct Pop3Plan
{
    QList<Pop3Session::Request> requests;
    // Called for each reply; may return more requests (sent after the current ones).
    std::function<QList<Pop3Session::Request>(const Pop3Session::Reply &)> onReply;
    bool quit = true;
};

struct Pop3Run
{
    QList<QByteArray> clientLines; // wire lines written
    QList<QByteArray> traceLines;  // the inspector's (redacted) text of each line
    QList<QByteArray> frameTraces; // the inspector's text of each server frame
    QList<QByteArray> injections;  // bytes discarded at STLS
    QList<QByteArray> notes;       // the session's remarks for the inspector
    QList<Pop3Session::Reply> replies;
    Pop3Session::State state = Pop3Session::State::Greeting;
    QString error, failedStep, framerError;
    Pop3Response last;
    std::optional<Pop3Response> failure;
    bool closed = false, succeeded = false, authenticated = false, updateConfirmed = false;
    bool tls = false;
    int largestBatch = 0; // most commands written at once (1: nothing pipelined)
};

Pop3Run runPop3(const Pop3Session::Config &config, const Pop3Plan &plan,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits,
                bool byteByByte = false, qint64 maxBody = 64 * 1024 * 1024,
                qsizetype maxLine = 64 * 1024);

// Runs the script whole, byte by byte and split at every offset of every
// segment; checks the client lines in every run and calls `check` (EXPECT_* inside).
void replayPop3(const Pop3Session::Config &config, const Pop3Plan &plan, const Pop3Script &script,
                const std::function<void(const Pop3Run &)> &check);

} // namespace carteiro::test
