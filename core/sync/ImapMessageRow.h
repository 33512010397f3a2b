#pragma once
// One IMAP FETCH of the list items (ENVELOPE FLAGS INTERNALDATE RFC822.SIZE
// BODYSTRUCTURE MODSEQ, RFC 3501 §7.4.2, RFC 7162 §3.1.4) turned into the
// store's list row: names and subject decoded (RFC 2047, via HeaderFields),
// the Date field parsed to UTC, and "has attachments" read from BODYSTRUCTURE
// without fetching any body.
#include "imap/ImapResponse.h"
#include "store/StoreRecords.h"

namespace carteiro {

class ImapMessageRow
{
public:
    static StoredMessage fromFetch(const ImapFetch &fetch);
    // "Name <addr>, addr2" for display; group markers (RFC 5322 §3.4) skipped.
    static QString addressList(const QList<ImapAddress> &addresses);
    // RFC 5322 §3.3 date-time to UTC (a trailing "(UTC)" comment is allowed);
    // invalid when unreadable.
    static QDateTime parseDate(const QByteArray &value);
    // True when some part other than the main text is an attachment: it says
    // Content-Disposition: attachment, or it carries a file name (RFC 2183
    // filename, or the older Content-Type name parameter).
    static bool hasAttachments(const ImapBodyPart &root);
};

} // namespace carteiro
