// SPDX-License-Identifier: GPL-3.0-or-later
// A file-backed store shared by two threads (WAL: a reader works while the
// writer commits), and durability across a crash.
#include "store/MailStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSet>
#include <QThread>
#include <atomic>
#include <cstdlib>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

constexpr int kChunk = 200;
constexpr int kChunks = 40;

StoredMessage header(quint32 uid)
{
    StoredMessage m;
    m.uid = uid;
    m.envelopeKnown = true;
    m.subject = QStringLiteral("message %1").arg(uid);
    m.fromAddress = QStringLiteral("ze@example.test");
    m.size = 4400;
    return m;
}

qint64 makeFolder(MailStore &store, const QString &name)
{
    StoredFolder f;
    f.accountId = QStringLiteral("acc");
    f.name = name;
    return store.upsertFolder(f);
}

} // namespace

TEST(MailStoreThreads, WriterAndReaderOnTwoThreads)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    qint64 folder = 0;
    {
        MailStore setup(path);
        ASSERT_TRUE(setup.open()) << setup.error().toStdString();
        folder = makeFolder(setup, QStringLiteral("INBOX"));
        ASSERT_GT(folder, 0);
    }

    std::atomic<bool> writerDone{false};
    std::atomic<bool> writerOk{true};
    QString writerError;
    // The writer opens its own MailStore on its own thread (Qt Sql connections are per thread).
    QThread *writer = QThread::create([&] {
        MailStore store(path);
        if (!store.open()) {
            writerError = store.error();
            writerOk = false;
        }
        for (int c = 0; c < kChunks && writerOk; ++c) {
            QList<StoredMessage> chunk;
            for (int i = 0; i < kChunk; ++i)
                chunk.append(header(quint32(c * kChunk + i + 1)));
            if (!store.upsertMessages(folder, chunk)) {
                writerError = store.error();
                writerOk = false;
            }
            QThread::msleep(2);
        }
        writerDone = true;
    });

    MailStore reader(path);
    ASSERT_TRUE(reader.open()) << reader.error().toStdString();
    writer->start();
    int reads = 0, distinctCounts = 0;
    qint64 last = 0;
    bool sawWholeChunks = true, sawMonotonic = true, readFailed = false;
    while (!writerDone || reads == 0) {
        const auto f = reader.folder(folder);
        if (!f) {
            readFailed = true;
            break;
        }
        // One transaction per chunk: a reader sees whole chunks, never half of one.
        sawWholeChunks = sawWholeChunks && f->total % kChunk == 0;
        sawMonotonic = sawMonotonic && f->total >= last;
        if (f->total != last)
            ++distinctCounts;
        last = f->total;
        ++reads;
    }
    writer->wait();
    delete writer;
    ASSERT_TRUE(writerOk) << writerError.toStdString();
    EXPECT_FALSE(readFailed) << reader.error().toStdString();
    EXPECT_TRUE(sawWholeChunks);
    EXPECT_TRUE(sawMonotonic);
    EXPECT_GT(reads, 1);
    EXPECT_GE(distinctCounts, 1); // the reader saw the writer's progress while it ran
    EXPECT_EQ(reader.folder(folder)->total, kChunk * kChunks);
    EXPECT_EQ(reader.uids(folder).size(), kChunk * kChunks);
    std::cout << "[ figures  ] reader made " << reads << " reads, saw " << distinctCounts
              << " different counts while the writer committed " << kChunks << " chunks\n";
}

TEST(MailStoreDurability, AnUncommittedTransactionIsLostTheCommittedMessageIsNot)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("durable.sqlite"));
    const QByteArray raw = "Subject: kept\r\n\r\nbody\r\n";
    qint64 folder = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open());
        folder = makeFolder(store, QStringLiteral("INBOX"));
        ASSERT_GT(store.addLocalMessage(folder, "committed", raw), 0) << store.error().toStdString();
    }
    // A later transaction that never commits: the connection is closed under it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("half"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(db.transaction());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO messages (folder, uidl, subject) VALUES (%1, 'half', 'x')")
                               .arg(folder)))
            << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("half"));
    MailStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.hasUidl(folder, "committed"));
    EXPECT_FALSE(store.hasUidl(folder, "half"));
    ASSERT_EQ(store.messages(folder).size(), 1);
    EXPECT_EQ(store.body(store.messages(folder).first().id).value_or(QByteArray()), raw);
}

