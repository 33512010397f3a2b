// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raw audio as a recorder hands it over, turned into what the voice-note
// encoders take: mono signed 16-bit samples. Also the level a meter shows.
// Free of Qt Multimedia: the recorder in ui/ names its format with SampleFormat.
#include <QByteArray>
#include <QVector>

namespace carteiro::audio {

enum class SampleFormat { UInt8, Int16, Int32, Float };

// Interleaved frames of `channels` samples, native byte order, mixed down to
// mono by averaging. A trailing partial frame is ignored (the caller keeps it
// for the next chunk: see bytesPerFrame).
QVector<qint16> toMonoInt16(const char *data, qsizetype bytes, SampleFormat format, int channels);
int bytesPerFrame(SampleFormat format, int channels);

// Root mean square and peak of `samples`, in dB relative to full scale
// (0 dBFS is the loudest a 16-bit sample holds); silence gives kSilenceDb.
constexpr double kSilenceDb = -96.0;
double rmsDbfs(const qint16 *samples, qsizetype count);
double peakDbfs(const qint16 *samples, qsizetype count);
// A meter's position, 0..100, for a level in dBFS: -60 dB and below is 0.
int meterPercent(double dbfs);

} // namespace carteiro::audio
