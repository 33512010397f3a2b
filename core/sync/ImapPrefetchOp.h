// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Keep messages for offline use" (issue 12 §5): every message of a folder
// whose body the store does not hold yet is fetched in the background with
// UID FETCH BODY.PEEK[] (RFC 3501 §6.4.5, never sets \Seen), a few commands
// pipelined at a time, each body stored as it arrives; progress is reported
// as "done of total" after each one. Runs like any queued operation, so the
// user's own requests wait at most for the bodies in flight.
#include "sync/ImapOperation.h"

#include <QHash>

namespace carteiro {

class ImapPrefetchOp : public ImapOperation
{
public:
    ImapPrefetchOp(qint64 folderId, QString folder);
    qint64 folderId() const { return m_folderId; }
    void onUntagged(ImapOperationContext &ctx, const ImapResponse &r) override;
    // Commands in flight at once.
    static constexpr int kWindow = 8;

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    Status fill(ImapOperationContext &ctx);

    qint64 m_folderId;
    QString m_folder;
    QList<StoredMessage> m_todo;      // not yet asked for
    QHash<quint64, StoredMessage> m_inFlight; // job -> its message
    QHash<quint32, QByteArray> m_arrived;     // uid -> body, until its command completes
    qint64 m_total = 0, m_done = 0;
};

} // namespace carteiro
