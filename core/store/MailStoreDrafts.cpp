// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: autosaved drafts, every write a durable commit (see MailStore.h).
#include "store/MailStore.h"

#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

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
