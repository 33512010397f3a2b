// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapPrefetchOp.h"

#include <QCoreApplication>

#include <algorithm>

namespace carteiro {

ImapPrefetchOp::ImapPrefetchOp(qint64 folderId, QString folder)
    : ImapOperation(QStringLiteral("FETCH")), m_folderId(folderId), m_folder(std::move(folder))
{
}

ImapOperation::Status ImapPrefetchOp::begin(ImapOperationContext &ctx)
{
    for (const StoredMessage &m : ctx.store->messages(m_folderId))
        if (!m.bodyCached && m.uid != 0)
            m_todo << m;
    if (m_todo.isEmpty())
        return finish(Status::Done); // all here already: not even a SELECT
    // Newest first: what the user is likeliest to open next.
    std::sort(m_todo.begin(), m_todo.end(), [](const StoredMessage &a, const StoredMessage &b) { return a.uid > b.uid; });
    m_total = m_todo.size();
    if (ctx.events)
        ctx.events->prefetchProgress(m_folderId, 0, m_total);
    return selectThen(ctx, m_folder);
}

ImapOperation::Status ImapPrefetchOp::selected(ImapOperationContext &ctx)
{
    return fill(ctx);
}

ImapOperation::Status ImapPrefetchOp::fill(ImapOperationContext &ctx)
{
    while (m_inFlight.size() < kWindow && !m_todo.isEmpty()) {
        const StoredMessage m = m_todo.takeFirst();
        // RFC 3501 §6.4.5 UID FETCH BODY.PEEK[]: the whole message, \Seen left alone
        m_inFlight.insert(await(ctx.connection->fetchBody(m.uid)), m);
    }
    return m_inFlight.isEmpty() ? finish(Status::Done) : Status::Running;
}

void ImapPrefetchOp::onUntagged(ImapOperationContext &, const ImapResponse &r)
{
    if (r.keyword != "FETCH" || r.fetch.uid == 0)
        return;
    for (const ImapFetchSection &s : r.fetch.sections)
        if (s.section.isEmpty() && s.origin < 0 && !s.data.isNull())
            m_arrived.insert(r.fetch.uid, s.data);
}

ImapOperation::Status ImapPrefetchOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    const StoredMessage m = m_inFlight.take(job);
    if (!c.ok)
        return fail(QCoreApplication::translate("ImapOperation", "FETCH UID %1 in %2 (kept for offline use): %3")
                        .arg(m.uid)
                        .arg(m_folder, serverWords(c)));
    const QByteArray raw = m_arrived.take(m.uid);
    // A message expunged meanwhile sends nothing: skipped, the next sync drops its row.
    if (!raw.isNull() && !ctx.store->storeBody(m.id, raw))
        return fail(QCoreApplication::translate("ImapOperation", "FETCH UID %1: could not store the message: %2")
                        .arg(m.uid)
                        .arg(ctx.store->error()));
    ++m_done;
    if (ctx.events)
        ctx.events->prefetchProgress(m_folderId, m_done, m_total);
    return fill(ctx);
}

} // namespace carteiro
