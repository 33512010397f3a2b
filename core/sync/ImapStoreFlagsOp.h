// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Flags of some messages of one folder: UID STORE +FLAGS.SILENT then
// -FLAGS.SILENT (RFC 3501 §6.4.6); the rows change once the server said OK.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapStoreFlagsOp : public ImapOperation
{
public:
    ImapStoreFlagsOp(QString folder, QList<quint32> uids, quint32 add, quint32 remove)
        : ImapOperation(QStringLiteral("STORE")), m_folder(std::move(folder)), m_uids(std::move(uids)), m_add(add),
          m_remove(remove)
    {
    }

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    Status removeStep(ImapOperationContext &ctx);
    Status apply(ImapOperationContext &ctx);

    QString m_folder;
    QList<quint32> m_uids;
    quint32 m_add, m_remove;
    quint64 m_addJob = 0, m_removeJob = 0;
};

} // namespace carteiro
