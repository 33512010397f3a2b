// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// sequence-set / uid-set (RFC 3501 §9, RFC 4315 §4): "1:3,7,9:*" as ranges.
// Kept as ranges so a server's "1:4294967295" costs 8 bytes, not 16 GB.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace carteiro {

class ImapSequenceSet
{
public:
    using Range = QPair<quint32, quint32>; // inclusive; 0 stands for "*"

    ImapSequenceSet() = default;
    static ImapSequenceSet fromRange(quint32 first, quint32 last); // last 0 = "*"
    // Compresses sorted or unsorted UIDs into ranges: {1,2,3,7} -> "1:3,7".
    static ImapSequenceSet fromList(QList<quint32> uids);
    static std::optional<ImapSequenceSet> parse(QByteArrayView text);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    QByteArray toWire() const;
    bool contains(quint32 n) const;
    // Number of members when every range is bounded; "*" counts as one.
    quint64 count() const;
    // The members, refusing (nullopt) to expand more than `limit` of them.
    std::optional<QList<quint32>> toList(quint64 limit = 1000000) const;
    // Cuts the set into pieces of at most `size` members each (for pipelined chunks).
    QList<ImapSequenceSet> chunks(quint32 size) const;

private:
    QList<Range> m_ranges;
};

} // namespace carteiro
