// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include <QFile>
#include <QtEndian>
#include <cmath>

namespace carteiro::test {

namespace {
quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}
} // namespace

QByteArray makePng(int width, int height)
{
    QByteArray raw;
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // filter: none
        for (int x = 0; x < width; ++x) {
            raw += char(x * 255 / qMax(1, width - 1));
            raw += char(y * 255 / qMax(1, height - 1));
            raw += char((x * y) & 0xff);
        }
    }
    const QByteArray zlib = qCompress(raw).mid(4); // strip Qt's length prefix: a zlib stream
    QByteArray ihdr = be32(width) + be32(height);
    ihdr += char(8); // bit depth
    ihdr += char(2); // colour type: RGB
    ihdr += QByteArray(3, '\0');
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", zlib) +
           chunk("IEND", {});
}

QByteArray makeWav(int milliseconds)
{
    const int rate = 8000;
    const int samples = rate * milliseconds / 1000;
    QByteArray pcm;
    for (int i = 0; i < samples; ++i)
        pcm += le16(quint16(qint16(8000 * std::sin(2 * M_PI * 440.0 * i / rate))));
    QByteArray fmt = le16(1) + le16(1) + le32(rate) + le32(rate * 2) + le16(2) + le16(16);
    QByteArray body = "WAVE" + QByteArray("fmt ") + le32(fmt.size()) + fmt + "data" +
                      le32(pcm.size()) + pcm;
    return "RIFF" + le32(body.size()) + body;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace carteiro::test
