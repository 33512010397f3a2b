// SPDX-License-Identifier: GPL-3.0-or-later
// FolderTreeModel's Search results node: a virtual folder after the accounts
// and the Outbox, "Search results (n)", italic while the search runs
// (core/search/README.md; ui/search/SearchController.h fills it).
#include "FolderTreeModel.h"
#include "FolderTreeModelNode.h"

#include <QLocale>

namespace carteiro {

FolderTreeModel::Node *FolderTreeModel::searchNode() const
{
    for (const auto &n : m_root->children)
        if (n->search)
            return n.get();
    return nullptr;
}

void FolderTreeModel::setSearchResults(const QString &query, qint64 count, bool running)
{
    if (Node *s = searchNode()) {
        s->label = query;
        s->total = count;
        s->unread = running ? 1 : 0;
        const QModelIndex i = indexOf(s);
        Q_EMIT dataChanged(i, i);
        return;
    }
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->search = true;
    node->label = query;
    node->total = count;
    node->unread = running ? 1 : 0;
    m_root->children.push_back(std::move(node));
    endInsertRows();
}

void FolderTreeModel::removeSearchResults()
{
    const Node *s = searchNode();
    if (!s)
        return;
    const int row = s->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

QModelIndex FolderTreeModel::searchResultsIndex() const
{
    const Node *s = searchNode();
    return s ? indexOf(s) : QModelIndex();
}

QVariant FolderTreeModel::searchData(const Node *n, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(tr("Search results"), QLocale().toString(n->total));
    case Qt::ToolTipRole:
        return n->unread ? tr("Searching for \u201c%1\u201d...").arg(n->label)
                         : tr("%n message(s) found for \u201c%1\u201d", nullptr, int(qMin<qint64>(n->total, INT_MAX)))
                               .arg(n->label);
    case Qt::FontRole: {
        QFont f;
        f.setItalic(n->unread != 0);
        return f;
    }
    case Qt::DecorationRole:
        return iconFor(n);
    case IsSearchRole:
        return true;
    case IsOutboxRole:
    case IsAccountRole:
        return false;
    case FolderIdRole:
    case TotalRole:
        return role == TotalRole ? n->total : qint64(0);
    default:
        return {};
    }
}

} // namespace carteiro
