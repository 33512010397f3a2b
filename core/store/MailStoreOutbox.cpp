// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: the durable outbox, every write a durable commit (see MailStore.h
// and core/engine/README.md, "The durable outbox"). Reading a row is total:
// whatever a column holds (NULL, text where a number belongs, a state number
// from a newer version), the entry comes back and names what was wrong.
#include "store/MailStore.h"

#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

namespace {

constexpr const char *kColumns =
    "id, account, state, stage, envelope_from, recipients, message_id, to_list, subject, last_error,"
    " last_reply, recipient_replies, attempts, created, updated, send_at, next_attempt, queue_id,"
    " sent_folder, sent_uid, server_url, login, ca_file, mechanism, draft_payload, raw";
// The raw column is last: without raw it is left out of the SELECT.
constexpr int kRawColumn = 25;

constexpr int kStateCount = int(OutboxEntry::State::Deferred) + 1;
constexpr int kStageCount = int(OutboxEntry::Stage::Filing) + 1;

// Years 1970..9999 in ms: anything else in a time column is no time at all.
QDateTime looseDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    bool ok = false;
    const qint64 ms = v.toLongLong(&ok);
    if (!ok || ms <= 0 || ms > 253402300799999LL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QList<QByteArray> splitLines(const QByteArray &b)
{
    QList<QByteArray> out;
    for (const QByteArray &line : b.split('\n'))
        if (!line.isEmpty())
            out.append(line);
    return out;
}

OutboxEntry entryFrom(const QSqlQuery &q, bool withRaw)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toString();
    e.envelopeFrom = q.value(4).toByteArray();
    e.recipients = splitLines(q.value(5).toByteArray());
    e.messageId = q.value(6).toByteArray();
    e.to = q.value(7).toString();
    e.subject = q.value(8).toString();
    e.lastError = q.value(9).toString();
    e.lastReply = q.value(10).toString();
    for (const QByteArray &line : splitLines(q.value(11).toByteArray()))
        e.recipientReplies.append(QString::fromUtf8(line));
    e.attempts = int(qBound<qint64>(0LL, q.value(12).toLongLong(), 1000000LL));
    e.created = looseDate(q.value(13));
    e.updated = looseDate(q.value(14));
    e.sendAt = looseDate(q.value(15));
    e.nextAttempt = looseDate(q.value(16));
    e.queueId = q.value(17).toString();
    e.sentFolder = q.value(18).toString();
    e.sentUid = quint32(qBound<qint64>(0LL, q.value(19).toLongLong(), 0xffffffffLL));
    e.serverUrl = q.value(20).toString();
    e.login = q.value(21).toString();
    e.caFile = q.value(22).toString();
    e.mechanism = q.value(23).toString();
    e.draftPayload = q.value(24).toByteArray();
    if (withRaw)
        e.raw = q.value(kRawColumn).toByteArray();

    // State and stage last: an unknown number turns the entry into a Failed
    // one that says which value it could not read (never sent by itself).
    // Only an INTEGER column value counts: SQLite converts 0.4 or x'30' to 0
    // (Queued) when asked for a number, and a damaged row must never be sent.
    const auto integer = [](const QVariant &v, bool *ok) {
        const int type = v.metaType().id();
        *ok = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
              || type == QMetaType::UInt;
        return *ok ? v.toLongLong() : qint64(-1);
    };
    bool stateOk = false, stageOk = false;
    const QVariant stateValue = q.value(2), stageValue = q.value(3);
    const qint64 state = integer(stateValue, &stateOk);
    const qint64 stage = stageValue.isNull() ? 0 : integer(stageValue, &stageOk);
    if (stageValue.isNull())
        stageOk = true;
    if (!stateOk || state < 0 || state >= kStateCount) {
        e.state = OutboxEntry::State::Failed;
        e.stage = OutboxEntry::Stage::None;
        e.lastError = QCoreApplication::translate("Store", "unknown outbox state \"%1\" (written by another version?)").arg(stateValue.toString());
    } else if (!stageOk || stage < 0 || stage >= kStageCount) {
        e.state = OutboxEntry::State::Failed;
        e.stage = OutboxEntry::Stage::None;
        e.lastError = QCoreApplication::translate("Store", "unknown outbox stage \"%1\" (written by another version?)").arg(stageValue.toString());
    } else {
        e.state = OutboxEntry::State(state);
        e.stage = OutboxEntry::Stage(stage);
    }
    return e;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

qint64 MailStore::addOutbox(const OutboxEntry &entry)
{
    const QString what = QCoreApplication::translate("Store", "Saving a message to the outbox");
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (account, state, stage, raw, envelope_from, recipients, message_id, to_list, subject,"
        " last_error, last_reply, recipient_replies, attempts, created, updated, send_at, next_attempt, queue_id,"
        " sent_folder, sent_uid, server_url, login, ca_file, mechanism, draft_payload)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.accountId.isNull() ? QStringLiteral("") : entry.accountId); // NOT NULL; "" = no account
    q.addBindValue(int(entry.state));
    q.addBindValue(int(entry.stage));
    q.addBindValue(entry.raw.isNull() ? QByteArray("") : entry.raw);
    q.addBindValue(nullIfEmpty(entry.envelopeFrom));
    q.addBindValue(nullIfEmpty(entry.recipients.join('\n'))); // addresses never hold LF
    q.addBindValue(nullIfEmpty(entry.messageId));
    q.addBindValue(textOrNull(entry.to));
    q.addBindValue(entry.subject);
    q.addBindValue(entry.lastError);
    q.addBindValue(textOrNull(entry.lastReply));
    q.addBindValue(textOrNull(entry.recipientReplies.join(QLatin1Char('\n'))));
    q.addBindValue(entry.attempts);
    q.addBindValue(dateValue(entry.created.isValid() ? entry.created : now));
    q.addBindValue(dateValue(entry.updated.isValid() ? entry.updated : now));
    q.addBindValue(dateValue(entry.sendAt));
    q.addBindValue(dateValue(entry.nextAttempt));
    q.addBindValue(textOrNull(entry.queueId));
    q.addBindValue(textOrNull(entry.sentFolder));
    q.addBindValue(qlonglong(entry.sentUid));
    q.addBindValue(textOrNull(entry.serverUrl));
    q.addBindValue(textOrNull(entry.login));
    q.addBindValue(textOrNull(entry.caFile));
    q.addBindValue(textOrNull(entry.mechanism));
    q.addBindValue(nullIfEmpty(entry.draftPayload));
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return tx.commit(what) ? id : 0;
}

bool MailStore::bindAndSaveOutbox(QSqlQuery &q, const OutboxEntry &e, const QString &what)
{
    q.addBindValue(int(e.state));
    q.addBindValue(int(e.stage));
    q.addBindValue(e.lastError);
    q.addBindValue(textOrNull(e.lastReply));
    q.addBindValue(textOrNull(e.recipientReplies.join(QLatin1Char('\n'))));
    q.addBindValue(e.attempts);
    q.addBindValue(dateValue(e.updated.isValid() ? e.updated : QDateTime::currentDateTimeUtc()));
    q.addBindValue(dateValue(e.sendAt));
    q.addBindValue(dateValue(e.nextAttempt));
    q.addBindValue(textOrNull(e.queueId));
    q.addBindValue(textOrNull(e.sentFolder));
    q.addBindValue(qlonglong(e.sentUid));
    q.addBindValue(e.id);
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1)
        return fail(what, QCoreApplication::translate("Store", "no outbox entry %1").arg(e.id));
    return true;
}

bool MailStore::saveOutbox(const OutboxEntry &entry)
{
    return saveOutbox(QList<OutboxEntry>{entry});
}

bool MailStore::saveOutbox(const QList<OutboxEntry> &entries)
{
    // The fate of an outgoing message must survive a crash: a durable commit.
    const QString what = entries.size() == 1 ? QCoreApplication::translate("Store", "Updating outbox entry %1").arg(entries.first().id)
                                             : QCoreApplication::translate("Store", "Updating %1 outbox entries").arg(entries.size());
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, stage = ?, last_error = ?, last_reply = ?,"
                             " recipient_replies = ?, attempts = ?, updated = ?, send_at = ?, next_attempt = ?,"
                             " queue_id = ?, sent_folder = ?, sent_uid = ? WHERE id = ?"));
    for (const OutboxEntry &e : entries)
        if (!bindAndSaveOutbox(q, e, what))
            return false;
    return tx.commit(what);
}

