// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The message list's view, set up the way tests/bench/README.md asks for a million
// rows: uniform row heights, fixed column widths (no ResizeToContents), sorting
// done by the model on its precomputed keys. A QTableView rather than a
// QTreeView: the tree view lays out every row (O(n)) before its first paint
// and after each sort, the table view with a fixed row height does not. Replies are indented in the
// Subject column by MessageListModel::DepthRole when threads are on.
// Dragging rows carries their message ids (move; copy with Ctrl).
#include <QStyledItemDelegate>
#include <QTableView>

namespace carteiro {

class MessageListModel;

class ThreadIndentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kIndentPerLevel = 14; // pixels
    static constexpr int kMaxIndentLevels = 12;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class MessageListView : public QTableView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
    // The store ids of the selected rows, in view order.
    QList<qint64> selectedMessageIds() const;
    // How many rows fit in the viewport now (at least one screen's worth of a
    // typical window before the first layout): a folder sync fetches these first.
    int visibleRowCapacity() const;
};

} // namespace carteiro
