// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One logical Ogg bitstream written page by page (RFC 3533): packets are laced
// into pages, each page carries the granule position of the last packet that
// ends on it, a sequence number and its CRC. The voice note's container.
#include <QByteArray>
#include <QList>
#include <QPair>

namespace carteiro::audio {

class OggWriter
{
public:
    explicit OggWriter(quint32 serial) : m_serial(serial) {}

    // Adds a packet that, once complete, brings the stream to `granule`.
    void addPacket(const QByteArray &packet, qint64 granule);
    // Writes the packets added so far as page(s) now (RFC 7845 §3 wants the
    // headers on pages of their own). `last` marks the end of the stream.
    void flush(bool last = false);
    // Packets added since the last flush().
    qsizetype pendingPackets() const { return m_ends.size(); }

    const QByteArray &bytes() const { return m_out; }

    // The CRC of RFC 3533 §6 (polynomial 0x04c11db7, no reflection, initial 0).
    static quint32 crc(const QByteArray &page);

private:
    void writePage(const QByteArray &lacing, const QByteArray &body, bool continued, bool last,
                   qint64 granule);

    quint32 m_serial;
    quint32 m_sequence = 0;
    QByteArray m_out;
    QByteArray m_lacing;   // the waiting packets' lacing values
    QByteArray m_body;     // and their bytes
    qint64 m_lastGranule = 0;
    QList<QPair<qsizetype, qint64>> m_ends; // each waiting packet's last segment and granule
};

} // namespace carteiro::audio
