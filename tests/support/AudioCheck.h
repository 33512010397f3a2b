// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading back what a voice note holds, independently of the code that wrote
// it: Ogg pages split by hand (RFC 3533 §6), Opus decoded by opus-tools'
// `opusdec`, WAVE files read chunk by chunk. Used by the audio unit tests and
// the composer's recording test.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVector>

namespace carteiro::test {

struct OggPage
{
    quint8 type = 0; // 0x01 continued, 0x02 first, 0x04 last
    qint64 granule = 0;
    quint32 serial = 0;
    quint32 sequence = 0;
    bool crcOk = false;
    QByteArray lacing;
    QByteArray body;
};
// Every page in order; stops (with *error) at bytes that are not a page.
QList<OggPage> oggPages(const QByteArray &file, QString *error);

struct Pcm16
{
    int rate = 0;
    int channels = 0;
    QVector<qint16> samples; // interleaved
    QString error;           // empty when read
    double seconds() const { return rate && channels ? double(samples.size()) / channels / rate : 0.0; }
};
Pcm16 readWav(const QByteArray &file);
// Runs `opusdec --force-wav` on the bytes; error says what failed (no opusdec,
// a refused stream).
Pcm16 decodeOpus(const QByteArray &oggOpus);
bool haveOpusdec();

} // namespace carteiro::test
