// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/store: value conversions shared by the MailStore*.cpp files
// and the write transaction. Not for use outside the store.
#include "store/MailStore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace carteiro {

namespace storesql {

// Times are stored as UTC milliseconds since the epoch; NULL when invalid.
inline QVariant dateValue(const QDateTime &d)
{
    return d.isValid() ? QVariant(d.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime dateFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant nullIfEmpty(const QByteArray &b)
{
    return b.isEmpty() ? QVariant() : QVariant(b);
}

// Keywords are atoms (RFC 3501 §9): a space never occurs inside one.
inline QByteArray joinKeywords(const QList<QByteArray> &keywords)
{
    return keywords.join(' ');
}

inline QList<QByteArray> splitKeywords(const QByteArray &b)
{
    return b.isEmpty() ? QList<QByteArray>() : b.split(' ');
}

// The columns of a message row ("m" is the messages table) and the row read
// from them (MailStoreMessages.cpp).
extern const char *const kMessageColumns;
StoredMessage messageFrom(const QSqlQuery &q);

// Runs a prepared SELECT of kMessageColumns and appends each row to *out;
// false when SQLite refused it (q.lastError() says why; the caller names the step).
bool execMessages(QSqlQuery &q, QList<StoredMessage> *out);

// The schema's migration steps, oldest first (StoreSchema.cpp): step i takes
// user_version i to i+1. A new step goes at the end; never edit a released one.
const QList<QList<const char *>> &migrations();

} // namespace storesql

// A write transaction; rolled back unless commit() succeeded. With `durable`
// the commit is fsynced (synchronous=FULL) before commit() returns: the
// outbox, drafts and POP3 mail rely on that (core/README.md, "Nothing lost").
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
    // BEGIN IMMEDIATE takes the write lock at once (waiting up to busy_timeout):
    // a deferred transaction that reads first could not upgrade to a writer
    // after another connection committed (SQLITE_BUSY_SNAPSHOT in WAL mode).
    bool begin(const QString &what)
    {
        if (m_durable && !m_store->exec("PRAGMA synchronous=FULL"))
            return m_store->fail(what, m_store->m_lastSqlError);
        if (!m_store->exec("BEGIN IMMEDIATE"))
            return m_store->fail(what, m_store->m_lastSqlError);
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

} // namespace carteiro
