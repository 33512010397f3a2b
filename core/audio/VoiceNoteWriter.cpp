// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceNoteWriter.h"

#include "audio/Pcm.h"
#include "audio/WavWriter.h"

#include <QCoreApplication>

namespace carteiro::audio {

void VoiceNoteWriter::start(int sampleRate, Format preferred)
{
    m_rate = sampleRate;
    m_pcm.clear();
    m_fallback.clear();
    m_opus.reset();
    if (preferred == Format::OggOpus) {
        auto opus = std::make_unique<OpusVoiceEncoder>();
        if (opus->start(sampleRate, &m_fallback))
            m_opus = std::move(opus);
    }
}

void VoiceNoteWriter::append(const QVector<qint16> &mono)
{
    m_pcm.append(mono);
    if (m_opus)
        m_opus->append(mono.constData(), mono.size());
}

VoiceNote VoiceNoteWriter::finish()
{
    VoiceNote note;
    note.durationMs = durationMs();
    note.peakDb = peakDbfs(m_pcm.constData(), m_pcm.size());
    if (m_opus && m_opus->failed()) {
        m_fallback = QCoreApplication::translate("OpusVoiceEncoder", "The Opus encoder refused part of the recording.");
        m_opus.reset();
    }
    note.fallbackReason = m_fallback;
    if (m_opus) {
        note.data = m_opus->finish();
        note.mimeType = QStringLiteral("audio/ogg");
        note.extension = QStringLiteral("ogg");
        m_opus.reset();
    } else {
        note.data = wavFile(m_pcm, m_rate);
        note.mimeType = QStringLiteral("audio/wav");
        note.extension = QStringLiteral("wav");
    }
    return note;
}

} // namespace carteiro::audio
