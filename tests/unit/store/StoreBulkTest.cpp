// SPDX-License-Identifier: GPL-3.0-or-later
// Header sync volume: 100k rows in 200 chunks (one transaction each) on a WAL
// file. The time is printed for the performance notes, never asserted
// (tests/bench/README.md: shared, noisy machines).
#include "store/MailStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <ctime>
#include <gtest/gtest.h>
#include <iostream>

using namespace carteiro;

TEST(MailStoreBulk, HundredThousandRowsInTwoHundredChunks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MailStore store(dir.filePath(QStringLiteral("bulk.sqlite")));
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    StoredFolder f;
    f.accountId = QStringLiteral("acc");
    f.name = QStringLiteral("INBOX");
    const qint64 folder = store.upsertFolder(f);
    ASSERT_GT(folder, 0);

    constexpr int kChunks = 200, kPerChunk = 500;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 buildMs = 0;
    QElapsedTimer total;
    total.start();
    const std::clock_t cpuStart = std::clock(); // process CPU time (user+sys), beside wall time
    for (int c = 0; c < kChunks; ++c) {
        QElapsedTimer build;
        build.start();
        QList<StoredMessage> chunk;
        chunk.reserve(kPerChunk);
        for (int i = 0; i < kPerChunk; ++i) {
            const quint32 uid = quint32(c * kPerChunk + i + 1);
            StoredMessage m;
            m.uid = uid;
            m.envelopeKnown = true;
            m.flags = uid % 3 ? quint32(MessageFlag::Seen) : 0u;
            m.size = 4400;
            m.internalDate = base.addSecs(uid);
            m.date = base.addSecs(uid - 60);
            m.fromName = QStringLiteral("Remetente %1").arg(uid % 97);
            m.fromAddress = QStringLiteral("sender%1@example.test").arg(uid % 97);
            m.to = QStringLiteral("Carol <carol@example.test>");
            m.subject = QStringLiteral("Assunto número %1").arg(uid);
            m.messageId = "<" + QByteArray::number(uid) + "@bench.example.test>";
            chunk.append(m);
        }
        buildMs += build.elapsed();
        ASSERT_TRUE(store.upsertMessages(folder, chunk)) << store.error().toStdString();
    }
    const qint64 writeMs = total.elapsed() - buildMs;
    const qint64 writeCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;

    QElapsedTimer counting;
    counting.start();
    const auto info = store.folder(folder);
    const qint64 countMs = counting.elapsed();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->total, kChunks * kPerChunk);
    EXPECT_EQ(info->unread, kChunks * kPerChunk / 3); // every third uid is unseen

    QElapsedTimer reading;
    reading.start();
    const QList<StoredMessage> all = store.messages(folder);
    const qint64 readMs = reading.elapsed();
    ASSERT_EQ(all.size(), kChunks * kPerChunk);

    // A flag chunk and a resync of the same rows (updates, not inserts).
    QList<MailStore::FlagUpdate> updates;
    for (quint32 uid = 1; uid <= 1000; ++uid)
        updates.append({uid, MessageFlag::Seen, {}, 7});
    QElapsedTimer flagging;
    flagging.start();
    ASSERT_TRUE(store.updateFlags(folder, updates));
    const qint64 flagMs = flagging.elapsed();
    EXPECT_EQ(store.folder(folder)->unread, kChunks * kPerChunk / 3 - 333); // 3, 6 ... 999 now seen

    std::cout << "[ figures  ] 100k rows in " << kChunks << " transactions: " << writeMs << " ms writing ("
              << (writeMs > 0 ? kChunks * kPerChunk * 1000 / writeMs : 0) << " rows/s), CPU " << writeCpuMs << " ms with building; " << buildMs
              << " ms building records; total/unread count " << countMs << " ms; reading all rows " << readMs
              << " ms; 1000 flag updates " << flagMs << " ms\n";
}
