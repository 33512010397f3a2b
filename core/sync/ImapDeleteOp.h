// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Messages already in the \Trash folder deleted for good: UID STORE +FLAGS
// \Deleted (RFC 3501 §6.4.6), then UID EXPUNGE (RFC 4315 §2.1) of just them.
// (Elsewhere a delete is an ImapMoveOp to \Trash.)
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapDeleteOp : public ImapOperation
{
public:
    ImapDeleteOp(QString folder, QList<quint32> uids)
        : ImapOperation(QStringLiteral("DELETE")), m_folder(std::move(folder)), m_uids(std::move(uids))
    {
    }

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    QString m_folder;
    QList<quint32> m_uids;
    quint64 m_storeJob = 0;
};

} // namespace carteiro
