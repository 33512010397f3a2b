// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore::open: schema creation, re-open, migration by user_version, refusals.
#include "search/SearchQuery.h"
#include "store/MailStore.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {

// Runs SQL on a file outside MailStore (to prepare or inspect a database).
QVariant rawQuery(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + sql.left(20) + QString::number(qintptr(&path));
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        if (q.next())
            result = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Account "acc"'s INBOX in `store`; its id (0 if the store refused it).
qint64 addInbox(MailStore &store)
{
    StoredFolder f;
    f.accountId = QStringLiteral("acc");
    f.name = QStringLiteral("INBOX");
    return store.upsertFolder(f);
}

QStringList tables(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("tables");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        out = db.tables();
        out.sort();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

TEST(MailStoreSchema, CreatesTheSchemaAndReopens)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/carteiro.sqlite")); // the folder is created
    qint64 folderId = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        EXPECT_TRUE(store.isOpen());
        EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
        EXPECT_GE(MailStore::latestSchemaVersion(), 1);
        folderId = addInbox(store);
        ASSERT_GT(folderId, 0) << store.error().toStdString();
    }
    EXPECT_EQ(tables(path), (QStringList{QStringLiteral("addresses_noted"), QStringLiteral("addresses_seen"),
                                         QStringLiteral("bodies"), QStringLiteral("contact_groups"),
                                         QStringLiteral("contacts"), QStringLiteral("drafts"), QStringLiteral("fetches"),
                                         QStringLiteral("folders"), QStringLiteral("messages"), QStringLiteral("outbox"),
                                         QStringLiteral("parts"), QStringLiteral("pending_actions"),
                                         QStringLiteral("search_head"), QStringLiteral("search_head_config"),
                                         QStringLiteral("search_head_content"), QStringLiteral("search_head_data"),
                                         QStringLiteral("search_head_docsize"), QStringLiteral("search_head_idx"),
                                         QStringLiteral("search_queue"), QStringLiteral("search_text"),
                                         QStringLiteral("search_text_config"), QStringLiteral("search_text_content"),
                                         QStringLiteral("search_text_data"), QStringLiteral("search_text_docsize"),
                                         QStringLiteral("search_text_idx"), QStringLiteral("submissions")}));
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    MailStore again(path);
    ASSERT_TRUE(again.open()) << again.error().toStdString();
    const auto f = again.folder(folderId);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->name, QStringLiteral("INBOX"));
    EXPECT_EQ(again.schemaVersion(), MailStore::latestSchemaVersion());
}

TEST(MailStoreSchema, InMemoryStoresAreSeparate)
{
    MailStore a(QStringLiteral(":memory:")), b(QStringLiteral(":memory:"));
    ASSERT_TRUE(a.open()) << a.error().toStdString();
    ASSERT_TRUE(b.open()) << b.error().toStdString();
    ASSERT_GT(addInbox(a), 0);
    EXPECT_EQ(a.folders(QStringLiteral("acc")).size(), 1);
    EXPECT_TRUE(b.folders(QStringLiteral("acc")).isEmpty());
}

TEST(MailStoreSchema, MigratesAnEmptyFileAndAVersionZeroDatabase)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A zero-byte file (SQLite treats it as an empty database).
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    {
        MailStore store(empty);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    }
    // A database at user_version 0 with an unrelated table: migrated, the table kept.
    const QString v0 = dir.filePath(QStringLiteral("v0.sqlite"));
    rawQuery(v0, QStringLiteral("CREATE TABLE notes (x TEXT)"));
    rawQuery(v0, QStringLiteral("INSERT INTO notes VALUES ('kept')"));
    EXPECT_EQ(rawQuery(v0, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    {
        MailStore store(v0);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    }
    EXPECT_EQ(rawQuery(v0, QStringLiteral("PRAGMA user_version")).toInt(), MailStore::latestSchemaVersion());
    EXPECT_EQ(rawQuery(v0, QStringLiteral("SELECT x FROM notes")).toString(), QStringLiteral("kept"));
    EXPECT_TRUE(tables(v0).contains(QStringLiteral("messages")));
}

TEST(MailStoreSchema, AFailedMigrationLeavesTheOldVersion)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A table named like ours but different: step 1 fails, and nothing of it stays.
    const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
    rawQuery(path, QStringLiteral("CREATE TABLE outbox (x TEXT)"));
    MailStore store(path);
    EXPECT_FALSE(store.open());
    EXPECT_TRUE(store.error().contains(QStringLiteral("schema 1"))) << store.error().toStdString();
    EXPECT_TRUE(store.error().contains(QStringLiteral("outbox"))) << store.error().toStdString(); // SQLite's words
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_FALSE(tables(path).contains(QStringLiteral("folders"))); // rolled back with the failed step
}

TEST(MailStoreSchema, AFailedLaterStepLeavesTheFileAsItWas)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The pending steps are one transaction: a clash in the last one (schema 9's
    // search_head) undoes the eight before it too, version number included.
    const QString path = dir.filePath(QStringLiteral("late-clash.sqlite"));
    rawQuery(path, QStringLiteral("CREATE TABLE search_head (x TEXT)"));
    MailStore store(path);
    EXPECT_FALSE(store.open());
    EXPECT_TRUE(store.error().contains(QStringLiteral("search_head"))) << store.error().toStdString();
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_FALSE(tables(path).contains(QStringLiteral("folders")));
    EXPECT_FALSE(tables(path).contains(QStringLiteral("outbox")));
}

