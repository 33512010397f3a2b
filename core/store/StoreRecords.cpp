// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreRecords.h"

namespace carteiro::MessageFlag {

namespace {
struct Name
{
    quint32 bit;
    const char *imap;
};
// System flags (RFC 3501 §2.3.2) and the registered keywords (RFC 5788,
// IANA "IMAP Mailbox Name Attributes and Keywords"); flag names compare
// case-insensitively (RFC 3501 §9, "flag" is an atom).
constexpr Name kNames[] = {
    {Seen, "\\Seen"},           {Answered, "\\Answered"}, {Flagged, "\\Flagged"}, {Deleted, "\\Deleted"},
    {Draft, "\\Draft"},         {Forwarded, "$Forwarded"}, {Junk, "$Junk"},
};
} // namespace

quint32 fromImap(const QList<QByteArray> &flags, QList<QByteArray> *others)
{
    quint32 bits = 0;
    for (const QByteArray &flag : flags) {
        bool known = false;
        for (const Name &n : kNames) {
            if (flag.compare(n.imap, Qt::CaseInsensitive) == 0) {
                bits |= n.bit;
                known = true;
                break;
            }
        }
        if (!known && others && !flag.isEmpty())
            others->append(flag);
    }
    return bits;
}

QList<QByteArray> toImap(quint32 bits)
{
    QList<QByteArray> out;
    for (const Name &n : kNames)
        if (bits & n.bit)
            out.append(QByteArray(n.imap));
    return out;
}

} // namespace carteiro::MessageFlag
