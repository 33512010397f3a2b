#include "store/MailStore.h"

#include "store/MessageSummary.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace carteiro {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Schema migrations, one step per version: step i takes user_version i to i+1.
// Each runs in its own transaction together with the user_version bump.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> steps = {
        // v1: the initial schema.
        {
            "CREATE TABLE folders ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " wire_name BLOB,"
            " delimiter TEXT,"
            " special_use BLOB,"
            " selectable INTEGER NOT NULL DEFAULT 1,"
            " local INTEGER NOT NULL DEFAULT 0,"
            " uidvalidity INTEGER NOT NULL DEFAULT 0,"
            " uidnext INTEGER NOT NULL DEFAULT 0,"
            " highestmodseq INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE(account, name))",
            // uid is NULL for POP3 rows and uidl NULL for IMAP rows: SQLite treats
            // NULLs as distinct, so each UNIQUE applies only to its own kind.
            "CREATE TABLE messages ("
            " id INTEGER PRIMARY KEY,"
            " folder INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
            " uid INTEGER,"
            " uidl BLOB,"
            " flags INTEGER NOT NULL DEFAULT 0,"
            " keywords BLOB,"
            " modseq INTEGER NOT NULL DEFAULT 0,"
            " envelope_known INTEGER NOT NULL DEFAULT 0,"
            " size INTEGER NOT NULL DEFAULT 0,"
            " internaldate INTEGER,"
            " date INTEGER,"
            " from_name TEXT, from_address TEXT, to_list TEXT, cc_list TEXT, subject TEXT,"
            " message_id BLOB, in_reply_to BLOB, refs BLOB,"
            " has_attachments INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE(folder, uid),"
            " UNIQUE(folder, uidl))",
            // total/unread per folder are counted over this index alone.
            "CREATE INDEX messages_folder_flags ON messages(folder, flags)",
            "CREATE TABLE bodies ("
            " message INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
            " raw BLOB NOT NULL)",
            "CREATE TABLE parts ("
            " message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
            " section BLOB NOT NULL,"
            " bytes BLOB NOT NULL,"
            " PRIMARY KEY(message, section)) WITHOUT ROWID",
            "CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " state INTEGER NOT NULL,"
            " raw BLOB NOT NULL,"
            " envelope_from BLOB,"
            " recipients BLOB,"
            " subject TEXT,"
            " last_error TEXT,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " created INTEGER,"
            " updated INTEGER)",
            "CREATE INDEX outbox_account ON outbox(account)",
            "CREATE TABLE drafts ("
            " id INTEGER PRIMARY KEY,"
            " account TEXT NOT NULL,"
            " subject TEXT,"
            " payload BLOB,"
            " updated INTEGER)",
            "CREATE INDEX drafts_account ON drafts(account)",
        },
    };
    return steps;
}

