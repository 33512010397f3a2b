// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListView.h"

#include "MessageListModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>

#include <algorithm>

namespace carteiro {

void ThreadIndentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const int depth = std::min(index.data(MessageListModel::DepthRole).toInt(), kMaxIndentLevels);
    if (depth <= 0 || index.column() != MessageListModel::SubjectColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background (selection included) over the whole cell, then the
    // text shifted right by the reply depth.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    opt.rect.adjust(depth * kIndentPerLevel, 0, 0, 0);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

MessageListView::MessageListView(QWidget *parent) : QTableView(parent)
{
    // Uniform row heights: one fixed height, no per-row size hints.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setItemDelegateForColumn(MessageListModel::SubjectColumn, new ThreadIndentDelegate(this));
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *h = horizontalHeader();
    const int marker = fontMetrics().height() + 8;
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->resizeSection(MessageListModel::FlagColumn, marker);
    h->resizeSection(MessageListModel::AttachmentColumn, marker);
    h->resizeSection(MessageListModel::FromColumn, fontMetrics().averageCharWidth() * 24);
    h->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    h->resizeSection(MessageListModel::DateColumn, fontMetrics().averageCharWidth() * 16);
    h->resizeSection(MessageListModel::SizeColumn, fontMetrics().averageCharWidth() * 9);
    if (auto *m = qobject_cast<MessageListModel *>(model))
        h->setSortIndicator(m->sortColumn(), m->sortOrder());
}

QList<qint64> MessageListView::selectedMessageIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        if (const qint64 id = i.data(MessageListModel::MessageIdRole).toLongLong())
            ids.append(id); // a placeholder (LoadingRole) has none
    return ids;
}

int MessageListView::visibleRowCapacity() const
{
    const int rowHeight = qMax(1, verticalHeader()->defaultSectionSize());
    const int height = viewport()->height();
    // Hidden or not laid out yet: a tall window's worth.
    const int rows = isVisible() && height > rowHeight ? height / rowHeight + 1 : 50;
    return qBound(10, rows, 500);
}

} // namespace carteiro
