// SPDX-License-Identifier: GPL-3.0-or-later
// FolderTreeModel's "All Inboxes" node: the first top-level node while two or
// more mail accounts are in the tree; its counts are the sums of the accounts'
// inboxes (ui/mail/UnifiedInbox.h fills the message list when it is opened).
#include "FolderTreeModel.h"
#include "FolderTreeModelNode.h"

#include <QLocale>

namespace carteiro {

FolderTreeModel::Node *FolderTreeModel::unifiedNode() const
{
    for (const auto &n : m_root->children)
        if (n->unified)
            return n.get();
    return nullptr;
}

void FolderTreeModel::setUnifiedInbox(bool shown)
{
    const Node *u = unifiedNode();
    if (shown == (u != nullptr))
        return;
    if (!shown) {
        const int row = u->row();
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        endRemoveRows();
        return;
    }
    beginInsertRows({}, 0, 0);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->unified = true;
    m_root->children.insert(m_root->children.begin(), std::move(node));
    endInsertRows();
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    const Node *u = unifiedNode();
    return u ? indexOf(u) : QModelIndex();
}

QHash<QString, qint64> FolderTreeModel::inboxes() const
{
    QHash<QString, qint64> out;
    for (const auto &a : m_root->children) {
        if (!a->account || a->accountId.startsWith(QLatin1String("carteiro:"))) // Local Folders, mailboxes on disk
            continue;
        for (const auto &f : a->children)
            if (f->special == Special::Inbox && f->folderId) {
                out.insert(a->accountId, f->folderId);
                break;
            }
    }
    return out;
}

void FolderTreeModel::unifiedCountsChanged(const Node *changed)
{
    const Node *u = unifiedNode();
    if (!u || (changed && changed->special != Special::Inbox))
        return;
    const QModelIndex i = indexOf(u);
    Q_EMIT dataChanged(i, i);
}

QVariant FolderTreeModel::unifiedData(const Node *node, int role) const
{
    qint64 unread = 0, total = 0;
    const QHash<QString, qint64> boxes = inboxes();
    for (const qint64 id : boxes) {
        if (const Node *n = m_byFolderId.value(id)) {
            unread += n->unread;
            total += n->total;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return unread > 0 ? tr("%1 (%2)").arg(tr("All Inboxes"), QLocale().toString(unread)) : tr("All Inboxes");
    case Qt::ToolTipRole:
        return tr("The inboxes of %n account(s) together: %1", nullptr, int(boxes.size()))
            .arg(tr("%n message(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    case Qt::FontRole:
        return unread > 0 ? QVariant(m_bold) : QVariant();
    case Qt::DecorationRole:
        return iconFor(node);
    case Qt::AccessibleTextRole:
        return tr("All Inboxes");
    case IsUnifiedRole:
        return true;
    case IsSearchRole:
    case IsOutboxRole:
    case IsAccountRole:
        return false;
    case UnreadRole:
        return unread;
    case TotalRole:
        return total;
    case FolderIdRole:
        return qint64(0);
    default:
        return {};
    }
}

} // namespace carteiro
