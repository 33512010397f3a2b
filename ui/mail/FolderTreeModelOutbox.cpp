// SPDX-License-Identifier: GPL-3.0-or-later
// FolderTreeModel's Outbox node: one top-level row after the accounts with the
// number of messages in the durable outbox (OutboxEngine), bold and with a
// warning icon while some need the user.
#include "FolderTreeModel.h"
#include "FolderTreeModelNode.h"

#include <QColor>
#include <QLocale>

namespace carteiro {

FolderTreeModel::Node *FolderTreeModel::outboxNode() const
{
    for (const auto &n : m_root->children)
        if (n->outbox)
            return n.get();
    return nullptr;
}

void FolderTreeModel::setOutbox(qint64 count, qint64 attention)
{
    if (Node *o = outboxNode()) {
        if (o->total != count || o->unread != attention) {
            o->total = count;
            o->unread = attention;
            const QModelIndex i = indexOf(o);
            Q_EMIT dataChanged(i, i);
        }
        return;
    }
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->outbox = true;
    node->label = tr("Outbox");
    node->total = count;
    node->unread = attention;
    m_root->children.push_back(std::move(node));
    endInsertRows();
}

QModelIndex FolderTreeModel::outboxIndex() const
{
    const Node *o = outboxNode();
    return o ? indexOf(o) : QModelIndex();
}

QVariant FolderTreeModel::outboxData(const Node *n, int role) const
{
    // total: messages in the outbox; unread: those that need the user.
    switch (role) {
    case Qt::DisplayRole:
        return n->total > 0 ? tr("%1 (%2)").arg(tr("Outbox"), QLocale().toString(n->total)) : tr("Outbox");
    case Qt::ToolTipRole: {
        QString tip = n->total > 0 ? tr("%n message(s) in the outbox", nullptr, int(qMin<qint64>(n->total, INT_MAX)))
                                   : tr("The outbox is empty: everything was sent.");
        if (n->unread > 0)
            tip += QLatin1Char('\n') + tr("%n message(s) need you: failed, or possibly sent",
                                          nullptr, int(qMin<qint64>(n->unread, INT_MAX)));
        return tip;
    }
    case Qt::FontRole:
        return n->unread > 0 ? QVariant(m_bold) : QVariant();
    case Qt::ForegroundRole:
        return n->unread > 0 ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::DecorationRole:
        return iconFor(n);
    case IsOutboxRole:
        return true;
    case IsAccountRole:
        return false;
    case FolderIdRole:
        return qint64(0);
    case TotalRole:
        return n->total;
    case AttentionRole:
        return n->unread;
    default:
        return {};
    }
}

} // namespace carteiro
