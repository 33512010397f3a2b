// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The detail area under the transcript: the full explanation of the selected
// row (what the line means, the longer detail, and the RFC section as a link
// that opens rfc-editor.org in the browser).
#include "trace/LineExplainer.h"

#include <QUrl>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QScrollArea;
class QModelIndex;

namespace carteiro {

class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    // Follows the current row of a view over TraceModel (or a proxy of it).
    void attach(QAbstractItemView *view);

    void setExplanation(const QString &line, const LineExplanation &explanation);
    void clear();

    const LineExplanation &explanation() const { return m_explanation; }
    QString shownText() const;   // the one line, as shown
    QString shownDetail() const; // the detail, as shown
    QUrl link() const { return m_explanation.link; }
    QLabel *linkLabel() const { return m_source; }

    // Room for the line, the meaning, a few lines of detail and the source, in
    // the current (projector) font; the splitter above may give more.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public Q_SLOTS:
    // Opens the RFC section in the browser (QDesktopServices).
    void openLink();

Q_SIGNALS:
    void linkOpened(const QUrl &url);

private:
    void showIndex(const QModelIndex &index);

    QLabel *m_line = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
    QScrollArea *m_detailArea = nullptr;
    QLabel *m_source = nullptr;
    LineExplanation m_explanation;
};

} // namespace carteiro
