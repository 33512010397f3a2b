// SPDX-License-Identifier: GPL-3.0-or-later
// ImapAccountSync (ImapAccountSync.cpp): the folder changes, kept durably
// like the message actions and carried out by ImapFolderOp: CREATE, RENAME,
// DELETE (RFC 3501 §6.3.3-5), SUBSCRIBE and UNSUBSCRIBE (RFC 9051 §6.3.7-6.3.8).
#include "sync/ImapAccountSync.h"

#include "sync/ImapFolderOp.h"

namespace carteiro {

std::optional<ImapFolderOp::Kind> ImapAccountSync::folderOpKind(PendingAction::Kind kind)
{
    switch (kind) {
    case PendingAction::Kind::CreateFolder: return ImapFolderOp::Kind::Create;
    case PendingAction::Kind::RenameFolder: return ImapFolderOp::Kind::Rename;
    case PendingAction::Kind::DeleteFolder: return ImapFolderOp::Kind::Delete;
    case PendingAction::Kind::Subscribe: return ImapFolderOp::Kind::Subscribe;
    case PendingAction::Kind::Unsubscribe: return ImapFolderOp::Kind::Unsubscribe;
    default: return std::nullopt;
    }
}

QString ImapAccountSync::checkFolderName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A folder needs a name.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A folder name cannot contain control characters.");
    if (name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('%')))
        return tr("A folder name cannot contain * or % (they are LIST wildcards, RFC 3501 §6.3.8).");
    return {};
}

void ImapAccountSync::createFolder(const QString &name)
{
    if (const QString why = checkFolderName(name); !why.isEmpty()) {
        Q_EMIT operationFailed(QStringLiteral("CREATE"), tr("CREATE %1: %2").arg(name, why));
        return;
    }
    if (m_store->folderByName(m_accountId, name, MailStore::Counts::Without)) {
        Q_EMIT operationFailed(QStringLiteral("CREATE"), tr("CREATE %1: that folder exists already").arg(name));
        return;
    }
    PendingAction a;
    a.kind = PendingAction::Kind::CreateFolder;
    a.folder = name;
    record(a);
    // A folder one makes is one wants to see: subscribed too, as other clients do.
    a.kind = PendingAction::Kind::Subscribe;
    record(a);
}

void ImapAccountSync::renameFolder(qint64 folderId, const QString &newName)
{
    const auto f = m_store->folder(folderId);
    if (!f) {
        Q_EMIT operationFailed(QStringLiteral("RENAME"), tr("RENAME: that folder is no longer in the store"));
        return;
    }
    QString why = checkFolderName(newName);
    if (why.isEmpty() && f->name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        why = tr("INBOX keeps its name (RFC 3501 §6.3.5 gives renaming it another meaning)");
    if (why.isEmpty() && m_store->folderByName(m_accountId, newName, MailStore::Counts::Without))
        why = tr("a folder of that name exists already");
    if (!why.isEmpty()) {
        Q_EMIT operationFailed(QStringLiteral("RENAME"), tr("RENAME %1: %2").arg(f->name, why));
        return;
    }
    PendingAction a;
    a.kind = PendingAction::Kind::RenameFolder;
    a.folder = f->name;
    a.target = newName;
    record(a);
}

void ImapAccountSync::deleteFolder(qint64 folderId)
{
    const auto f = m_store->folder(folderId);
    if (!f) {
        Q_EMIT operationFailed(QStringLiteral("DELETE"), tr("DELETE: that folder is no longer in the store"));
        return;
    }
    if (f->name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
        Q_EMIT operationFailed(QStringLiteral("DELETE"), tr("DELETE INBOX: INBOX cannot be deleted (RFC 3501 §6.3.4)"));
        return;
    }
    PendingAction a;
    a.kind = PendingAction::Kind::DeleteFolder;
    a.folder = f->name;
    record(a);
}

void ImapAccountSync::setSubscribed(qint64 folderId, bool subscribed)
{
    const QString step = subscribed ? QStringLiteral("SUBSCRIBE") : QStringLiteral("UNSUBSCRIBE");
    const auto f = m_store->folder(folderId);
    if (!f || f->local) {
        Q_EMIT operationFailed(step, tr("%1: that folder is not on the server").arg(step));
        return;
    }
    PendingAction a;
    a.kind = subscribed ? PendingAction::Kind::Subscribe : PendingAction::Kind::Unsubscribe;
    a.folder = f->name;
    record(a);
}

} // namespace carteiro
