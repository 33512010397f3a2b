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

TranscriptDelegate::TranscriptDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

bool TranscriptDelegate::wraps(const QModelIndex &index) const
{
    return m_wrap && (index.column() == TraceModel::TextColumn || index.column() == TraceModel::MeaningColumn);
}

int TranscriptDelegate::textWidth(int column) const
{
    return std::max(16, m_view->columnWidth(column) - 2 * textMargin(m_view));
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!wraps(index))
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(index.column());
    const QFontMetrics fm(opt.font);
    if (opt.text.isEmpty() || fm.horizontalAdvance(opt.text) <= width)
        return size; // the common case: one line, no layout
    QTextLayout layout(opt.text, opt.font);
    const qreal height = layoutLines(layout, width);
    size.setHeight(std::max(size.height(), int(std::ceil(height)) + size.height() - fm.height()));
    return size;
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QTextLayout layout(text, opt.font);
    const qreal height = layoutLines(layout, area.width());
    const qreal top = area.top() + std::max<qreal>(0, (area.height() - height) / 2);
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}

} // namespace carteiro
