// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpusVoiceEncoder.h"
#include "audio/LittleEndian.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtEndian>

#ifdef CARTEIRO_HAVE_OPUS
#include <opus.h>
#endif

namespace carteiro::audio {

namespace {
constexpr int kGranuleRate = 48000;   // RFC 7845 §4: granule positions count 48 kHz samples
constexpr int kBitrate = 32000;       // clear speech in mono
constexpr int kPacketsPerPage = 50;   // a second of 20 ms packets
} // namespace

struct OpusVoiceEncoder::State
{
#ifdef CARTEIRO_HAVE_OPUS
    OpusEncoder *encoder = nullptr;
#endif
    OggWriter ogg{QRandomGenerator::global()->generate()};
    int rate = 0;
    int frameSize = 0;       // samples per 20 ms at `rate`
    int preSkip = 0;         // in 48 kHz samples
    qint64 input = 0;        // samples appended
    qint64 encoded = 0;      // samples encoded (the last frame padded)
    QVector<qint16> pending; // less than a frame
    bool failed = false;
};

bool OpusVoiceEncoder::available()
{
#ifdef CARTEIRO_HAVE_OPUS
    return true;
#else
    return false;
#endif
}

bool OpusVoiceEncoder::supportsRate(int sampleRate)
{
    return sampleRate == 8000 || sampleRate == 12000 || sampleRate == 16000 || sampleRate == 24000 ||
           sampleRate == 48000;
}

bool OpusVoiceEncoder::start(int sampleRate, QString *error)
{
#ifdef CARTEIRO_HAVE_OPUS
    if (!supportsRate(sampleRate)) {
        *error = QCoreApplication::translate("OpusVoiceEncoder", "Opus cannot encode %1 Hz audio.").arg(sampleRate);
        return false;
    }
    int rc = OPUS_OK;
    OpusEncoder *encoder = opus_encoder_create(sampleRate, 1, OPUS_APPLICATION_VOIP, &rc);
    if (rc != OPUS_OK || !encoder) {
        *error = QCoreApplication::translate("OpusVoiceEncoder", "The Opus encoder did not start: %1")
                     .arg(QString::fromUtf8(opus_strerror(rc)));
        return false;
    }
    opus_encoder_ctl(encoder, OPUS_SET_BITRATE(kBitrate));
    opus_int32 lookahead = 0;
    opus_encoder_ctl(encoder, OPUS_GET_LOOKAHEAD(&lookahead));
    m_state = std::make_unique<State>();
    m_state->encoder = encoder;
    m_state->rate = sampleRate;
    m_state->frameSize = sampleRate / 50;
    m_state->preSkip = int(lookahead) * (kGranuleRate / sampleRate);

    // The identification header, alone on the first page (RFC 7845 §5.1).
    QByteArray head("OpusHead", 8);
    head.append(char(1)); // version
    head.append(char(1)); // channels
    appendLe16(head, quint16(m_state->preSkip));
    appendLe32(head, quint32(sampleRate)); // the input's rate, for information
    appendLe16(head, 0);     // output gain
    head.append(char(0)); // channel mapping family 0: mono or stereo
    m_state->ogg.addPacket(head, 0);
    m_state->ogg.flush();
    // The comment header, on page(s) of its own (RFC 7845 §5.2).
    QByteArray tags("OpusTags", 8);
    const QByteArray vendor = QByteArray("Carteiro with ") + opus_get_version_string();
    appendLe32(tags, quint32(vendor.size()));
    tags.append(vendor);
    appendLe32(tags, 0); // no user comments
    m_state->ogg.addPacket(tags, 0);
    m_state->ogg.flush();
    return true;
#else
    Q_UNUSED(sampleRate)
    *error = QCoreApplication::translate("OpusVoiceEncoder", "This build of Carteiro has no Opus encoder.");
    return false;
#endif
}

void OpusVoiceEncoder::append(const qint16 *samples, qsizetype count)
{
    if (!m_state)
        return;
    m_state->input += count;
    State &s = *m_state;
    qsizetype i = 0;
    if (!s.pending.isEmpty()) {
        const qsizetype take = std::min<qsizetype>(s.frameSize - s.pending.size(), count);
        s.pending.append(QVector<qint16>(samples, samples + take));
        i = take;
        if (s.pending.size() < s.frameSize)
            return;
        encodeFrame(s.pending.constData());
        s.pending.clear();
    }
    for (; i + s.frameSize <= count; i += s.frameSize)
        encodeFrame(samples + i);
    if (i < count)
        s.pending.append(QVector<qint16>(samples + i, samples + count));
}

void OpusVoiceEncoder::encodeFrame(const qint16 *frame)
{
#ifdef CARTEIRO_HAVE_OPUS
    State &s = *m_state;
    unsigned char packet[1500];
    const opus_int32 n = opus_encode(s.encoder, frame, s.frameSize, packet, sizeof packet);
    s.encoded += s.frameSize; // counted either way: finish() always comes to an end
    if (n < 0) {
        // Only a bad argument fails here; the stream would have a hole, so the
        // writer falls back to WAV (VoiceNoteWriter::finish) rather than send it.
        s.failed = true;
        return;
    }
    const int scale = kGranuleRate / s.rate;
    // A granule position counts every sample decoded, the pre-skip included;
    // the last page's stops where the speech does (RFC 7845 §4: end trimming).
    const qint64 granule = std::min(s.encoded * scale, s.input * scale + s.preSkip);
    if (s.ogg.pendingPackets() >= kPacketsPerPage)
        s.ogg.flush(); // before adding: finish() always has a packet for the last page
    s.ogg.addPacket(QByteArray(reinterpret_cast<const char *>(packet), n), granule);
#else
    Q_UNUSED(frame)
#endif
}

bool OpusVoiceEncoder::failed() const
{
    return m_state && m_state->failed;
}

QByteArray OpusVoiceEncoder::finish()
{
    if (!m_state)
        return {};
    State &s = *m_state;
    // The encoder's look-ahead delays the output by the pre-skip: encode
    // silence until every input sample has come out.
    const qint64 needed = s.input + (s.preSkip * s.rate) / kGranuleRate;
    QVector<qint16> silence(s.frameSize, 0);
    while (s.encoded < needed) {
        if (!s.pending.isEmpty()) {
            s.pending.resize(s.frameSize, 0);
            encodeFrame(s.pending.constData());
            s.pending.clear();
        } else {
            encodeFrame(silence.constData());
        }
    }
    s.ogg.flush(true);
    QByteArray out = s.ogg.bytes();
#ifdef CARTEIRO_HAVE_OPUS
    opus_encoder_destroy(s.encoder);
    s.encoder = nullptr;
#endif
    m_state.reset();
    return out;
}

OpusVoiceEncoder::OpusVoiceEncoder() = default;

OpusVoiceEncoder::~OpusVoiceEncoder()
{
#ifdef CARTEIRO_HAVE_OPUS
    if (m_state && m_state->encoder)
        opus_encoder_destroy(m_state->encoder);
#endif
}

} // namespace carteiro::audio
