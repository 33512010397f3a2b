// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One server response, typed (RFC 3501 §7, RFC 9051 §7): tagged status,
// untagged status or data, or a "+" continuation. Data we use is parsed into
// plain structs; the rest is kept as the raw line for the inspector.
#include "imap/ImapBodyPart.h"
#include "imap/ImapEnvelope.h"
#include "imap/ImapSequenceSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>

namespace carteiro {

// resp-text-code (RFC 3501 §7.1, RFC 4315 §3, RFC 7162 §3.1, RFC 5530).
struct ImapResponseCode
{
    QByteArray name;         // upper case: "UIDVALIDITY", "ALERT", "TRYCREATE"; empty when none
    QList<QByteArray> args;  // CAPABILITY atoms, PERMANENTFLAGS flags, raw words otherwise
    quint64 number = 0;      // UIDVALIDITY, UIDNEXT, UNSEEN, HIGHESTMODSEQ
    quint32 uidValidity = 0; // APPENDUID / COPYUID
    ImapSequenceSet sourceUids, uids; // COPYUID source and destination; APPENDUID uids
};

struct ImapFetchSection
{
    QByteArray section;     // "" for BODY[], "1.2", "HEADER", "1.MIME"
    qint64 origin = -1;     // partial fetch: BODY[1]<0>
    QByteArray data;        // the bytes (NIL -> null)
};

struct ImapFetch
{
    quint32 seq = 0;
    quint32 uid = 0;
    bool hasFlags = false;
    QList<QByteArray> flags;
    QDateTime internalDate;
    qint64 size = -1;              // RFC822.SIZE
    quint64 modSeq = 0;            // RFC 7162 §3.1.4
    std::shared_ptr<ImapEnvelope> envelope;
    std::shared_ptr<ImapBodyPart> bodyStructure;
    QList<ImapFetchSection> sections;
};

struct ImapListEntry
{
    QList<QByteArray> attributes;  // \HasNoChildren, \Sent, \Drafts (RFC 6154) ...
    char delimiter = 0;            // 0 when NIL (flat namespace)
    QString name;                  // decoded (modified UTF-7 or UTF-8)
    QByteArray wireName;           // exactly as the server sent it, for later commands
    bool hasAttribute(const char *attr) const;
};

struct ImapStatusData
{
    QString mailbox;
    qint64 messages = -1, recent = -1, uidNext = -1, uidValidity = -1, unseen = -1;
    qint64 size = -1;
    quint64 highestModSeq = 0;
};

struct ImapResponse
{
    enum class Type { Tagged, Untagged, Continuation };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    Type type = Type::Untagged;
    QByteArray tag;                 // tagged only
    Status status = Status::None;   // status responses (tagged or untagged)
    ImapResponseCode code;
    QByteArray text;                // resp-text after the code, raw (UTF-8 in practice)
    QByteArray keyword;             // untagged data: "CAPABILITY", "FETCH", "EXISTS", "LIST"...
    quint32 number = 0;             // "* 23 EXISTS" / "* 5 FETCH" / "* 3 EXPUNGE"
    QList<QByteArray> atoms;        // CAPABILITY, ENABLED, FLAGS
    QList<quint32> numbers;         // SEARCH; ESEARCH ALL expanded if small
    std::optional<ImapSequenceSet> uidSet; // VANISHED, ESEARCH ALL
    bool earlier = false;           // VANISHED (EARLIER)
    quint64 modSeq = 0;             // SEARCH ... (MODSEQ n)
    ImapFetch fetch;
    ImapListEntry list;
    ImapStatusData statusData;
    QList<QPair<QByteArray, QByteArray>> id; // ID response (RFC 2971)
    QByteArray raw;                 // the whole frame (NAMESPACE and unknown data keep it)

    bool isStatus() const { return status != Status::None; }
    static const char *statusName(Status s);

    // Parses one frame from ImapFramer; nullopt and *error on a syntax error.
    static std::optional<ImapResponse> parse(const QByteArray &frame, QString *error);
};

} // namespace carteiro
