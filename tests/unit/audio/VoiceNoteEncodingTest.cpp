// SPDX-License-Identifier: GPL-3.0-or-later
// Voice notes as files: Ogg pages (RFC 3533), Opus in Ogg (RFC 7845) read
// back by the reference decoder (opus-tools), and the WAVE fallback.
#include "AudioCheck.h"
#include "audio/Pcm.h"
#include "audio/OggWriter.h"
#include "audio/OpusVoiceEncoder.h"
#include "audio/VoiceNoteWriter.h"

#include <QtEndian>
#include <cmath>
#include <gtest/gtest.h>

using namespace carteiro::audio;
using namespace carteiro::test;

namespace {
QVector<qint16> tone(int rate, double seconds, double hz = 440, double amplitude = 0.5)
{
    QVector<qint16> out(qsizetype(rate * seconds));
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = qint16(std::lround(amplitude * 32767 * std::sin(2 * M_PI * hz * double(i) / rate)));
    return out;
}
} // namespace

TEST(OggWriter, TheCrcIsOggs)
{
    // RFC 3533's CRC is CRC-32/POSIX without its final inversion.
    EXPECT_EQ(OggWriter::crc("123456789"), ~0x765E7680u);
    EXPECT_EQ(OggWriter::crc(QByteArray()), 0u);
}

TEST(OggWriter, PagesCarryLacingGranulesAndFlags)
{
    OggWriter ogg(0x1234);
    ogg.addPacket(QByteArray(10, 'a'), 0);
    ogg.flush();
    ogg.addPacket(QByteArray(255, 'b'), 100);  // laced 255, 0
    ogg.addPacket(QByteArray(300, 'c'), 200);  // laced 255, 45
    ogg.flush(true);
    QString error;
    const QList<OggPage> pages = oggPages(ogg.bytes(), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].type, 0x02);
    EXPECT_EQ(pages[0].granule, 0);
    EXPECT_EQ(pages[0].lacing, QByteArray(1, char(10)));
    EXPECT_EQ(pages[1].type, 0x04);
    EXPECT_EQ(pages[1].granule, 200);
    EXPECT_EQ(pages[1].lacing, QByteArray::fromHex("ff00ff2d"));
    EXPECT_EQ(pages[1].body, QByteArray(255, 'b') + QByteArray(300, 'c'));
    for (const OggPage &p : pages) {
        EXPECT_TRUE(p.crcOk);
        EXPECT_EQ(p.serial, 0x1234u);
    }
    EXPECT_EQ(pages[1].sequence, 1u);
}

TEST(OggWriter, APacketLongerThanAPageContinuesOnTheNext)
{
    OggWriter ogg(7);
    QByteArray big(70000, 'x');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 31);
    ogg.addPacket("head", 0);
    ogg.addPacket(big, 960);
    ogg.flush(true);
    QString error;
    const QList<OggPage> pages = oggPages(ogg.bytes(), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].lacing.size(), 255);
    EXPECT_EQ(pages[0].granule, 0);     // "head" ends there; the big packet does not
    EXPECT_EQ(pages[0].type & 0x01, 0);
    EXPECT_EQ(pages[1].type, 0x01 | 0x04);
    EXPECT_EQ(pages[1].granule, 960);
    EXPECT_EQ((pages[0].body + pages[1].body).mid(4), big);
}

TEST(OggWriter, APageWhereNoPacketEndsHasNoGranule)
{
    OggWriter ogg(7);
    ogg.addPacket(QByteArray(255 * 600, 'z'), 5000); // three pages
    ogg.flush(true);
    QString error;
    const QList<OggPage> pages = oggPages(ogg.bytes(), &error);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages[0].granule, -1);
    EXPECT_EQ(pages[1].granule, -1);
    EXPECT_EQ(pages[2].granule, 5000);
    EXPECT_EQ(pages[2].lacing.back(), char(0)); // a multiple of 255 ends with a 0
}

TEST(OggWriter, EndingWithNothingWaitingStillMarksTheEnd)
{
    OggWriter ogg(9);
    ogg.addPacket("x", 42);
    ogg.flush();
    ogg.flush(true);
    QString error;
    const QList<OggPage> pages = oggPages(ogg.bytes(), &error);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[1].type, 0x04);
    EXPECT_EQ(pages[1].granule, 42);
    EXPECT_TRUE(pages[1].lacing.isEmpty());
}

class OpusVoice : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        if (!OpusVoiceEncoder::available())
            GTEST_SKIP() << "built without libopus: voice notes are WAV (tested below)";
    }
};

TEST_P(OpusVoice, TheStreamIsLaidOutAsRfc7845Says)
{
    const int rate = GetParam();
    OpusVoiceEncoder enc;
    QString error;
    ASSERT_TRUE(enc.start(rate, &error)) << qPrintable(error);
    const QVector<qint16> samples = tone(rate, 2.5);
    enc.append(samples.constData(), samples.size());
    const QByteArray file = enc.finish();
    const QList<OggPage> pages = oggPages(file, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GE(pages.size(), 5); // the two headers and a page a second
    EXPECT_EQ(pages[0].type, 0x02);
    EXPECT_EQ(pages[0].body.left(8), "OpusHead");
    EXPECT_EQ(pages[0].body.size(), 19);
    EXPECT_EQ(pages[0].body[9], char(1)); // mono
    const int preSkip = qFromLittleEndian<quint16>(pages[0].body.constData() + 10);
    EXPECT_GT(preSkip, 0);
    EXPECT_EQ(qFromLittleEndian<quint32>(pages[0].body.constData() + 12), quint32(rate));
    EXPECT_EQ(pages[0].granule, 0);
    EXPECT_EQ(pages[1].body.left(8), "OpusTags");
    EXPECT_EQ(pages[1].granule, 0);
    qint64 granule = 0;
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages[i].crcOk) << "page " << i;
        EXPECT_EQ(pages[i].sequence, quint32(i));
        EXPECT_GE(pages[i].granule, granule) << "page " << i;
        granule = pages[i].granule;
        EXPECT_EQ(bool(pages[i].type & 0x04), i == pages.size() - 1);
    }
    // End trimming: the last granule is where the speech stops, in 48 kHz samples.
    EXPECT_EQ(pages.back().granule, preSkip + qint64(samples.size()) * (48000 / rate));
}