bool MailStore::updateOutbox(qint64 id, OutboxEntry::State state, const QString &lastError)
{
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

bool MailStore::removeOutbox(const QList<qint64> &ids)
{
    const QString what = QCoreApplication::translate("Store", "Removing %1 outbox entries").arg(ids.size());
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(what, q);
    }
    return tx.commit(what);
}

bool MailStore::removeOutboxUnlessSending(qint64 id)
{
    const QString what = QCoreApplication::translate("Store", "Removing outbox entry %1").arg(id);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state <> ?"));
    q.addBindValue(id);
    q.addBindValue(int(OutboxEntry::State::Sending));
    if (!q.exec())
        return failQuery(what, q);
    if (q.numRowsAffected() != 1) {
        m_error = outboxEntry(id, false) ? QCoreApplication::translate("Store", "The message is being sent; it can be removed once the server answered")
                                         : QCoreApplication::translate("Store", "There is no outbox entry %1").arg(id);
        return false;
    }
    return tx.commit(what);
}

std::optional<OutboxEntry> MailStore::takeBackOutbox(qint64 id)
{
    const QString what = QCoreApplication::translate("Store", "Taking back outbox entry %1").arg(id);
    // One write transaction: no sender can move it to Sending in between.
    Transaction tx(this, true);
    if (!tx.begin(what))
        return std::nullopt;
    bool ok = false;
    const QList<OutboxEntry> found = readOutbox(QStringLiteral("id = ?"), id, false, &ok);
    if (!ok)
        return std::nullopt;
    if (found.isEmpty()) {
        m_error = QCoreApplication::translate("Store", "There is no outbox entry %1").arg(id);
        return std::nullopt;
    }
    const OutboxEntry e = found.first();
    using S = OutboxEntry::State;
    if (e.state == S::Sending || e.state == S::Sent || e.state == S::Filed) {
        m_error = e.state == S::Sending ? QCoreApplication::translate("Store", "The message is already being sent")
                                        : QCoreApplication::translate("Store", "The message has already been sent");
        return std::nullopt;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failQuery(what, q);
        return std::nullopt;
    }
    if (!tx.commit(what))
        return std::nullopt;
    return e;
}

