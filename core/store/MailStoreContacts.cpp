// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: addresses harvested for completion, and the address book.
#include "store/MailStore.h"

#include "mime/AddressList.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace carteiro {

using namespace storesql;

namespace {

struct Tally
{
    QString name;
    int received = 0, written = 0;
    qint64 last = 0; // ms UTC
};

void count(QHash<QString, Tally> *tallies, const MailAddress &a, bool written, qint64 when)
{
    const QString key = a.address.trimmed().toLower();
    if (key.isEmpty())
        return;
    Tally &t = (*tallies)[key];
    (written ? t.written : t.received) += 1;
    if (when >= t.last) {
        t.last = when;
        if (!a.displayName.isEmpty())
            t.name = a.displayName;
    } else if (t.name.isEmpty()) {
        t.name = a.displayName;
    }
}

QString joinLines(const QStringList &list)
{
    QStringList clean;
    for (const QString &s : list)
        if (!s.trimmed().isEmpty())
            clean << s.trimmed();
    return clean.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

ContactCard contactFrom(const QSqlQuery &q)
{
    ContactCard c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.emails = splitLines(q.value(3).toString());
    c.phones = splitLines(q.value(4).toString());
    c.organization = q.value(5).toString();
    c.note = q.value(6).toString();
    return c;
}

QString membersText(const QList<MailAddress> &members)
{
    QStringList out;
    for (const MailAddress &m : members)
        out << m.toDisplayString();
    return out.join(QLatin1Char('\n'));
}

QList<MailAddress> membersFrom(const QString &text)
{
    QList<MailAddress> out;
    for (const QString &line : splitLines(text)) {
        QString ignored;
        if (const auto a = MailAddress::parse(line, &ignored))
            out << *a;
    }
    return out;
}

} // namespace

int MailStore::harvestAddresses(int limit)
{
    const QString what = QCoreApplication::translate("Store", "Collecting addresses for completion");
    Transaction tx(this, false);
    if (!tx.begin(what))
        return -1;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT m.id, m.from_name, m.from_address, m.to_list, m.cc_list, COALESCE(m.date, m.internaldate),"
        " m.message_id, f.special_use FROM messages m JOIN folders f ON f.id = m.folder"
        " WHERE m.harvested = 0 AND m.envelope_known = 1 ORDER BY m.id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        failQuery(what, q);
        return -1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, Tally> tallies;
    QList<qint64> ids;
    QList<QByteArray> sentIds;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        const qint64 when = q.value(5).isNull() ? now : qMin(now, q.value(5).toLongLong());
        const bool sent = q.value(7).toByteArray().compare("\\Sent", Qt::CaseInsensitive) == 0;
        const QByteArray messageId = q.value(6).toByteArray();
        if (sent && !messageId.isEmpty())
            sentIds << messageId;
        QStringList ignored;
        const QList<MailAddress> recipients =
            AddressList::parse(q.value(3).toString() + QStringLiteral(", ") + q.value(4).toString(), &ignored);
        if (!sent) {
            if (!q.value(2).toString().isEmpty())
                count(&tallies, MailAddress{q.value(1).toString(), q.value(2).toString()}, false, when);
            for (const MailAddress &a : recipients)
                count(&tallies, a, false, when);
            continue;
        }
        // A copy of what the user sent: counted once (noteWrittenTo may have done it).
        QSqlQuery noted(database());
        noted.prepare(QStringLiteral("INSERT OR IGNORE INTO addresses_noted (message_id) VALUES (?)"));
        noted.addBindValue(messageId);
        if (!messageId.isEmpty() && !noted.exec()) {
            failQuery(what, noted);
            return -1;
        }
        if (messageId.isEmpty() || noted.numRowsAffected() > 0)
            for (const MailAddress &a : recipients)
                count(&tallies, a, true, when);
    }
    q.finish();
    QSqlQuery up(database());
    up.prepare(QStringLiteral(
        "INSERT INTO addresses_seen (address, name, received, written, last_used) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(address) DO UPDATE SET received = received + excluded.received,"
        " written = written + excluded.written,"
        " name = CASE WHEN excluded.name <> '' AND excluded.last_used >= COALESCE(last_used, 0)"
        "  THEN excluded.name ELSE COALESCE(NULLIF(name, ''), excluded.name) END,"
        " last_used = MAX(COALESCE(last_used, 0), excluded.last_used)"));
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        up.addBindValue(it.key());
        up.addBindValue(it->name);
        up.addBindValue(it->received);
        up.addBindValue(it->written);
        up.addBindValue(it->last);
        if (!up.exec()) {
            failQuery(what, up);
            return -1;
        }
    }
    QSqlQuery mark(database());
    mark.prepare(QStringLiteral("UPDATE messages SET harvested = 1 WHERE id = ?"));
    for (const qint64 id : std::as_const(ids)) {
        mark.addBindValue(id);
        if (!mark.exec()) {
            failQuery(what, mark);
            return -1;
        }
    }
    return tx.commit(what) ? int(ids.size()) : -1;
}

