#pragma once
// Draws the transcript's Line and Meaning cells wrapped instead of cut, for the
// projector. Only rows whose text is wider than its column pay for a text
// layout (sizeHint measures the advance first), so a 50k-row model stays cheap;
// everything else is the standard delegate.
#include <QStyledItemDelegate>

class QTreeView;

namespace carteiro {

class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kMaxWrappedLines = 24; // a long base64 line stays bounded; its tooltip has it all

    explicit TranscriptDelegate(QTreeView *view);

    void setWrapping(bool wrap) { m_wrap = wrap; }
    bool wrapping() const { return m_wrap; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool wraps(const QModelIndex &index) const;
    int textWidth(int column) const;

    QTreeView *m_view;
    bool m_wrap = true;
};

} // namespace carteiro
