// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inspector's Diagram tab: the connection selected in the transcript as a
// ladder (sequence) chart (core/trace/LadderLayout.h). Clicking an arrow
// selects its row in the transcript and shows the line's explanation below
// the chart; the chart exports as SVG and PNG for slides and follows the
// inspector's font size. It lays out only while shown.
#include "trace/LadderLayout.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QTimer;
class QToolBar;

namespace carteiro {

class LadderCanvas;
class TranscriptPane;

class LadderView : public QWidget
{
    Q_OBJECT
public:
    explicit LadderView(TranscriptPane *transcript, QWidget *parent = nullptr);

    // The connection drawn: the transcript's filter when it shows one, else the
    // connection of its current row, else the newest connection.
    quint32 connection() const { return m_connection; }
    const LadderLayout &ladderLayout() const { return m_layout; }
    const QList<TraceEvent> &events() const { return m_events; }
    int selectedArrow() const { return m_selected; }
    QString explanationText() const; // as plain text
    // The line, its explanation (catalog key, else the reply-code meaning) and
    // its RFC section as a link.
    static QString explanationHtml(const TraceEvent &event, bool pipelined = false);
    QWidget *canvas() const;
    QToolBar *toolBar() const { return m_toolBar; }

    // Lays out again now (the view does it by itself, batched, while shown).
    void refresh();
    // What a click on arrow `index` does: select the transcript row, explain.
    bool activateArrow(int index);

    bool exportSvg(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error, double scale = 2.0) const;
    QImage renderImage(double scale = 1.0) const;

public Q_SLOTS:
    void exportSvgWithDialog();
    void exportPngWithDialog();

Q_SIGNALS:
    void arrowActivated(quint64 eventId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    quint32 pickConnection() const;
    QString title() const;

    TranscriptPane *m_transcript = nullptr;
    LadderCanvas *m_canvas = nullptr;
    QScrollArea *m_scroll = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QTimer *m_refreshTimer = nullptr;
    LadderLayout m_layout;
    QList<TraceEvent> m_events;
    quint32 m_connection = 0;
    int m_selected = -1;
};

} // namespace carteiro
