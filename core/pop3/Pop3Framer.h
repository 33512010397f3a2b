// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Frames for POP3 (RFC 1939 §3): status lines and listing lines one CRLF line
// at a time (a LineFramer, bounded), and, once the session says a RETR or TOP
// body follows, the whole body as ONE frame: dot-unstuffed, ended by the
// "CRLF.CRLF" terminator wherever the reads happen to split it, bounded in
// size. One frame per body keeps the inspector readable (a summary, not
// thousands of lines) and lets a body carry bytes a line framer refuses (a bare
// CR inside a message must not make it impossible to download). A line that
// ends in a bare LF (RFC 1939 §3 wants CRLF) is read as a line end, the "."
// terminator included, and counted for the inspector (bareLineEnds()).
#include "net/LineFramer.h"

namespace carteiro {

class Pop3Framer : public Framer
{
public:
    explicit Pop3Framer(qsizetype maxLineBytes = 64 * 1024, qint64 maxBodyBytes = 64 * 1024 * 1024);

    // The next frame is a multi-line body: everything up to the "." line.
    // Called by the driver when Pop3Session::expectsBody() turns true.
    void expectBody(qint64 sizeHint = -1);
    bool inBody() const { return m_inBody; }

    void feed(const QByteArray &bytes) override;
    std::optional<QByteArray> next() override;
    bool hasError() const override { return !m_error.isEmpty() || m_lines.hasError(); }
    QString error() const override { return m_error.isEmpty() ? m_lines.error() : m_error; }
    QByteArray takeBuffered() override;
    // A body frame is shown as a summary with its size (core/README.md: large
    // bodies are summarised); a line as itself.
    QByteArray traceText(const QByteArray &frame) const override;
    int bareLineEnds() const override { return m_lastWasBody ? int(qMin<qint64>(m_lastBareLf, 1 << 30)) : m_lines.bareLineEnds(); }

private:
    std::optional<QByteArray> nextBody();

    LineFramer m_lines;
    qint64 m_maxBody;
    bool m_inBody = false;
    QByteArray m_raw;      // body mode: bytes received, not yet scanned into m_body
    qsizetype m_rawPos = 0;
    QByteArray m_body;     // unstuffed body so far
    qint64 m_bodyLines = 0;
    qint64 m_unstuffed = 0;
    qint64 m_bodyBareLf = 0;  // body lines (terminator included) ended by a bare LF
    bool m_lastWasBody = false;
    qint64 m_lastLines = 0;
    qint64 m_lastUnstuffed = 0;
    qint64 m_lastBareLf = 0;
    QString m_error;
};

} // namespace carteiro
