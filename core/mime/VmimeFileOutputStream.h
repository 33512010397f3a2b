// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A vmime output stream into a QIODevice that also watches what passes
// through: size, 8-bit bytes, longest line, bare CR or LF (RFC 5322 2.3 wants
// CRLF only and lines of at most 998 octets).
#include <QIODevice>

#include <vmime/utility/outputStream.hpp>

namespace carteiro {

class VmimeFileOutputStream : public vmime::utility::outputStream
{
public:
    explicit VmimeFileOutputStream(QIODevice *device);

    void flush() override;

    qint64 bytesWritten() const { return m_bytes; }
    bool has8BitData() const { return m_has8Bit; }
    qint64 longestLine() const { return qMax(m_longestLine, m_currentLine); } // without CRLF
    qint64 bareLineBreaks() const { return m_bareBreaks; }
    bool endsWithCrlf() const { return m_prev == '\n' && m_prevPrev == '\r'; }

protected:
    void writeImpl(const vmime::byte_t *const data, const size_t count) override;

private:
    QIODevice *m_device;
    qint64 m_bytes = 0;
    qint64 m_currentLine = 0;
    qint64 m_longestLine = 0;
    qint64 m_bareBreaks = 0;
    bool m_has8Bit = false;
    char m_prev = 0;
    char m_prevPrev = 0;
};

} // namespace carteiro
