// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which server capabilities a client command line relies on, per protocol:
// "MAIL FROM:<a> SIZE=286 BODY=8BITMIME" uses SIZE and 8BITMIME, "AUTHENTICATE
// PLAIN <...>" uses AUTH=PLAIN and SASL-IR, POP3 "UIDL" uses UIDL. Lines are the
// trace's (already redacted) text. Used by ConnectionAnalyzer.
#include <QByteArray>
#include <QList>
#include <QString>

namespace carteiro {

struct CapabilityUse
{
    QString name;   // as servers list it: "SIZE", "AUTH=PLAIN", "LITERAL+"
    QString detail; // "286", "SCRAM-SHA-256", may be empty
};

class CapabilityUsage
{
public:
    // An SMTP command line (RFC 5321 §4.1 and the extensions' parameters).
    static QList<CapabilityUse> smtp(const QByteArray &line);
    // An IMAP command without its tag: "UID MOVE 1:3 Trash", "ENABLE QRESYNC".
    static QList<CapabilityUse> imap(const QByteArray &command);
    // A POP3 command line (RFC 1939, RFC 2449, RFC 5034).
    static QList<CapabilityUse> pop3(const QByteArray &line);
    // The first word, upper-cased ("mail" -> "MAIL").
    static QByteArray verb(const QByteArray &line);
};

} // namespace carteiro
