// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One `Received:` trace field (RFC 5321 §4.4, RFC 5322 §3.6.7) read into its
// clauses: from / by / via / with / id / for, the comments servers add
// (Postfix's "(using TLSv1.3 with cipher ...)", Sendmail's "(version=TLSv1.3
// cipher=...)", Exim's "(helo=...)" and "(envelope-from <...>)", qmail's
// "(HELO ...)") and the date after the last ";". Real servers write many
// forms: what is not understood is kept as written, never guessed.
// Bounded work: a value is read up to kMaxFieldBytes, comments nest at most
// kMaxCommentDepth deep; past either limit the field says so (problem).
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace carteiro {

struct ReceivedField
{
    static constexpr int kMaxFieldBytes = 8192;
    static constexpr int kMaxCommentDepth = 8;

    QByteArray raw;          // the unfolded value as written (cut at kMaxFieldBytes)
    bool cut = false;        // the value was longer than kMaxFieldBytes
    bool understood = false; // a from or by clause was found; false: show it raw
    QString problem;         // why it was not (fully) read, translated; empty when fine

    QString from;            // the from clause as written: the name the client gave, or an address literal
    QString fromHelo;        // the HELO/EHLO name when a comment names it ("helo=x", "HELO x")
    QString fromHost;        // the client's name as the receiver found it (TCP-info)
    QString fromAddress;     // the client's IP address ("192.0.2.1", "2001:db8::1")
    QString by;              // the receiving host
    QString bySoftware;      // the comment after by: "Postfix", "8.15.2/8.15.2", "Exim 4.96"
    QString via;             // link type (rare)
    QString with;            // protocol as written: "ESMTPSA", "LMTP", "Microsoft SMTP Server"
    QString id;              // the receiver's own id (Postfix: the queue id)
    QString forAddress;      // the recipient named, without angle brackets
    QString envelopeFrom;    // "(envelope-from <x>)" (Exim, Dovecot), without angle brackets
    QString tls;             // TLS the receiver wrote down: "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 ..."
    QString authenticated;   // "(Authenticated sender: alice@example.test)": the login name
    QStringList comments;    // every other comment, as written
    QStringList extra;       // clauses this reader does not know ("tls TLS_AES_...")
    QString dateText;        // after the last ";", as written
    QDateTime date;          // UTC; invalid when missing or unreadable

    // `cut`: the caller already cut the value (it was longer than kMaxFieldBytes).
    static ReceivedField parse(const QByteArray &value, bool cut = false);
};

// What the `with` protocol type means: the IANA "Mail Transmission Types"
// (RFC 3848, RFC 5321 §4.4, RFC 6531 §3.7.3), and forms seen in the wild.
struct WithType
{
    bool known = false;
    QString protocol;        // "SMTP", "LMTP", "HTTP", "local" ...
    bool tls = false;        // ...S: the transfer was protected by TLS
    bool authenticated = false; // ...A: the client logged in (SMTP AUTH)
    QString text;            // one translated sentence
    QString source;          // "RFC 3848"
};
WithType explainWith(const QString &with);

// An RFC 5322 §3.3 date-time, obsolete forms (§4.3) and a trailing comment
// allowed; UTC, invalid when unreadable.
QDateTime parseTraceDate(const QByteArray &text);

} // namespace carteiro
