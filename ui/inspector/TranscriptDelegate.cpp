// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TranscriptDelegate.h"

#include "inspector/TraceModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

namespace carteiro {

namespace {
int textMargin(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

// Lays `text` out in lines of `width`, breaking at spaces when it can and
// anywhere when it must (base64, long addresses); returns the height used.
qreal layoutLines(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (int n = 0; n < TranscriptDelegate::kMaxWrappedLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}
} // namespace

TranscriptDelegate::TranscriptDelegate(QTreeView *view, const QList<int> &wrapColumns)
    : QStyledItemDelegate(view), m_view(view),
      m_columns(wrapColumns.isEmpty()
                    ? QList<int>{TraceModel::TextColumn, TraceModel::MeaningColumn}
                    : wrapColumns)
{
}

bool TranscriptDelegate::wraps(const QModelIndex &index) const
{
    return m_wrap && m_columns.contains(index.column());
}

int TranscriptDelegate::textWidth(int column) const
{
    return std::max(16, m_view->columnWidth(column) - 2 * textMargin(m_view));
}

int TranscriptDelegate::lineHeight(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QFont &font) const
{
    const QString key = font.key();
    const auto it = m_lineHeights.constFind(key);
    if (it != m_lineHeights.cend())
        return *it;
    const int height = QStyledItemDelegate::sizeHint(option, index).height();
    if (!index.data(Qt::DisplayRole).toString().isEmpty()) // an empty cell is shorter than a line
        m_lineHeights.insert(key, height);
    return height;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QVariant fontRole = index.data(Qt::FontRole);
    const QFont font =
        fontRole.isValid() ? qvariant_cast<QFont>(fontRole).resolve(option.font) : option.font;
    const int line = lineHeight(option, index, font);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(font);
    const int margin = 2 * textMargin(m_view);
    if (!wraps(index)) // the width only matters to resizeColumnToContents, the height is one line
        return {fm.horizontalAdvance(text.left(256)) + margin, line};
    const int width = textWidth(index.column());
    // Cheap test first: a string that cannot reach the edge needs no shaping.
    if (text.isEmpty() || qsizetype(fm.maxWidth()) * text.size() <= width ||
        fm.horizontalAdvance(text) <= width)
        return {width + margin, line};
    QTextLayout layout(text, font);
    const qreal height = layoutLines(layout, width);
    return {width + margin, std::max(line, int(std::ceil(height)) + line - fm.height())};
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!wraps(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QFontMetrics fm(opt.font);
    const int margin = textMargin(widget);
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    if (fm.horizontalAdvance(text) <= area.width()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter,
                       widget); // background, selection, focus
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QTextLayout layout(text, opt.font);
    const qreal height = layoutLines(layout, area.width());
    const qreal top = area.top() + std::max<qreal>(0, (area.height() - height) / 2);
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}

} // namespace carteiro
