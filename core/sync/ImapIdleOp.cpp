// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapIdleOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapIdleOp::begin(ImapOperationContext &ctx)
{
    if (!m_poll && !ctx.connection->session().hasCapability("IDLE"))
        return fail(QCoreApplication::translate("ImapOperation", "IDLE on %1: the server does not offer IDLE (RFC 2177)")
                        .arg(m_folder));
    return selectThen(ctx, m_folder);
}

ImapOperation::Status ImapIdleOp::selected(ImapOperationContext &ctx)
{
    m_news = false;
    if (m_poll) // RFC 3501 §6.1.2 NOOP: the server tells what changed since
        m_idleJob = await(ctx.connection->noop());
    else // RFC 2177 §3 IDLE; ended with DONE when news arrives or work is queued
        m_idleJob = await(ctx.connection->idle());
    return Status::Running;
}

void ImapIdleOp::onUntagged(ImapOperationContext &ctx, const ImapResponse &r)
{
    if (m_idleJob == 0 || m_news)
        return;
    if (r.keyword == "EXISTS" || r.keyword == "EXPUNGE" || r.keyword == "FETCH" || r.keyword == "VANISHED") {
        m_news = true;
        if (!m_poll)
            ctx.connection->stopIdle(); // RFC 2177 §3 DONE, then the incremental sync
    }
}

ImapOperation::Status ImapIdleOp::completed(ImapOperationContext &, quint64, const ImapCompletion &c)
{
    m_idleJob = 0;
    if (!c.ok && !c.cancelled)
        return fail(QCoreApplication::translate("ImapOperation", "%1 on %2: %3").arg(step(), m_folder, serverWords(c)));
    return Status::Done;
}

} // namespace carteiro
