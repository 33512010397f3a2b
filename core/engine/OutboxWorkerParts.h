// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to OutboxWorker*.cpp: where a message goes, and a batch in flight.
#include "engine/OutboxWorker.h"

#include "net/Channel.h"
#include "smtp/SmtpSession.h"

namespace carteiro {

struct OutboxWorker::Target
{
    QString key;              // one connection per key
    QString server;           // "smtp://host:port", for activity and the session summary
    AccountSettings account;  // the registered account, or the recorded server as one
    bool registered = false;
    QString password;
    bool needPassword = false;
    QString error;            // the message cannot go there: Failed with this
    ChannelOptions channel;
    SmtpSession::Config config;
};

struct OutboxWorker::Batch
{
    QString key;
    Target target;
    SubmissionJob *job = nullptr;
    QList<OutboxEntry> entries; // with raw, in the job's order
    int pendingSent = -1;       // Sent, written with the next message's DotSent
    QList<qint64> removeAfter;  // Sent and nothing to file: removed at the end
    QDateTime started;          // UTC: the connection began (the journey's submission leg)
};

} // namespace carteiro