QVariant dateValue(const QDateTime &d)
{
    return d.isValid() ? QVariant(d.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant nullIfEmpty(const QByteArray &b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

QByteArray joinKeywords(const QList<QByteArray> &keywords)
{
    return keywords.join(' ');
}

QList<QByteArray> splitKeywords(const QByteArray &b)
{
    return b.isEmpty() ? QList<QByteArray>() : b.split(' ');
}

constexpr const char *kMessageColumns =
    "m.id, m.folder, m.uid, m.uidl, m.flags, m.keywords, m.modseq, m.envelope_known, m.size,"
    " m.internaldate, m.date, m.from_name, m.from_address, m.to_list, m.cc_list, m.subject,"
    " m.message_id, m.in_reply_to, m.refs, m.has_attachments,"
    " EXISTS(SELECT 1 FROM bodies b WHERE b.message = m.id)";

StoredMessage messageFrom(const QSqlQuery &q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.folderId = q.value(1).toLongLong();
    m.uid = quint32(q.value(2).toLongLong());
    m.uidl = q.value(3).toByteArray();
    m.flags = quint32(q.value(4).toLongLong());
    m.keywords = splitKeywords(q.value(5).toByteArray());
    m.modSeq = quint64(q.value(6).toLongLong());
    m.envelopeKnown = q.value(7).toBool();
    m.size = q.value(8).toLongLong();
    m.internalDate = dateFrom(q.value(9));
    m.date = dateFrom(q.value(10));
    m.fromName = q.value(11).toString();
    m.fromAddress = q.value(12).toString();
    m.to = q.value(13).toString();
    m.cc = q.value(14).toString();
    m.subject = q.value(15).toString();
    m.messageId = q.value(16).toByteArray();
    m.inReplyTo = q.value(17).toByteArray();
    m.references = q.value(18).toByteArray();
    m.hasAttachments = q.value(19).toBool();
    m.bodyCached = q.value(20).toBool();
    return m;
}

constexpr const char *kFolderColumns =
    "f.id, f.account, f.name, f.wire_name, f.delimiter, f.special_use, f.selectable, f.local,"
    " f.uidvalidity, f.uidnext, f.highestmodseq,"
    " (SELECT COUNT(*) FROM messages m WHERE m.folder = f.id),"
    " (SELECT COUNT(*) FROM messages m WHERE m.folder = f.id AND (m.flags & 1) = 0)";

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
    return f;
}

} // namespace

// A write transaction; rolled back unless commit() succeeded. With `durable`
// the commit is fsynced (synchronous=FULL) before commit() returns: the
// outbox, drafts and POP3 mail rely on that (architecture.md, "Nothing lost").
class MailStore::Transaction
{
public:
    Transaction(const MailStore *store, bool durable) : m_store(store), m_durable(durable) {}
    ~Transaction()
    {
        if (m_open)
            m_store->database().rollback();
        if (m_durable)
            m_store->exec("PRAGMA synchronous=NORMAL");
    }
    bool begin(const QString &what)
    {
        if (m_durable && !m_store->exec("PRAGMA synchronous=FULL"))
            return m_store->fail(what, m_store->m_lastSqlError);
        QSqlDatabase db = m_store->database();
        if (!db.transaction())
            return m_store->fail(what, db.lastError().text());
        m_open = true;
        return true;
    }
    bool commit(const QString &what)
    {
        QSqlDatabase db = m_store->database();
        if (!db.commit())
            return m_store->fail(what, db.lastError().text());
        m_open = false;
        return true;
    }

private:
    const MailStore *m_store;
    bool m_durable;
    bool m_open = false;
};

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
    const bool pragmasOk = exec("PRAGMA foreign_keys=ON") && exec("PRAGMA busy_timeout=5000")
                           && (memory || exec("PRAGMA journal_mode=WAL")) && exec("PRAGMA synchronous=NORMAL");
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
    const QList<QList<const char *>> &steps = migrations();
    for (int version = schemaVersion(); version < steps.size(); ++version) {
        const QString what = QCoreApplication::translate("Store", "Upgrading the mail store %1 to schema %2")
                                 .arg(shown)
                                 .arg(version + 1);
        Transaction tx(this, true);
        if (!tx.begin(what))
            return false;
        for (const char *sql : steps.at(version))
            if (!exec(sql))
                return fail(what, m_lastSqlError);
        // user_version is part of the transaction: a failed step leaves the old number.
        if (!exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version + 1)).constData()))
            return fail(what, m_lastSqlError);
        if (!tx.commit(what))
            return false;
    }
    return true;
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
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int MailStore::latestSchemaVersion()
{
    return int(migrations().size());
}

QString MailStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("carteiro.sqlite"));
}

// --- folders -------------------------------------------------------------

QList<StoredFolder> MailStore::folders(const QString &accountId) const
{
    QList<StoredFolder> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.account = ? ORDER BY f.name")
                  .arg(QLatin1String(kFolderColumns)));
    q.addBindValue(accountId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the folders of account %1").arg(accountId), q);
        return out;
    }
    while (q.next())
        out.append(folderFrom(q));
    return out;
}

std::optional<StoredFolder> MailStore::folder(qint64 folderId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.id = ?").arg(QLatin1String(kFolderColumns)));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading folder %1").arg(folderId), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return folderFrom(q);
}

std::optional<StoredFolder> MailStore::folderByName(const QString &accountId, const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM folders f WHERE f.account = ? AND f.name = ?")
                  .arg(QLatin1String(kFolderColumns)));
    q.addBindValue(accountId);
    q.addBindValue(name);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading folder \"%1\"").arg(name), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
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

// --- messages ------------------------------------------------------------

