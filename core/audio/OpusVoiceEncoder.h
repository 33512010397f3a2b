// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mono 16-bit speech encoded as Ogg Opus (RFC 7845 over RFC 6716) while it is
// recorded: 20 ms frames, a page a second. Built only with libopus
// (CARTEIRO_HAVE_OPUS); available() says whether this build has it.
#include "audio/OggWriter.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <memory>

namespace carteiro::audio {

class OpusVoiceEncoder
{
public:
    static bool available();
    // Opus takes 8, 12, 16, 24 or 48 kHz (RFC 6716 §2).
    static bool supportsRate(int sampleRate);

    // False with a sentence when the encoder cannot start (no libopus in this
    // build, an unsupported rate, or libopus's own refusal).
    bool start(int sampleRate, QString *error);
    void append(const qint16 *samples, qsizetype count);
    // libopus refused a frame: the stream has a hole (see VoiceNoteWriter).
    bool failed() const;
    // Pads the last frame, ends the stream and returns the whole file; the
    // encoder is then spent.
    QByteArray finish();
    OpusVoiceEncoder();
    ~OpusVoiceEncoder();
    OpusVoiceEncoder(const OpusVoiceEncoder &) = delete;
    OpusVoiceEncoder &operator=(const OpusVoiceEncoder &) = delete;

private:
    void encodeFrame(const qint16 *frame);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace carteiro::audio
