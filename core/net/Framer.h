// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts the received byte stream into protocol frames for the Channel: a CRLF
// line for SMTP and POP3 (LineFramer), a whole response with its {n} literals
// for IMAP. Literal counting lives in a framer, never in per-command code.
#include <QByteArray>
#include <QString>
#include <optional>

namespace carteiro {

class Framer
{
public:
    virtual ~Framer() = default;
    virtual void feed(const QByteArray &bytes) = 0;
    // The next complete frame, or nullopt when more bytes are needed or an error
    // occurred (check hasError()).
    virtual std::optional<QByteArray> next() = 0;
    virtual bool hasError() const = 0;
    virtual QString error() const = 0;
    // Bytes received but not yet returned as frames (discarded at STARTTLS).
    virtual QByteArray takeBuffered() = 0;
    // What the inspector shows for a frame (e.g. literals summarised as byte counts).
    virtual QByteArray traceText(const QByteArray &frame) const { return frame; }
    // Lines of the frame last returned by next() that ended in a bare LF instead
    // of CRLF: IMAP and POP3 framers read them as line ends, and the Channel
    // flags them in the inspector (trace.bareLf in core/trace).
    virtual int bareLineEnds() const { return 0; }
};

} // namespace carteiro