bool MailStore::bindAndUpsert(QSqlQuery &byUid, QSqlQuery &byUidl, qint64 folderId, const StoredMessage &m,
                              qint64 *id) const
{
    QSqlQuery &q = m.uid ? byUid : byUidl;
    q.addBindValue(folderId);
    q.addBindValue(m.uid ? QVariant(qlonglong(m.uid)) : QVariant());
    q.addBindValue(nullIfEmpty(m.uidl));
    q.addBindValue(qlonglong(m.flags));
    q.addBindValue(nullIfEmpty(joinKeywords(m.keywords)));
    q.addBindValue(qlonglong(m.modSeq));
    q.addBindValue(m.envelopeKnown);
    q.addBindValue(m.size);
    q.addBindValue(dateValue(m.internalDate));
    q.addBindValue(dateValue(m.date));
    q.addBindValue(m.fromName);
    q.addBindValue(m.fromAddress);
    q.addBindValue(m.to);
    q.addBindValue(m.cc);
    q.addBindValue(m.subject);
    q.addBindValue(nullIfEmpty(m.messageId));
    q.addBindValue(nullIfEmpty(m.inReplyTo));
    q.addBindValue(nullIfEmpty(m.references));
    q.addBindValue(m.hasAttachments);
    if (!q.exec())
        return false;
    if (id) {
        if (!q.next())
            return false;
        *id = q.value(0).toLongLong();
    }
    q.finish();
    return true;
}

QString MailStore::upsertSql(const char *conflictColumn, bool returningId)
{
    // A placeholder (envelope_known = 0) updates flags, keywords and, when
    // given, modseq, size and internaldate; it never clears a known envelope.
    static const char *kEnvelope[] = {"date",    "from_name",   "from_address", "to_list", "cc_list",
                                      "subject", "message_id", "in_reply_to",  "refs",    "has_attachments"};
    QString set;
    for (const char *column : kEnvelope)
        set += QStringLiteral(", %1 = CASE WHEN excluded.envelope_known THEN excluded.%1 ELSE %1 END")
                   .arg(QLatin1String(column));
    return QStringLiteral(
               "INSERT INTO messages (folder, uid, uidl, flags, keywords, modseq, envelope_known, size,"
               " internaldate, date, from_name, from_address, to_list, cc_list, subject, message_id,"
               " in_reply_to, refs, has_attachments)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
               " ON CONFLICT(folder, %1) DO UPDATE SET flags = excluded.flags, keywords = excluded.keywords,"
               " modseq = CASE WHEN excluded.modseq <> 0 THEN excluded.modseq ELSE modseq END,"
               " size = CASE WHEN excluded.size <> 0 THEN excluded.size ELSE size END,"
               " internaldate = COALESCE(excluded.internaldate, internaldate),"
               " envelope_known = MAX(envelope_known, excluded.envelope_known)%2%3")
        .arg(QLatin1String(conflictColumn), set, returningId ? QStringLiteral(" RETURNING id") : QString());
}

bool MailStore::upsertMessages(qint64 folderId, const QList<StoredMessage> &messages)
{
    const QString what = QCoreApplication::translate("Store", "Storing %n message(s) in folder %1", nullptr,
                                                     int(messages.size()))
                             .arg(folderId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery byUid(database()), byUidl(database());
    if (!byUid.prepare(upsertSql("uid", false)))
        return failQuery(what, byUid);
    if (!byUidl.prepare(upsertSql("uidl", false)))
        return failQuery(what, byUidl);
    for (const StoredMessage &m : messages) {
        if (!m.uid && m.uidl.isEmpty())
            return fail(what, QCoreApplication::translate("Store", "a message without UID or UIDL cannot be stored"));
        if (!bindAndUpsert(byUid, byUidl, folderId, m, nullptr))
            return failQuery(what, m.uid ? byUid : byUidl);
    }
    return tx.commit(what);
}

bool MailStore::updateFlags(qint64 folderId, const QList<FlagUpdate> &updates)
{
    const QString what = QCoreApplication::translate("Store", "Updating the flags of %n message(s) in folder %1",
                                                     nullptr, int(updates.size()))
                             .arg(folderId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("UPDATE messages SET flags = ?, keywords = ?,"
                                  " modseq = CASE WHEN ? <> 0 THEN ? ELSE modseq END"
                                  " WHERE folder = ? AND uid = ?")))
        return failQuery(what, q);
    for (const FlagUpdate &u : updates) {
        q.addBindValue(qlonglong(u.flags));
        q.addBindValue(nullIfEmpty(joinKeywords(u.keywords)));
        q.addBindValue(qlonglong(u.modSeq));
        q.addBindValue(qlonglong(u.modSeq));
        q.addBindValue(folderId);
        q.addBindValue(qlonglong(u.uid));
        if (!q.exec())
            return failQuery(what, q);
    }
    return tx.commit(what);
}

