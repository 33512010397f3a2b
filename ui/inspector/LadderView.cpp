// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/LadderView.h"

#include "inspector/LadderPainter.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptExport.h"
#include "inspector/TranscriptPane.h"
#include "trace/LadderSvg.h"
#include "trace/TraceExplainer.h"
#include "trace/TraceText.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontInfo>
#include <QImageWriter>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

// The chart itself, inside a scroll area: paints the layout, finds the arrow
// under a click.
class LadderCanvas : public QWidget
{
public:
    explicit LadderCanvas(LadderView *view) : QWidget(view), m_view(view)
    {
        setObjectName(QStringLiteral("ladderCanvas"));
        setMouseTracking(true);
        setAutoFillBackground(true);
        QPalette pal = palette();
        pal.setColor(QPalette::Window, Qt::white); // the slide's colours, in light and dark themes
        setPalette(pal);
    }
    void updateSize() { setFixedSize(m_view->ladderLayout().size.toSize().expandedTo(QSize(1, 1))); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        LadderPainter::paint(p, m_view->ladderLayout(), m_view->selectedArrow());
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        const int arrow = m_view->ladderLayout().arrowAt(event->position());
        if (arrow >= 0)
            m_view->activateArrow(arrow);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        setCursor(m_view->ladderLayout().arrowAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

private:
    LadderView *m_view;
};

LadderView::LadderView(TranscriptPane *transcript, QWidget *parent) : QWidget(parent), m_transcript(transcript)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("ladderToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_toolBar->addWidget(m_heading);
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Export SVG..."), this, &LadderView::exportSvgWithDialog)
        ->setToolTip(tr("Save the diagram as an SVG drawing (for slides)"));
    m_toolBar->addAction(tr("Export PNG..."), this, &LadderView::exportPngWithDialog)
        ->setToolTip(tr("Save the diagram as a PNG image (for slides)"));

    m_canvas = new LadderCanvas(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("ladderExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setOpenExternalLinks(true); // the RFC section at rfc-editor.org
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setText(tr("Click an arrow: its line is selected in the transcript and explained here."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_explanation);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &LadderView::refresh);
    TraceModel *model = m_transcript->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &LadderView::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &LadderView::scheduleRefresh);
    connect(m_transcript->connectionBox(), &QComboBox::currentIndexChanged, this, &LadderView::scheduleRefresh);
    connect(m_transcript->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (pickConnection() != m_connection)
            scheduleRefresh();
    });
}

QWidget *LadderView::canvas() const { return m_canvas; }

void LadderView::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer->start();
}

void LadderView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void LadderView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The inspector's A-/A+ set every widget's font: the chart follows.
    if (event->type() == QEvent::FontChange && isVisible())
        scheduleRefresh();
}

quint32 LadderView::pickConnection() const
{
    const quint32 filtered = m_transcript->connectionBox()->currentData().toUInt();
    if (filtered != 0)
        return filtered;
    const QModelIndex current = m_transcript->view()->currentIndex();
    if (current.isValid())
        return current.data(TraceModel::ConnectionRole).toUInt();
    const QList<TraceConnectionInfo> all = m_transcript->model()->connections();
    return all.isEmpty() ? 0 : all.constLast().id;
}

QString LadderView::title() const
{
    return m_transcript->model()->connectionLabel(m_connection);
}

