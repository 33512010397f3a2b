// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base64FileInputStream.h"

#include <cstring>

namespace carteiro {

namespace {
constexpr qint64 kLineBytes = 57;            // 57 raw bytes -> one 76-column line
constexpr qint64 kBlockBytes = kLineBytes * 1024;
}

Base64FileInputStream::Base64FileInputStream(std::shared_ptr<VmimeFileInputStream> raw)
    : m_raw(std::move(raw))
{
}

qint64 Base64FileInputStream::encodedSize(qint64 rawSize)
{
    if (rawSize <= 0)
        return 0;
    const qint64 chars = (rawSize + 2) / 3 * 4;
    const qint64 lines = (chars + 75) / 76;
    return chars + 2 * (lines - 1);
}

bool Base64FileInputStream::refill()
{
    QByteArray raw(kBlockBytes, Qt::Uninitialized);
    const size_t n = m_raw->read(reinterpret_cast<vmime::byte_t *>(raw.data()), size_t(kBlockBytes));
    if (n == 0)
        return false;
    raw.truncate(qsizetype(n));
    // Encode straight into 76-column lines: one pass, no intermediate copies.
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype len = raw.size();
    QByteArray out(encodedSize(len) + 2, Qt::Uninitialized);
    char *o = out.data();
    if (!m_firstBlock) {
        *o++ = '\r';
        *o++ = '\n';
    }
    int column = 0;
    qsizetype i = 0;
    for (; i + 3 <= len; i += 3) {
        if (column == 76) {
            *o++ = '\r';
            *o++ = '\n';
            column = 0;
        }
        const quint32 v = quint32(in[i]) << 16 | quint32(in[i + 1]) << 8 | in[i + 2];
        o[0] = kAlphabet[v >> 18];
        o[1] = kAlphabet[(v >> 12) & 63];
        o[2] = kAlphabet[(v >> 6) & 63];
        o[3] = kAlphabet[v & 63];
        o += 4;
        column += 4;
    }
    if (i < len) {
        if (column == 76) {
            *o++ = '\r';
            *o++ = '\n';
        }
        const quint32 v = quint32(in[i]) << 16 | (i + 1 < len ? quint32(in[i + 1]) << 8 : 0);
        o[0] = kAlphabet[v >> 18];
        o[1] = kAlphabet[(v >> 12) & 63];
        o[2] = i + 1 < len ? kAlphabet[(v >> 6) & 63] : '=';
        o[3] = '=';
        o += 4;
    }
    out.truncate(o - out.constData());
    m_firstBlock = false;
    m_buffer = std::move(out);
    m_pos = 0;
    return true;
}

bool Base64FileInputStream::eof() const
{
    return m_pos >= m_buffer.size() && m_raw->eof();
}

void Base64FileInputStream::reset()
{
    m_raw->reset();
    m_buffer.clear();
    m_pos = 0;
    m_firstBlock = true;
}

size_t Base64FileInputStream::read(vmime::byte_t *const data, const size_t count)
{
    size_t done = 0;
    while (done < count) {
        if (m_pos >= m_buffer.size() && !refill())
            break;
        const size_t take = qMin(count - done, size_t(m_buffer.size() - m_pos));
        std::memcpy(data + done, m_buffer.constData() + m_pos, take);
        m_pos += qsizetype(take);
        done += take;
    }
    return done;
}

size_t Base64FileInputStream::skip(const size_t count)
{
    QByteArray sink(qsizetype(qMin<size_t>(count, 64 * 1024)), Qt::Uninitialized);
    size_t done = 0;
    while (done < count) {
        const size_t n = read(reinterpret_cast<vmime::byte_t *>(sink.data()),
                              qMin(count - done, size_t(sink.size())));
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace carteiro