bool MailStore::noteWrittenTo(const QList<MailAddress> &recipients, const QByteArray &messageId, const QDateTime &when)
{
    const QString what = QCoreApplication::translate("Store", "Remembering the recipients of a sent message");
    Transaction tx(this, false);
    if (!tx.begin(what))
        return false;
    if (!messageId.isEmpty()) {
        QSqlQuery noted(database());
        noted.prepare(QStringLiteral("INSERT OR IGNORE INTO addresses_noted (message_id) VALUES (?)"));
        noted.addBindValue(messageId);
        if (!noted.exec())
            return failQuery(what, noted);
        if (noted.numRowsAffected() == 0)
            return tx.commit(what); // already counted
    }
    QHash<QString, Tally> tallies;
    const qint64 ms = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    for (const MailAddress &a : recipients)
        count(&tallies, a, true, ms);
    QSqlQuery up(database());
    up.prepare(QStringLiteral(
        "INSERT INTO addresses_seen (address, name, received, written, last_used) VALUES (?, ?, 0, ?, ?)"
        " ON CONFLICT(address) DO UPDATE SET written = written + excluded.written,"
        " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,"
        " last_used = MAX(COALESCE(last_used, 0), excluded.last_used)"));
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        up.addBindValue(it.key());
        up.addBindValue(it->name);
        up.addBindValue(it->written);
        up.addBindValue(it->last);
        if (!up.exec())
            return failQuery(what, up);
    }
    return tx.commit(what);
}

QList<SeenAddress> MailStore::seenAddresses(int limit) const
{
    QList<SeenAddress> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT address, name, received, written, last_used FROM addresses_seen"
                             " ORDER BY written * 4 + received DESC, last_used DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        failQuery(QCoreApplication::translate("Store", "Reading the collected addresses"), q);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    dateFrom(q.value(4))});
    return out;
}

qint64 MailStore::saveContact(const ContactCard &c)
{
    const QString what = QCoreApplication::translate("Store", "Saving the contact \"%1\"").arg(c.name);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    QSqlQuery q(database());
    q.prepare(c.id ? QStringLiteral("UPDATE contacts SET uid = ?, name = ?, emails = ?, phones = ?, organization = ?,"
                                    " note = ?, updated = ? WHERE id = ?")
                   : QStringLiteral("INSERT INTO contacts (uid, name, emails, phones, organization, note, updated)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.uid);
    q.addBindValue(c.name);
    q.addBindValue(joinLines(c.emails));
    q.addBindValue(joinLines(c.phones));
    q.addBindValue(c.organization);
    q.addBindValue(c.note);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (c.id)
        q.addBindValue(c.id);
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    if (c.id && q.numRowsAffected() != 1) {
        fail(what, QCoreApplication::translate("Store", "no contact with id %1").arg(c.id));
        return 0;
    }
    const qint64 id = c.id ? c.id : q.lastInsertId().toLongLong();
    return tx.commit(what) ? id : 0;
}

bool MailStore::removeContact(qint64 id)
{
    return deleteRow("contacts", id, QCoreApplication::translate("Store", "Deleting a contact"));
}

QList<ContactCard> MailStore::contacts() const
{
    QList<ContactCard> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, uid, name, emails, phones, organization, note FROM contacts"
                               " ORDER BY name COLLATE NOCASE, id"))) {
        failQuery(QCoreApplication::translate("Store", "Reading the address book"), q);
        return out;
    }
    while (q.next())
        out << contactFrom(q);
    return out;
}