void LadderView::refresh()
{
    m_refreshTimer->stop();
    TraceModel *model = m_transcript->model();
    model->flushPending();
    const quint32 previous = m_connection;
    const quint64 selectedId = m_selected >= 0 && m_selected < m_layout.arrows.size()
                                   ? m_layout.arrows.at(m_selected).eventId
                                   : 0;
    m_connection = pickConnection();
    m_events.clear();
    Protocol protocol = Protocol::Other;
    TraceExplainer explainer; // each line read in the context of the lines before it
    for (int row = 0; row < model->rowCount(); ++row) {
        const TraceEvent &e = model->event(row);
        if (e.connection == m_connection) {
            m_events.append(e);
            explainer.annotate(m_events.last()); // a saved session brings its own key
            protocol = e.protocol;
        }
    }
    LadderLayout::Options options;
    // Points to pixels at the screen's resolution, as the rest of the dock.
    options.fontPx = std::max(6.0, QFontInfo(font()).pixelSize() * 1.0);
    options.serverTitle = m_connection == 0
                              ? QString()
                              : tr("Server (%1)").arg(QString::fromLatin1(protocolName(protocol)));
    m_layout = LadderLayout::build(m_events, options);
    m_selected = -1;
    if (previous == m_connection && selectedId != 0)
        for (int i = 0; i < m_layout.arrows.size(); ++i)
            if (m_layout.arrows.at(i).eventId == selectedId)
                m_selected = i;
    m_heading->setText(m_connection == 0 ? tr("No connection yet")
                                         : tr("#%1 %2").arg(m_connection).arg(title()));
    m_canvas->updateSize();
    m_canvas->update();
}

bool LadderView::activateArrow(int index)
{
    if (index < 0 || index >= m_layout.arrows.size())
        return false;
    m_selected = index;
    const LadderArrow &a = m_layout.arrows.at(index);
    const TraceEvent &e = m_events.at(a.eventIndex);
    m_transcript->revealEvent(e.id);
    m_explanation->setText(explanationHtml(e, a.pipelined));
    m_canvas->update();
    m_scroll->ensureVisible(qRound(a.labelAt.x()), qRound(a.labelAt.y()));
    Q_EMIT arrowActivated(e.id);
    return true;
}

QString LadderView::explanationHtml(const TraceEvent &e, bool pipelined)
{
    // The catalog's explanation in the current language (a saved session keeps
    // only the key); the reply-code meaning where the catalog has none.
    const LineExplanation x = TraceExplainer::fromKey(e.explanationKey);
    QString html = QStringLiteral("<b>") + QString::fromUtf8(TraceText::line(e)).toHtmlEscaped() +
                   QStringLiteral("</b><br>");
    const QString text = x.known ? x.text : TraceModel::meaning(e);
    html += text.isEmpty() ? tr("No explanation for this line yet.").toHtmlEscaped() : text.toHtmlEscaped();
    if (x.known && !x.source.isEmpty()) {
        html += QStringLiteral(" (");
        html += x.link.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(x.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                            x.source.toHtmlEscaped())
                                 : x.source.toHtmlEscaped();
        html += QLatin1Char(')');
    }
    if (x.known && !x.detail.isEmpty())
        html += QStringLiteral("<br>") + x.detail.toHtmlEscaped();
    if (pipelined)
        html += QStringLiteral("<br><i>") +
                tr("Sent before the reply to the previous command arrived (pipelining, RFC 2920).")
                    .toHtmlEscaped() +
                QStringLiteral("</i>");
    return html;
}

QString LadderView::explanationText() const
{
    QTextDocument doc;
    doc.setHtml(m_explanation->text());
    return doc.toPlainText();
}

QImage LadderView::renderImage(double scale) const { return LadderPainter::render(m_layout, scale); }

bool LadderView::exportSvg(const QString &path, QString *error) const
{
    return TranscriptExport::writeFile(path, LadderSvg::write(m_layout, title()), error);
}

bool LadderView::exportPng(const QString &path, QString *error, double scale) const
{
    QImageWriter writer(path, "png");
    if (!writer.write(renderImage(scale))) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

void LadderView::exportSvgWithDialog()
{
    refresh();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram as SVG"),
                                                      QStringLiteral("diagram.svg"),
                                                      tr("SVG drawings (*.svg);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportSvg(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void LadderView::exportPngWithDialog()
{
    refresh();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram as PNG"),
                                                      QStringLiteral("diagram.png"),
                                                      tr("PNG images (*.png);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace carteiro
