// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AddressCompletion.h"

#include "mime/AddressList.h"
#include "util/TextFold.h"

#include <QHash>
#include <cmath>

namespace carteiro {

QString CompletionEntry::insertText() const
{
    if (isGroup())
        return AddressList::join(members);
    return MailAddress{name, address}.toDisplayString();
}

double AddressCompletion::score(int received, int written, const QDateTime &lastUsed, const QDateTime &now)
{
    const double uses = received + 4.0 * written + 1.0;
    const double days = lastUsed.isValid() ? qMax<qint64>(0, lastUsed.secsTo(now)) / 86400.0 : 365.0;
    return uses * std::pow(0.5, days / 60.0);
}

void AddressCompletion::setData(const QList<SeenAddress> &seen, const QList<ContactCard> &contacts,
                                const QList<ContactGroup> &groups, const QDateTime &now)
{
    m_entries.clear();
    QHash<QString, qsizetype> byAddress;
    for (const SeenAddress &s : seen) {
        const QString key = s.address.toLower();
        if (byAddress.contains(key))
            continue;
        CompletionEntry e;
        e.name = s.name;
        e.address = s.address;
        e.score = score(s.received, s.written, s.lastUsed, now);
        byAddress.insert(key, m_entries.size());
        m_entries << e;
    }
    for (const ContactCard &c : contacts) {
        for (int index = 0; index < c.emails.size(); ++index) {
            const QString &mail = c.emails.at(index);
            const QString key = mail.trimmed().toLower();
            qsizetype at = byAddress.value(key, -1);
            if (at < 0) {
                at = m_entries.size();
                byAddress.insert(key, at);
                m_entries.append(CompletionEntry{});
                m_entries.last().address = mail.trimmed();
            }
            CompletionEntry &e = m_entries[at];
            if (!c.name.trimmed().isEmpty())
                e.name = c.name.simplified(); // the address book's spelling wins
            if (!e.inAddressBook) // the contact's first address before its others
                e.score += kBookBonus - 0.5 * qMin(index, 10);
            e.inAddressBook = true;
        }
    }
    for (const ContactGroup &g : groups) {
        if (g.members.isEmpty())
            continue;
        CompletionEntry e;
        e.name = g.name;
        e.members = g.members;
        e.score = kBookBonus;
        e.inAddressBook = true;
        m_entries << e;
    }
    for (CompletionEntry &e : m_entries) {
        e.foldedName = TextFold::fold(e.name);
        e.foldedAddress = TextFold::fold(e.address);
    }
}

void AddressCompletion::setExcluded(const QStringList &addresses)
{
    m_excluded.clear();
    for (const QString &a : addresses)
        m_excluded.insert(a.trimmed().toLower());
}

QList<CompletionEntry> AddressCompletion::complete(const QString &typed, int limit) const
{
    QString query = typed.trimmed();
    if (query.startsWith(QLatin1Char('"')) || query.startsWith(QLatin1Char('<')))
        query.remove(0, 1);
    const QString folded = TextFold::fold(query);
    if (folded.isEmpty() || limit <= 0)
        return {};
    struct Hit
    {
        int rank;
        const CompletionEntry *entry;
    };
    QList<Hit> hits;
    for (const CompletionEntry &e : m_entries) {
        if (!e.isGroup() && m_excluded.contains(e.address.toLower()))
            continue;
        int rank = -1;
        if (e.foldedAddress.startsWith(folded) || TextFold::startsWord(e.foldedName, folded))
            rank = 0;
        else if (TextFold::startsWord(e.foldedAddress, folded))
            rank = 1;
        else if (e.foldedName.contains(folded) || e.foldedAddress.contains(folded))
            rank = 2;
        if (rank >= 0)
            hits.append({rank, &e});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.entry->score != b.entry->score)
            return a.entry->score > b.entry->score;
        return a.entry->foldedName + a.entry->foldedAddress < b.entry->foldedName + b.entry->foldedAddress;
    });
    QList<CompletionEntry> out;
    for (const Hit &h : std::as_const(hits)) {
        if (out.size() >= limit)
            break;
        out << *h.entry;
    }
    return out;
}

qsizetype AddressCompletion::currentPieceStart(const QString &line)
{
    qsizetype start = 0;
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>'))
            angle = qMax(0, angle - 1);
        else if (!quoted && angle == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';')))
            start = i + 1;
    }
    while (start < line.size() && line.at(start) == QLatin1Char(' '))
        ++start;
    return start;
}

} // namespace carteiro
