// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain records that travel between the store (core/store), the sync jobs
// (core/sync) and the UI models (ui/mail). No SQL leaks out of MailStore.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace carteiro {

// System flags (RFC 3501 §2.3.2) and the common keywords, as bits.
namespace MessageFlag {
enum : quint32 {
    Seen = 1u << 0,
    Answered = 1u << 1,
    Flagged = 1u << 2,
    Deleted = 1u << 3,
    Draft = 1u << 4,
    Forwarded = 1u << 5, // keyword $Forwarded (RFC 5788 registry)
    Junk = 1u << 6,      // keyword $Junk
};
// "\\Seen" ... "$Forwarded" <-> bits; unknown flags are returned in *others.
quint32 fromImap(const QList<QByteArray> &flags, QList<QByteArray> *others = nullptr);
QList<QByteArray> toImap(quint32 bits);
} // namespace MessageFlag

struct StoredFolder
{
    qint64 id = 0;
    QString accountId;
    QString name;         // decoded full name: "INBOX", "Archive/2024"
    QByteArray wireName;  // as the server spells it (IMAP); empty for local folders
    QChar delimiter;      // hierarchy delimiter; null when flat
    QByteArray specialUse; // "\\Sent", "\\Trash", "\\Drafts", "\\Junk", "\\Archive", "\\All",
                           // "\\Flagged"; "\\Inbox" for INBOX; empty otherwise
    bool selectable = true;
    bool local = false;   // POP3 inbox, or a folder that exists only here
    bool subscribed = true;  // in the server's subscription list (RFC 9051 §6.3.7)
    bool keepOffline = false; // "Keep messages for offline use": bodies fetched ahead
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    qint64 total = 0;     // messages of this folder in the store
    qint64 unread = 0;    // of which without \Seen
    // A mailbox opened from disk (core/local, engine/LocalMailboxes.h): never
    // written to; `location` is its path, `format` "mboxrd", "Maildir", "MH"...
    bool readOnly = false;
    QString location, format;
};

// One row of the message list: envelope fields already decoded for display.
struct StoredMessage
{
    qint64 id = 0;        // store row id (stable while the message stays in its folder)
    qint64 folderId = 0;
    quint32 uid = 0;      // IMAP UID; 0 for POP3 mail
    QByteArray uidl;      // POP3 UIDL; empty for IMAP
    quint32 flags = 0;    // MessageFlag bits
    QList<QByteArray> keywords; // other flags and keywords, verbatim
    quint64 modSeq = 0;
    bool envelopeKnown = false; // false: a placeholder known by UID only (lazy sync)
    qint64 size = 0;      // RFC822.SIZE
    QDateTime internalDate; // UTC
    QDateTime date;       // the Date: header, UTC; invalid when missing or bad
    QString fromName;     // decoded (RFC 2047), control characters stripped
    QString fromAddress;  // addr-spec as sent (IDN left as the server gave it)
    QString to, cc;       // decoded display lists: "Bob <bob@example.test>, ..."
    QString subject;      // decoded
    QByteArray messageId, inReplyTo; // with angle brackets, as sent
    QByteArray references; // the References: field when known (threading), else empty
    bool hasAttachments = false;
    bool bodyCached = false; // the raw message is in the store
};

// A message written before any network step (tests/README.md, case 19) and its
// fate (core/engine/README.md, "The durable outbox"):
// Queued -> Sending -> Sent (250, queue id) -> Filed (APPEND to Sent) -> removed;
// Failed (5xx); Deferred (4xx or network: next try after a back-off);
// PossiblySent (the final dot went out, no reply came: never re-sent by itself).
struct OutboxEntry
{
    // The numbers are stored: append only.
    enum class State { Queued, Sending, PossiblySent, Sent, Filed, Failed, Deferred };
    // Sending's last durable step; after a crash it decides the message's fate:
    // None/Transaction -> Queued (sent again), DotSent -> PossiblySent;
    // Filing (state Sent) -> look in Sent for the Message-ID before a new APPEND.
    enum class Stage { None, Transaction, DotSent, Filing };
    qint64 id = 0;
    QString accountId;
    State state = State::Queued;
    Stage stage = Stage::None;
    QByteArray raw;           // the exact bytes to submit
    QByteArray envelopeFrom;  // MAIL FROM
    QList<QByteArray> recipients; // RCPT TO
    QByteArray messageId;     // with angle brackets (finds a half-filed copy in Sent)
    QString to;               // display list of To/Cc, for the UI
    QString subject;          // for the UI
    QString lastError;        // one plain line: the server's words, or ours
    QString lastReply;        // the server's last reply as sent ("451 4.3.0 ...")
    QStringList recipientReplies; // "<x@y>: 550 5.1.1 ..." per refused recipient
    int attempts = 0;
    QDateTime created, updated; // UTC
    QDateTime sendAt;         // UTC; not before (Send later, Undo send); invalid: at once
    QDateTime nextAttempt;    // UTC; Deferred: the next try
    QString queueId;          // from the 250 after the body
    QString sentFolder;       // where it was filed
    quint32 sentUid = 0;      // APPENDUID (RFC 4315), 0 when not told
    // The server it goes to, kept with the message (carteiro-cli send --queue):
    // "smtp://host:port" (STARTTLS), "smtps://..." or "smtp+plain://..." (lab).
    QString serverUrl;
    QString login, caFile, mechanism;
    QByteArray draftPayload;  // the composer's state for Edit/Undo (opaque; empty from the CLI)
};

// An autosaved draft: the composer's state, serialised by the UI.
struct DraftEntry
{
    qint64 id = 0;
    QString accountId;
    QString subject;
    QByteArray payload;       // opaque to the store (the composer's own format)
    QDateTime updated;        // UTC
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::StoredFolder)
Q_DECLARE_METATYPE(carteiro::StoredMessage)
Q_DECLARE_METATYPE(carteiro::DraftEntry)
Q_DECLARE_METATYPE(carteiro::OutboxEntry)
