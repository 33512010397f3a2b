// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapFolderOp.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
QString verb(ImapFolderOp::Kind kind)
{
    switch (kind) {
    case ImapFolderOp::Kind::Create: return QStringLiteral("CREATE");
    case ImapFolderOp::Kind::Rename: return QStringLiteral("RENAME");
    case ImapFolderOp::Kind::Delete: return QStringLiteral("DELETE");
    case ImapFolderOp::Kind::Subscribe: return QStringLiteral("SUBSCRIBE");
    case ImapFolderOp::Kind::Unsubscribe: return QStringLiteral("UNSUBSCRIBE");
    }
    return {};
}
} // namespace

ImapFolderOp::ImapFolderOp(Kind kind, QString folder, QString newName)
    : ImapOperation(verb(kind)), m_kind(kind), m_folder(std::move(folder)), m_newName(std::move(newName))
{
}

ImapOperation::Status ImapFolderOp::begin(ImapOperationContext &ctx)
{
    if (m_folder.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ImapOperation", "%1: no folder named").arg(step()));
    if (m_kind == Kind::Rename && (m_newName.trimmed().isEmpty() || m_newName == m_folder))
        return fail(QCoreApplication::translate("ImapOperation", "RENAME: no new name for %1").arg(m_folder));
    const bool changesTheMailbox = m_kind == Kind::Rename || m_kind == Kind::Delete;
    if (changesTheMailbox && ctx.selected == m_folder && ctx.connection->session().hasCapability("UNSELECT")) {
        // RFC 3691 §2 UNSELECT: leave the mailbox without expunging it
        m_unselectJob = await(ctx.connection->submit(ImapCommand::unselect()));
        return Status::Running;
    }
    return issue(ctx);
}

ImapOperation::Status ImapFolderOp::issue(ImapOperationContext &ctx)
{
    switch (m_kind) {
    case Kind::Create:
        await(ctx.connection->createMailbox(m_folder)); // RFC 3501 §6.3.3 CREATE
        break;
    case Kind::Rename:
        await(ctx.connection->renameMailbox(m_folder, m_newName)); // RFC 3501 §6.3.5 RENAME
        break;
    case Kind::Delete:
        await(ctx.connection->deleteMailbox(m_folder)); // RFC 3501 §6.3.4 DELETE
        break;
    case Kind::Subscribe:
        await(ctx.connection->subscribeMailbox(m_folder)); // RFC 9051 §6.3.7 SUBSCRIBE
        break;
    case Kind::Unsubscribe:
        await(ctx.connection->unsubscribeMailbox(m_folder)); // RFC 9051 §6.3.8 UNSUBSCRIBE
        break;
    }
    return Status::Running;
}

ImapOperation::Status ImapFolderOp::completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c)
{
    if (job == m_unselectJob) {
        m_unselectJob = 0;
        ctx.selected.clear(); // selected or not, the next operation selects again
        return issue(ctx);
    }
    if (!c.ok) {
        const QString what = m_kind == Kind::Rename ? QStringLiteral("%1 → %2").arg(m_folder, m_newName) : m_folder;
        return fail(QCoreApplication::translate("ImapOperation", "%1 %2: %3").arg(step(), what, serverWords(c)));
    }
    if (ctx.selected == m_folder && (m_kind == Kind::Rename || m_kind == Kind::Delete))
        ctx.selected.clear();
    QString error;
    if (!applyToStore(*ctx.store, ctx.accountId, m_kind, m_folder, m_newName, &error))
        return fail(QCoreApplication::translate("ImapOperation", "%1: %2").arg(step(), error));
    if (ctx.events)
        ctx.events->foldersChanged();
    return Status::Done;
}

bool ImapFolderOp::applyToStore(MailStore &store, const QString &accountId, Kind kind, const QString &folder,
                                const QString &newName, QString *error)
{
    const auto existing = store.folderByName(accountId, folder, MailStore::Counts::Without);
    bool ok = true;
    switch (kind) {
    case Kind::Create:
        if (!existing) {
            StoredFolder f;
            f.accountId = accountId;
            f.name = folder;
            for (const StoredFolder &other : store.folders(accountId, MailStore::Counts::Without))
                if (!other.delimiter.isNull()) { // one separator per namespace (RFC 3501 §5.1.1)
                    f.delimiter = other.delimiter;
                    break;
                }
            ok = store.upsertFolder(f) != 0; // the next LIST fills in the wire name and attributes
        }
        break;
    case Kind::Rename:
        if (existing) {
            // RFC 3501 §6.3.5: inferior names are renamed with it.
            const QString prefix = existing->delimiter.isNull() ? QString() : folder + existing->delimiter;
            for (const StoredFolder &f : store.folders(accountId, MailStore::Counts::Without)) {
                if (f.id == existing->id)
                    ok = ok && store.renameFolder(f.id, newName, {});
                else if (!prefix.isEmpty() && f.name.startsWith(prefix))
                    ok = ok && store.renameFolder(f.id, newName + existing->delimiter + f.name.mid(prefix.size()), {});
            }
        }
        break;
    case Kind::Delete:
        if (existing)
            ok = store.removeFolder(existing->id);
        break;
    case Kind::Subscribe:
    case Kind::Unsubscribe:
        if (existing)
            ok = store.setFolderSwitch(existing->id, MailStore::FolderSwitch::Subscribed, kind == Kind::Subscribe);
        break;
    }
    if (!ok && error)
        *error = store.error();
    return ok;
}

} // namespace carteiro