bool MailStore::setFlags(qint64 messageId, quint32 flags)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE messages SET flags = ? WHERE id = ?"));
    q.addBindValue(qlonglong(flags));
    q.addBindValue(messageId);
    const QString what = QCoreApplication::translate("Store", "Setting the flags of message %1").arg(messageId);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such message"));
    return true;
}

bool MailStore::removeMessages(qint64 folderId, const QList<quint32> &uids)
{
    const QString what = QCoreApplication::translate("Store", "Removing %n message(s) from folder %1", nullptr,
                                                     int(uids.size()))
                             .arg(folderId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("DELETE FROM messages WHERE folder = ? AND uid = ?")))
        return failQuery(what, q);
    for (quint32 uid : uids) {
        q.addBindValue(folderId);
        q.addBindValue(qlonglong(uid));
        if (!q.exec())
            return failQuery(what, q);
    }
    return tx.commit(what);
}

bool MailStore::removeMessage(qint64 messageId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    q.addBindValue(messageId);
    if (!q.exec())
        return failQuery(QCoreApplication::translate("Store", "Removing message %1").arg(messageId), q);
    return true;
}

QList<StoredMessage> MailStore::messages(qint64 folderId) const
{
    QList<StoredMessage> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder = ?").arg(QLatin1String(kMessageColumns)));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the messages of folder %1").arg(folderId), q);
        return out;
    }
    while (q.next())
        out.append(messageFrom(q));
    return out;
}

std::optional<StoredMessage> MailStore::message(qint64 messageId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?").arg(QLatin1String(kMessageColumns)));
    q.addBindValue(messageId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading message %1").arg(messageId), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return messageFrom(q);
}

std::optional<StoredMessage> MailStore::messageByUid(qint64 folderId, quint32 uid) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder = ? AND m.uid = ?")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(folderId);
    q.addBindValue(qlonglong(uid));
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading message UID %1 of folder %2").arg(uid).arg(folderId),
                  q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return messageFrom(q);
}

QList<quint32> MailStore::uidList(qint64 folderId, bool onlyWithoutEnvelope) const
{
    QList<quint32> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(onlyWithoutEnvelope ? QStringLiteral("SELECT uid FROM messages WHERE folder = ? AND uid IS NOT NULL"
                                                   " AND envelope_known = 0 ORDER BY uid")
                                  : QStringLiteral("SELECT uid FROM messages WHERE folder = ? AND uid IS NOT NULL"
                                                   " ORDER BY uid"));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the UIDs of folder %1").arg(folderId), q);
        return out;
    }
    while (q.next())
        out.append(quint32(q.value(0).toLongLong()));
    return out;
}

QList<quint32> MailStore::uids(qint64 folderId) const
{
    return uidList(folderId, false);
}

QList<quint32> MailStore::uidsWithoutEnvelope(qint64 folderId) const
{
    return uidList(folderId, true);
}

// --- bodies --------------------------------------------------------------

bool MailStore::storeBody(qint64 messageId, const QByteArray &raw)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO bodies (message, raw) VALUES (?, ?)"));
    q.addBindValue(messageId);
    q.addBindValue(raw.isNull() ? QByteArray("") : raw);
    if (!q.exec())
        return failQuery(QCoreApplication::translate("Store", "Storing the body of message %1").arg(messageId), q);
    return true;
}

