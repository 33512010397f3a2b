// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapMailboxState.h"

#include "imap/ImapResponse.h"

namespace carteiro {

void ImapMailboxState::applyCode(const ImapResponseCode &code)
{
    const QByteArray &n = code.name;
    if (n == "UIDVALIDITY")
        uidValidity = quint32(code.number);
    else if (n == "UIDNEXT")
        uidNext = quint32(code.number);
    else if (n == "UNSEEN")
        unseen = quint32(code.number);
    else if (n == "HIGHESTMODSEQ")
        highestModSeq = code.number;
    else if (n == "NOMODSEQ")
        noModSeq = true;
    else if (n == "PERMANENTFLAGS")
        permanentFlags = code.args;
    else if (n == "READ-ONLY")
        readOnly = true;
    else if (n == "READ-WRITE")
        readOnly = false;
}

bool ImapMailboxState::applyUntagged(const ImapResponse &r)
{
    const QByteArray &k = r.keyword;
    if (k == "EXISTS") {
        exists = r.number;
    } else if (k == "RECENT") {
        recent = r.number;
    } else if (k == "FLAGS") {
        flags = r.atoms;
    } else if (k == "EXPUNGE") {
        if (exists > 0)
            --exists;
    } else if (k == "VANISHED") {
        // EARLIER reports expunges that happened before this session: counts
        // from SELECT already exclude them (RFC 7162 §3.2.10).
        if (!r.earlier && r.uidSet) {
            const quint64 gone = r.uidSet->count();
            exists = gone >= exists ? 0 : exists - quint32(gone);
        }
    } else if (k == "FETCH") {
        if (r.fetch.modSeq > highestModSeq)
            highestModSeq = r.fetch.modSeq;
    } else {
        return false;
    }
    return true;
}

} // namespace carteiro
