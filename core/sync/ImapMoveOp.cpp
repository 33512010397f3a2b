#include "sync/ImapMoveOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapMoveOp::begin(ImapOperationContext &ctx)
{
    if (m_uids.isEmpty() || m_folder == m_target)
        return Status::Done;
    if (m_target.isEmpty())
        return fail(QCoreApplication::translate("ImapOperation", "%1: no target folder named").arg(step()));
    return selectThen(ctx, m_folder, &m_uids);
}

ImapOperation::Status ImapMoveOp::selected(ImapOperationContext &ctx)
{
    if (m_copy)
        await(ctx.connection->copy(imapop::uidSet(m_uids), m_target)); // RFC 3501 §6.4.7 UID COPY
    else // RFC 6851 §3.2 UID MOVE (COPY + STORE + EXPUNGE without MOVE, ImapSession::enqueueMove)
        await(ctx.connection->move(imapop::uidSet(m_uids), m_target));
    return Status::Running;
}

ImapOperation::Status ImapMoveOp::completed(ImapOperationContext &ctx, quint64, const ImapCompletion &c)
{
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "%1 to %2: %3").arg(step(), m_target, serverWords(c)));
    if (m_copy)
        return Status::Done; // the target's next sync brings the copies
    const auto source = ctx.store->folderByName(ctx.accountId, m_folder);
    const auto target = ctx.store->folderByName(ctx.accountId, m_target);
    QList<qint64> ids;
    if (source) {
        ids = imapop::idsOf(*ctx.store, source->id, m_uids);
        if (!ctx.store->removeMessages(source->id, m_uids))
            return fail(QCoreApplication::translate("ImapOperation", "MOVE: %1").arg(ctx.store->error()));
    }
    if (ctx.events && !ids.isEmpty())
        ctx.events->messagesMoved(ids, target ? target->id : 0);
    return Status::Done;
}

} // namespace carteiro
