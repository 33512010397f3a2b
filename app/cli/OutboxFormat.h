// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How carteiro-cli prints the outbox: one JSON object per line (`outbox list
// --json`) or a readable table, and one line per message a flush or a send ended.
#include "engine/SendResult.h"
#include "store/StoreRecords.h"

#include <QJsonObject>
#include <QString>

namespace carteiro::cli {

// "queued", "sending", "sent", "filed", "deferred", "failed", "possibly-sent".
QString outboxStateName(OutboxEntry::State state);
// id, state, to, subject, attempts, last_reply (+ next_try, send_at, error,
// refused, queue_id, message_id, server, sent_folder when known).
QJsonObject outboxJson(const OutboxEntry &entry);
// The table `outbox list` prints (a header and one or two lines per message).
QStringList outboxTable(const QList<OutboxEntry> &entries);
// One sentence for how a message's send ended ("#3 sent: queued as 4Xyz (250 ...)").
QString outboxOutcome(const OutboxEntry &entry);
// The exit code a message's state stands for (CliCommon.h Exit): 0 sent or filed,
// 2 queued or deferred (it will go later), 3 failed, 4 possibly sent.
int outboxExitCode(const OutboxEntry &entry);

} // namespace carteiro::cli
