// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The list row of a raw message (RFC 5322 header fields, decoded for display):
// what MailStore::addLocalMessage stores for POP3 mail, and what the IMAP sync
// and the UI use when they hold a whole message or its header block.
#include "store/StoreRecords.h"

#include <QByteArray>
#include <QString>

namespace carteiro {

class MessageSummary
{
public:
    // From/To/Cc/Subject (RFC 2047 decoded, control characters removed), Date
    // (UTC; invalid when missing or unreadable), Message-ID / In-Reply-To /
    // References (as sent), size, and has_attachments from the MIME structure
    // (MimeTree). envelopeKnown is true; ids, uid, uidl and flags are left 0.
    // `raw` may also be a header block alone (then hasAttachments is false).
    static StoredMessage summarize(const QByteArray &raw);

    // One address field (RFC 5322 §3.4 address-list) as a display list,
    // "Zé Ninguém <ze@x.br>, bob@example.test"; group names and comments dropped.
    static QString displayList(const QByteArray &rawValue);
    // The first mailbox of an address field: decoded display name and addr-spec.
    static void firstMailbox(const QByteArray &rawValue, QString *name, QString *address);
    // RFC 5322 §3.3 date-time (trailing comment allowed) in UTC, or an invalid QDateTime.
    static QDateTime parseDate(const QByteArray &rawValue);
};

} // namespace carteiro
