// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts the IMAP byte stream into whole responses: a line plus every {n} / {n+}
// (and ~{n} literal8) literal it announces, counted in bytes (RFC 3501 §4.3,
// RFC 7888, RFC 3516). Hard bounds on a literal, a line and a whole response
// keep memory bounded whatever the server says; a malformed or oversized
// literal count is a clean protocol error (tests/README.md, case 8). A line
// that ends in a bare LF (RFC 3501 §2.2 wants CRLF) is read as a line end and
// counted (bareLineEnds()); bytes inside a literal are counted, never scanned
// for line ends.
#include "net/Framer.h"

namespace carteiro {

class ImapFramer : public Framer
{
public:
    struct Limits
    {
        qint64 maxLiteralBytes = 1024 * 1024;        // raised for body fetches (setMaxLiteralBytes)
        qint64 maxLineBytes = 1024 * 1024;           // one line between literals (a long SEARCH)
        qint64 maxResponseBytes = 80 * 1024 * 1024;  // line(s) and literals together
        int inlineLiteralBytes = 64;                 // traceText shows shorter clean literals
    };

    ImapFramer() = default;
    explicit ImapFramer(Limits limits) : m_limits(limits) {}

    void feed(const QByteArray &bytes) override { m_buffer.append(bytes); }
    // One complete response without its final CRLF; literals stay in place as
    // "{n}\r\n" followed by their n bytes.
    std::optional<QByteArray> next() override;
    bool hasError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    QByteArray takeBuffered() override;
    // The inspector sees "{4821 bytes}" for a big literal, "{5 bytes: hello}" for a small one.
    QByteArray traceText(const QByteArray &frame) const override;
    int bareLineEnds() const override { return m_lastBareLf; }

    // The body of a message may be 64 MiB; everything else stays small. The
    // driver raises the bound while a body fetch is in flight.
    void setMaxLiteralBytes(qint64 bytes) { m_limits.maxLiteralBytes = bytes; }
    const Limits &limits() const { return m_limits; }
    // Bytes of the response being assembled (0 between responses).
    qint64 pendingBytes() const { return m_buffer.size() - m_start; }
    // A literal still waiting for bytes (for "the connection closed inside a literal").
    qint64 literalRemaining() const { return m_literalLeft; }

    // Parses the literal announcement that ends `line` ("{12}", "{12+}", "~{12}").
    // Returns -1 when the line does not end in one, -2 when it ends in a malformed
    // one (error text in *why), else the byte count (never above `max`: -2 then).
    static qint64 literalAtEnd(QByteArrayView line, qint64 max, QString *why);

private:
    bool fail(const QString &message);

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_start = 0;   // first byte of the response being assembled
    qsizetype m_scan = 0;    // where the current line (or literal) begins
    qint64 m_literalLeft = 0;
    bool m_mayHaveLiterals = false;
    int m_frameBareLf = 0;  // bare LF line ends of the response being assembled
    int m_lastBareLf = 0;   // ... of the response last returned
    QString m_error;
};

} // namespace carteiro
