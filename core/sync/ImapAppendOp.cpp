// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapAppendOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapAppendOp::begin(ImapOperationContext &ctx)
{
    if (m_folder.isEmpty())
        return fail(QCoreApplication::translate("ImapOperation", "APPEND: no folder named"));
    // RFC 3501 §6.3.11 APPEND; RFC 4315 §3 APPENDUID in the answer
    await(ctx.connection->append(m_folder, m_raw, MessageFlag::toImap(m_flags)));
    return Status::Running;
}

ImapOperation::Status ImapAppendOp::completed(ImapOperationContext &ctx, quint64, const ImapCompletion &c)
{
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "APPEND to %1: %2").arg(m_folder, serverWords(c)));
    quint32 uid = 0;
    if (c.code.name == "APPENDUID" && !c.code.uids.isEmpty())
        uid = c.code.uids.ranges().first().first;
    m_raw = QByteArray();
    if (ctx.events)
        ctx.events->appended(m_folder, uid);
    return Status::Done;
}

} // namespace carteiro
