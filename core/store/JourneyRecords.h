// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the store keeps about a message's journey (issue 11 §2): Carteiro's own
// submission leg of a message it sent, and when it fetched a message it
// received. Plain records; the journey itself is core/engine/MessageJourney.h.
#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace carteiro {

// One message handed to a submission server and accepted (250 after the body).
struct SubmissionRecord
{
    qint64 id = 0;
    QString accountId;
    QByteArray messageId;     // with angle brackets, as in the message
    QString queueId;          // from the 250: "queued as 4Xyz" (RFC 5321 §4.2.1 leaves the text free)
    QString server;           // "smtp://127.0.0.1:10587"
    QString tls;              // "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty: not protected
    QString authMechanism;    // "PLAIN"; empty: no login
    QString reply;            // the 250 as sent
    QByteArray envelopeFrom;  // MAIL FROM
    QStringList recipients;   // RCPT TO
    QDateTime started;        // UTC: the connection began
    QDateTime sent;           // UTC: the 250 came
};

// One message Carteiro holds: where it was fetched from and when.
struct FetchRecord
{
    qint64 messageId = 0;     // the store row
    QString accountId;
    QString folder;           // "INBOX"
    QString protocol;         // "IMAP" or "POP3"
    QDateTime fetched;        // UTC: the body came; invalid when not known (fetched before this was kept)
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::SubmissionRecord)
Q_DECLARE_METATYPE(carteiro::FetchRecord)
