// SPDX-License-Identifier: GPL-3.0-or-later
// A 25 MB attachment is encoded while it is written: the process must not grow
// by anything like the attachment's size. Peak RSS is read from /proc (VmHWM),
// after resetting it with "5" > /proc/self/clear_refs (Linux 4.0+).
#include "MimeTestFiles.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

TEST(MimeStreamingTest, TwentyFiveMegabyteAttachment)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString attachment = dir.filePath(QStringLiteral("big.bin"));
    constexpr qint64 kSize = 25 * 1024 * 1024;
    {
        // Written in 1 MB blocks so that making the fixture does not raise the peak either.
        QFile file(attachment);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(25);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < kSize; written += block.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            ASSERT_EQ(file.write(block), block.size());
        }
    }

    MessageDraft draft;
    draft.from = MailAddress{QString::fromUtf8("Zé"), QStringLiteral("ze@exemplo.com.br")};
    draft.to = {MailAddress{QString(), QStringLiteral("ana@x.br")}};
    draft.subject = QStringLiteral("big");
    draft.textBody = QStringLiteral("see attachment");
    draft.attachments = {AttachmentSpec{attachment, QStringLiteral("big.bin"), QStringLiteral("application/octet-stream")}};
    const QString out = dir.filePath(QStringLiteral("big.eml"));

    const bool peakReset = resetPeak();
    const qint64 rssBefore = statusKb("VmRSS:");
    const qint64 peakBefore = statusKb("VmHWM:");
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto result = MimeComposer::compose(draft, out, &error);
    const qint64 elapsed = timer.elapsed();
    const qint64 peakAfter = statusKb("VmHWM:");
    ASSERT_TRUE(result) << error.toStdString();

    const qint64 growthKb = peakAfter - (peakReset ? rssBefore : peakBefore);
    std::cout << "[          ] compose 25 MB attachment: " << elapsed << " ms, message " << result->size / 1024
              << " KB, peak RSS growth " << growthKb << " KB (peak " << peakAfter << " KB, RSS before " << rssBefore
              << " KB" << (peakReset ? "" : ", clear_refs unavailable") << ")\n";
    ::testing::Test::RecordProperty("peak_rss_growth_kb", int(growthKb));
    if (rssBefore > 0 && peakAfter > 0) {
        EXPECT_LT(growthKb, 16 * 1024) << "the attachment seems to be held in memory";
    }

    // The output decodes to the same bytes.
    EXPECT_GT(result->size, kSize * 4 / 3);
    const auto root = MimeTree::parseFile(out, &error);
    ASSERT_TRUE(root) << error.toStdString();
    ASSERT_EQ(root->children.size(), 2);
    const MimeNode &big = root->children[1];
    EXPECT_EQ(big.decodedSize, kSize);
    const QString decoded = dir.filePath(QStringLiteral("decoded.bin"));
    QFile target(decoded);
    ASSERT_TRUE(target.open(QIODevice::WriteOnly));
    ASSERT_TRUE(MimeTree::writeDecodedBody(out, big, &target, &error)) << error.toStdString();
    target.close();
    EXPECT_EQ(sha256(decoded), sha256(attachment));
}
