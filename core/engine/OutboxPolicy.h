// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The durable outbox's decisions, as pure functions (no store, no socket, no
// clock of its own): the back-off, what a crash left in Sending becomes, and
// what one message's SMTP result makes of its entry (core/engine/README.md,
// "The durable outbox").
#include "smtp/SmtpSession.h"
#include "store/StoreRecords.h"

#include <QDateTime>

namespace carteiro {

class OutboxPolicy
{
public:
    // Deferred: 1 minute after the first failed attempt, doubling, at most 1 hour.
    static int backOffSeconds(int attempts);
    static QDateTime nextAttempt(int attempts, const QDateTime &now);

    // What a crash left: Sending with Stage None/Transaction -> Queued (the final
    // dot never went out: sent again); Sending with DotSent -> PossiblySent
    // (never re-sent by itself). Other states are kept. True when `entry` changed.
    // `searchSentFirst` is set for Sent + Filing: an APPEND may have been made,
    // so Sent is searched for the Message-ID before a new one.
    static bool judgeAfterCrash(OutboxEntry &entry, bool *searchSentFirst = nullptr);

    // How one message of a session ended, as the worker knows it.
    struct Attempt
    {
        // The session's result for this message; nullptr when the session never
        // reached it (it ended before: AUTH refused, connection lost, ...).
        const SmtpMessageResult *result = nullptr;
        // The session's own error when the message was never reached.
        QString sessionError;
        int sessionReplyCode = 0; // the reply that ended the session, 0 when none (network)
    };
    // Applies `attempt` to `entry`: Sent (queue id, refused recipients kept in
    // recipientReplies), Failed (5xx: the server's words), Deferred (4xx or
    // network before the final dot: nextAttempt), PossiblySent (no reply after
    // the final dot). Stage goes back to None; `now` stamps `updated`.
    static void classify(OutboxEntry &entry, const Attempt &attempt, const QDateTime &now);

    // Due now: Queued past its sendAt, Deferred past its nextAttempt.
    static bool isDue(const OutboxEntry &entry, const QDateTime &now);
    // When it becomes due; invalid when it never will by itself.
    static QDateTime dueAt(const OutboxEntry &entry);
};

} // namespace carteiro
