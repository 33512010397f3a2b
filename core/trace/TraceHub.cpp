// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceHub.h"

#include <QMetaObject>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

namespace carteiro {

TraceHub::TraceHub(QObject *parent) : TraceHub(Limits{}, parent) {}

TraceHub::TraceHub(Limits limits, QObject *parent) : QObject(parent), m_limits(limits)
{
    qRegisterMetaType<carteiro::TraceEvent>();
    qRegisterMetaType<QList<carteiro::TraceEvent>>();
    m_clock.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_limits.batchIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TraceHub::flush);
}

quint32 TraceHub::openConnection(Protocol protocol, const QString &label)
{
    QMutexLocker lock(&m_mutex);
    TraceConnectionInfo info{m_nextConnection++, protocol, label};
    m_connections.append(info);
    if (m_connections.size() > m_limits.maxConnections) {
        m_rings.remove(m_connections.first().id);
        m_connections.removeFirst();
    }
    return info.id;
}

void TraceHub::addSecret(const QByteArray &secret)
{
    if (secret.size() < 3) // too short to mask without masking ordinary words
        return;
    QMutexLocker lock(&m_mutex);
    for (const QByteArray &form : {secret, secret.toBase64(),
                                   secret.toBase64(QByteArray::Base64UrlEncoding)}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
}

void TraceHub::setListener(std::function<void(const TraceEvent &)> listener)
{
    QMutexLocker lock(&m_mutex);
    m_listener = std::move(listener);
}

void TraceHub::record(TraceEvent event) { append(std::move(event), false); }

void TraceHub::importEvents(const QList<TraceEvent> &events)
{
    for (const TraceEvent &e : events)
        append(e, true);
}

bool TraceHub::importConnection(const TraceConnectionInfo &info)
{
    QMutexLocker lock(&m_mutex);
    if (info.id == 0)
        return false;
    for (const TraceConnectionInfo &c : std::as_const(m_connections))
        if (c.id == info.id)
            return false;
    m_connections.append(info);
    m_nextConnection = std::max(m_nextConnection, info.id + 1);
    if (m_connections.size() > m_limits.maxConnections) {
        m_rings.remove(m_connections.first().id);
        m_connections.removeFirst();
    }
    return true;
}

QByteArray TraceHub::redact(QByteArray bytes) const
{
    QMutexLocker lock(&m_mutex);
    for (const QByteArray &secret : m_secrets)
        bytes.replace(secret, QByteArrayLiteral("*****"));
    return bytes;
}

void TraceHub::append(TraceEvent event, bool keepIdAndTime)
{
    std::function<void(const TraceEvent &)> listener;
    {
        QMutexLocker lock(&m_mutex);
        for (const QByteArray &secret : m_secrets)
            event.bytes.replace(secret, QByteArrayLiteral("*****"));
        // An imported event was cut when first recorded (and its loader bounds it).
        if (!keepIdAndTime && event.bytes.size() > m_limits.maxLineBytes) {
            const qint64 total = event.bytes.size();
            event.bytes.truncate(m_limits.maxLineBytes);
            event.bytes += " ... [" + QByteArray::number(total) + " bytes]";
        }
        if (!keepIdAndTime || event.id < m_nextId)
            event.id = m_nextId;
        m_nextId = event.id + 1;
        if (!keepIdAndTime)
            event.timestampNs = m_clock.nsecsElapsed();
        auto &ring = m_rings[event.connection];
        ring.push_back(event);
        if (int(ring.size()) > m_limits.eventsPerConnection) {
            ring.pop_front();
            ++m_dropped;
        }
        m_pending.append(event);
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
        }
        listener = m_listener;
    }
    if (listener)
        listener(event);
}

void TraceHub::flush()
{
    QList<TraceEvent> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_flushScheduled = false;
    }
    if (!batch.isEmpty())
        Q_EMIT eventsAppended(batch);
}

QList<TraceEvent> TraceHub::history(quint32 connection) const
{
    QMutexLocker lock(&m_mutex);
    QList<TraceEvent> out;
    if (connection != 0) {
        const auto it = m_rings.constFind(connection);
        if (it != m_rings.constEnd())
            out = QList<TraceEvent>(it->begin(), it->end());
        return out;
    }
    for (const auto &ring : m_rings)
        out.append(QList<TraceEvent>(ring.begin(), ring.end()));
    std::sort(out.begin(), out.end(),
              [](const TraceEvent &a, const TraceEvent &b) { return a.id < b.id; });
    return out;
}

QList<TraceConnectionInfo> TraceHub::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

qint64 TraceHub::droppedEvents() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

} // namespace carteiro
