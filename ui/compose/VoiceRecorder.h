// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Records a voice note from the default microphone (Qt Multimedia's
// QAudioSource): the samples are made mono 16-bit (core/audio/Pcm), measured
// for the level meter, and handed to the note's writer (core/audio/
// VoiceNoteWriter), which encodes Ogg Opus on the way or keeps them for WAV.
#include "audio/VoiceNoteWriter.h"

#include <QAudioFormat>
#include <QObject>
#include <QString>

class QAudioSource;
class QIODevice;

namespace carteiro {

class VoiceRecorder : public QObject
{
    Q_OBJECT
public:
    // A note is at most this long: ten minutes are about 2.4 MB of Opus.
    static constexpr qint64 kMaxDurationMs = 10 * 60 * 1000;

    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // Why nothing can be recorded on this computer now, in a sentence; empty
    // when there is a microphone.
    static QString unavailableReason();

    // Begins a new take on the default input (dropping the earlier one).
    // False with a sentence when the device refuses.
    bool start(QString *error);
    void stop();
    bool isRecording() const { return m_source != nullptr; }

    // The format asked of the writer (tests choose WAV to check the fallback).
    void setPreferredFormat(audio::VoiceNoteWriter::Format format) { m_preferred = format; }
    const audio::VoiceNoteWriter &writer() const { return m_writer; }
    qint64 durationMs() const { return m_writer.durationMs(); }
    // The take, encoded; the recorder is then empty.
    audio::VoiceNote take();

Q_SIGNALS:
    void levelChanged(double dbfs);
    void durationChanged(qint64 ms);
    // The recording ended by itself: the device failed or was removed, or the
    // note reached kMaxDurationMs. `reason` says which.
    void interrupted(const QString &reason);

private:
    void readAvailable();
    bool consume(); // reads what the device has; true once the note is full
    void teardown();

    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    QByteArray m_partial; // a frame cut between two reads
    QString m_device;
    audio::VoiceNoteWriter m_writer;
    audio::VoiceNoteWriter::Format m_preferred = audio::VoiceNoteWriter::Format::OggOpus;
};

} // namespace carteiro
