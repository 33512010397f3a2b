// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmimeFileOutputStream.h"

#include <cstring>

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
    // One pass per line with memchr: this runs over every byte of a 25 MB message.
    const char *p = bytes;
    const char *const end = bytes + count;
    char prev = m_prev;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *segEnd = nl ? nl : end;
        const size_t len = size_t(segEnd - p);
        if (prev == '\r' && !(len == 0 && nl))
            ++m_bareBreaks; // a CR from before, not followed by LF
        for (auto *cr = static_cast<const char *>(std::memchr(p, '\r', len)); cr;
             cr = static_cast<const char *>(std::memchr(cr + 1, '\r', size_t(segEnd - cr - 1)))) {
            if (cr != segEnd - 1)
                ++m_bareBreaks; // CR followed by something other than LF
        }
        if (!m_has8Bit) {
            // Eight bytes at a time: any high bit set means 8-bit data.
            quint64 high = 0;
            size_t i = 0;
            for (; i + 8 <= len; i += 8) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                high |= word;
            }
            for (; i < len; ++i)
                high |= quint64(static_cast<unsigned char>(p[i]));
            m_has8Bit = (high & 0x8080808080808080ULL) != 0;
        }
        m_currentLine += qint64(len);
        const char last = len > 0 ? segEnd[-1] : prev;
        if (!nl) {
            prev = last;
            break;
        }
        if (last != '\r')
            ++m_bareBreaks; // bare LF
        // The CR before this LF was counted in the line: take it back out.
        m_longestLine = qMax(m_longestLine, last == '\r' ? m_currentLine - 1 : m_currentLine);
        m_currentLine = 0;
        prev = '\n';
        p = nl + 1;
    }
    m_prevPrev = count >= 2 ? bytes[count - 2] : m_prev;
    m_prev = bytes[count - 1];
}

} // namespace carteiro
