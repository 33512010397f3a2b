// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waiting for news on one folder: IDLE (RFC 2177 §3). Untagged EXISTS,
// EXPUNGE, FETCH or VANISHED end it with DONE and set news(): the account then
// runs an incremental sync (ImapSyncFolderOp) and idles again. Work queued
// meanwhile ends it too (ImapAccountSync calls ImapConnection::stopIdle).
// A server without IDLE is polled instead: one NOOP (RFC 3501 §6.1.2, "a
// periodic poll for new messages") whose untagged answers set news() alike;
// ImapAccountSync spaces the polls.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapIdleOp : public ImapOperation
{
public:
    explicit ImapIdleOp(QString folder, bool poll = false)
        : ImapOperation(poll ? QStringLiteral("NOOP") : QStringLiteral("IDLE")), m_folder(std::move(folder)),
          m_poll(poll)
    {
    }
    bool isIdle() const override { return true; }
    QString folder() const { return m_folder; }
    bool news() const { return m_news; }
    // The IDLE command is out (not the SELECT before it).
    bool idling() const { return m_idleJob != 0; }
    void onUntagged(ImapOperationContext &ctx, const ImapResponse &r) override;

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    QString m_folder;
    quint64 m_idleJob = 0;
    bool m_news = false;
    bool m_poll = false;
};

} // namespace carteiro
