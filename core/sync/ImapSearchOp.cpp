// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapSearchOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapSearchOp::begin(ImapOperationContext &ctx)
{
    m_next = 0;
    return nextFolder(ctx);
}

ImapOperation::Status ImapSearchOp::nextFolder(ImapOperationContext &ctx)
{
    while (m_next < m_folderIds.size()) {
        const qint64 id = m_folderIds.at(m_next++);
        const auto folder = ctx.store->folder(id);
        if (!folder || folder->local || !folder->selectable || folder->accountId != ctx.accountId)
            continue;
        const QList<quint32> scope = ctx.store->uidsNotIndexed(id, m_query.needsBodies());
        if (scope.isEmpty())
            continue; // the local index knows every message of it
        m_folderId = id;
        m_folder = folder->name;
        m_searchedText = m_searchedText || m_query.hasText();
        m_request.emplace(m_query, scope);
        return selectThen(ctx, m_folder);
    }
    return report(ctx);
}

ImapOperation::Status ImapSearchOp::selected(ImapOperationContext &ctx)
{
    return send(ctx);
}

ImapOperation::Status ImapSearchOp::send(ImapOperationContext &ctx)
{
    // RFC 3501 §6.4.4 / RFC 9051 §6.4.4 UID SEARCH; RFC 4731 §3.1 RETURN (ALL) with ESEARCH
    m_job = await(ctx.connection->submit(m_request->command(ctx.connection->session().hasCapability("ESEARCH"))));
    return Status::Running;
}

ImapOperation::Status ImapSearchOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (job != m_job)
        return Status::Running;
    switch (m_request->answered(c)) {
    case ImapSearchRequest::Next::Again:
        m_notes << m_request->note();
        return send(ctx);
    case ImapSearchRequest::Next::Done:
        if (!m_request->uids().isEmpty())
            m_hits.append({m_folderId, m_request->uids()});
        break;
    case ImapSearchRequest::Next::Failed:
        m_notes << QCoreApplication::translate("ImapOperation", "%1: %2").arg(m_folder, m_request->error());
        break;
    }
    return nextFolder(ctx);
}

ImapOperation::Status ImapSearchOp::report(ImapOperationContext &ctx)
{
    if (m_searchedText)
        m_notes << QCoreApplication::translate("ImapOperation",
                                               "The server searched the words as typed: unlike the local index, it "
                                               "may not ignore accents (\"joao\" may miss \"João\" there).");
    if (ctx.events)
        ctx.events->searchDone(m_token, m_hits, m_notes);
    return Status::Done;
}

void ImapSearchOp::cancel(ImapOperationContext &ctx)
{
    ImapOperation::cancel(ctx);
    m_notes << QCoreApplication::translate("ImapOperation", "The server's search was cancelled.");
    report(ctx);
}

} // namespace carteiro
