// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: the full-text index and local search (see MailStore.h and
// core/search/README.md). Triggers (StoreSchema.cpp, v4) queue rows as the
// sync writes them; indexForSearch() empties the queue in slices.
#include "store/MailStore.h"

#include "search/SearchQuery.h"
#include "search/SearchText.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace carteiro {

using namespace storesql;

namespace {

// The queue is read first, messages looked up by id: CROSS JOIN keeps that
// order (SQLite's planner otherwise walks every message of the account to probe
// an empty queue: 40 ms at 100k messages before each search).
// Full-text hits looked up by id when there are no more than the search's
// limit, or this many without one (MailStore::searchMessages).
constexpr int kFewHits = 10000;

QString accountFilter(const QString &accountId)
{
    return accountId.isEmpty() ? QString()
                               : QStringLiteral(" AND m.folder IN (SELECT id FROM folders WHERE account = :account)");
}

struct Pending
{
    qint64 id = 0;
    int bodyMark = 0;
    QString sender, recipients, subject, body;
};

} // namespace

qint64 MailStore::searchBacklog(const QString &accountId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM search_queue s CROSS JOIN messages m ON m.id = s.message WHERE 1")
              + accountFilter(accountId));
    if (!accountId.isEmpty())
        q.bindValue(QStringLiteral(":account"), accountId);
    if (!q.exec() || !q.next()) {
        failQuery(QCoreApplication::translate("Store", "Counting the messages waiting for the search index"), q);
        return 0;
    }
    return q.value(0).toLongLong();
}

int MailStore::indexForSearch(const QString &accountId, int limit)
{
    const QString what = QCoreApplication::translate("Store", "Adding messages to the search index");
    QList<Pending> batch;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT s.message, s.body, m.from_name, m.from_address, m.to_list, m.cc_list,"
                                 " m.subject, b.raw FROM search_queue s CROSS JOIN messages m ON m.id = s.message"
                                 " LEFT JOIN bodies b ON b.message = m.id WHERE 1%1 LIMIT :limit")
                      .arg(accountFilter(accountId)));
        if (!accountId.isEmpty())
            q.bindValue(QStringLiteral(":account"), accountId);
        q.bindValue(QStringLiteral(":limit"), qMax(limit, 1));
        if (!q.exec()) {
            failQuery(what, q);
            return -1;
        }
        // The text is extracted here, before the write lock is taken.
        while (q.next()) {
            StoredMessage m;
            m.fromName = q.value(2).toString();
            m.fromAddress = q.value(3).toString();
            m.to = q.value(4).toString();
            m.cc = q.value(5).toString();
            Pending p;
            p.id = q.value(0).toLongLong();
            p.bodyMark = q.value(1).toInt();
            p.sender = SearchText::sender(m);
            p.recipients = SearchText::recipients(m);
            p.subject = q.value(6).toString();
            if (!q.isNull(7))
                p.body = SearchText::body(q.value(7).toByteArray());
            batch.append(std::move(p));
        }
    }
    if (batch.isEmpty())
        return 0;
    Transaction tx(this, false);
    if (!tx.begin(what))
        return -1;
    auto failed = [&](const QSqlQuery &q) {
        failQuery(what, q);
        return -1;
    };
    QSqlQuery drop(database()), dropHead(database()), add(database()), addHead(database()), done(database());
    if (!drop.prepare(QStringLiteral("DELETE FROM search_text WHERE rowid = ?")))
        return failed(drop);
    if (!dropHead.prepare(QStringLiteral("DELETE FROM search_head WHERE rowid = ?")))
        return failed(dropHead);
    // A row expunged meanwhile is not indexed (its trigger already ran).
    if (!add.prepare(QStringLiteral("INSERT INTO search_text (rowid, sender, recipients, subject, body)"
                                    " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM messages WHERE id = ?)")))
        return failed(add);
    // The headers' own index (schema v9) takes them from the row just written.
    if (!addHead.prepare(QStringLiteral("INSERT INTO search_head (rowid, sender, recipients, subject)"
                                        " SELECT rowid, sender, recipients, subject FROM search_text WHERE rowid = ?")))
        return failed(addHead);
    // A body stored meanwhile re-queued the row with body = 1: it stays queued.
    if (!done.prepare(QStringLiteral("DELETE FROM search_queue WHERE message = ? AND body = ?")))
        return failed(done);
    for (const Pending &p : std::as_const(batch)) {
        drop.addBindValue(p.id);
        if (!drop.exec())
            return failed(drop);
        dropHead.addBindValue(p.id);
        if (!dropHead.exec())
            return failed(dropHead);
        add.addBindValue(p.id);
        add.addBindValue(p.sender);
        add.addBindValue(p.recipients);
        add.addBindValue(p.subject);
        add.addBindValue(p.body);
        add.addBindValue(p.id);
        if (!add.exec())
            return failed(add);
        addHead.addBindValue(p.id);
        if (!addHead.exec())
            return failed(addHead);
        done.addBindValue(p.id);
        done.addBindValue(p.bodyMark);
        if (!done.exec())
            return failed(done);
    }
    return tx.commit(what) ? int(batch.size()) : -1;
}

