// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the session knows about the selected mailbox (RFC 3501 §6.3.1 and
// RFC 7162 §3.1.2): counts, UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and flags.
#include <QByteArray>
#include <QList>
#include <QString>

namespace carteiro {
struct ImapResponse;
struct ImapResponseCode;
}

namespace carteiro {

struct ImapMailboxState
{
    QString name;
    quint32 exists = 0;
    quint32 recent = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 unseen = 0;             // first unseen sequence number (RFC 3501 UNSEEN code)
    quint64 highestModSeq = 0;
    bool noModSeq = false;          // RFC 7162 §3.1.2.2
    bool readOnly = false;
    QList<QByteArray> flags, permanentFlags;
    // Set by SELECT when the server's UIDVALIDITY differs from the one we knew:
    // every cached UID of this mailbox is void (RFC 3501 §2.3.1.1).
    bool uidValidityChanged = false;
    quint32 previousUidValidity = 0;

    // Codes of untagged OK and of the tagged SELECT reply (RFC 3501 §7.1,
    // RFC 7162 §3.1.2.1): UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, PERMANENTFLAGS ...
    void applyCode(const ImapResponseCode &code);
    // EXISTS, RECENT, FLAGS, EXPUNGE, VANISHED and FETCH MODSEQ (RFC 3501 §7.3,
    // §7.4.1; RFC 7162 §3.2.10). Returns true when the response concerned us.
    bool applyUntagged(const ImapResponse &response);
};

} // namespace carteiro
