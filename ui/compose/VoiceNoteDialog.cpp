// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceNoteDialog.h"

#include "compose/VoiceRecorder.h"
#include "util/DataSize.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QBuffer>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace carteiro {

namespace {
constexpr double kSilentPeakDb = -50.0; // quieter than this all along: the microphone is likely muted

void fitTexts(QPushButton *button, const QStringList &texts)
{
    const QString shown = button->text();
    int width = 0;
    for (const QString &t : texts) {
        button->setText(t);
        width = std::max(width, button->sizeHint().width());
    }
    button->setText(shown);
    button->setMinimumWidth(width);
}

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

VoiceNoteDialog::VoiceNoteDialog(QWidget *parent) : QDialog(parent), m_recorder(new VoiceRecorder(this))
{
    setWindowTitle(tr("Record a voice note"));
    auto *layout = new QVBoxLayout(this);
    m_device = new QLabel(this);
    m_device->setWordWrap(true);
    const QAudioDevice input = QMediaDevices::defaultAudioInput();
    m_device->setText(input.isNull() ? VoiceRecorder::unavailableReason()
                                     : tr("Microphone: %1").arg(input.description()));
    layout->addWidget(m_device);

    auto *meterRow = new QHBoxLayout;
    m_meter = new QProgressBar(this);
    m_meter->setRange(0, 100);
    m_meter->setValue(0);
    m_meter->setTextVisible(false);
    m_meter->setAccessibleName(tr("Input level"));
    m_meter->setToolTip(tr("How loud the microphone hears you: speak so the bar moves well past the middle."));
    m_time = new QLabel(clock(0), this);
    m_time->setAccessibleName(tr("Recorded time"));
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_time->setFont(big);
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_time);
    layout->addLayout(meterRow);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::ActionRole);
    m_listen = buttons->addButton(tr("&Listen"), QDialogButtonBox::ActionRole);
    m_attach = buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_listen->setEnabled(false);
    m_attach->setEnabled(false);
    m_record->setEnabled(!input.isNull());
    // Wide enough for each of their texts: the row does not jump (or cut a
    // longer translation) when Record becomes Stop or Record again.
    fitTexts(m_record, {tr("&Record"), tr("&Stop"), tr("&Record again")});
    fitTexts(m_listen, {tr("&Listen"), tr("Stop &listening")});
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_record, &QPushButton::clicked, this, &VoiceNoteDialog::toggleRecording);
    connect(m_listen, &QPushButton::clicked, this, &VoiceNoteDialog::toggleListening);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_recorder->isRecording())
            finishTake();
        if (m_attachment.data.isEmpty())
            return;
        stopListening();
        const AttachmentSpec note = m_attachment;
        m_attachment = {}; // attached: nothing pending any more
        Q_EMIT attachRequested(note);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recorder, &VoiceRecorder::levelChanged, this,
            [this](double db) { m_meter->setValue(audio::meterPercent(db)); });
    connect(m_recorder, &VoiceRecorder::durationChanged, this, &VoiceNoteDialog::showTime);
    connect(m_recorder, &VoiceRecorder::interrupted, this, [this](const QString &reason) {
        finishTake();
        setStatus(reason, true);
    });
    connect(this, &QDialog::finished, this, [this] {
        m_recorder->stop();
        stopListening();
    });
}

VoiceNoteDialog::~VoiceNoteDialog()
{
    // The recorder (a child) would otherwise report its last level and time to
    // this window while QWidget's destructor takes the window apart.
    m_recorder->disconnect(this);
    m_recorder->stop();
    stopListening();
}

bool VoiceNoteDialog::hasPendingTake() const
{
    return m_recorder->isRecording() || !m_attachment.data.isEmpty();
}

AttachmentSpec VoiceNoteDialog::takePending()
{
    if (m_recorder->isRecording())
        finishTake();
    const AttachmentSpec pending = m_attachment;
    reset();
    return pending;
}

