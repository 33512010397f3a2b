// SPDX-License-Identifier: GPL-3.0-or-later
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

void ImapMoveOp::onUntagged(ImapOperationContext &ctx, const ImapResponse &r)
{
    if (r.status == ImapResponse::Status::Ok && r.code.name == "COPYUID") // RFC 6851 §4.3
        m_copyUid = r.code;
    ImapOperation::onUntagged(ctx, r);
}

void ImapMoveOp::storeInTarget(ImapOperationContext &ctx, const StoredFolder &source)
{
    const auto target = ctx.store->folderByName(ctx.accountId, m_target, MailStore::Counts::Without);
    if (!target || target->uidValidity == 0 || target->uidValidity != m_copyUid.uidValidity)
        return; // a folder never synced, or renumbered since: its next sync decides
    const auto from = m_copyUid.sourceUids.toList(100000), to = m_copyUid.uids.toList(100000);
    if (!from || !to || from->size() != to->size())
        return; // RFC 4315 §3 pairs them in order; anything else is not trusted
    QList<StoredMessage> rows;
    for (qsizetype i = 0; i < from->size(); ++i) {
        auto m = ctx.store->messageByUid(source.id, from->at(i));
        if (!m)
            continue;
        m->id = 0;
        m->folderId = target->id;
        m->uid = to->at(i);
        m->modSeq = 0;
        m->bodyCached = false;
        rows << *m;
    }
    QList<qint64> ids;
    if (rows.isEmpty() || !ctx.store->upsertMessages(target->id, rows, &ids))
        return;
    for (qsizetype i = 0; i < rows.size() && i < ids.size(); ++i)
        rows[i].id = ids[i];
    if (ctx.events) {
        ctx.events->chunkStored(target->id, rows); // shown there at once if it is open
        ctx.events->foldersChanged();              // and its counts
    }
}

ImapOperation::Status ImapMoveOp::completed(ImapOperationContext &ctx, quint64, const ImapCompletion &c)
{
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "%1 to %2: %3").arg(step(), m_target, serverWords(c)));
    if (c.code.name == "COPYUID")
        m_copyUid = c.code; // UID COPY's tagged OK (RFC 4315 §3)
    const auto source = ctx.store->folderByName(ctx.accountId, m_folder, MailStore::Counts::Without);
    if (source && !m_copyUid.name.isEmpty())
        storeInTarget(ctx, *source);
    if (m_copy)
        return Status::Done;
    const auto target = ctx.store->folderByName(ctx.accountId, m_target, MailStore::Counts::Without);
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
