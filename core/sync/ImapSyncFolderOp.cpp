// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapSyncFolderOp.h"

#include "imap/ImapMailboxCodec.h"

#include <QCoreApplication>

namespace carteiro {

ImapSyncFolderOp::~ImapSyncFolderOp()
{
    if (m_sync) {
        m_sync->disconnect();
        m_sync->deleteLater();
    }
}

void ImapSyncFolderOp::cancel(ImapOperationContext &ctx)
{
    if (m_sync)
        m_sync->cancel();
    ImapOperation::cancel(ctx);
}

qint64 ImapSyncFolderOp::folderRow(MailStore *store, const QString &accountId, const QString &name)
{
    if (const auto known = store->folderByName(accountId, name, MailStore::Counts::Without))
        return known->id;
    StoredFolder f;
    f.accountId = accountId;
    f.name = name;
    f.wireName = ImapMailboxCodec::encode(name); // modified UTF-7 (RFC 3501 §5.1.3)
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        f.specialUse = "\\Inbox";
    return store->upsertFolder(f);
}

ImapOperation::Status ImapSyncFolderOp::begin(ImapOperationContext &ctx)
{
    const qint64 id = folderRow(ctx.store, ctx.accountId, m_folder);
    if (id == 0)
        return fail(QCoreApplication::translate("ImapOperation", "SYNC %1: %2").arg(m_folder, ctx.store->error()));
    // SELECT (RFC 3501 §6.3.1, RFC 7162 §3.2.5 QRESYNC), UID SEARCH, UID FETCH: ImapFolderSync
    m_sync = new ImapFolderSync(ctx.connection, ctx.store, id, m_options);
    ImapFolderSync *sync = m_sync;
    MailStore *store = ctx.store;
    ImapOperationEvents *events = ctx.events;
    if (events) {
        QObject::connect(sync, &ImapFolderSync::folderCountKnown, sync,
                         [events](qint64 f, qint64 exists) { events->folderCountKnown(f, exists); });
        QObject::connect(sync, &ImapFolderSync::progress, sync,
                         [events](qint64 f, qint64 known, qint64 total) { events->syncProgress(f, known, total); });
        QObject::connect(sync, &ImapFolderSync::rowsStored, sync,
                         [events](qint64 f, const QList<StoredMessage> &rows) { events->chunkStored(f, rows); });
        QObject::connect(sync, &ImapFolderSync::flagsStored, sync,
                         [events, store](qint64 f, const QList<quint32> &uids) {
                             QList<StoredMessage> rows; // only the changed ones
                             for (const quint32 uid : uids)
                                 if (const auto m = store->messageByUid(f, uid))
                                     rows << *m;
                             events->flagsChanged(rows);
                         });
    }
    QObject::connect(sync, &ImapFolderSync::removingUids, sync, [this, store](qint64 f, const QList<quint32> &uids) {
        m_removedIds += imapop::idsOf(*store, f, uids);
    });
    QObject::connect(sync, &ImapFolderSync::finished, sync,
                     [this, &ctx](bool ok, const QString &error) { onFinished(ctx, ok, error); });
    sync->start();
    return Status::Running;
}

void ImapSyncFolderOp::onFinished(ImapOperationContext &ctx, bool ok, const QString &error)
{
    ImapFolderSync *sync = m_sync;
    const qint64 folderId = sync->folderId();
    ctx.selected = ok ? m_folder : QString();
    if (!ok) {
        if (sync->state() == ImapFolderSync::State::Cancelled)
            finish(Status::Done);
        else
            fail(error);
    } else {
        const ImapFolderSync::Stats &s = sync->stats();
        if (ctx.events) {
            ctx.events->syncStats(folderId, s);
            if (!m_removedIds.isEmpty())
                ctx.events->messagesRemoved(m_removedIds);
            ctx.events->folderSynced(folderId, int(s.added), int(s.changed), int(s.removed));
            if (m_announce && s.newUnseen > 0)
                ctx.events->newMail(folderId, int(s.newUnseen));
        }
        finish(Status::Done);
    }
    if (ctx.finished)
        ctx.finished(this);
}

} // namespace carteiro
