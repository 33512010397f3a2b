// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulseTone.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>
#include <cmath>

namespace carteiro::test {

bool PulseTone::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty();
}

bool PulseTone::start(QString *error)
{
    if (!available()) {
        *error = QStringLiteral("pulseaudio is not installed (Debian: apt-get install pulseaudio)");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    QFile script(m_dir.filePath(QStringLiteral("tone.pa")));
    if (!script.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(script.fileName());
        return false;
    }
    // The tone plays into a null sink; a remapped source over its monitor is
    // the "microphone" (Qt lists no monitor as an input). It then arrives at the
    // pace of a real one, not in the two-second blocks of module-sine-source.
    script.write(QStringLiteral("load-module module-native-protocol-unix socket=%1 auth-anonymous=1\n"
                                "load-module module-null-sink sink_name=carteiro_tone\n"
                                "load-module module-null-sink sink_name=carteiro_speaker\n"
                                "load-module module-remap-source source_name=carteiro_mic "
                                "master=carteiro_tone.monitor channels=1 channel_map=mono\n"
                                "set-default-source carteiro_mic\n"
                                "set-default-sink carteiro_speaker\n")
                     .arg(socket)
                     .toUtf8());
    script.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // -n: no default script; --disallow-exit and no idle exit: it lives as long as the test.
    m_server.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                    QStringLiteral("--disallow-exit"), QStringLiteral("--use-pid-file=no"),
                    QStringLiteral("--disable-shm"), QStringLiteral("-F"), script.fileName()});
    if (!m_server.waitForStarted(10000)) {
        *error = QStringLiteral("pulseaudio did not start: %1").arg(m_server.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!QFileInfo::exists(socket)) {
        if (m_server.state() != QProcess::Running || deadline.hasExpired()) {
            *error = QStringLiteral("pulseaudio gave no socket: %1").arg(QString::fromUtf8(m_server.readAll()));
            return false;
        }
        QThread::msleep(20);
    }
    const QByteArray server = QByteArray("unix:") + QFile::encodeName(socket);
    // Two minutes of a 440 Hz tone at half of full scale, as raw samples.
    QFile tone(m_dir.filePath(QStringLiteral("tone.raw")));
    if (!tone.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(tone.fileName());
        return false;
    }
    QByteArray samples(48000 * 120 * 2, Qt::Uninitialized);
    for (int i = 0; i < 48000 * 120; ++i)
        qToLittleEndian(qint16(std::lround(16384 * std::sin(2 * M_PI * 440 * i / 48000.0))), samples.data() + 2 * i);
    tone.write(samples);
    tone.close();
    env.insert(QStringLiteral("PULSE_SERVER"), QString::fromLocal8Bit(server));
    m_player.setProcessEnvironment(env);
    m_player.setProcessChannelMode(QProcess::MergedChannels);
    m_player.start(QStringLiteral("paplay"), {QStringLiteral("--raw"), QStringLiteral("--format=s16le"),
                                              QStringLiteral("--rate=48000"), QStringLiteral("--channels=1"),
                                              QStringLiteral("--device=carteiro_tone"), tone.fileName()});
    if (!m_player.waitForStarted(10000)) {
        *error = QStringLiteral("paplay (pulseaudio-utils) did not start: %1").arg(m_player.errorString());
        return false;
    }
    qputenv("PULSE_SERVER", server);
    return true;
}

PulseTone::~PulseTone()
{
    for (QProcess *p : {&m_player, &m_server}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(2000);
    }
}

void noSoundServer()
{
    qputenv("PULSE_SERVER", "unix:/nonexistent/carteiro-no-sound");
}

} // namespace carteiro::test
