// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which messages of a maildrop to download: UIDL (RFC 1939 §7) and LIST
// (§5) joined by message number, minus the unique-ids the store already holds.
// This is what keeps "leave mail on the server" free of duplicates.
#include "pop3/Pop3Listing.h"

#include <QList>
#include <QSet>
#include <QString>

namespace carteiro {

class Pop3Selection
{
public:
    // Joins the two listings (lines without the "." terminator). A line that does
    // not parse, a message number listed twice, or a UIDL without a LIST entry
    // is an error (the server is not consistent; nothing is downloaded).
    static std::optional<QList<Pop3MessageInfo>> merge(const QList<QByteArray> &uidlLines,
                                                       const QList<QByteArray> &listLines,
                                                       QString *error);
    // Messages whose unique-id is not in `known`, in maildrop order; a unique-id
    // listed twice by the server is taken once (the first).
    static QList<Pop3MessageInfo> unseen(const QList<Pop3MessageInfo> &all,
                                         const QSet<QByteArray> &known);
};

} // namespace carteiro
