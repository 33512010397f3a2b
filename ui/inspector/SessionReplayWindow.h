// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved inspector session, opened: the whole inspector (transcript, panels,
// diagram, MIME tree) over a TraceHub of its own that a SessionReplayer feeds,
// at once or at the recorded pace (1x, 4x, 16x). No network is touched.
#include "trace/SessionFile.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;

namespace carteiro {

class InspectorDock;
class SessionReplayer;

class SessionReplayWindow : public QMainWindow
{
    Q_OBJECT
public:
    SessionReplayWindow(SessionData data, const QString &title, QWidget *parent = nullptr);

    InspectorDock *dock() const { return m_dock; }
    TraceHub *hub() const { return m_hub; }
    SessionReplayer *replayer() const { return m_replayer; }
    QComboBox *speedBox() const { return m_speed; }

public Q_SLOTS:
    // Empties the inspector and plays the session again; speed 0: at once.
    void replay(double speed);
    void replayAtChosenSpeed();
    void stop();

private:
    void updateProgress(int delivered, int total);

    SessionData m_data;
    TraceHub *m_hub = nullptr;
    InspectorDock *m_dock = nullptr;
    SessionReplayer *m_replayer = nullptr;
    QComboBox *m_speed = nullptr;
    QAction *m_stop = nullptr;
    QLabel *m_progress = nullptr;
};

} // namespace carteiro
