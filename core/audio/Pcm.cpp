// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pcm.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace carteiro::audio {

namespace {
int bytesPerSample(SampleFormat format)
{
    switch (format) {
    case SampleFormat::UInt8: return 1;
    case SampleFormat::Int16: return 2;
    case SampleFormat::Int32:
    case SampleFormat::Float: return 4;
    }
    return 2;
}

// One sample as a value in [-1, 1].
double sampleAt(const char *p, SampleFormat format)
{
    switch (format) {
    case SampleFormat::UInt8: return (static_cast<unsigned char>(*p) - 128) / 128.0;
    case SampleFormat::Int16: {
        qint16 v;
        std::memcpy(&v, p, sizeof v);
        return v / 32768.0;
    }
    case SampleFormat::Int32: {
        qint32 v;
        std::memcpy(&v, p, sizeof v);
        return v / 2147483648.0;
    }
    case SampleFormat::Float: {
        float v;
        std::memcpy(&v, p, sizeof v);
        return std::isfinite(v) ? double(v) : 0.0;
    }
    }
    return 0.0;
}

double toDb(double linear)
{
    if (linear <= 0.0)
        return kSilenceDb;
    return std::max(kSilenceDb, 20.0 * std::log10(linear));
}
} // namespace

int bytesPerFrame(SampleFormat format, int channels)
{
    return bytesPerSample(format) * std::max(1, channels);
}

QVector<qint16> toMonoInt16(const char *data, qsizetype bytes, SampleFormat format, int channels)
{
    channels = std::max(1, channels);
    const int sampleBytes = bytesPerSample(format);
    const qsizetype frames = bytes / bytesPerFrame(format, channels);
    QVector<qint16> out(frames);
    for (qsizetype f = 0; f < frames; ++f) {
        double sum = 0;
        const char *frame = data + f * sampleBytes * channels;
        for (int c = 0; c < channels; ++c)
            sum += sampleAt(frame + c * sampleBytes, format);
        const double v = std::clamp(sum / channels, -1.0, 1.0);
        out[f] = static_cast<qint16>(std::lround(v * 32767.0));
    }
    return out;
}

double rmsDbfs(const qint16 *samples, qsizetype count)
{
    if (count <= 0)
        return kSilenceDb;
    double sum = 0;
    for (qsizetype i = 0; i < count; ++i)
        sum += double(samples[i]) * samples[i];
    return toDb(std::sqrt(sum / count) / 32768.0);
}

double peakDbfs(const qint16 *samples, qsizetype count)
{
    int peak = 0;
    for (qsizetype i = 0; i < count; ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    return toDb(peak / 32768.0);
}

int meterPercent(double dbfs)
{
    constexpr double floorDb = -60.0;
    const double clamped = std::clamp(dbfs, floorDb, 0.0);
    return int(std::lround((clamped - floorDb) / -floorDb * 100.0));
}

} // namespace carteiro::audio