TEST_P(OpusVoice, TheReferenceDecoderHearsTheToneForItsLength)
{
    if (!haveOpusdec())
        GTEST_SKIP() << "opusdec (opus-tools) is not installed";
    const int rate = GetParam();
    OpusVoiceEncoder enc;
    QString error;
    ASSERT_TRUE(enc.start(rate, &error)) << qPrintable(error);
    const QVector<qint16> samples = tone(rate, 1.5);
    // Fed in uneven chunks, as a recorder hands them over.
    for (qsizetype at = 0; at < samples.size();) {
        const qsizetype n = std::min<qsizetype>(samples.size() - at, 1 + (at * 7919) % 1777);
        enc.append(samples.constData() + at, n);
        at += n;
    }
    const Pcm16 out = decodeOpus(enc.finish());
    ASSERT_TRUE(out.error.isEmpty()) << qPrintable(out.error);
    EXPECT_NEAR(out.seconds(), 1.5, 0.001);
    // A 0.5 sine: about -9 dBFS.
    EXPECT_NEAR(rmsDbfs(out.samples.constData(), out.samples.size()), rmsDbfs(samples.constData(), samples.size()), 1.5);
}

TEST_P(OpusVoice, APaddedLastFrameAndAnEmptyTakeDecodeToTheirLength)
{
    if (!haveOpusdec())
        GTEST_SKIP() << "opusdec (opus-tools) is not installed";
    const int rate = GetParam();
    for (const double seconds : {1.013, 0.0}) {
        OpusVoiceEncoder enc;
        QString error;
        ASSERT_TRUE(enc.start(rate, &error)) << qPrintable(error);
        const QVector<qint16> samples = tone(rate, seconds);
        enc.append(samples.constData(), samples.size());
        const Pcm16 out = decodeOpus(enc.finish());
        ASSERT_TRUE(out.error.isEmpty()) << qPrintable(out.error);
        EXPECT_NEAR(out.seconds(), double(samples.size()) / rate, 0.0005) << seconds << " s at " << rate;
    }
}

INSTANTIATE_TEST_SUITE_P(Rates, OpusVoice, ::testing::Values(48000, 16000, 8000));

TEST(VoiceNoteWriter, OggOpusWhereItCanWavWhereItCannot)
{
    VoiceNoteWriter w;
    w.start(44100, VoiceNoteWriter::Format::OggOpus); // not a rate Opus takes
    EXPECT_EQ(w.format(), VoiceNoteWriter::Format::Wav);
    EXPECT_TRUE(w.fallbackReason().contains(QLatin1String(OpusVoiceEncoder::available() ? "44100" : "Opus")))
        << qPrintable(w.fallbackReason());
    const QVector<qint16> samples = tone(44100, 0.5);
    w.append(samples);
    EXPECT_EQ(w.durationMs(), 500);
    const VoiceNote note = w.finish();
    EXPECT_EQ(note.mimeType, QLatin1String("audio/wav"));
    EXPECT_EQ(note.extension, QLatin1String("wav"));
    EXPECT_EQ(note.fallbackReason, w.fallbackReason()); // the dialog says why it is WAV
    EXPECT_EQ(note.durationMs, 500);
    EXPECT_NEAR(note.peakDb, -6.02, 0.05);
    const Pcm16 wav = readWav(note.data);
    ASSERT_TRUE(wav.error.isEmpty()) << qPrintable(wav.error);
    EXPECT_EQ(wav.rate, 44100);
    EXPECT_EQ(wav.samples, samples);
}

TEST(VoiceNoteWriter, StartingAgainDropsTheEarlierTake)
{
    if (!OpusVoiceEncoder::available())
        GTEST_SKIP() << "built without libopus";
    VoiceNoteWriter w;
    w.start(48000, VoiceNoteWriter::Format::OggOpus);
    ASSERT_EQ(w.format(), VoiceNoteWriter::Format::OggOpus);
    w.append(tone(48000, 1.0));
    w.start(48000, VoiceNoteWriter::Format::OggOpus); // re-record
    w.append(tone(48000, 0.25));
    const VoiceNote note = w.finish();
    EXPECT_EQ(note.mimeType, QLatin1String("audio/ogg"));
    EXPECT_EQ(note.durationMs, 250);
    QString error;
    const QList<OggPage> pages = oggPages(note.data, &error);
    ASSERT_FALSE(pages.isEmpty());
    const int preSkip = qFromLittleEndian<quint16>(pages[0].body.constData() + 10);
    EXPECT_EQ(pages.back().granule, preSkip + 12000);
}
