// SPDX-License-Identifier: GPL-3.0-or-later
#include "WavWriter.h"

#include "audio/LittleEndian.h"

namespace carteiro::audio {

QByteArray wavFile(const QVector<qint16> &mono, int sampleRate)
{
    const quint32 dataBytes = quint32(mono.size()) * 2;
    QByteArray out;
    out.reserve(44 + int(dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16); // the PCM fmt chunk's size
    appendLe16(out, 1); // WAVE_FORMAT_PCM
    appendLe16(out, 1); // channels
    appendLe32(out, quint32(sampleRate));
    appendLe32(out, quint32(sampleRate) * 2); // bytes per second
    appendLe16(out, 2); // block align: one frame
    appendLe16(out, 16); // bits per sample
    out.append("data", 4);
    appendLe32(out, dataBytes);
    for (const qint16 s : mono)
        appendLe16(out, quint16(s));
    return out;
}

} // namespace carteiro::audio
