// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inspector's event stream: every line in both directions, TLS results, state
// changes and errors, redacted at the tap, kept in a bounded ring buffer per
// connection and delivered to viewers in batches (core/README.md).
#include "trace/TraceEvent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace carteiro {

struct TraceConnectionInfo
{
    quint32 id = 0;
    Protocol protocol = Protocol::Other;
    QString label; // "smtp://127.0.0.1:10587 (alice)"
};

class TraceHub : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int eventsPerConnection = 20000; // ring buffer size per connection
        int maxLineBytes = 8192;         // longer lines are cut in the trace (noted)
        int batchIntervalMs = 100;       // viewers get batches, never a signal per line
        int maxConnections = 256;        // oldest connection's history is dropped first
    };

    explicit TraceHub(QObject *parent = nullptr);
    TraceHub(Limits limits, QObject *parent = nullptr);

    quint32 openConnection(Protocol protocol, const QString &label);
    // Masks this secret (raw and base64) in every later event of every connection.
    void addSecret(const QByteArray &secret);

    // Thread-safe. Assigns id and timestamp, applies redaction and limits.
    void record(TraceEvent event);

    // Replay of a saved session (core/trace/SessionFile.h): a connection with
    // its original id (false when the id is 0 or taken), and events with their
    // original ids and timestamps. Redaction and the ring limits still apply;
    // an id not above the last one given is replaced by the next free id.
    bool importConnection(const TraceConnectionInfo &info);
    void importEvents(const QList<TraceEvent> &events);
    // The bytes with every secret added so far masked, as record() masks them.
    QByteArray redact(QByteArray bytes) const;

    // Called synchronously for each recorded event (after redaction), in the
    // recording thread; the CLI uses it to stream `--trace` to stderr.
    void setListener(std::function<void(const TraceEvent &)> listener);

    QList<TraceEvent> history(quint32 connection = 0) const; // 0: all connections
    QList<TraceConnectionInfo> connections() const;
    qint64 droppedEvents() const;

Q_SIGNALS:
    void eventsAppended(const QList<carteiro::TraceEvent> &batch);

private:
    void flush();
    void append(TraceEvent event, bool keepIdAndTime);

    Limits m_limits;
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    quint32 m_nextConnection = 1;
    QList<TraceConnectionInfo> m_connections;
    QHash<quint32, std::deque<TraceEvent>> m_rings;
    QList<QByteArray> m_secrets;
    QList<TraceEvent> m_pending;
    qint64 m_dropped = 0;
    bool m_flushScheduled = false;
    std::function<void(const TraceEvent &)> m_listener;
    QTimer *m_timer = nullptr;
};

} // namespace carteiro
