// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composer's *Record a voice note* window: Record / Stop, a level meter and
// the time, Listen to the take, Record again, and Attach, which hands the note
// (Ogg Opus or WAV, named with the date) to the composer as an in-memory part.
#include "audio/VoiceNoteWriter.h"
#include "mime/AttachmentSpec.h"

#include <QDialog>

class QAudioSink;
class QBuffer;
class QLabel;
class QProgressBar;
class QPushButton;

namespace carteiro {

class VoiceRecorder;

class VoiceNoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VoiceNoteDialog(QWidget *parent = nullptr);
    ~VoiceNoteDialog() override;

    // Ready for a new note: no take, the time at zero, Record.
    void reset();
    // Recording, or a take recorded and not attached yet.
    bool hasPendingTake() const;
    // Ends a recording in progress and hands over the take not attached yet
    // (empty if none); the window then holds nothing. The composer uses it
    // when it closes: the note goes into the draft instead of being lost.
    AttachmentSpec takePending();
    // Cancel, Esc or the window's close button: with a take pending, asks
    // before discarding it.
    void reject() override;
    // The part to attach: "Voice note 2026-12-07 17.33.05.ogg" (the date when
    // recording began), audio/ogg or audio/wav. Empty before a take.
    AttachmentSpec attachment() const { return m_attachment; }
    qint64 takeDurationMs() const { return m_takeMs; }

    VoiceRecorder *recorder() const { return m_recorder; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *listenButton() const { return m_listen; }
    QPushButton *attachButton() const { return m_attach; }
    QProgressBar *levelMeter() const { return m_meter; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void attachRequested(const carteiro::AttachmentSpec &spec);

private:
    void toggleRecording();
    void toggleListening();
    void stopListening();
    void finishTake();
    void showTime(qint64 ms);
    void setStatus(const QString &text, bool problem = false);

    VoiceRecorder *m_recorder;
    QLabel *m_device, *m_time, *m_status;
    QProgressBar *m_meter;
    QPushButton *m_record, *m_listen, *m_attach;
    AttachmentSpec m_attachment;
    QByteArray m_pcm; // the take as raw samples, for Listen
    int m_rate = 0;
    qint64 m_takeMs = 0;
    QString m_startedAt;
    QAudioSink *m_sink = nullptr;
    QBuffer *m_playback = nullptr;
};

} // namespace carteiro
