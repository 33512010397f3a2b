// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/JourneyStore.h"

#include "store/MailStore.h"
#include "store/StoreSql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

namespace {

const char *const kFetchSelect =
    "SELECT m.id, f.account, f.name, m.uid, m.uidl, x.fetched, m.internaldate"
    " FROM messages m JOIN folders f ON f.id = m.folder LEFT JOIN fetches x ON x.message = m.id";

FetchRecord fetchFrom(const QSqlQuery &q)
{
    FetchRecord r;
    r.messageId = q.value(0).toLongLong();
    r.accountId = q.value(1).toString();
    r.folder = q.value(2).toString();
    const bool pop3 = q.value(3).isNull() && !q.value(4).isNull();
    r.protocol = pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
    r.fetched = dateFrom(q.value(5));
    if (!r.fetched.isValid() && pop3) // a POP3 row's arrival time is when it was downloaded
        r.fetched = dateFrom(q.value(6));
    return r;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

QAtomicInt g_journeyConnections;

} // namespace

JourneyStore::JourneyStore(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("carteiro-journey-%1").arg(g_journeyConnections.fetchAndAddRelaxed(1) + 1))
{
}

JourneyStore::~JourneyStore()
{
    m_insert.reset(); // before its connection goes
    if (m_added) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool JourneyStore::open(bool migrate)
{
    if (migrate) {
        MailStore store(m_path); // creates or migrates the schema, and says when the file is no store
        if (!store.open()) {
            m_error = store.error();
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_added = true;
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = translate("Opening the store %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")); // the app's workers write meanwhile
    // A journey record is not part of the outbox's guarantees (a lost one loses
    // no mail): its commits need not wait for the disk, as the WAL's default
    // (FULL) would make each message sent wait once more.
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

bool JourneyStore::recordSubmission(const SubmissionRecord &r)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        if (!m_insert->prepare(QStringLiteral("INSERT INTO submissions (account, message_id, queue_id, server, tls,"
                                              " auth, reply, envelope_from, recipients, started, sent)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            m_error = translate("Recording the submission of %1: %2")
                          .arg(QString::fromUtf8(r.messageId), m_insert->lastError().text());
            m_insert.reset();
            return false;
        }
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(r.accountId);
    q.addBindValue(nullIfEmpty(r.messageId));
    q.addBindValue(r.queueId);
    q.addBindValue(r.server);
    q.addBindValue(r.tls);
    q.addBindValue(r.authMechanism);
    q.addBindValue(r.reply);
    q.addBindValue(nullIfEmpty(r.envelopeFrom));
    q.addBindValue(r.recipients.join(QLatin1Char('\n')));
    q.addBindValue(dateValue(r.started));
    q.addBindValue(dateValue(r.sent));
    if (!q.exec()) {
        m_error = translate("Recording the submission of %1: %2").arg(QString::fromUtf8(r.messageId), q.lastError().text());
        return false;
    }
    return true;
}

QList<SubmissionRecord> JourneyStore::submissions(const QByteArray &messageId) const
{
    QList<SubmissionRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, account, message_id, queue_id, server, tls, auth, reply, envelope_from,"
                             " recipients, started, sent FROM submissions WHERE message_id = ? ORDER BY id"));
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_error = translate("Reading the submissions of %1: %2").arg(QString::fromUtf8(messageId), q.lastError().text());
        return out;
    }
    while (q.next()) {
        SubmissionRecord r;
        r.id = q.value(0).toLongLong();
        r.accountId = q.value(1).toString();
        r.messageId = q.value(2).toByteArray();
        r.queueId = q.value(3).toString();
        r.server = q.value(4).toString();
        r.tls = q.value(5).toString();
        r.authMechanism = q.value(6).toString();
        r.reply = q.value(7).toString();
        r.envelopeFrom = q.value(8).toByteArray();
        const QString recipients = q.value(9).toString();
        r.recipients = recipients.isEmpty() ? QStringList() : recipients.split(QLatin1Char('\n'));
        r.started = dateFrom(q.value(10));
        r.sent = dateFrom(q.value(11));
        out.append(r);
    }
    return out;
}

std::optional<FetchRecord> JourneyStore::fetchRecord(qint64 messageId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1String(kFetchSelect) + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_error = translate("Reading when message %1 was fetched: %2").arg(messageId).arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fetchFrom(q);
}

QList<FetchRecord> JourneyStore::fetchRecords(const QByteArray &messageId) const
{
    QList<FetchRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1String(kFetchSelect) + QStringLiteral(" WHERE m.message_id = ? ORDER BY m.id"));
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_error = translate("Reading where %1 was fetched: %2").arg(QString::fromUtf8(messageId), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(fetchFrom(q));
    return out;
}

} // namespace carteiro
