#pragma once
// Waiting for news on one folder: IDLE (RFC 2177 §3). Untagged EXISTS,
// EXPUNGE, FETCH or VANISHED end it with DONE and set news(): the account then
// runs an incremental sync (ImapSyncFolderOp) and idles again. Work queued
// meanwhile ends it too (ImapAccountSync calls ImapConnection::stopIdle).
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapIdleOp : public ImapOperation
{
public:
    explicit ImapIdleOp(QString folder) : ImapOperation(QStringLiteral("IDLE")), m_folder(std::move(folder)) {}
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
};

} // namespace carteiro
