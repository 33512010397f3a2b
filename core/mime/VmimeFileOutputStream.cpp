#include "VmimeFileOutputStream.h"

#include "MimeStrings.h"

#include <stdexcept>

namespace carteiro {

VmimeFileOutputStream::VmimeFileOutputStream(QIODevice *device)
    : m_device(device)
{
}

void VmimeFileOutputStream::flush()
{
    // QSaveFile / QFile flush on commit/close; nothing to force here.
}

void VmimeFileOutputStream::writeImpl(const vmime::byte_t *const data, const size_t count)
{
    if (count == 0)
        return;
    const char *bytes = reinterpret_cast<const char *>(data);
    if (m_device->write(bytes, qint64(count)) != qint64(count))
        throw std::runtime_error("cannot write the message: " + MimeStrings::toStd(m_device->errorString()));
    m_bytes += qint64(count);
    for (size_t i = 0; i < count; ++i) {
        const char c = bytes[i];
        if (static_cast<unsigned char>(c) >= 0x80)
            m_has8Bit = true;
        if (c == '\n') {
            if (m_prev != '\r')
                ++m_bareBreaks;
            // The CR before this LF was counted in the line: take it back out.
            m_longestLine = qMax(m_longestLine, m_prev == '\r' ? m_currentLine - 1 : m_currentLine);
            m_currentLine = 0;
        } else {
            if (m_prev == '\r')
                ++m_bareBreaks; // CR not followed by LF
            ++m_currentLine;
        }
        m_prevPrev = m_prev;
        m_prev = c;
    }
}

} // namespace carteiro
