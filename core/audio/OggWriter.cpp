// SPDX-License-Identifier: GPL-3.0-or-later
#include "OggWriter.h"

#include <QtEndian>
#include <array>

namespace carteiro::audio {

namespace {
constexpr int kMaxSegments = 255;

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 r = i << 24;
        for (int bit = 0; bit < 8; ++bit)
            r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : r << 1;
        table[i] = r;
    }
    return table;
}
} // namespace

quint32 OggWriter::crc(const QByteArray &page)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 crc = 0;
    for (const char c : page)
        crc = (crc << 8) ^ table[((crc >> 24) ^ quint8(c)) & 0xff];
    return crc;
}

void OggWriter::addPacket(const QByteArray &packet, qint64 granule)
{
    // Lacing (RFC 3533 §5): 255 for each full 255-byte run, then the rest,
    // which is 0 when the size is a multiple of 255.
    qsizetype left = packet.size();
    while (left >= 255) {
        m_lacing.append(char(255));
        left -= 255;
    }
    m_lacing.append(char(left));
    m_body.append(packet);
    m_ends.append({m_lacing.size() - 1, granule});
}

void OggWriter::flush(bool last)
{
    // A page holds at most 255 segments. A packet cut across pages goes on in
    // the next one (header type 0x01); a page carries the granule position of
    // the last packet that ends on it, or -1 when none does (RFC 3533 §6).
    if (m_lacing.isEmpty()) {
        if (last) // nothing waits: an empty page still ends the stream
            writePage({}, {}, false, true, m_lastGranule);
        return;
    }
    qsizetype segment = 0, offset = 0;
    int end = 0;
    bool continued = false;
    do {
        const qsizetype take = std::min<qsizetype>(kMaxSegments, m_lacing.size() - segment);
        const QByteArray lacing = m_lacing.mid(segment, take);
        qsizetype bytes = 0;
        for (const char l : lacing)
            bytes += quint8(l);
        qint64 granule = -1;
        while (end < m_ends.size() && m_ends[end].first < segment + take)
            granule = m_ends[end++].second;
        if (granule >= 0)
            m_lastGranule = granule;
        const bool final = segment + take == m_lacing.size();
        writePage(lacing, m_body.mid(offset, bytes), continued, last && final, granule);
        continued = quint8(lacing.back()) == 255;
        segment += take;
        offset += bytes;
    } while (segment < m_lacing.size());
    m_lacing.clear();
    m_body.clear();
    m_ends.clear();
}

void OggWriter::writePage(const QByteArray &lacing, const QByteArray &body, bool continued, bool last,
                          qint64 granule)
{
    QByteArray page;
    page.reserve(27 + lacing.size() + body.size());
    page.append("OggS", 4);
    page.append(char(0)); // stream structure version
    char type = 0;
    if (continued)
        type |= 0x01;
    if (m_sequence == 0)
        type |= 0x02; // beginning of stream
    if (last)
        type |= 0x04; // end of stream
    page.append(type);
    char field[8];
    qToLittleEndian(granule, field);
    page.append(field, 8);
    qToLittleEndian(m_serial, field);
    page.append(field, 4);
    qToLittleEndian(m_sequence++, field);
    page.append(field, 4);
    page.append(4, char(0)); // the CRC, computed over the page with this field zero
    page.append(char(lacing.size()));
    page.append(lacing);
    page.append(body);
    qToLittleEndian(crc(page), field);
    page.replace(22, 4, QByteArray(field, 4));
    m_out.append(page);
}

} // namespace carteiro::audio
