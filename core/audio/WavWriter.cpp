// SPDX-License-Identifier: GPL-3.0-or-later
#include "WavWriter.h"

#include <QtEndian>

namespace carteiro::audio {

namespace {
void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
} // namespace

QByteArray wavFile(const QVector<qint16> &mono, int sampleRate)
{
    const quint32 dataBytes = quint32(mono.size()) * 2;
    QByteArray out;
    out.reserve(44 + int(dataBytes));
    out.append("RIFF", 4);
    put32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    put32(out, 16);              // the PCM fmt chunk's size
    put16(out, 1);               // WAVE_FORMAT_PCM
    put16(out, 1);               // channels
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate) * 2); // bytes per second
    put16(out, 2);               // block align: one frame
    put16(out, 16);              // bits per sample
    out.append("data", 4);
    put32(out, dataBytes);
    for (const qint16 s : mono)
        put16(out, quint16(s));
    return out;
}

} // namespace carteiro::audio
