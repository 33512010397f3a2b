// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudioCheck.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QtEndian>

namespace carteiro::test {

namespace {
quint32 oggCrc(QByteArray page)
{
    page.replace(22, 4, QByteArray(4, '\0'));
    quint32 crc = 0;
    for (const char c : page) {
        crc ^= quint32(quint8(c)) << 24;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04c11db7u : crc << 1;
    }
    return crc;
}
} // namespace

QList<OggPage> oggPages(const QByteArray &file, QString *error)
{
    QList<OggPage> pages;
    qsizetype at = 0;
    while (at < file.size()) {
        if (file.size() - at < 27 || file.mid(at, 4) != "OggS") {
            *error = QStringLiteral("no page at byte %1").arg(at);
            return pages;
        }
        OggPage p;
        const char *h = file.constData() + at;
        p.type = quint8(h[5]);
        p.granule = qFromLittleEndian<qint64>(h + 6);
        p.serial = qFromLittleEndian<quint32>(h + 14);
        p.sequence = qFromLittleEndian<quint32>(h + 18);
        const int segments = quint8(h[26]);
        if (file.size() - at < 27 + segments) {
            *error = QStringLiteral("short segment table at byte %1").arg(at);
            return pages;
        }
        p.lacing = file.mid(at + 27, segments);
        qsizetype bodySize = 0;
        for (const char l : p.lacing)
            bodySize += quint8(l);
        const qsizetype size = 27 + segments + bodySize;
        if (file.size() - at < size) {
            *error = QStringLiteral("short page at byte %1").arg(at);
            return pages;
        }
        p.body = file.mid(at + 27 + segments, bodySize);
        p.crcOk = oggCrc(file.mid(at, size)) == qFromLittleEndian<quint32>(h + 22);
        pages << p;
        at += size;
    }
    return pages;
}

Pcm16 readWav(const QByteArray &file)
{
    Pcm16 out;
    if (file.size() < 12 || file.left(4) != "RIFF" || file.mid(8, 4) != "WAVE") {
        out.error = QStringLiteral("not a RIFF WAVE file");
        return out;
    }
    qsizetype at = 12;
    int bits = 0;
    while (at + 8 <= file.size()) {
        const QByteArray id = file.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(file.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= file.size()) {
            out.channels = qFromLittleEndian<quint16>(file.constData() + body + 2);
            out.rate = int(qFromLittleEndian<quint32>(file.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(file.constData() + body + 14);
        } else if (id == "data") {
            if (bits != 16) {
                out.error = QStringLiteral("%1 bits per sample, not 16").arg(bits);
                return out;
            }
            // opusdec streams: its data size may be a placeholder; read what is there.
            const qsizetype n = std::min<qsizetype>(size, file.size() - body) / 2;
            out.samples.resize(n);
            for (qsizetype i = 0; i < n; ++i)
                out.samples[i] = qFromLittleEndian<qint16>(file.constData() + body + 2 * i);
            return out;
        }
        at = body + size + (size & 1);
    }
    out.error = QStringLiteral("no data chunk");
    return out;
}

bool haveOpusdec()
{
    return !QStandardPaths::findExecutable(QStringLiteral("opusdec")).isEmpty();
}

Pcm16 decodeOpus(const QByteArray &oggOpus)
{
    Pcm16 out;
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.opus")), wav = dir.filePath(QStringLiteral("out.wav"));
    QFile f(in);
    if (!dir.isValid() || !f.open(QIODevice::WriteOnly) || f.write(oggOpus) != oggOpus.size()) {
        out.error = QStringLiteral("cannot write %1").arg(in);
        return out;
    }
    f.close();
    QProcess p;
    p.start(QStringLiteral("opusdec"), {QStringLiteral("--quiet"), QStringLiteral("--force-wav"), in, wav});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out.error = QStringLiteral("opusdec failed: %1 %2")
                        .arg(p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return out;
    }
    QFile w(wav);
    if (!w.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("opusdec wrote no file");
        return out;
    }
    return readWav(w.readAll());
}

} // namespace carteiro::test
