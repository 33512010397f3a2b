// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: IMAP actions waiting for the server (table pending_actions, schema v2).
#include "store/MailStore.h"

#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

namespace {
QByteArray joinUids(const QList<quint32> &uids)
{
    QByteArray out(""); // never NULL: the column is NOT NULL, folder actions carry no UIDs
    for (const quint32 uid : uids) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(uid);
    }
    return out;
}

QList<quint32> splitUids(const QByteArray &text)
{
    QList<quint32> out;
    for (const QByteArray &part : text.split(',')) {
        bool ok = false;
        const quint32 uid = part.toUInt(&ok);
        if (ok && uid != 0)
            out.append(uid);
    }
    return out;
}
} // namespace

qint64 MailStore::addPendingAction(const PendingAction &action)
{
    const QString what = QCoreApplication::translate("Store", "Saving an action for the server");
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO pending_actions (account, kind, folder, uids, target, flags_add,"
                             " flags_remove, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(action.accountId);
    q.addBindValue(int(action.kind));
    q.addBindValue(action.folder);
    q.addBindValue(joinUids(action.uids));
    q.addBindValue(action.target);
    q.addBindValue(qlonglong(action.add));
    q.addBindValue(qlonglong(action.remove));
    q.addBindValue(dateValue(action.created.isValid() ? action.created : QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return tx.commit(what) ? id : 0;
}

bool MailStore::removePendingAction(qint64 id)
{
    return deleteRow("pending_actions", id, QCoreApplication::translate("Store", "Removing the action for the server %1").arg(id));
}

QList<PendingAction> MailStore::pendingActions(const QString &accountId) const
{
    QList<PendingAction> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, account, kind, folder, uids, target, flags_add, flags_remove, created"
                             " FROM pending_actions WHERE account = ? ORDER BY id"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the actions for the server"), q);
        return out;
    }
    while (q.next()) {
        PendingAction a;
        a.id = q.value(0).toLongLong();
        a.accountId = q.value(1).toString();
        a.kind = PendingAction::Kind(q.value(2).toInt());
        a.folder = q.value(3).toString();
        a.uids = splitUids(q.value(4).toByteArray());
        a.target = q.value(5).toString();
        a.add = quint32(q.value(6).toLongLong());
        a.remove = quint32(q.value(7).toLongLong());
        a.created = dateFrom(q.value(8));
        out.append(a);
    }
    return out;
}

} // namespace carteiro
