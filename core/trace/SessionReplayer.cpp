// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/SessionReplayer.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace carteiro {

SessionReplayer::SessionReplayer(TraceHub *hub, SessionData data, QObject *parent)
    : QObject(parent), m_hub(hub), m_data(std::move(data))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionReplayer::deliverDue);
}

void SessionReplayer::start(double speed)
{
    if (!m_hub)
        return;
    m_timer.stop();
    m_speed = speed > 0 ? speed : 0;
    if (!m_connectionsImported) {
        for (const TraceConnectionInfo &c : std::as_const(m_data.connections))
            m_hub->importConnection(c);
        m_connectionsImported = true;
    }
    // Resuming after stop(): the session's clock starts again at the next event.
    if (m_next < m_data.events.size())
        m_anchorNs = m_data.events.at(m_next).timestampNs;
    m_clock.start();
    deliverDue();
}

void SessionReplayer::stop() { m_timer.stop(); }

void SessionReplayer::deliverDue()
{
    if (!m_hub || m_next >= m_data.events.size())
        return;
    const QList<TraceEvent> &events = m_data.events;
    QList<TraceEvent> due;
    qint64 now = 0;
    if (m_speed <= 0) {
        due = events.mid(m_next);
    } else {
        // Everything recorded up to "now" in the session's own time (at least one event).
        now = m_anchorNs + qint64(double(m_clock.nsecsElapsed()) * m_speed);
        qsizetype i = m_next + 1;
        while (i < events.size() && events.at(i).timestampNs <= now)
            ++i;
        due = events.mid(m_next, i - m_next);
    }
    m_next += int(due.size());
    m_hub->importEvents(due);
    Q_EMIT progressed(m_next, total());
    if (m_next >= events.size()) {
        Q_EMIT finished();
        return;
    }
    const double ms = double(std::max<qint64>(0, events.at(m_next).timestampNs - now)) / 1e6 / m_speed;
    m_timer.start(int(std::min(std::ceil(ms), 3600.0 * 1000)));
}

} // namespace carteiro
