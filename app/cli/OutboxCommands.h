// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// carteiro-cli send --queue and carteiro-cli outbox list|flush|retry|drop
// (OutboxCommand.cpp, QueuedSend.cpp), over the durable outbox (CliOutbox);
// send without --queue goes through the same engine.
#include "engine/EngineTuning.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {
class TraceHub;
}

namespace carteiro::cli {

// A message composed by `send`, to be written to the outbox and sent at once.
struct QueueRequest
{
    QString storePath;            // empty: the app's store file
    QByteArray raw;               // the exact message bytes
    QByteArray envelopeFrom;      // MAIL FROM
    QList<QByteArray> recipients; // RCPT TO
    QString serverUrl;            // "smtp://host:port" as recorded with the message
    QString login, caFile, mechanism;
    QString password;
    QString sentServer; // imap[s]://host[:port]: file a copy in Sent there (may be empty)
    QDateTime sendAt;   // valid: Send later (queued only; `outbox flush` or the app sends it)
    // send without --queue: the same outbox engine over a store in memory, so
    // nothing is kept; a message that does not go is not "queued for later".
    bool transient = false;
    SubmissionTuning tuning; // --timeout, --pin-sha256, an OAuth token, --no-pipelining, --no-chunking
};

int runQueuedSend(TraceHub *hub, const QueueRequest &request);
int runOutbox(const QStringList &args);

// The store file of --store, or the app's own (AccountEngine::defaultStorePath());
// empty and *error when the name cannot be a store file.
QString storePathFor(const QString &option, QString *error);

} // namespace carteiro::cli
