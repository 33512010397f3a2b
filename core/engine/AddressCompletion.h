// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What To / Cc / Bcc offer as the user types: every address the store has
// seen in mail or the user wrote to, the address book's contacts and groups,
// ranked by how often and how recently they were used. Names and addresses
// are matched with accents and case folded ("joao" finds "João Silva
// <joao@...>"); a match at the start of a word ranks before one inside it.
// Pure data: ContactsEngine fills it off the GUI thread, the composer asks it.
#include "mime/ContactCard.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace carteiro {

struct CompletionEntry
{
    QString name;               // display name, or the group's name
    QString address;            // empty for a group
    QList<MailAddress> members; // a group's
    double score = 0;
    bool inAddressBook = false;
    QString foldedName, foldedAddress; // TextFold::fold of the above

    bool isGroup() const { return address.isEmpty(); }
    // What goes into the field: "Ana Silva <ana@x.br>", or a group's members.
    QString insertText() const;
};

class AddressCompletion
{
public:
    // Seen addresses score by use: (received + 4 x written + 1), halved by
    // every 60 days since last used; a contact's addresses and groups get a
    // bonus worth twenty uses (kBookBonus), so what the user filed ranks high.
    static double score(int received, int written, const QDateTime &lastUsed, const QDateTime &now);
    static constexpr double kBookBonus = 20.0;

    void setData(const QList<SeenAddress> &seen, const QList<ContactCard> &contacts,
                 const QList<ContactGroup> &groups, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The user's own addresses are never offered.
    void setExcluded(const QStringList &addresses);
    // At most `limit` entries for what was typed (the text after the last
    // separator in the field), best first; nothing for blank input.
    QList<CompletionEntry> complete(const QString &typed, int limit = 12) const;
    qsizetype size() const { return m_entries.size(); }

    // The piece being typed in a To line ("ana@x.br, jo" -> "jo") and where it
    // starts: after the last comma or semicolon outside quotes and <>.
    static qsizetype currentPieceStart(const QString &line);

private:
    QList<CompletionEntry> m_entries;
    QSet<QString> m_excluded; // lower-case addresses
};

} // namespace carteiro