qint64 MailStore::saveGroup(const ContactGroup &g)
{
    const QString what = QCoreApplication::translate("Store", "Saving the group \"%1\"").arg(g.name);
    Transaction tx(this, true);
    if (!tx.begin(what))
        return 0;
    QSqlQuery q(database());
    q.prepare(g.id ? QStringLiteral("UPDATE contact_groups SET uid = ?, name = ?, members = ?, updated = ? WHERE id = ?")
                   : QStringLiteral("INSERT INTO contact_groups (uid, name, members, updated) VALUES (?, ?, ?, ?)"));
    q.addBindValue(g.uid);
    q.addBindValue(g.name.trimmed());
    q.addBindValue(membersText(g.members));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (g.id)
        q.addBindValue(g.id);
    if (!q.exec()) {
        failQuery(what, q);
        return 0;
    }
    if (g.id && q.numRowsAffected() != 1) {
        fail(what, QCoreApplication::translate("Store", "no group with id %1").arg(g.id));
        return 0;
    }
    const qint64 id = g.id ? g.id : q.lastInsertId().toLongLong();
    return tx.commit(what) ? id : 0;
}

bool MailStore::removeGroup(qint64 id)
{
    return deleteRow("contact_groups", id, QCoreApplication::translate("Store", "Deleting a group"));
}

QList<ContactGroup> MailStore::groups() const
{
    QList<ContactGroup> out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, uid, name, members FROM contact_groups ORDER BY name COLLATE NOCASE, id"))) {
        failQuery(QCoreApplication::translate("Store", "Reading the address book"), q);
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    membersFrom(q.value(3).toString())});
    return out;
}

bool MailStore::importContacts(const QList<ContactCard> &cards, const QList<ContactGroup> &newGroups, int *added,
                               int *updated)
{
    *added = *updated = 0;
    QList<ContactCard> existing = contacts();
    QList<ContactGroup> existingGroups = groups();
    const QString what = QCoreApplication::translate("Store", "Importing contacts");
    // One transaction for the whole file: a failure imports nothing.
    Transaction tx(this, true);
    if (!tx.begin(what))
        return false;
    QSqlQuery ins(database()), upd(database());
    ins.prepare(QStringLiteral("INSERT INTO contacts (uid, name, emails, phones, organization, note, updated)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    upd.prepare(QStringLiteral("UPDATE contacts SET uid = ?, name = ?, emails = ?, phones = ?, organization = ?,"
                               " note = ?, updated = ? WHERE id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (ContactCard c : cards) {
        const ContactCard *match = nullptr;
        for (const ContactCard &e : std::as_const(existing))
            if ((!c.uid.isEmpty() && e.uid == c.uid)
                || (!c.emails.isEmpty() && e.emails.contains(c.emails.first(), Qt::CaseInsensitive)))
                match = &e;
        if (match) {
            for (const QString &mail : match->emails)
                if (!c.emails.contains(mail, Qt::CaseInsensitive))
                    c.emails << mail;
            if (c.uid.isEmpty())
                c.uid = match->uid;
        }
        QSqlQuery &q = match ? upd : ins;
        for (const QVariant &v : {QVariant(c.uid), QVariant(c.name), QVariant(joinLines(c.emails)),
                                  QVariant(joinLines(c.phones)), QVariant(c.organization), QVariant(c.note),
                                  QVariant(now)})
            q.addBindValue(v);
        if (match)
            q.addBindValue(match->id);
        if (!q.exec())
            return failQuery(what, q);
        c.id = match ? match->id : q.lastInsertId().toLongLong();
        ++*(match ? updated : added);
        existing << c;
    }
    QSqlQuery gins(database()), gupd(database());
    gins.prepare(QStringLiteral("INSERT INTO contact_groups (uid, name, members, updated) VALUES (?, ?, ?, ?)"));
    gupd.prepare(QStringLiteral("UPDATE contact_groups SET uid = ?, name = ?, members = ?, updated = ? WHERE id = ?"));
    for (const ContactGroup &g : newGroups) {
        const ContactGroup *match = nullptr;
        for (const ContactGroup &e : std::as_const(existingGroups))
            if ((!g.uid.isEmpty() && e.uid == g.uid) || e.name.compare(g.name.trimmed(), Qt::CaseInsensitive) == 0)
                match = &e;
        QSqlQuery &q = match ? gupd : gins;
        q.addBindValue(g.uid.isEmpty() && match ? match->uid : g.uid);
        q.addBindValue(g.name.trimmed());
        q.addBindValue(membersText(g.members));
        q.addBindValue(now);
        if (match)
            q.addBindValue(match->id);
        if (!q.exec())
            return failQuery(what, q);
        ++*(match ? updated : added);
        existingGroups << g;
    }
    return tx.commit(what);
}

} // namespace carteiro
