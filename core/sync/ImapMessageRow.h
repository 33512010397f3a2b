// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One IMAP FETCH of the list items (ENVELOPE FLAGS INTERNALDATE RFC822.SIZE
// BODYSTRUCTURE MODSEQ, RFC 3501 §7.4.2, RFC 7162 §3.1.4) turned into the
// store's list row: names and subject decoded (RFC 2047, via HeaderFields),
// the Date field parsed to UTC, and "has attachments" read from BODYSTRUCTURE
// without fetching any body.
#include "imap/ImapResponse.h"
#include "store/StoreRecords.h"

#include <QHash>

namespace carteiro {

class ImapMessageRow
{
public:
    // Remembers HeaderFields::decodeWords results for one sync: the same
    // encoded names (senders, recipients) come back in message after message,
    // and decoding an RFC 2047 word is the costliest step of a row. Bounded:
    // forgets everything when full.
    class WordCache
    {
    public:
        explicit WordCache(qsizetype capacity = 2048) : m_capacity(capacity) {}
        QString decode(const QByteArray &value);
        // The same text, not remembered (for values that seldom repeat).
        static QString decodeOnce(const QByteArray &value);

        // The common shape decoded without vmime: printable ASCII, words apart
        // by spaces, each word plain or one well-formed UTF-8 (or US-ASCII)
        // B/Q encoded word whose bytes are valid UTF-8. The same text as
        // HeaderFields::decodeWords; false (and nothing decoded) for anything
        // else, which goes to HeaderFields::decodeWords.
        static bool decodeSimple(const QByteArray &value, QString *out);

    private:
        qsizetype m_capacity;
        QHash<QByteArray, QString> m_decoded;
    };

    // cache: optional, shared between the fetches of one sync
    static StoredMessage fromFetch(const ImapFetch &fetch, WordCache *cache = nullptr);
    // "Name <addr>, addr2" for display; group markers (RFC 5322 §3.4) skipped.
    static QString addressList(const QList<ImapAddress> &addresses, WordCache *cache = nullptr);
    // RFC 5322 §3.3 date-time to UTC (a trailing "(UTC)" comment is allowed);
    // invalid when unreadable.
    static QDateTime parseDate(const QByteArray &value);
    // True when some part other than the main text is an attachment: it says
    // Content-Disposition: attachment, or it carries a file name (RFC 2183
    // filename, or the older Content-Type name parameter).
    static bool hasAttachments(const ImapBodyPart &root);
};

} // namespace carteiro
