// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the transcript's text form back into events: what TraceText writes
// (`carteiro-cli ... --trace`, the inspector's text export), one event per line,
// "C: " / "S: " / "*: " after an optional "+12.345ms " timestamp. Notes come
// back with their kind (TLS established, state, error, injection), body lines
// ("<1234 bytes: DATA>") as body summaries, and control bytes that TraceText
// made visible ("\r", "\x1f") as the bytes they were, so that formatting the
// parsed events again gives the same text.
#include "trace/TraceEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace carteiro {

struct TranscriptLine
{
    Direction direction = Direction::Note;
    std::optional<qint64> offsetNs; // the "+12.345ms " prefix, when present
    QByteArray text;                // after "C: ", still escaped
};

// The parser's bounds (TraceTextParser::Limits).
struct TraceTextLimits
{
    qint64 maxBytes = 64 * 1024 * 1024; // the whole transcript
    int maxLines = 500000;
};

class TraceTextParser
{
    Q_DECLARE_TR_FUNCTIONS(TraceTextParser)
public:
    using Limits = TraceTextLimits;
    struct Result
    {
        // Connection 1, ids from 1, timestamps from the prefixes (0 without),
        // inside TLS from the "TLS established" note on.
        QList<TraceEvent> events;
        bool timed = false;       // every line had a timestamp
        QString error;            // empty on success; names the line that was wrong
        int errorLine = 0;        // 1-based
        bool ok() const { return error.isEmpty(); }
    };

    // Splits one line (no newline); nullopt when it is not a transcript line.
    static std::optional<TranscriptLine> splitLine(QByteArray line);
    // The whole text. Blank lines and "#" comments are skipped. `protocol`
    // Other: guessed from the server's lines (3-digit codes, "+OK", "* ").
    static Result parse(const QByteArray &text, Protocol protocol = Protocol::Other,
                        const Limits &limits = Limits());
    // One event from a split line (annotations: verb, SMTP reply/enhanced code).
    static TraceEvent toEvent(const TranscriptLine &line, Protocol protocol);
    static Protocol guessProtocol(const QList<TranscriptLine> &lines);
    // The inverse of TraceText's control-byte escapes ("\r", "\n", "\0", "\x1f").
    static QByteArray unescape(const QByteArray &text);
};

} // namespace carteiro
