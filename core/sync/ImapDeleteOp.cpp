// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapDeleteOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapDeleteOp::begin(ImapOperationContext &ctx)
{
    if (m_uids.isEmpty())
        return Status::Done;
    return selectThen(ctx, m_folder, &m_uids);
}

ImapOperation::Status ImapDeleteOp::selected(ImapOperationContext &ctx)
{
    // RFC 3501 §6.4.6 UID STORE +FLAGS.SILENT (\Deleted)
    m_storeJob = await(ctx.connection->store(imapop::uidSet(m_uids), ImapCommand::StoreMode::Add, {"\\Deleted"}));
    return Status::Running;
}

ImapOperation::Status ImapDeleteOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (job == m_storeJob) {
        if (!c.ok)
            return fail(QCoreApplication::translate("ImapOperation", "UID STORE +FLAGS \\Deleted in %1: %2").arg(m_folder, serverWords(c)));
        // RFC 4315 §2.1 UID EXPUNGE: only these messages
        await(ctx.connection->expunge(imapop::uidSet(m_uids)));
        return Status::Running;
    }
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "UID EXPUNGE in %1: %2").arg(m_folder, serverWords(c)));
    QList<qint64> ids;
    if (const auto folder = ctx.store->folderByName(ctx.accountId, m_folder, MailStore::Counts::Without)) {
        ids = imapop::idsOf(*ctx.store, folder->id, m_uids);
        if (!ctx.store->removeMessages(folder->id, m_uids))
            return fail(QCoreApplication::translate("ImapOperation", "DELETE: %1").arg(ctx.store->error()));
    }
    if (ctx.events && !ids.isEmpty())
        ctx.events->messagesRemoved(ids);
    return Status::Done;
}

} // namespace carteiro