void VoiceNoteDialog::reject()
{
    if (hasPendingTake()) {
        const QString question = m_recorder->isRecording()
                                     ? tr("Stop recording and discard this voice note?")
                                     : tr("Discard this voice note? It has not been attached.");
        QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::NoButton, this);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
        box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().constLast()));
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void VoiceNoteDialog::reset()
{
    m_recorder->stop();
    stopListening();
    m_attachment = {};
    m_takeMs = 0;
    m_pcm.clear();
    m_record->setText(tr("&Record"));
    m_listen->setEnabled(false);
    m_attach->setEnabled(false);
    m_meter->setValue(0);
    showTime(0);
    setStatus(QString());
}

void VoiceNoteDialog::toggleRecording()
{
    if (m_recorder->isRecording()) {
        finishTake();
        return;
    }
    stopListening();
    QString error;
    if (!m_recorder->start(&error)) {
        setStatus(error, true);
        return;
    }
    m_startedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"));
    m_attachment = {};
    m_pcm.clear();
    m_record->setText(tr("&Stop"));
    m_listen->setEnabled(false);
    m_attach->setEnabled(false);
    setStatus(tr("Recording... press Stop when you are done."));
}

void VoiceNoteDialog::finishTake()
{
    m_recorder->stop(); // the device's last samples join the take first
    const auto &writer = m_recorder->writer();
    m_rate = writer.sampleRate();
    const QVector<qint16> &samples = writer.samples();
    m_pcm = QByteArray(reinterpret_cast<const char *>(samples.constData()), samples.size() * 2);
    const audio::VoiceNote note = m_recorder->take();
    m_takeMs = note.durationMs;
    m_record->setText(tr("&Record again"));
    if (note.durationMs <= 0) {
        setStatus(tr("Nothing was recorded: the microphone gave no sound."), true);
        return;
    }
    m_attachment = AttachmentSpec::fromBytes(
        tr("Voice note %1").arg(m_startedAt) + QLatin1Char('.') + note.extension, note.data, note.mimeType);
    m_attach->setEnabled(true);
    m_listen->setEnabled(!QMediaDevices::audioOutputs().isEmpty());
    if (!m_listen->isEnabled())
        m_listen->setToolTip(tr("No audio output device was found on this computer."));
    showTime(note.durationMs);
    QStringList lines;
    lines << tr("%1 recorded: %2 as %3.")
                 .arg(clock(note.durationMs), formatDataSize(note.data.size()),
                      note.extension == QLatin1String("ogg") ? tr("Ogg Opus") : tr("WAV"));
    if (!note.fallbackReason.isEmpty())
        lines << tr("Saved as WAV: %1").arg(note.fallbackReason);
    if (note.peakDb < kSilentPeakDb)
        lines << tr("The recording is almost silent: is the microphone muted?");
    setStatus(lines.join(QLatin1Char('\n')), note.peakDb < kSilentPeakDb);
}

void VoiceNoteDialog::toggleListening()
{
    if (m_sink) {
        stopListening();
        return;
    }
    if (m_pcm.isEmpty())
        return;
    QAudioFormat format;
    format.setSampleRate(m_rate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_playback = new QBuffer(&m_pcm, this);
    m_playback->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || state == QAudio::StoppedState)
            QMetaObject::invokeMethod(this, &VoiceNoteDialog::stopListening, Qt::QueuedConnection);
    });
    m_listen->setText(tr("Stop &listening"));
    m_sink->start(m_playback);
}

void VoiceNoteDialog::stopListening()
{
    if (!m_sink)
        return;
    QAudioSink *sink = m_sink;
    m_sink = nullptr;
    disconnect(sink, nullptr, this, nullptr);
    sink->stop();
    sink->deleteLater();
    if (m_playback) {
        m_playback->deleteLater();
        m_playback = nullptr;
    }
    m_listen->setText(tr("&Listen"));
}

void VoiceNoteDialog::showTime(qint64 ms)
{
    m_time->setText(clock(ms));
}

void VoiceNoteDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace carteiro