TEST(MailStoreSchema, RefusesADatabaseFromANewerCarteiro)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        MailStore store(path);
        ASSERT_TRUE(store.open());
    }
    const int future = MailStore::latestSchemaVersion() + 7;
    rawQuery(path, QStringLiteral("PRAGMA user_version=%1").arg(future));
    MailStore store(path);
    EXPECT_FALSE(store.open());
    EXPECT_FALSE(store.isOpen());
    EXPECT_TRUE(store.error().contains(QStringLiteral("was written by a newer Carteiro (schema %1)").arg(future)))
        << store.error().toStdString();
    EXPECT_TRUE(store.error().contains(path)) << store.error().toStdString();
    // Nothing was changed in the file.
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), future);
}

TEST(MailStoreSchema, NamesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("letter.txt"));
    QByteArray text = "Dear Ana,\r\nthis is a letter, not a database.\r\n";
    text = text.repeated(100);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    MailStore store(path);
    EXPECT_FALSE(store.open());
    EXPECT_FALSE(store.isOpen());
    EXPECT_TRUE(store.error().contains(path)) << store.error().toStdString();
    EXPECT_TRUE(store.error().contains(QStringLiteral("not"))) << store.error().toStdString();
    // The file is left as it was: nothing lost.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), text);
}

TEST(MailStoreSchema, NamesAPathThatCannotBeCreated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("file"));
    {
        QFile f(blocker);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    MailStore store(blocker + QStringLiteral("/inside/carteiro.sqlite"));
    EXPECT_FALSE(store.open());
    EXPECT_TRUE(store.error().contains(blocker)) << store.error().toStdString();
}

TEST(MailStoreSchema, DefaultPathIsInTheAppDataFolder)
{
    QStandardPaths::setTestModeEnabled(true); // ~/.qttest, not the user's real data folder
    const QString path = MailStore::defaultPath();
    QStandardPaths::setTestModeEnabled(false);
    EXPECT_TRUE(path.endsWith(QStringLiteral("/carteiro.sqlite"))) << path.toStdString();
    EXPECT_TRUE(QFileInfo(path).absoluteDir().exists());
}

// The first schema 6 made the search queue's triggers with "INSERT OR IGNORE",
// which an UPSERT overrides: updating a known message failed. Step 8 makes
// them again; a file of that age syncs once more.
TEST(MailStoreSchema, AFileWithTheFirstSearchTriggersUpdatesKnownMessagesAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    qint64 folderId = 0;
    StoredMessage m;
    m.uid = 1;
    m.envelopeKnown = true;
    m.subject = QStringLiteral("first");
    {
        MailStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        folderId = addInbox(store);
        ASSERT_GT(folderId, 0);
        ASSERT_TRUE(store.upsertMessages(folderId, {m})) << store.error().toStdString();
    }
    rawQuery(path, QStringLiteral("DROP TRIGGER search_new_envelope"));
    rawQuery(path, QStringLiteral("CREATE TRIGGER search_new_envelope AFTER UPDATE ON messages"
                                  " WHEN old.subject IS NOT new.subject BEGIN"
                                  " INSERT OR IGNORE INTO search_queue (message) VALUES (new.id); END"));
    rawQuery(path, QStringLiteral("DROP INDEX messages_folder_date")); // made by step 8 too
    rawQuery(path, QStringLiteral("DROP TABLE search_head"));          // and by step 9
    rawQuery(path, QStringLiteral("PRAGMA user_version=7"));
    MailStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    m.subject = QStringLiteral("second");
    ASSERT_TRUE(store.upsertMessages(folderId, {m})) << store.error().toStdString();
    EXPECT_EQ(store.messageByUid(folderId, 1)->subject, QStringLiteral("second"));
}

// Step 9 indexes the headers on their own, filled from the index a file
// already has: a sender indexed before it is found through it at once, and an
// expunged message leaves it.
TEST(MailStoreSchema, AFileIndexedBeforeTheHeadersIndexFindsItsSendersThroughIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    qint64 folderId = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        folderId = addInbox(store);
        ASSERT_GT(folderId, 0) << store.error().toStdString();
        QList<StoredMessage> rows;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            StoredMessage m;
            m.uid = uid;
            m.envelopeKnown = true;
            m.fromName = uid == 2 ? QStringLiteral("João Gisele") : QStringLiteral("Ana");
            m.fromAddress = QStringLiteral("x%1@example.test").arg(uid);
            m.subject = QStringLiteral("agenda %1").arg(uid);
            rows << m;
        }
        ASSERT_TRUE(store.upsertMessages(folderId, rows)) << store.error().toStdString();
        ASSERT_EQ(store.indexForSearch(QStringLiteral("acc"), 100), 3) << store.error().toStdString();
    }
    rawQuery(path, QStringLiteral("DROP TABLE search_head"));
    rawQuery(path, QStringLiteral("PRAGMA user_version=8"));
    MailStore store(path);
    ASSERT_TRUE(store.open()) << store.error().toStdString();
    EXPECT_EQ(store.schemaVersion(), MailStore::latestSchemaVersion());
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM search_head")).toInt(), 3);
    QString error;
    const auto query = SearchQuery::parse(QStringLiteral("from:joao"), &error);
    ASSERT_TRUE(query && query->headersOnly()) << error.toStdString();
    const QList<StoredMessage> hits = store.searchMessages(*query, {folderId}, 0);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].uid, 2u);
    ASSERT_TRUE(store.removeMessages(folderId, {2})) << store.error().toStdString();
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM search_head")).toInt(), 2);
    EXPECT_TRUE(store.searchMessages(*query, {folderId}, 0).isEmpty());
}