QList<OutboxEntry> MailStore::readOutbox(const QString &where, const QVariant &value, bool withRaw, bool *ok) const
{
    if (ok)
        *ok = false;
    QList<OutboxEntry> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString columns = QLatin1String(kColumns);
    if (!withRaw)
        columns.chop(5); // ", raw"
    q.prepare(QStringLiteral("SELECT %1 FROM outbox%2 ORDER BY id")
                  .arg(columns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the outbox"), q);
        return out;
    }
    while (q.next())
        out.append(entryFrom(q, withRaw));
    if (ok)
        *ok = true;
    return out;
}

QList<OutboxEntry> MailStore::outbox(const QString &accountId, bool withRaw) const
{
    return accountId.isEmpty() ? readOutbox({}, {}, withRaw)
                               : readOutbox(QStringLiteral("account = ?"), accountId, withRaw);
}

std::optional<OutboxEntry> MailStore::outboxEntry(qint64 id, bool withRaw) const
{
    bool ok = false;
    const QList<OutboxEntry> found = readOutbox(QStringLiteral("id = ?"), id, withRaw, &ok);
    if (found.isEmpty()) {
        if (ok)
            m_error = QCoreApplication::translate("Store", "There is no outbox entry %1").arg(id);
        return std::nullopt;
    }
    return found.first();
}

QHash<qint64, QByteArray> MailStore::outboxRaw(const QList<qint64> &ids) const
{
    QHash<qint64, QByteArray> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, raw FROM outbox WHERE id IN (%1)").arg(list.join(QLatin1Char(','))))) {
        failQuery(QCoreApplication::translate("Store", "Reading the outbox"), q);
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toByteArray());
    return out;
}

} // namespace carteiro
