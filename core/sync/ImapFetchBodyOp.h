// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One message's raw bytes: UID FETCH BODY.PEEK[] (RFC 3501 §6.4.5; never sets
// \Seen) in its folder, stored as the message's cached body.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapFetchBodyOp : public ImapOperation
{
public:
    explicit ImapFetchBodyOp(qint64 messageId) : ImapOperation(QStringLiteral("FETCH")), m_messageId(messageId) {}
    void onUntagged(ImapOperationContext &ctx, const ImapResponse &r) override;

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    qint64 m_messageId;
    quint32 m_uid = 0;
    QString m_folder;
    QByteArray m_raw;
};

} // namespace carteiro
