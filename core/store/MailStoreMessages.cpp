// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: message rows, bodies and parts, POP3 mail (see MailStore.h).
#include "store/MailStore.h"

#include "store/MessageSummary.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <iterator>

namespace carteiro {

using namespace storesql;

namespace storesql {

const char *const kMessageColumns =
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

bool execMessages(QSqlQuery &q, QList<StoredMessage> *out)
{
    if (!q.exec())
        return false;
    while (q.next())
        out->append(messageFrom(q));
    return true;
}

} // namespace storesql

// --- messages ------------------------------------------------------------

namespace {

// The upsert's columns, bound by name: Qt's positional binding formats a
// placeholder name (":%1") for every value, a measurable part of storing a
// large folder's rows.
constexpr const char *kUpsertColumns[] = {"folder",       "uid",      "uidl",         "flags",      "keywords",
                                          "modseq",       "envelope_known", "size",   "internaldate", "date",
                                          "from_name",    "from_address",   "to_list", "cc_list",     "subject",
                                          "message_id",   "in_reply_to",    "refs",    "has_attachments"};
constexpr int kUpsertColumnCount = int(std::size(kUpsertColumns));

const QString *upsertPlaceholders()
{
    static const QList<QString> names = [] {
        QList<QString> out;
        for (const char *column : kUpsertColumns)
            out << QLatin1Char(':') + QLatin1String(column);
        return out;
    }();
    return names.constData();
}

} // namespace

bool MailStore::bindAndUpsert(QSqlQuery &byUid, QSqlQuery &byUidl, qint64 folderId, const StoredMessage &m,
                              qint64 *id) const
{
    QSqlQuery &q = m.uid ? byUid : byUidl;
    const QString *name = upsertPlaceholders();
    const QVariant values[] = {folderId,
                               m.uid ? QVariant(qlonglong(m.uid)) : QVariant(),
                               nullIfEmpty(m.uidl),
                               qlonglong(m.flags),
                               nullIfEmpty(joinKeywords(m.keywords)),
                               qlonglong(m.modSeq),
                               m.envelopeKnown,
                               m.size,
                               dateValue(m.internalDate),
                               dateValue(m.date),
                               m.fromName,
                               m.fromAddress,
                               m.to,
                               m.cc,
                               m.subject,
                               nullIfEmpty(m.messageId),
                               nullIfEmpty(m.inReplyTo),
                               nullIfEmpty(m.references),
                               m.hasAttachments};
    static_assert(std::size(values) == kUpsertColumnCount);
    for (int i = 0; i < kUpsertColumnCount; ++i)
        q.bindValue(name[i], values[i]);
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
    QString columns, placeholders;
    for (const char *column : kUpsertColumns) {
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QLatin1String(column);
        placeholders += (placeholders.isEmpty() ? QStringLiteral(":") : QStringLiteral(", :")) + QLatin1String(column);
    }
    QString set;
    for (const char *column : kEnvelope)
        set += QStringLiteral(", %1 = CASE WHEN excluded.envelope_known THEN excluded.%1 ELSE %1 END")
                   .arg(QLatin1String(column));
    return QStringLiteral(
               "INSERT INTO messages (%4) VALUES (%5)"
               " ON CONFLICT(folder, %1) DO UPDATE SET flags = excluded.flags, keywords = excluded.keywords,"
               " modseq = CASE WHEN excluded.modseq <> 0 THEN excluded.modseq ELSE modseq END,"
               " size = CASE WHEN excluded.size <> 0 THEN excluded.size ELSE size END,"
               " internaldate = COALESCE(excluded.internaldate, internaldate),"
               " envelope_known = MAX(envelope_known, excluded.envelope_known)%2%3")
        .arg(QLatin1String(conflictColumn), set, returningId ? QStringLiteral(" RETURNING id") : QString(), columns,
             placeholders);
}

bool MailStore::upsertMessages(qint64 folderId, const QList<StoredMessage> &messages, QList<qint64> *ids)
{
    const QString what = QCoreApplication::translate("Store", "Storing %n message(s) in folder %1", nullptr,
                                                     int(messages.size()))
                             .arg(folderId);
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    QSqlQuery byUid(database()), byUidl(database());
    if (!byUid.prepare(upsertSql("uid", ids != nullptr)))
        return failQuery(what, byUid);
    if (!byUidl.prepare(upsertSql("uidl", ids != nullptr)))
        return failQuery(what, byUidl);
    if (ids)
        ids->clear();
    for (const StoredMessage &m : messages) {
        if (!m.uid && m.uidl.isEmpty())
            return fail(what, QCoreApplication::translate("Store", "a message without UID or UIDL cannot be stored"));
        qint64 id = 0;
        if (!bindAndUpsert(byUid, byUidl, folderId, m, ids ? &id : nullptr))
            return failQuery(what, m.uid ? byUid : byUidl);
        if (ids)
            ids->append(id);
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
    // Reserved up front: growing a list of 100k rows copies them again and
    // again (measured: half of the time of reading a large folder).
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE folder = ?"));
    q.addBindValue(folderId);
    if (q.exec() && q.next())
        out.reserve(q.value(0).toLongLong());
    q.finish();
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder = ?").arg(QLatin1String(kMessageColumns)));
    q.addBindValue(folderId);
    if (!execMessages(q, &out))
        failQuery(QCoreApplication::translate("Store", "Reading the messages of folder %1").arg(folderId), q);
    return out;
}

QList<StoredMessage> MailStore::newestUnseen(qint64 folderId, int limit) const
{
    QList<StoredMessage> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder = ? AND (m.flags & ?) = 0"
                             " ORDER BY m.uid DESC, m.id DESC LIMIT ?")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(folderId);
    q.addBindValue(int(MessageFlag::Seen | MessageFlag::Deleted));
    q.addBindValue(qMax(limit, 0));
    if (!execMessages(q, &out))
        failQuery(QCoreApplication::translate("Store", "Reading the messages of folder %1").arg(folderId), q);
    return out;
}

QList<StoredMessage> MailStore::messagesAfter(qint64 folderId, qint64 afterId) const
{
    QList<StoredMessage> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.folder = ? AND m.id > ? ORDER BY m.id")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(folderId);
    q.addBindValue(afterId);
    if (!execMessages(q, &out))
        failQuery(QCoreApplication::translate("Store", "Reading the new messages of folder %1").arg(folderId), q);
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
    if (!q.next()) {
        m_error = QCoreApplication::translate("Store", "There is no message %1 in the mail store").arg(messageId);
        return std::nullopt;
    }
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
    if (!q.next()) {
        m_error = QCoreApplication::translate("Store", "There is no message with UID %1 in folder %2")
                      .arg(uid)
                      .arg(folderId);
        return std::nullopt;
    }
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
    // When Carteiro fetched it: the journey's retrieval leg (MailStoreJourney.cpp).
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO fetches (message, fetched) VALUES (?, ?)"));
    q.addBindValue(messageId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
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

} // namespace carteiro
