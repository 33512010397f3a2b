// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws the transcript's Line and Meaning cells wrapped instead of cut, for the
// projector. Only rows whose text is wider than its column pay for a text
// layout; a one-line row's height is the style's, measured once per font and
// then reused, because QTreeView asks the height of every row between the top
// and a far index (tests/gui/TranscriptWrapBenchTest.cpp measures 50k rows).
// Painting is the standard delegate's unless a cell wraps.
#include <QHash>
#include <QStyledItemDelegate>

class QTreeView;

namespace carteiro {

class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kMaxWrappedLines =
        24; // a long base64 line stays bounded; its tooltip has it all

    // Wraps these columns of the view (default: the transcript's Line and Meaning).
    explicit TranscriptDelegate(QTreeView *view, const QList<int> &wrapColumns = {});

    void setWrapping(bool wrap) { m_wrap = wrap; }
    bool wrapping() const { return m_wrap; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    bool wraps(const QModelIndex &index) const;
    int textWidth(int column) const;
    int lineHeight(const QStyleOptionViewItem &option, const QModelIndex &index,
                   const QFont &font) const;

    QTreeView *m_view;
    QList<int> m_columns;
    bool m_wrap = true;
    mutable QHash<QString, int> m_lineHeights; // QFont::key() -> one-line row height
};

} // namespace carteiro
