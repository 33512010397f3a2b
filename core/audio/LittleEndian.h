// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/audio: little-endian fields appended to a file being
// written (RIFF WAVE and the Opus headers store their numbers that way).
#include <QByteArray>
#include <QtEndian>

namespace carteiro::audio {

inline void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

} // namespace carteiro::audio