std::optional<QByteArray> MailStore::body(qint64 messageId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT raw FROM bodies WHERE message = ?"));
    q.addBindValue(messageId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the body of message %1").arg(messageId), q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

bool MailStore::storePart(qint64 messageId, const QByteArray &section, const QByteArray &bytes)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO parts (message, section, bytes) VALUES (?, ?, ?)"));
    q.addBindValue(messageId);
    q.addBindValue(section.isNull() ? QByteArray("") : section);
    q.addBindValue(bytes.isNull() ? QByteArray("") : bytes);
    if (!q.exec())
        return failQuery(QCoreApplication::translate("Store", "Storing part %1 of message %2")
                             .arg(QString::fromLatin1(section))
                             .arg(messageId),
                         q);
    return true;
}

std::optional<QByteArray> MailStore::part(qint64 messageId, const QByteArray &section) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT bytes FROM parts WHERE message = ? AND section = ?"));
    q.addBindValue(messageId);
    q.addBindValue(section.isNull() ? QByteArray("") : section);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading part %1 of message %2")
                      .arg(QString::fromLatin1(section))
                      .arg(messageId),
                  q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

// --- POP3 ----------------------------------------------------------------

bool MailStore::hasUidl(qint64 folderId, const QByteArray &uidl) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE folder = ? AND uidl = ?"));
    q.addBindValue(folderId);
    q.addBindValue(nullIfEmpty(uidl));
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Looking up UIDL %1 in folder %2")
                      .arg(QString::fromLatin1(uidl))
                      .arg(folderId),
                  q);
        return false;
    }
    return q.next();
}

QList<QByteArray> MailStore::uidls(qint64 folderId) const
{
    QList<QByteArray> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uidl FROM messages WHERE folder = ? AND uidl IS NOT NULL ORDER BY id"));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the UIDLs of folder %1").arg(folderId), q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

