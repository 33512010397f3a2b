// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message filed in a folder: APPEND (RFC 3501 §6.3.11), with the UID from
// APPENDUID (RFC 4315 §3) when the server has UIDPLUS. Files Sent and Drafts.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapAppendOp : public ImapOperation
{
public:
    // `folder`: the decoded name, resolved by the caller (special uses included).
    ImapAppendOp(QString folder, QByteArray raw, quint32 flags)
        : ImapOperation(QStringLiteral("APPEND")), m_folder(std::move(folder)), m_raw(std::move(raw)), m_flags(flags)
    {
    }

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    QString m_folder;
    QByteArray m_raw;
    quint32 m_flags;
};

} // namespace carteiro