QList<StoredMessage> MailStore::searchMessages(const SearchQuery &query, const QList<qint64> &folderIds, int limit,
                                               bool *ok) const
{
    QList<StoredMessage> out;
    if (ok)
        *ok = true;
    if (folderIds.isEmpty())
        return out;
    QStringList ids;
    for (const qint64 id : folderIds)
        ids << QString::number(id);
    QString where = QStringLiteral("m.folder IN (%1) AND (m.flags & %2) = 0")
                        .arg(ids.join(QLatin1Char(',')))
                        .arg(int(MessageFlag::Deleted));
    // Few hits: their ids, looked up one by one and sorted (walking the date
    // index would visit the whole folder to find them). Many: the date index
    // is walked newest first and the walk stops at the limit.
    const auto refused = [&](const QSqlQuery &q) {
        failQuery(QCoreApplication::translate("Store", "Searching the local index for «%1»").arg(query.toString()), q);
        if (ok)
            *ok = false;
    };
    bool fewHits = false;
    const int few = limit > 0 ? limit : kFewHits;
    // Terms on headers alone are looked up in the headers' own index (schema v9).
    const QLatin1String index(query.headersOnly() ? "search_head" : "search_text");
    if (query.hasText()) {
        QSqlQuery probe(database());
        probe.setForwardOnly(true);
        probe.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT %2").arg(index).arg(few + 1));
        probe.addBindValue(query.ftsExpression());
        if (!probe.exec()) {
            refused(probe);
            return out;
        }
        QStringList hits;
        while (probe.next())
            hits << QString::number(probe.value(0).toLongLong());
        fewHits = hits.size() <= few;
        if (hits.isEmpty())
            return out;
        if (fewHits) // "+m.folder": no folder index, so SQLite looks the ids up instead of walking the folder
            where = QStringLiteral("+") + where + QStringLiteral(" AND m.id IN (%1)").arg(hits.join(QLatin1Char(',')));
        else
            where += QStringLiteral(" AND m.id IN (SELECT rowid FROM %1 WHERE %1 MATCH :match)").arg(index);
    }
    if (query.since.isValid())
        where += QStringLiteral(" AND COALESCE(m.date, m.internaldate) >= :since");
    if (query.before.isValid())
        where += QStringLiteral(" AND COALESCE(m.date, m.internaldate) < :before");
    if (query.hasAttachment)
        where += QStringLiteral(" AND m.has_attachments = 1");
    if (query.unread)
        where += QStringLiteral(" AND (m.flags & %1) = 0").arg(int(MessageFlag::Seen));
    if (query.flagged)
        where += QStringLiteral(" AND (m.flags & %1) <> 0").arg(int(MessageFlag::Flagged));
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Few hits all fit under the limit: they are sorted here, which spares
    // SQLite a sorter holding every column of every hit.
    q.prepare(fewHits ? QStringLiteral("SELECT %1 FROM messages m WHERE %2").arg(QLatin1String(kMessageColumns), where)
                      : QStringLiteral("SELECT %1 FROM messages m WHERE %2 ORDER BY COALESCE(m.date, m.internaldate)"
                                       " DESC, m.id DESC%3")
                            .arg(QLatin1String(kMessageColumns), where,
                                 limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (query.hasText() && !fewHits)
        q.bindValue(QStringLiteral(":match"), query.ftsExpression());
    if (query.since.isValid())
        q.bindValue(QStringLiteral(":since"), query.since.startOfDay().toMSecsSinceEpoch());
    if (query.before.isValid())
        q.bindValue(QStringLiteral(":before"), query.before.startOfDay().toMSecsSinceEpoch());
    if (!execMessages(q, &out))
        refused(q);
    if (fewHits) {
        // As ORDER BY COALESCE(date, internaldate) DESC, id DESC: no date at all comes last.
        const auto when = [](const StoredMessage &m) {
            const QDateTime t = m.date.isValid() ? m.date : m.internalDate;
            return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        };
        std::sort(out.begin(), out.end(), [&when](const StoredMessage &a, const StoredMessage &b) {
            const qint64 ta = when(a), tb = when(b);
            return ta != tb ? ta > tb : a.id > b.id;
        });
    }
    return out;
}

QList<quint32> MailStore::uidsNotIndexed(qint64 folderId, bool bodies) const
{
    QList<quint32> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.uid FROM messages m WHERE m.folder = ? AND m.uid IS NOT NULL AND"
                             " (m.envelope_known = 0%1) ORDER BY m.uid")
                  .arg(bodies ? QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM bodies b WHERE b.message = m.id)")
                              : QString()));
    q.addBindValue(folderId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the UIDs of folder %1").arg(folderId), q);
        return out;
    }
    while (q.next())
        out.append(quint32(q.value(0).toLongLong()));
    return out;
}

} // namespace carteiro
