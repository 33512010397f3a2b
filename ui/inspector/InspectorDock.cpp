// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/InspectorDock.h"

#include "ProjectorScale.h"
#include "inspector/CapabilityPanel.h"
#include "inspector/LadderView.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "inspector/SessionSummary.h"
#include "inspector/TlsPanel.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

InspectorDock::InspectorDock(TraceHub *hub, QWidget *parent) : QDockWidget(tr("Protocol inspector"), parent)
{
    setObjectName(QStringLiteral("InspectorDock")); // for QMainWindow::saveState()
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                QDockWidget::DockWidgetClosable);

    auto *body = new QWidget(this);
    m_transcript = new TranscriptPane(hub, body);
    m_mime = new MimePane(body);
    m_session = new SessionSummary(body);
    m_tabs = new QTabWidget(body);
    m_tabs->addTab(m_transcript, tr("Transcript"));
    m_tabs->addTab(m_mime, tr("MIME"));
    m_tabs->addTab(m_session, tr("Session"));
    m_capabilities = new CapabilityPanel(hub, body);
    m_tls = new TlsPanel(hub, body);
    m_tabs->addTab(m_capabilities, tr("Capabilities"));
    m_tabs->addTab(m_tls, tr("TLS"));
    // The panels describe the connection the transcript shows ("All": the newest).
    connect(m_transcript->connectionBox(), &QComboBox::currentIndexChanged, this, [this] {
        const quint32 connection = m_transcript->connectionBox()->currentData().toUInt();
        m_capabilities->setConnection(connection);
        m_tls->setConnection(connection);
    });
    m_ladder = new LadderView(m_transcript, body);
    m_tabs->addTab(m_ladder, tr("Diagram"));
    m_tabs->setCornerWidget(buildFontBar(), Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);
    setWidget(body);

    m_defaultPoints = ProjectorScale::defaultPointSize(); // not the projector size of a window before
    m_fontPoints = m_defaultPoints;

    // Render only while visible; catch up in one batch when shown again.
    m_transcript->model()->setLive(false);
    connect(this, &QDockWidget::visibilityChanged, m_transcript->model(), &TraceModel::setLive);
    connect(m_transcript, &TranscriptPane::bodyRowActivated, this, [this] {
        if (!m_mime->model()->isEmpty())
            m_tabs->setCurrentWidget(m_mime);
    });
}

QWidget *InspectorDock::buildFontBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    struct Button { QString text, tip; QKeySequence key; void (InspectorDock::*slot)(); };
    const Button buttons[] = {
        {tr("A-"), tr("Smaller text (Ctrl+-)"), QKeySequence(Qt::CTRL | Qt::Key_Minus), &InspectorDock::decreaseFont},
        {tr("A"), tr("Default text size (Ctrl+0)"), QKeySequence(Qt::CTRL | Qt::Key_0), &InspectorDock::resetFont},
        {tr("A+"), tr("Larger text for a projector (Ctrl++)"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
         &InspectorDock::increaseFont},
    };
    for (const Button &b : buttons) {
        auto *action = new QAction(b.text, this);
        action->setToolTip(b.tip);
        action->setShortcut(b.key);
        // Only while the focus is in the inspector: the main window keeps its own zoom keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, b.slot);
        addAction(action);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    // Ctrl+= too: on many keyboards "+" needs Shift.
    auto *equals = new QAction(this);
    equals->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    equals->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(equals, &QAction::triggered, this, &InspectorDock::increaseFont);
    addAction(equals);
    return bar;
}

void InspectorDock::setFontPointSize(int points)
{
    points = std::clamp(points, kMinFontPoints, kMaxFontPoints);
    const bool changed = points != m_fontPoints;
    m_fontPoints = points;
    // Every widget of the dock, including those with their own (fixed-width)
    // font, keeps its family and takes the new size.
    QList<QWidget *> widgets = widget()->findChildren<QWidget *>();
    widgets.prepend(widget());
    for (QWidget *w : widgets) {
        QFont f = w->font();
        f.setPointSize(points);
        w->setFont(f);
    }
    QFont base = m_transcript->model()->baseFont();
    base.setPointSize(points);
    m_transcript->model()->setBaseFont(base);
    if (changed)
        Q_EMIT fontPointSizeChanged(points);
}

void InspectorDock::increaseFont() { setFontPointSize(m_fontPoints + (m_fontPoints >= 16 ? 2 : 1)); }
void InspectorDock::decreaseFont() { setFontPointSize(m_fontPoints - (m_fontPoints > 16 ? 2 : 1)); }
void InspectorDock::resetFont() { setFontPointSize(m_defaultPoints); }

bool InspectorDock::showMessage(const QByteArray &raw) { return m_mime->showMessage(raw); }
bool InspectorDock::showMessageFile(const QString &path) { return m_mime->showMessageFile(path); }
bool InspectorDock::showParsed(const ParsedMessagePtr &message) { return m_mime->showParsed(message); }

} // namespace carteiro
