// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder's samples made mono 16-bit, the meter's level and the WAVE file.
#include "audio/Pcm.h"
#include "audio/WavWriter.h"

#include <QtEndian>
#include <gtest/gtest.h>

using namespace carteiro::audio;

namespace {
template <typename T>
QByteArray bytesOf(std::initializer_list<T> values)
{
    QByteArray out;
    for (T v : values)
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    return out;
}
} // namespace

TEST(Pcm, StereoFloatIsAveragedToMono)
{
    const QByteArray in = bytesOf<float>({0.5f, -0.5f, 1.0f, 0.0f, -1.0f, -1.0f});
    const QVector<qint16> out = toMonoInt16(in.constData(), in.size(), SampleFormat::Float, 2);
    ASSERT_EQ(out.size(), 3);
    EXPECT_EQ(out[0], 0);
    EXPECT_EQ(out[1], 16384);   // 0.5 of full scale
    EXPECT_EQ(out[2], -32767);
}

TEST(Pcm, EveryFormatMapsFullScaleAlike)
{
    const QByteArray u8 = bytesOf<quint8>({0, 128, 255});
    const QByteArray s32 = bytesOf<qint32>({INT32_MIN, 0, INT32_MAX});
    const QByteArray s16 = bytesOf<qint16>({-32768, 0, 32767});
    for (const auto &[data, format] : {std::pair{u8, SampleFormat::UInt8}, std::pair{s32, SampleFormat::Int32},
                                       std::pair{s16, SampleFormat::Int16}}) {
        const QVector<qint16> out = toMonoInt16(data.constData(), data.size(), format, 1);
        ASSERT_EQ(out.size(), 3);
        EXPECT_EQ(out[0], -32767);
        EXPECT_EQ(out[1], 0);
        EXPECT_GE(out[2], 32510); // 255 of UInt8 is 127/128 of full scale
    }
}

TEST(Pcm, APartialFrameIsLeftForTheNextChunk)
{
    const QByteArray in = bytesOf<qint16>({100, 200, 300}); // one stereo frame and half of one
    EXPECT_EQ(toMonoInt16(in.constData(), in.size(), SampleFormat::Int16, 2).size(), 1);
    EXPECT_EQ(bytesPerFrame(SampleFormat::Int16, 2), 4);
    EXPECT_EQ(bytesPerFrame(SampleFormat::Float, 1), 4);
}

TEST(Pcm, NotANumberIsSilenceNotNoise)
{
    const QByteArray in = bytesOf<float>({std::numeric_limits<float>::quiet_NaN(), 2.0f});
    const QVector<qint16> out = toMonoInt16(in.constData(), in.size(), SampleFormat::Float, 1);
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out[0], 0);
    EXPECT_EQ(out[1], 32767); // clipped, not wrapped
}

TEST(Pcm, LevelsInDecibelsAndTheMeter)
{
    const QVector<qint16> silence(480, 0);
    EXPECT_EQ(rmsDbfs(silence.constData(), silence.size()), kSilenceDb);
    EXPECT_EQ(peakDbfs(silence.constData(), silence.size()), kSilenceDb);
    EXPECT_EQ(rmsDbfs(nullptr, 0), kSilenceDb);
    const QVector<qint16> square(480, 16384); // half of full scale: -6 dB
    EXPECT_NEAR(rmsDbfs(square.constData(), square.size()), -6.02, 0.01);
    EXPECT_NEAR(peakDbfs(square.constData(), square.size()), -6.02, 0.01);
    EXPECT_EQ(meterPercent(kSilenceDb), 0);
    EXPECT_EQ(meterPercent(-60), 0);
    EXPECT_EQ(meterPercent(-30), 50);
    EXPECT_EQ(meterPercent(0), 100);
    EXPECT_EQ(meterPercent(3), 100);
}

TEST(Pcm, TheWaveFileSaysWhatItHolds)
{
    const QVector<qint16> samples{1, -2, 3, 32767};
    const QByteArray wav = wavFile(samples, 16000);
    ASSERT_EQ(wav.size(), 44 + 8);
    EXPECT_EQ(wav.left(4), "RIFF");
    EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 4), 36u + 8u);
    EXPECT_EQ(wav.mid(8, 8), "WAVEfmt ");
    EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 20), 1);     // PCM
    EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 22), 1);     // mono
    EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 24), 16000u);
    EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 28), 32000u);
    EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 34), 16);
    EXPECT_EQ(wav.mid(36, 4), "data");
    EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 40), 8u);
    EXPECT_EQ(qFromLittleEndian<qint16>(wav.constData() + 46), -2);
    EXPECT_EQ(qFromLittleEndian<qint16>(wav.constData() + 50), 32767);
}