qint64 MailStore::addLocalMessage(qint64 folderId, const QByteArray &uidl, const QByteArray &raw, quint32 flags)
{
    const QString what = uidl.isEmpty()
                             ? QCoreApplication::translate("Store", "Storing a message in folder %1").arg(folderId)
                             : QCoreApplication::translate("Store", "Storing the message with UIDL %1 in folder %2")
                                   .arg(QString::fromLatin1(uidl))
                                   .arg(folderId);
    // Parsed before the transaction: the write lock is held only for the writes.
    StoredMessage m = MessageSummary::summarize(raw);
    m.uidl = uidl;
    m.flags = flags;
    m.internalDate = QDateTime::currentDateTimeUtc(); // arrival here (POP3 has no INTERNALDATE)

    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    QSqlQuery q(database());
    if (!uidl.isEmpty()) {
        // A UIDL already stored is the same message (RFC 1939 §7): keep the first copy.
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder = ? AND uidl = ?"));
        q.addBindValue(folderId);
        q.addBindValue(uidl);
        if (!q.exec()) {
            failQuery(what, q);
            return 0;
        }
        if (q.next())
            return q.value(0).toLongLong();
        q.finish();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO messages (folder, uid, uidl, flags, keywords, modseq, envelope_known, size,"
        " internaldate, date, from_name, from_address, to_list, cc_list, subject, message_id,"
        " in_reply_to, refs, has_attachments)"
        " VALUES (?, NULL, ?, ?, NULL, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(folderId);
    q.addBindValue(nullIfEmpty(uidl));
    q.addBindValue(qlonglong(m.flags));
    q.addBindValue(m.size);
    q.addBindValue(dateValue(m.internalDate));
    q.addBindValue(dateValue(m.date));
    q.addBindValue(m.fromName);
    q.addBindValue(m.fromAddress);
    q.addBindValue(m.to);
    q.addBindValue(m.cc);
    q.addBindValue(m.subject);
    q.addBindValue(nullIfEmpty(m.messageId));
    q.addBindValue(nullIfEmpty(m.inReplyTo));
    q.addBindValue(nullIfEmpty(m.references));
    q.addBindValue(m.hasAttachments);
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    QSqlQuery b(database());
    b.prepare(QStringLiteral("INSERT INTO bodies (message, raw) VALUES (?, ?)"));
    b.addBindValue(id);
    b.addBindValue(raw.isNull() ? QByteArray("") : raw);
    if (!b.exec()) {
        failQuery(what, b);
        return 0;
    }
    b.finish();
    return tx.commit(what) ? id : 0;
}

// --- outbox and drafts ----------------------------------------------------

qint64 MailStore::addOutbox(const OutboxEntry &entry)
{
    const QString what = QCoreApplication::translate("Store", "Saving a message to the outbox");
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO outbox (account, state, raw, envelope_from, recipients, subject,"
                             " last_error, attempts, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.accountId);
    q.addBindValue(int(entry.state));
    q.addBindValue(entry.raw.isNull() ? QByteArray("") : entry.raw);
    q.addBindValue(nullIfEmpty(entry.envelopeFrom));
    q.addBindValue(nullIfEmpty(entry.recipients.join('\n'))); // addresses never hold LF
    q.addBindValue(entry.subject);
    q.addBindValue(entry.lastError);
    q.addBindValue(entry.attempts);
    q.addBindValue(dateValue(entry.created.isValid() ? entry.created : now));
    q.addBindValue(dateValue(entry.updated.isValid() ? entry.updated : now));
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return tx.commit(what) ? id : 0;
}

bool MailStore::updateOutbox(qint64 id, OutboxEntry::State state, const QString &lastError)
{
    // The fate of an outgoing message must survive a crash: a durable commit.
    const QString what = QCoreApplication::translate("Store", "Updating outbox entry %1").arg(id);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated = ?,"
                             " attempts = attempts + ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(lastError);
    q.addBindValue(dateValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(state == OutboxEntry::State::Sending ? 1 : 0); // one attempt per Sending
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no such outbox entry"));
    return tx.commit(what);
}

bool MailStore::removeOutbox(qint64 id)
{
    const QString what = QCoreApplication::translate("Store", "Removing outbox entry %1").arg(id);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(what, q);
    return tx.commit(what);
}

QList<OutboxEntry> MailStore::outbox(const QString &accountId) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("id, account, state, raw, envelope_from, recipients, subject, last_error,"
                                           " attempts, created, updated");
    if (accountId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(columns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE account = ? ORDER BY id").arg(columns));
        q.addBindValue(accountId);
    }
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the outbox"), q);
        return out;
    }
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.accountId = q.value(1).toString();
        e.state = OutboxEntry::State(q.value(2).toInt());
        e.raw = q.value(3).toByteArray();
        e.envelopeFrom = q.value(4).toByteArray();
        const QByteArray recipients = q.value(5).toByteArray();
        e.recipients = recipients.isEmpty() ? QList<QByteArray>() : recipients.split('\n');
        e.subject = q.value(6).toString();
        e.lastError = q.value(7).toString();
        e.attempts = q.value(8).toInt();
        e.created = dateFrom(q.value(9));
        e.updated = dateFrom(q.value(10));
        out.append(e);
    }
    return out;
}

qint64 MailStore::saveDraft(const DraftEntry &draft)
{
    const QString what = QCoreApplication::translate("Store", "Saving a draft");
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    const QDateTime updated = draft.updated.isValid() ? draft.updated : QDateTime::currentDateTimeUtc();
    QSqlQuery q(database());
    if (draft.id) {
        q.prepare(QStringLiteral("UPDATE drafts SET account = ?, subject = ?, payload = ?, updated = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO drafts (account, subject, payload, updated) VALUES (?, ?, ?, ?)"));
    }
    q.addBindValue(draft.accountId);
    q.addBindValue(draft.subject);
    q.addBindValue(draft.payload.isNull() ? QByteArray("") : draft.payload);
    q.addBindValue(dateValue(updated));
    if (draft.id)
        q.addBindValue(draft.id);
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    if (draft.id && q.numRowsAffected() != 1) {
        fail(what, QCoreApplication::translate("Store", "no draft with id %1").arg(draft.id));
        return 0;
    }
    const qint64 id = draft.id ? draft.id : q.lastInsertId().toLongLong();
    q.finish();
    return tx.commit(what) ? id : 0;
}

bool MailStore::removeDraft(qint64 id)
{
    const QString what = QCoreApplication::translate("Store", "Removing draft %1").arg(id);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(what, q);
    return tx.commit(what);
}

QList<DraftEntry> MailStore::drafts(const QString &accountId) const
{
    QList<DraftEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (accountId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, account, subject, payload, updated FROM drafts ORDER BY updated DESC, id"));
    } else {
        q.prepare(QStringLiteral("SELECT id, account, subject, payload, updated FROM drafts WHERE account = ?"
                                 " ORDER BY updated DESC, id"));
        q.addBindValue(accountId);
    }
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the drafts"), q);
        return out;
    }
    while (q.next()) {
        DraftEntry d;
        d.id = q.value(0).toLongLong();
        d.accountId = q.value(1).toString();
        d.subject = q.value(2).toString();
        d.payload = q.value(3).toByteArray();
        d.updated = dateFrom(q.value(4));
        out.append(d);
    }
    return out;
}

} // namespace carteiro
