// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MailStore.h"

#include "store/StoreSql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace carteiro {

namespace {

QAtomicInteger<quint64> g_connectionCounter;


// The folder's columns, its total and unread counts at 11 and 12. Without the
// counts both are 0: counting a 100k-message folder reads 100k index entries
// (about 5 ms), which a caller after an id or the sync state need not pay.
QString folderColumns(MailStore::Counts counts)
{
    return QStringLiteral("f.id, f.account, f.name, f.wire_name, f.delimiter, f.special_use, f.selectable, f.local,"
                          " f.uidvalidity, f.uidnext, f.highestmodseq, %1, f.subscribed, f.keep_offline")
        .arg(counts == MailStore::Counts::With
                 ? QLatin1String("(SELECT COUNT(*) FROM messages m WHERE m.folder = f.id),"
                                 " (SELECT COUNT(*) FROM messages m WHERE m.folder = f.id AND (m.flags & 1) = 0)")
                 : QLatin1String("0, 0"));
}

StoredFolder folderFrom(const QSqlQuery &q)
{
    StoredFolder f;
    f.id = q.value(0).toLongLong();
    f.accountId = q.value(1).toString();
    f.name = q.value(2).toString();
    f.wireName = q.value(3).toByteArray();
    const QString delimiter = q.value(4).toString();
    f.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    f.specialUse = q.value(5).toByteArray();
    f.selectable = q.value(6).toBool();
    f.local = q.value(7).toBool();
    f.uidValidity = quint32(q.value(8).toLongLong());
    f.uidNext = quint32(q.value(9).toLongLong());
    f.highestModSeq = quint64(q.value(10).toLongLong());
    f.total = q.value(11).toLongLong();
    f.unread = q.value(12).toLongLong();
    f.subscribed = q.value(13).toBool();
    f.keepOffline = q.value(14).toBool();
    return f;
}

} // namespace

using namespace storesql;

MailStore::MailStore(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("carteiro-store-%1").arg(++g_connectionCounter))
{
}

MailStore::~MailStore()
{
    if (m_added) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase MailStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool MailStore::exec(const char *sql) const
{
    QSqlQuery q(database());
    if (!q.exec(QString::fromLatin1(sql))) {
        m_lastSqlError = q.lastError().text();
        return false;
    }
    return true;
}

bool MailStore::fail(const QString &what, const QString &detail) const
{
    m_error = QCoreApplication::translate("Store", "%1 (SQLite: %2)").arg(what, detail);
    return false;
}

bool MailStore::failQuery(const QString &what, const QSqlQuery &query) const
{
    return fail(what, query.lastError().text());
}

bool MailStore::deleteRow(const char *table, qint64 id, const QString &what)
{
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(what, q);
    return tx.commit(what);
}

bool MailStore::open()
{
    m_error.clear();
    if (!m_added) {
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_added = true;
    }
    QSqlDatabase db = database();
    if (db.isOpen())
        return true;
    const bool memory = m_path == QLatin1String(":memory:");
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!memory) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = QCoreApplication::translate("Store", "Cannot create the folder for the mail store %1")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("Store", "Cannot open the mail store %1: %2")
                      .arg(shown, db.lastError().text());
        return false;
    }
    // The first read of the file tells whether it is a database at all.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = QCoreApplication::translate("Store", "%1 is not a Carteiro mail store (not an SQLite database): %2")
                      .arg(shown, q.lastError().text());
        q.finish();
        db.close();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestSchemaVersion()) {
        m_error = QCoreApplication::translate(
                      "Store", "The mail store %1 was written by a newer Carteiro (schema %2); this version reads "
                               "schema %3 at most")
                      .arg(shown)
                      .arg(version)
                      .arg(latestSchemaVersion());
        db.close();
        return false;
    }
    // Switching a fresh file to WAL needs it to itself for a moment: another
    // connection opening it at the same time gets "database is locked" at once
    // (SQLite does not wait there), so that step is tried again for a while.
    bool pragmasOk = exec("PRAGMA foreign_keys=ON") && exec("PRAGMA busy_timeout=5000");
    if (pragmasOk && !memory) {
        QElapsedTimer waited;
        waited.start();
        while (!(pragmasOk = exec("PRAGMA journal_mode=WAL")) && waited.elapsed() < 10000 &&
               (m_lastSqlError.contains(QLatin1String("locked")) || m_lastSqlError.contains(QLatin1String("busy"))))
            QThread::msleep(20);
    }
    pragmasOk = pragmasOk && exec("PRAGMA synchronous=NORMAL");
    if (!pragmasOk) {
        m_error = QCoreApplication::translate("Store", "Cannot set up the mail store %1: %2")
                      .arg(shown, m_lastSqlError);
        db.close();
        return false;
    }
    if (!migrate()) {
        db.close();
        return false;
    }
    return true;
}

