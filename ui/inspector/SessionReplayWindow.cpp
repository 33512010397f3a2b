// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/SessionReplayWindow.h"

#include "inspector/InspectorDock.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "trace/SessionReplayer.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace carteiro {

SessionReplayWindow::SessionReplayWindow(SessionData data, const QString &title, QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_data(std::move(data))
{
    setObjectName(QStringLiteral("SessionReplayWindow"));
    setWindowTitle(tr("Saved session: %1").arg(title));
    auto *bar = addToolBar(tr("Replay"));
    bar->setObjectName(QStringLiteral("replayToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Speed:"), bar));
    m_speed = new QComboBox(bar);
    m_speed->addItem(tr("1x (as recorded)"), 1.0);
    m_speed->addItem(tr("4x"), 4.0);
    m_speed->addItem(tr("16x"), 16.0);
    m_speed->addItem(tr("Instant"), 0.0);
    bar->addWidget(m_speed);
    bar->addAction(tr("Replay"), this, &SessionReplayWindow::replayAtChosenSpeed)
        ->setToolTip(tr("Empty the inspector and play the session again at this speed"));
    m_stop = bar->addAction(tr("Stop"), this, &SessionReplayWindow::stop);
    m_stop->setEnabled(false);
    m_progress = new QLabel(bar);
    bar->addWidget(m_progress);
    resize(1100, 700);
    replay(0); // opened as it was
}

void SessionReplayWindow::replay(double speed)
{
    // A fresh hub and inspector: every panel starts empty and follows the replay.
    SessionReplayer *oldReplayer = m_replayer;
    TraceHub *oldHub = m_hub;
    m_hub = new TraceHub(this);
    m_dock = new InspectorDock(m_hub, this);
    m_dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_dock->setWindowTitle(windowTitle());
    m_dock->transcript()->model()->setLive(true);
    setCentralWidget(m_dock); // the previous inspector goes with deleteLater() ...
    if (oldReplayer) {
        oldReplayer->stop();
        oldReplayer->deleteLater();
    }
    if (oldHub)
        oldHub->deleteLater(); // ... and its hub after it, so that no panel outlives its hub

    if (!m_data.messages.isEmpty())
        m_dock->showMessage(m_data.messages.first().raw);
    m_replayer = new SessionReplayer(m_hub, m_data, this);
    connect(m_replayer, &SessionReplayer::progressed, this, &SessionReplayWindow::updateProgress);
    connect(m_replayer, &SessionReplayer::finished, this, [this] { m_stop->setEnabled(false); });
    m_stop->setEnabled(speed > 0);
    updateProgress(0, m_replayer->total());
    m_replayer->start(speed);
    if (speed <= 0) { // on screen now, not after the hub's next batch
        m_dock->transcript()->model()->appendEvents(m_hub->history());
        m_dock->transcript()->model()->flushPending();
    }
}

void SessionReplayWindow::replayAtChosenSpeed() { replay(m_speed->currentData().toDouble()); }

void SessionReplayWindow::stop()
{
    if (m_replayer)
        m_replayer->stop();
    m_stop->setEnabled(false);
}

void SessionReplayWindow::updateProgress(int delivered, int total)
{
    m_progress->setText(tr("%1 of %2 events").arg(delivered).arg(total));
}

} // namespace carteiro
