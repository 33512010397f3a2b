#pragma once
// Replays a scripted SMTP server against SmtpSession, the way the Channel would
// feed it: bytes through a LineFramer, lines into the session, bytes after a
// STARTTLS "220" discarded as injection. The script format is the inspector's
// text export: "S: ..." server lines, "C: ..." expected client lines (a trailing
// '*' matches any rest), "*: TLS" where the TLS handshake completes.
#include "smtp/SmtpSession.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace carteiro::test {

struct SmtpScript
{
    QList<QByteArray> serverSegments; // server bytes, one segment per TLS phase
    QList<QByteArray> expectedClient; // client lines (wire form, no CRLF)
    static SmtpScript parse(const QByteArray &text);
};

struct SmtpRun
{
    QList<QByteArray> clientLines;  // wire lines written, "<body>" for a streamed body
    QList<QByteArray> traceLines;   // the inspector's (redacted) text of each line
    QList<QByteArray> injections;   // bytes discarded at STARTTLS
    SmtpSession::State state = SmtpSession::State::Greeting;
    QString error;
    QString failedStep;
    QList<SmtpMessageResult> results;
    bool closed = false;
    bool succeeded = false;
    int largestBatch = 0; // most commands written at once (1: nothing pipelined)
    QList<QByteArray> notes;
    QString framerError;
};

// Feeds `segments`; `splits[i]` is where segment i is cut in two (-1: whole).
SmtpRun runSmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits,
                bool byteByByte = false);

// Runs the script whole, byte by byte, and split at every offset of every
// segment; calls `check` on each run (use EXPECT_* inside) and checks that the
// client lines match the script in every run.
void replayAtEveryOffset(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                         const SmtpScript &script, const std::function<void(const SmtpRun &)> &check);

bool linesMatch(const QList<QByteArray> &expected, const QList<QByteArray> &actual, QByteArray *why);

} // namespace carteiro::test
