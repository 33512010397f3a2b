#include "sync/ImapMoveOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapMoveOp::begin(ImapOperationContext &ctx)
{
    if (m_uids.isEmpty() || m_folder == m_target)
        return Status::Done;
    if (m_target.isEmpty())
        return fail(QCoreApplication::translate("ImapOperation", "MOVE: no target folder named"));
    return selectThen(ctx, m_folder, &m_uids);
}

ImapOperation::Status ImapMoveOp::selected(ImapOperationContext &ctx)
{
    // RFC 6851 §3.2 UID MOVE (COPY + STORE + EXPUNGE without MOVE, ImapSession::enqueueMove)
    await(ctx.connection->move(imapop::uidSet(m_uids), m_target));
    return Status::Running;
}

ImapOperation::Status ImapMoveOp::completed(ImapOperationContext &ctx, quint64, const ImapCompletion &c)
{
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "MOVE to %1: %2").arg(m_target, serverWords(c)));
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
