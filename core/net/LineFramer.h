#pragma once
// CRLF line framing with a hard bound on line length (SMTP replies, POP3).
// RFC 5321 §2.3.8: lines end in CRLF; a bare LF or CR is a protocol error here,
// never silently accepted, so a desynchronised peer is noticed at once.
#include "net/Framer.h"

namespace carteiro {

class LineFramer : public Framer
{
public:
    explicit LineFramer(qsizetype maxLineBytes = 64 * 1024) : m_max(maxLineBytes) {}

    void feed(const QByteArray &bytes) override { m_buffer.append(bytes); }
    // The next complete line without its CRLF, or nullopt when more bytes are needed
    // or an error occurred (check error()).
    std::optional<QByteArray> next() override;
    bool hasError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    // Bytes received but not yet returned as lines (used to discard them at STARTTLS).
    QByteArray takeBuffered() override;
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_max;
    QString m_error;
};

} // namespace carteiro
