// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceRecorder.h"

#include "audio/Pcm.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QMediaDevices>
#include <optional>

namespace carteiro {

namespace {
std::optional<audio::SampleFormat> sampleFormatOf(QAudioFormat::SampleFormat f)
{
    switch (f) {
    case QAudioFormat::UInt8: return audio::SampleFormat::UInt8;
    case QAudioFormat::Int16: return audio::SampleFormat::Int16;
    case QAudioFormat::Int32: return audio::SampleFormat::Int32;
    case QAudioFormat::Float: return audio::SampleFormat::Float;
    default: return std::nullopt;
    }
}
} // namespace

VoiceRecorder::VoiceRecorder(QObject *parent) : QObject(parent) {}

VoiceRecorder::~VoiceRecorder()
{
    stop();
}

QString VoiceRecorder::unavailableReason()
{
    if (QMediaDevices::audioInputs().isEmpty())
        return tr("No microphone was found on this computer: connect one (or allow Carteiro to use it) "
                  "to record a voice note.");
    return {};
}

bool VoiceRecorder::start(QString *error)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        *error = unavailableReason();
        return false;
    }
    // Speech for Opus: mono 16-bit at 48 kHz. A device that cannot give that
    // records in its own format, converted here (WAV if its rate is not Opus's).
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        format = device.preferredFormat();
    if (!sampleFormatOf(format.sampleFormat()) || format.sampleRate() <= 0 || format.channelCount() <= 0) {
        *error = tr("The microphone \"%1\" offers no sample format Carteiro can record.").arg(device.description());
        return false;
    }
    m_format = format;
    m_device = device.description();
    m_partial.clear();
    m_writer.start(format.sampleRate(), m_preferred);
    // No parent: it is let go with deleteLater() only. Qt 6.4's PulseAudio
    // source runs the event loop in its destructor, which must not happen in
    // the middle of the composer's own destruction.
    m_source = new QAudioSource(device, format);
    m_source->setBufferSize(format.bytesForDuration(200000)); // 200 ms: the meter moves smoothly
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        *error = tr("The microphone \"%1\" could not be opened.").arg(m_device);
        m_source->deleteLater();
        m_source = nullptr;
        m_io = nullptr;
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &VoiceRecorder::readAvailable);
    connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError) {
            const QString reason = tr("The microphone \"%1\" stopped (it was removed or failed); "
                                      "what was recorded until then is kept.")
                                       .arg(m_device);
            consume(); // what the device delivered before it failed is kept
            teardown();
            Q_EMIT interrupted(reason);
        }
    });
    Q_EMIT durationChanged(0);
    return true;
}

void VoiceRecorder::readAvailable()
{
    if (consume()) {
        teardown();
        Q_EMIT interrupted(tr("A voice note is at most %n minute(s) long: the recording stopped there.", nullptr,
                              int(kMaxDurationMs / 60000)));
    }
}

bool VoiceRecorder::consume()
{
    if (!m_io)
        return false;
    m_partial.append(m_io->readAll());
    const auto format = *sampleFormatOf(m_format.sampleFormat());
    const int frame = audio::bytesPerFrame(format, m_format.channelCount());
    const qsizetype whole = m_partial.size() - m_partial.size() % frame;
    if (whole == 0)
        return false;
    QVector<qint16> mono = audio::toMonoInt16(m_partial.constData(), whole, format, m_format.channelCount());
    m_partial.remove(0, whole);
    const qint64 room = kMaxDurationMs * m_format.sampleRate() / 1000 - m_writer.samples().size();
    const bool full = mono.size() >= room;
    if (full)
        mono.resize(std::max<qint64>(0, room));
    m_writer.append(mono);
    Q_EMIT levelChanged(audio::rmsDbfs(mono.constData(), mono.size()));
    Q_EMIT durationChanged(m_writer.durationMs());
    return full;
}

void VoiceRecorder::stop()
{
    if (!m_source)
        return;
    consume(); // what the device holds already is part of the take
    teardown();
}

void VoiceRecorder::teardown()
{
    QAudioSource *source = m_source;
    m_source = nullptr;
    if (!source)
        return;
    if (m_io) {
        disconnect(m_io, nullptr, this, nullptr);
        m_io = nullptr;
    }
    disconnect(source, nullptr, this, nullptr);
    source->stop();
    source->deleteLater();
    Q_EMIT levelChanged(audio::kSilenceDb);
}

audio::VoiceNote VoiceRecorder::take()
{
    stop();
    audio::VoiceNote note = m_writer.finish();
    m_writer.start(m_format.sampleRate(), m_preferred); // empty again
    return note;
}

} // namespace carteiro