bool MailStore::migrate()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QList<QList<const char *>> &steps = storesql::migrations();
    // Every pending step in one durable transaction, the version read inside
    // it: two instances opening a new file at once (GUI and engine threads)
    // migrate it once, a failed step leaves the file as it was (user_version
    // included), and a new store costs one sync to disk rather than one per step.
    Transaction tx(this, true);
    const QString reading = QCoreApplication::translate("Store", "Reading the schema version of %1").arg(shown);
    if (!tx.begin(reading))
        return false;
    const int from = schemaVersion();
    if (from < 0)
        return fail(reading, m_lastSqlError);
    for (int version = from; version < steps.size(); ++version) {
        const QString what = QCoreApplication::translate("Store", "Upgrading the mail store %1 to schema %2")
                                 .arg(shown)
                                 .arg(version + 1);
        for (const char *sql : steps.at(version))
            if (!exec(sql))
                return fail(what, m_lastSqlError);
    }
    if (from >= steps.size())
        return tx.commit(reading);
    const QString upgrading = QCoreApplication::translate("Store", "Upgrading the mail store %1 to schema %2")
                                  .arg(shown)
                                  .arg(steps.size());
    if (!exec(QByteArray("PRAGMA user_version=" + QByteArray::number(steps.size())).constData()))
        return fail(upgrading, m_lastSqlError);
    return tx.commit(upgrading);
}

bool MailStore::isOpen() const
{
    return m_added && database().isOpen();
}

int MailStore::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_lastSqlError = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

int MailStore::latestSchemaVersion()
{
    return int(storesql::migrations().size());
}

QString MailStore::defaultPath()
{
    // One place for the app and carteiro-cli alike (AppDataLocation would differ
    // by executable name): <GenericDataLocation>/Carteiro.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/Carteiro");
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("carteiro.sqlite"));
}

// --- folders -------------------------------------------------------------

QList<StoredFolder> MailStore::folders(const QString &accountId, Counts counts) const
{
    QList<StoredFolder> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.account = ? ORDER BY f.name")
                  .arg(folderColumns(counts)));
    q.addBindValue(accountId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the folders of account %1").arg(accountId), q);
        return out;
    }
    while (q.next())
        out.append(folderFrom(q));
    return out;
}

std::optional<StoredFolder> MailStore::folder(qint64 folderId, Counts counts) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.id = ?").arg(folderColumns(counts)));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading folder %1").arg(folderId), q);
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = QCoreApplication::translate("Store", "There is no folder %1 in the mail store").arg(folderId);
        return std::nullopt;
    }
    return folderFrom(q);
}

std::optional<StoredFolder> MailStore::folderByName(const QString &accountId, const QString &name,
                                                    Counts counts) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.account = ? AND f.name = ?")
                  .arg(folderColumns(counts)));
    q.addBindValue(accountId);
    q.addBindValue(name);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading folder \"%1\"").arg(name), q);
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = QCoreApplication::translate("Store", "There is no folder \"%1\" of account %2 in the mail store")
                      .arg(name, accountId);
        return std::nullopt;
    }
    return folderFrom(q);
}

