// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapFetchBodyOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapFetchBodyOp::begin(ImapOperationContext &ctx)
{
    const auto m = ctx.store->message(m_messageId);
    const auto folder = m ? ctx.store->folder(m->folderId) : std::nullopt;
    if (!m || !folder || m->uid == 0)
        return fail(QCoreApplication::translate("ImapOperation", "FETCH: message %1 is not an IMAP message in the store").arg(m_messageId));
    m_uid = m->uid;
    m_folder = folder->name;
    return selectThen(ctx, m_folder);
}

ImapOperation::Status ImapFetchBodyOp::selected(ImapOperationContext &ctx)
{
    m_raw = QByteArray();
    // RFC 3501 §6.4.5 BODY.PEEK[]: the whole message, \Seen left alone
    await(ctx.connection->fetchBody(m_uid));
    return Status::Running;
}

void ImapFetchBodyOp::onUntagged(ImapOperationContext &, const ImapResponse &r)
{
    if (r.keyword != "FETCH" || r.fetch.uid != m_uid)
        return;
    for (const ImapFetchSection &s : r.fetch.sections)
        if (s.section.isEmpty() && s.origin < 0 && !s.data.isNull())
            m_raw = s.data;
}

ImapOperation::Status ImapFetchBodyOp::completed(ImapOperationContext &ctx, quint64, const ImapCompletion &c)
{
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "FETCH UID %1 in %2: %3").arg(m_uid).arg(m_folder, serverWords(c)));
    if (m_raw.isNull())
        return fail(QCoreApplication::translate("ImapOperation", "FETCH UID %1 in %2: the server sent no message (expunged?)").arg(m_uid).arg(m_folder));
    if (!ctx.store->storeBody(m_messageId, m_raw))
        return fail(QCoreApplication::translate("ImapOperation", "FETCH UID %1: could not store the message: %2").arg(m_uid).arg(ctx.store->error()));
    m_raw = QByteArray();
    if (ctx.events)
        ctx.events->bodyReady(m_messageId);
    return Status::Done;
}

} // namespace carteiro
