// MailStore: the outbox and drafts, every write a durable commit (see MailStore.h).
#include "store/MailStore.h"

#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

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
    return deleteRow("outbox", id, QCoreApplication::translate("Store", "Removing outbox entry %1").arg(id));
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
    return deleteRow("drafts", id, QCoreApplication::translate("Store", "Removing draft %1").arg(id));
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
