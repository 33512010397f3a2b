// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an AccountEngine's connections and syncs do beyond the account's own
// settings. The window keeps the defaults; carteiro-cli sets them from its
// options (--timeout, --no-qresync, --chunk, a read-only sync, an OAuth token),
// so the CLI and the window run the same engine (core/engine/README.md).
// Plain records: ui/ may include this header.
#include <QByteArray>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <optional>

namespace carteiro {

struct EngineTuning
{
    bool readOnly = false;      // EXAMINE, not SELECT (RFC 3501 §6.3.2): a sync changes nothing on the server
    bool useCondstore = true;   // CONDSTORE/QRESYNC when the server offers them (RFC 7162)
    quint32 chunk = 0;          // UIDs per UID FETCH after the first; 0: the sync's own default
    bool reconnect = true;      // a lost connection is tried again with back-off
    bool watch = true;          // IDLE on the open folder (RFC 2177)
    int timeoutMs = 0;          // connect and reply timeout; 0: the channel's defaults
    QString oauthToken;         // bearer token for OAUTHBEARER / XOAUTH2 (RFC 7628); empty: none
    // A view shows the open folder: its rows are published (folderLoaded,
    // messagesUpserted). false (carteiro-cli sync): they are only stored, and
    // only the first chunk is published, so the time to the first rows can be told.
    bool publishRows = true;
    // The search index kept up in the background (core/search/README.md); off
    // for a command that ends as soon as its work is done.
    bool indexInBackground = true;
    // POP3: download only the messages with these UIDLs (RFC 1939 §7); empty: every new one.
    QSet<QByteArray> pop3Only;

    bool operator==(const EngineTuning &other) const = default;
};

// What carteiro-cli send's options change in the outbox's SMTP sessions
// (OutboxEngine::setSubmissionTuning); the window keeps the defaults.
struct SubmissionTuning
{
    int timeoutMs = 0;          // connect and reply timeout; 0: the channel's defaults
    QByteArray pinnedSha256;    // hex SHA-256 of the one certificate to accept; empty: the CA check
    QString oauthToken;         // bearer token for OAUTHBEARER / XOAUTH2 (RFC 7628); empty: none
    bool usePipelining = true;  // PIPELINING when offered (RFC 2920)
    bool useChunking = true;    // BDAT when CHUNKING is offered (RFC 3030), else DATA
    // Credentials on a plaintext (+plain://) connection: unset, the account's
    // rule (a lab account may); carteiro-cli send asks for --allow-plaintext-auth.
    std::optional<bool> allowPlaintextAuth;

    bool operator==(const SubmissionTuning &other) const = default;
};

// What one folder sync did (IMAP): the figures carteiro-cli sync prints.
struct SyncSummary
{
    qint64 total = 0;     // messages of the folder in the store at the end
    qint64 added = 0;
    qint64 changed = 0;   // rows whose flags changed
    qint64 removed = 0;   // expunged on the server
    bool rebuilt = false; // UIDVALIDITY changed: the cache was dropped first
    bool qresync = false; // the SELECT used QRESYNC (RFC 7162 §3.2.5)
    qint64 selectMs = 0, headersMs = 0;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::SyncSummary)
