// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A private PulseAudio server for the voice-note tests: its default input
// hears a 440 Hz tone (played by paplay into a null sink), its default output
// is another null sink, and it listens on a socket in a temporary folder. Start it before anything in the
// process asks Qt Multimedia for devices: PULSE_SERVER is set to it then.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace carteiro::test {

class PulseTone
{
public:
    ~PulseTone();
    // False with a sentence (pulseaudio missing, or it did not come up).
    bool start(QString *error);
    static bool available();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QProcess m_player; // paplay, playing the tone
};

// Points Qt Multimedia at a PulseAudio socket that does not exist: no input,
// no output, as on a machine without sound.
void noSoundServer();

} // namespace carteiro::test
