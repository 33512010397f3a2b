// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixture files for the MIME tests: the committed PNG, a WAV made here, and
// small helpers. Core tests may not use QtGui, so no QImage.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

namespace carteiro::mimetest {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A real 4x3 RGB PNG (tests/data/mime/pixel.png, 99 bytes).
inline QByteArray pngBytes()
{
    return readFile(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/mime/pixel.png"));
}

// A RIFF/WAVE file: 8 kHz, 16-bit mono PCM, a sawtooth of `samples` samples.
inline QByteArray wavBytes(int samples = 800)
{
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    QByteArray data;
    for (int i = 0; i < samples; ++i)
        data += le16(quint16(qint16((i % 40) * 1600 - 32000)));
    QByteArray wav = "RIFF" + le32(quint32(36 + data.size())) + "WAVE";
    wav += "fmt " + le32(16) + le16(1) + le16(1) + le32(8000) + le32(16000) + le16(2) + le16(16);
    wav += "data" + le32(quint32(data.size())) + data;
    return wav;
}

// The raw lines of a message, split on LF (each keeps its CR, if any).
inline QList<QByteArray> rawLines(const QByteArray &raw)
{
    return raw.split('\n');
}

} // namespace carteiro::mimetest
