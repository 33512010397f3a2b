// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages of one folder moved to another: UID MOVE (RFC 6851 §3.2), or COPY +
// STORE + EXPUNGE without it (ImapSession::enqueueMove). The source rows go
// once the server said OK. When the server tells where they landed (COPYUID,
// RFC 4315 §3; untagged for MOVE, RFC 6851 §4.3) and the target's UIDVALIDITY
// is the one the store knows, the rows appear in the target at once; otherwise
// the target's next sync brings them.
// As a copy (Ctrl-drag): UID COPY (RFC 3501 §6.4.7), the source rows stay.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapMoveOp : public ImapOperation
{
public:
    ImapMoveOp(QString folder, QList<quint32> uids, QString target, bool copy = false)
        : ImapOperation(copy ? QStringLiteral("COPY") : QStringLiteral("MOVE")), m_folder(std::move(folder)),
          m_uids(std::move(uids)), m_target(std::move(target)), m_copy(copy)
    {
    }

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;
    void onUntagged(ImapOperationContext &ctx, const ImapResponse &r) override;

private:
    QString m_folder;
    QList<quint32> m_uids;
    QString m_target;
    bool m_copy = false;
    ImapResponseCode m_copyUid; // COPYUID, when the server sent it

    // The source rows stored again under their new UIDs in the target.
    void storeInTarget(ImapOperationContext &ctx, const StoredFolder &source);
};

} // namespace carteiro
