// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-encoded attachment stream: RFC 2045 §6.8 lines of 76 columns joined
// by CRLF, exact size announced, same bytes as Qt's base64 whatever the reads.
#include "mime/Base64FileInputStream.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
QByteArray readAllOf(Base64FileInputStream &s, size_t chunk)
{
    QByteArray out;
    QByteArray buf(qsizetype(chunk), '\0');
    while (!s.eof()) {
        const size_t n = s.read(reinterpret_cast<vmime::byte_t *>(buf.data()), chunk);
        if (n == 0)
            break;
        out.append(buf.constData(), qsizetype(n));
    }
    return out;
}
} // namespace

TEST(Base64FileInputStream, LinesSizeAndContentForManyLengths)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const qsizetype n : {0, 1, 2, 3, 56, 57, 58, 114, 1000, 57 * 1024, 57 * 1024 + 1, 200000}) {
        QByteArray raw(n, '\0');
        for (qsizetype i = 0; i < n; ++i)
            raw[i] = char((i * 131 + 7) & 0xff);
        const QString path = dir.filePath(QStringLiteral("f%1").arg(n));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(raw);
        f.close();
        for (const size_t chunk : {size_t(1), size_t(77), size_t(4096), size_t(1 << 20)}) {
            auto file = std::make_shared<VmimeFileInputStream>(path);
            ASSERT_TRUE(file->open(nullptr));
            Base64FileInputStream s(file);
            const QByteArray out = readAllOf(s, chunk);
            SCOPED_TRACE(n);
            EXPECT_EQ(qint64(out.size()), s.size());
            QByteArray joined = out;
            joined.replace("\r\n", "");
            EXPECT_EQ(joined, raw.toBase64());
            for (const QByteArray &line : out.split('\n')) {
                const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
                EXPECT_LE(l.size(), 76);
            }
            EXPECT_FALSE(out.endsWith("\r\n"));
            s.reset();
            EXPECT_EQ(readAllOf(s, 4096), out); // vmime rewinds before generating
        }
    }
}
