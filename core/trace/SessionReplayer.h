// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plays a saved session (SessionFile) into a TraceHub with no network: the
// connections first, then every event with its original id and timestamp, at
// the pace it was recorded (speed 1), faster (4, 16) or all at once (0). Any
// view of the hub (transcript, panels, diagram) shows it as it was live.
#include "trace/SessionFile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace carteiro {

class SessionReplayer : public QObject
{
    Q_OBJECT
public:
    SessionReplayer(TraceHub *hub, SessionData data, QObject *parent = nullptr);

    // speed 0: instant; otherwise the recorded gaps divided by speed.
    void start(double speed);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int delivered() const { return m_next; }
    int total() const { return int(m_data.events.size()); }
    const SessionData &data() const { return m_data; }

Q_SIGNALS:
    void progressed(int delivered, int total);
    void finished();

private:
    void deliverDue();

    QPointer<TraceHub> m_hub;
    SessionData m_data;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_speed = 0;
    qint64 m_anchorNs = 0; // session time when m_clock started
    int m_next = 0;
    bool m_connectionsImported = false;
};

} // namespace carteiro
