// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapListFoldersOp.h"

#include <QCoreApplication>

namespace carteiro {

ImapOperation::Status ImapListFoldersOp::begin(ImapOperationContext &ctx)
{
    // RFC 5258 §3.1 LIST (SUBSCRIBED) "" "*", or RFC 3501 §6.3.9 LSUB "" "*"
    m_subscribedJob = await(ctx.connection->listSubscribed());
    // RFC 3501 §6.3.8 LIST "" "*"; RETURN (SPECIAL-USE STATUS) when offered (RFC 6154, RFC 5819)
    m_listJob = await(ctx.connection->list());
    m_waiting = 2;
    return Status::Running;
}

ImapOperation::Status ImapListFoldersOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (job == m_subscribedJob) {
        m_subscribedKnown = c.ok; // refused (an old server, a fake): the marks stay as they were
        for (const ImapListEntry &e : c.list)
            if (!e.hasAttribute("\\NonExistent"))
                m_subscribed << e.name;
    } else if (job == m_listJob) {
        if (!c.ok)
            return fail(QCoreApplication::translate("ImapOperation", "LIST: %1").arg(serverWords(c)));
        m_entries = c.list;
    }
    return --m_waiting > 0 ? Status::Running : store(ctx);
}

ImapOperation::Status ImapListFoldersOp::store(ImapOperationContext &ctx)
{
    static const QList<QByteArray> kSpecialUse = {"\\All", "\\Archive", "\\Drafts", "\\Flagged",
                                                  "\\Junk", "\\Sent", "\\Trash"};
    QStringList names;
    for (const ImapListEntry &e : std::as_const(m_entries)) {
        StoredFolder f;
        f.accountId = ctx.accountId;
        f.name = e.name;
        f.wireName = e.wireName;
        f.delimiter = e.delimiter ? QChar(QLatin1Char(e.delimiter)) : QChar();
        if (e.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            f.specialUse = "\\Inbox";
        for (const QByteArray &use : kSpecialUse)
            if (e.hasAttribute(use.constData()))
                f.specialUse = use;
        f.selectable = !e.hasAttribute("\\Noselect") && !e.hasAttribute("\\NonExistent");
        if (ctx.store->upsertFolder(f) == 0)
            return fail(QCoreApplication::translate("ImapOperation", "LIST: could not store folder %1: %2")
                            .arg(e.name, ctx.store->error()));
        names << e.name;
    }
    if (!ctx.store->retainFolders(ctx.accountId, names))
        return fail(QCoreApplication::translate("ImapOperation", "LIST: could not drop folders gone from the server: %1")
                        .arg(ctx.store->error()));
    if (m_subscribedKnown && !ctx.store->setSubscriptions(ctx.accountId, m_subscribed))
        return fail(QCoreApplication::translate("ImapOperation", "LSUB: could not save the subscriptions: %1")
                        .arg(ctx.store->error()));
    if (ctx.events)
        ctx.events->foldersChanged();
    return Status::Done;
}

} // namespace carteiro
