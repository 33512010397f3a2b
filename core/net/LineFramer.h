// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CRLF line framing with a hard bound on line length (SMTP replies, POP3).
// RFC 5321 §2.3.8: lines end in CRLF; a bare CR is always a protocol error, and
// so is a bare LF for SMTP, so a desynchronised peer is noticed at once. POP3
// (RFC 1939 §3 wants CRLF too) reads a bare LF as a line end because real
// servers send one; it is counted so the inspector can flag it.
#include "net/Framer.h"

namespace carteiro {

class LineFramer : public Framer
{
public:
    enum class BareLf { Error, LineEnd };
    explicit LineFramer(qsizetype maxLineBytes = 64 * 1024, BareLf bareLf = BareLf::Error)
        : m_max(maxLineBytes), m_bareLf(bareLf)
    {
    }

    void feed(const QByteArray &bytes) override { m_buffer.append(bytes); }
    // The next complete line without its CRLF, or nullopt when more bytes are needed
    // or an error occurred (check error()).
    std::optional<QByteArray> next() override;
    bool hasError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    // Bytes received but not yet returned as lines (used to discard them at STARTTLS).
    QByteArray takeBuffered() override;
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    int bareLineEnds() const override { return m_lastBareLf ? 1 : 0; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_max;
    BareLf m_bareLf;
    bool m_lastBareLf = false;
    QString m_error;
};

} // namespace carteiro
