// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapStoreFlagsOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapStoreFlagsOp::begin(ImapOperationContext &ctx)
{
    if (m_uids.isEmpty() || (m_add == 0 && m_remove == 0))
        return Status::Done;
    return selectThen(ctx, m_folder, &m_uids);
}

ImapOperation::Status ImapStoreFlagsOp::selected(ImapOperationContext &ctx)
{
    if (m_add == 0)
        return removeStep(ctx);
    // RFC 3501 §6.4.6 UID STORE +FLAGS.SILENT
    m_addJob = await(ctx.connection->store(imapop::uidSet(m_uids), ImapCommand::StoreMode::Add,
                                           MessageFlag::toImap(m_add)));
    return Status::Running;
}

ImapOperation::Status ImapStoreFlagsOp::removeStep(ImapOperationContext &ctx)
{
    if (m_remove == 0)
        return apply(ctx);
    // RFC 3501 §6.4.6 UID STORE -FLAGS.SILENT
    m_removeJob = await(ctx.connection->store(imapop::uidSet(m_uids), ImapCommand::StoreMode::Remove,
                                              MessageFlag::toImap(m_remove)));
    return Status::Running;
}

ImapOperation::Status ImapStoreFlagsOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (job == m_addJob) {
        if (!c.ok)
            return fail(QCoreApplication::translate("ImapOperation", "UID STORE +FLAGS: %1").arg(serverWords(c)));
        return removeStep(ctx);
    }
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "UID STORE -FLAGS: %1").arg(serverWords(c)));
    return apply(ctx);
}

ImapOperation::Status ImapStoreFlagsOp::apply(ImapOperationContext &ctx)
{
    const auto folder = ctx.store->folderByName(ctx.accountId, m_folder, MailStore::Counts::Without);
    QList<StoredMessage> rows;
    if (folder) {
        for (const quint32 uid : std::as_const(m_uids)) {
            auto m = ctx.store->messageByUid(folder->id, uid);
            if (!m)
                continue; // gone from the cache meanwhile
            m->flags = (m->flags | m_add) & ~m_remove;
            if (!ctx.store->setFlags(m->id, m->flags))
                return fail(QCoreApplication::translate("ImapOperation", "STORE: %1").arg(ctx.store->error()));
            rows << *m;
        }
    }
    if (ctx.events)
        ctx.events->flagsChanged(rows);
    return Status::Done;
}

} // namespace carteiro
