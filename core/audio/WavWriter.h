// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A WAVE file (RIFF, PCM format tag 1) of mono 16-bit samples: the voice
// note's format where Ogg Opus cannot be written. Sent as audio/wav (the WAVE
// format in MIME: RFC 2361).
#include <QByteArray>
#include <QVector>

namespace carteiro::audio {

QByteArray wavFile(const QVector<qint16> &mono, int sampleRate);

} // namespace carteiro::audio
