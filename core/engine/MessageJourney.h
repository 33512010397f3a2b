// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message's journey from MUA to MUA, as the course draws it:
//   sender's MUA -(SMTP submission)-> MTA -(SMTP)-> MTA -(LMTP)-> mailbox -(IMAP/POP3)-> MUA
// made of what Carteiro knows itself - its submission leg (time, server, TLS,
// AUTH, the queue id of the 250 reply, store/JourneyRecords.h) and when it
// fetched the message - and of what the servers wrote in `Received:` fields
// (mime/MessageTrace.h), oldest first, with the delay between steps.
// The submission leg and the Received field of the submission server are the
// same transfer when the queue id Carteiro got ("queued as X") is that field's
// id: they are shown as one step. The legs are found by Message-ID.
#include "mime/MessageTrace.h"
#include "store/JourneyRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace carteiro {

struct JourneyStep
{
    enum class Kind { Submission, Hop, Retrieval };
    // What the receiving end of the step is, in the course's words.
    enum class Role { Mua, Mta, Mailbox };
    Kind kind = Kind::Hop;
    QString fromNode;        // who handed the message on: "Carteiro", "client.example [192.0.2.1]"
    QString toNode;          // who took it: "mail.example.test", "Carteiro"
    QString toSoftware;      // "Postfix", "Dovecot"... when the server said
    Role fromRole = Role::Mta;
    Role toRole = Role::Mta;
    QString protocol;        // as written: "ESMTPSA", "LMTP", "IMAP"
    QString protocolText;    // what that means (translated), empty when unknown
    QDateTime time;          // UTC; invalid when unknown
    bool hasDelay = false;   // time and the previous known time are both known
    qint64 delayMs = 0;      // since the previous step with a known time
    bool clockSkew = false;  // earlier than the step before: the clocks disagree
    QString tls;             // what protected it, as recorded; empty: nothing said
    bool tlsKnown = false;   // TLS is certain (a record, or an ...S `with` type)
    QString auth;            // the login mechanism or name
    QString id;              // the receiver's id (queue id)
    QString forAddress;
    QString raw;             // the header line ("Received: ...") or Carteiro's record, as text
    QStringList details;     // one translated sentence each
    QString problem;         // a field not (fully) understood: why
    bool matchedSubmission = false; // Carteiro's submission leg and this Received field are one transfer
    QDateTime carteiroTime;  // Submission: when the 250 came, by Carteiro's clock
};

struct MessageJourney
{
    QByteArray messageId;
    QString subject;
    QList<JourneyStep> steps; // oldest first
    QList<TraceClaim> claims;
    QStringList problems;     // the header's own
    int receivedTotal = 0;

    // `submissions`: Carteiro's records for this Message-ID (any order);
    // `fetch`: how Carteiro holds this copy; `fetchServer`: "imaps://host:993".
    static MessageJourney build(const QByteArray &raw, const QList<SubmissionRecord> &submissions = {},
                                const std::optional<FetchRecord> &fetch = std::nullopt,
                                const QString &fetchServer = {});
    // Reads the legs of this message from the store at `storePath` (its own
    // connection, on the calling thread) and builds the journey. `messageId`:
    // the store row of the copy shown, 0 for a file from elsewhere (then every
    // copy with the same Message-ID is looked at). False with *error when the
    // store cannot be opened; the journey is then built from the header alone.
    static MessageJourney load(const QString &storePath, qint64 messageId, const QByteArray &raw,
                               QString *error = nullptr);
};

// "0 s", "42 s", "3 min 5 s", "2 h 4 min", "3 d 2 h" (translated).
QString formatDelay(qint64 ms);
const char *roleKey(JourneyStep::Role role); // "MUA", "MTA", "mailbox": JSON keys, translation sources
QString roleName(JourneyStep::Role role);    // the same, translated

} // namespace carteiro