qint64 MailStore::upsertFolder(const StoredFolder &folder)
{
    const QString what = QCoreApplication::translate("Store", "Saving folder \"%1\"").arg(folder.name);
    if (folder.accountId.isEmpty() || folder.name.isEmpty()) {
        fail(what, QCoreApplication::translate("Store", "a folder needs an account and a name"));
        return 0;
    }
    // Sync state fields left at 0 keep what is stored.
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO folders (account, name, wire_name, delimiter, special_use, selectable, local,"
        " uidvalidity, uidnext, highestmodseq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(account, name) DO UPDATE SET wire_name = excluded.wire_name,"
        " delimiter = excluded.delimiter, special_use = excluded.special_use,"
        " selectable = excluded.selectable, local = excluded.local,"
        " uidvalidity = CASE WHEN excluded.uidvalidity <> 0 THEN excluded.uidvalidity ELSE uidvalidity END,"
        " uidnext = CASE WHEN excluded.uidnext <> 0 THEN excluded.uidnext ELSE uidnext END,"
        " highestmodseq = CASE WHEN excluded.highestmodseq <> 0 THEN excluded.highestmodseq ELSE highestmodseq END"
        " RETURNING id"));
    q.addBindValue(folder.accountId);
    q.addBindValue(folder.name);
    q.addBindValue(nullIfEmpty(folder.wireName));
    q.addBindValue(folder.delimiter.isNull() ? QVariant() : QVariant(QString(folder.delimiter)));
    q.addBindValue(nullIfEmpty(folder.specialUse));
    q.addBindValue(folder.selectable);
    q.addBindValue(folder.local);
    q.addBindValue(qlonglong(folder.uidValidity));
    q.addBindValue(qlonglong(folder.uidNext));
    q.addBindValue(qlonglong(folder.highestModSeq));
    if (!q.exec() || !q.next()) {
        failQuery(what, q);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool MailStore::retainFolders(const QString &accountId, const QStringList &names)
{
    const QString what = QCoreApplication::translate("Store", "Removing the folders of account %1 that the server no "
                                                              "longer lists")
                             .arg(accountId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    const QSet<QString> keep(names.cbegin(), names.cend());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, name FROM folders WHERE account = ? AND local = 0"));
    q.addBindValue(accountId);
    if (!q.exec())
        return failQuery(what, q);
    QList<qint64> doomed;
    while (q.next())
        if (!keep.contains(q.value(1).toString()))
            doomed.append(q.value(0).toLongLong());
    q.finish();
    QSqlQuery del(database());
    del.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    for (qint64 id : std::as_const(doomed)) {
        del.addBindValue(id);
        if (!del.exec())
            return failQuery(what, del);
    }
    return tx.commit(what);
}

bool MailStore::renameFolder(qint64 folderId, const QString &newName, const QByteArray &wireName)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE folders SET name = ?, wire_name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(nullIfEmpty(wireName));
    q.addBindValue(folderId);
    const QString what = QCoreApplication::translate("Store", "Renaming folder %1 to \"%2\"").arg(folderId).arg(newName);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such folder"));
    return true;
}

bool MailStore::removeFolder(qint64 folderId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    q.addBindValue(folderId);
    if (!q.exec())
        return failQuery(QCoreApplication::translate("Store", "Removing folder %1").arg(folderId), q);
    return true;
}

bool MailStore::setFolderSwitch(qint64 folderId, FolderSwitch which, bool on)
{
    QSqlQuery q(database());
    q.prepare(which == FolderSwitch::Subscribed ? QStringLiteral("UPDATE folders SET subscribed = ? WHERE id = ?")
                                                : QStringLiteral("UPDATE folders SET keep_offline = ? WHERE id = ?"));
    q.addBindValue(on);
    q.addBindValue(folderId);
    const QString what = QCoreApplication::translate("Store", "Changing a setting of folder %1").arg(folderId);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such folder"));
    return true;
}

bool MailStore::setSubscriptions(const QString &accountId, const QStringList &subscribed)
{
    const QString what = QCoreApplication::translate("Store", "Saving the subscribed folders of account %1").arg(accountId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery clear(database());
    clear.prepare(QStringLiteral("UPDATE folders SET subscribed = 0 WHERE account = ? AND local = 0"));
    clear.addBindValue(accountId);
    if (!clear.exec())
        return failQuery(what, clear);
    QSqlQuery set(database());
    set.prepare(QStringLiteral("UPDATE folders SET subscribed = 1 WHERE account = ? AND name = ?"));
    for (const QString &name : subscribed) {
        set.addBindValue(accountId);
        set.addBindValue(name);
        if (!set.exec())
            return failQuery(what, set);
    }
    return tx.commit(what);
}

bool MailStore::setSyncState(qint64 folderId, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE folders SET uidvalidity = ?, uidnext = ?, highestmodseq = ? WHERE id = ?"));
    q.addBindValue(qlonglong(uidValidity));
    q.addBindValue(qlonglong(uidNext));
    q.addBindValue(qlonglong(highestModSeq));
    q.addBindValue(folderId);
    const QString what = QCoreApplication::translate("Store", "Saving the sync state of folder %1").arg(folderId);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such folder"));
    return true;
}

bool MailStore::resetFolder(qint64 folderId, quint32 newUidValidity)
{
    const QString what = QCoreApplication::translate("Store", "Emptying folder %1 after a UIDVALIDITY change")
                             .arg(folderId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE folder = ?")); // bodies and parts cascade
    q.addBindValue(folderId);
    if (!q.exec())
        return failQuery(what, q);
    q.prepare(QStringLiteral("UPDATE folders SET uidvalidity = ?, uidnext = 0, highestmodseq = 0 WHERE id = ?"));
    q.addBindValue(qlonglong(newUidValidity));
    q.addBindValue(folderId);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such folder"));
    return tx.commit(what);
}

} // namespace carteiro
