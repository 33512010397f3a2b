// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The trace a message carries in its header: every `Received:` field (RFC 5321
// §4.4, newest first as servers prepend them), and the claims other servers
// wrote about it - `Return-Path` (RFC 5321 §4.4), `Authentication-Results`
// (RFC 8601), `DKIM-Signature` (RFC 6376 §3.5). Claims are shown for what they
// are: words some server added, which Carteiro does not verify.
// One pass over the header, bounded: at most kMaxHops Received fields are read
// (the rest are counted), each value at most ReceivedField::kMaxFieldBytes.
#include "mime/ReceivedField.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {

struct TraceClaim
{
    enum class Kind { ReturnPath, AuthenticationResults, DkimSignature };
    Kind kind = Kind::ReturnPath;
    QByteArray raw;          // the unfolded value, as written (cut at ReceivedField::kMaxFieldBytes)
    QString addedBy;         // who wrote it: the authserv-id, the signing domain d=
    QStringList results;     // "spf=pass", "dkim=pass header.d=example.test"; DKIM: "s=sel", "h=from:to"
    QString name() const;    // the field name: "Return-Path"
    QString explanation() const; // what it means and that Carteiro did not check it (translated)
};

struct MessageTrace
{
    static constexpr int kMaxHops = 100;
    static constexpr int kMaxClaims = 30;

    QList<ReceivedField> received; // as in the header: the newest (last hop) first
    int receivedTotal = 0;         // how many Received fields the header has (past kMaxHops too)
    QList<TraceClaim> claims;
    QByteArray messageId;          // with angle brackets, as written
    QString subject;               // decoded
    QDateTime date;                // the Date: field, UTC
    QStringList problems;          // the header's own (no blank line, too many hops), translated

    // Reads the header of `raw` (up to the first empty line).
    static MessageTrace read(const QByteArray &raw);
};

} // namespace carteiro
