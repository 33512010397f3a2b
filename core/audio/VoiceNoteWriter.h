// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A voice note as it is recorded: the samples kept (to listen before sending)
// and, where this build and the rate allow, encoded to Ogg Opus on the way
// (audio/ogg, RFC 7845 and RFC 5334); otherwise a WAVE file at the end
// (audio/wav). The composer's recorder (ui/compose/VoiceRecorder) feeds it.
#include "audio/OpusVoiceEncoder.h"
#include "audio/Pcm.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace carteiro::audio {

struct VoiceNote
{
    QByteArray data;
    QString mimeType;  // audio/ogg or audio/wav
    QString extension; // ogg or wav
    qint64 durationMs = 0;
    double peakDb = kSilenceDb; // the loudest sample, in dBFS
    QString fallbackReason;     // why WAV when Ogg Opus was asked for (empty otherwise)
};

class VoiceNoteWriter
{
public:
    enum class Format { OggOpus, Wav };

    // Begins a note (dropping any earlier one). Falls back to WAV when Ogg
    // Opus was asked for but cannot be written; fallbackReason() says why.
    void start(int sampleRate, Format preferred);
    void append(const QVector<qint16> &mono);
    VoiceNote finish();

    Format format() const { return m_opus ? Format::OggOpus : Format::Wav; }
    QString fallbackReason() const { return m_fallback; }
    int sampleRate() const { return m_rate; }
    const QVector<qint16> &samples() const { return m_pcm; }
    qint64 durationMs() const { return m_rate > 0 ? m_pcm.size() * 1000 / m_rate : 0; }

private:
    QString m_fallback;
    int m_rate = 0;
    QVector<qint16> m_pcm;
    std::unique_ptr<OpusVoiceEncoder> m_opus;
};

} // namespace carteiro::audio