TEST(MailStoreDurability, SurvivesAProcessKilledMidTransaction)
{
    // "fast": the child is a fork() of this process and writes to the same path
    // (the "threadsafe" style would re-run the test and make another temporary folder).
    GTEST_FLAG_SET(death_test_style, "fast");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const QByteArray raw = "Subject: survives\r\n\r\nbody\r\n";
    qint64 folder = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open());
        folder = makeFolder(store, QStringLiteral("INBOX"));
    }
    // The child stores one message durably, starts a second write, and dies
    // without any cleanup (no destructor, no close, no checkpoint).
    EXPECT_EXIT(
        {
            auto *store = new MailStore(path); // leaked on purpose: nothing is closed
            if (!store->open() || store->addLocalMessage(folder, "durable", raw) == 0 ||
                store->saveDraft(DraftEntry{0, QStringLiteral("acc"), QStringLiteral("d"), "payload", {}}) == 0)
                std::_Exit(1);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dying"));
            db.setDatabaseName(path);
            if (!db.open() || !db.transaction())
                std::_Exit(2);
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO messages (folder, uidl) VALUES (%1, 'never')").arg(folder)))
                std::_Exit(3);
            std::_Exit(42);
        },
        ::testing::ExitedWithCode(42), "");
    MailStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_TRUE(store.hasUidl(folder, "durable"));
    EXPECT_FALSE(store.hasUidl(folder, "never"));
    ASSERT_EQ(store.messages(folder).size(), 1);
    EXPECT_EQ(store.body(store.messages(folder).first().id).value_or(QByteArray()), raw);
    ASSERT_EQ(store.drafts().size(), 1);
    EXPECT_EQ(store.drafts().first().payload, QByteArray("payload"));
}

TEST(MailStoreThreads, TwoWritersOnAFreshFileMigrateOnceAndNeverDuplicate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    constexpr int kEach = 60;
    struct Result
    {
        bool ok = true;
        QString error;
        qint64 folder = 0;
    };
    Result results[2];
    // Both threads open the not-yet-existing file at once, then file POP3 mail:
    // their own UIDLs and a shared set that both download (the dedup race).
    auto work = [&](int n) {
        Result &r = results[n];
        MailStore store(path);
        if (!store.open()) {
            r = {false, store.error(), 0};
            return;
        }
        StoredFolder f;
        f.accountId = QStringLiteral("acc");
        f.name = QStringLiteral("INBOX");
        f.local = true;
        r.folder = store.upsertFolder(f);
        for (int i = 0; i < kEach && r.ok; ++i) {
            const QByteArray own = "t" + QByteArray::number(n) + "-" + QByteArray::number(i);
            const QByteArray shared = "shared-" + QByteArray::number(i);
            for (const QByteArray &uidl : {own, shared}) {
                if (r.folder == 0 || store.addLocalMessage(r.folder, uidl, "Subject: " + uidl + "\r\n\r\nx\r\n") == 0) {
                    r.ok = false;
                    r.error = store.error();
                    break;
                }
            }
        }
    };
    QThread *a = QThread::create(work, 0);
    QThread *b = QThread::create(work, 1);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    ASSERT_TRUE(results[0].ok) << results[0].error.toStdString();
    ASSERT_TRUE(results[1].ok) << results[1].error.toStdString();
    EXPECT_EQ(results[0].folder, results[1].folder);
    MailStore store(path);
    ASSERT_TRUE(store.open());
    EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    const QList<QByteArray> uidls = store.uidls(results[0].folder);
    EXPECT_EQ(uidls.size(), 3 * kEach);
    EXPECT_EQ(QSet<QByteArray>(uidls.cbegin(), uidls.cend()).size(), 3 * kEach);
}
