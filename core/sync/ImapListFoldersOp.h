// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The folder list: LIST "" "*" (RFC 3501 §6.3.8) with SPECIAL-USE / LIST-STATUS
// when offered (RFC 6154, RFC 5819) -> folders upserted, vanished ones dropped.
// Pipelined before it, the subscription list (LIST (SUBSCRIBED) with
// LIST-EXTENDED, else LSUB) marks which folders are subscribed; a server that
// refuses it leaves the marks as they were.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapListFoldersOp : public ImapOperation
{
public:
    ImapListFoldersOp() : ImapOperation(QStringLiteral("LIST")) {}

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    Status store(ImapOperationContext &ctx);

    quint64 m_subscribedJob = 0, m_listJob = 0;
    bool m_subscribedKnown = false;
    QStringList m_subscribed;
    QList<ImapListEntry> m_entries;
    int m_waiting = 0;
};

} // namespace carteiro
