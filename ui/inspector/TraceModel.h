// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The inspector's transcript as a flat table: one row per TraceEvent.
//
// Shape taken from qBittorrent's logger and Trojitá's protocol-log dock: the
// model first replays TraceHub::history(), then follows
// TraceHub::eventsAppended. Batches are queued and applied on a timer, so a view
// sees at most a few rowsInserted per second whatever the traffic; the row count
// is bounded and the oldest rows are dropped in blocks (one rowsRemoved per
// block, not one per event). While the inspector is hidden (setLive(false))
// events are only queued, bounded the same way, and no view is touched.
#include "trace/TraceEvent.h"
#include "trace/TraceExplainer.h"
#include "trace/TraceHub.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace carteiro {

class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ConnectionColumn, DirectionColumn, TextColumn, MeaningColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // quint64
        ConnectionRole,                 // quint32
        ProtocolRole,                   // int(Protocol)
        DirectionRole,                  // int(Direction)
        KindRole,                       // int(TraceKind)
        ReplyCodeRole,                  // int, 0 when none
        InsideTlsRole,                  // bool
        ExportLineRole,                 // QString, the "C: ..." line of TraceText
        ExplanationKeyRole,             // QString, the LineExplainer key
        ExplanationLinkRole             // QUrl, the RFC section on rfc-editor.org
    };

    struct Options
    {
        int maxRows = 50000;       // bound on rows kept (and on events queued while hidden)
        int dropBlock = 0;         // rows dropped at once when full; 0: maxRows / 8
        int flushIntervalMs = 200; // queued batches are applied at most this often
    };

    explicit TraceModel(QObject *parent = nullptr);
    TraceModel(Options options, QObject *parent = nullptr);

    // Replays hub's history, then follows its batches. The hub must outlive the
    // model or be destroyed with it (it is held by QPointer either way).
    void setHub(TraceHub *hub);
    TraceHub *hub() const { return m_hub; }

    // Queues events (ids at or below the last one seen are ignored: a batch may
    // repeat what history() already gave). Applied by the timer or flushPending().
    void appendEvents(const QList<TraceEvent> &events);
    void flushPending();
    int pendingCount() const { return int(m_pending.size()); }

    // Trojitá's lesson: no view work while the inspector is not shown.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // Empties the view; the hub's history is untouched and not replayed again.
    // The rows cleared are kept until the next clear, for undoClear().
    void clear();
    // Puts the rows of the last clear() back before the rows that came since
    // (still bounded by maxRows); false when there is nothing to restore.
    bool undoClear();
    int clearedCount() const { return int(m_cleared.size()); }

    const TraceEvent &event(int row) const { return m_rows[size_t(row)]; }
    QList<TraceEvent> events(const QList<int> &rows) const;
    qint64 droppedRows() const { return m_dropped; }
    quint64 lastEventId() const { return m_lastId; }

    // Connections seen so far, with the hub's labels when known.
    QList<TraceConnectionInfo> connections() const;
    QString connectionLabel(quint32 connection) const;

    // The projector's font size: every row's font derives from this one.
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_font; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's text as shown (translated notes, control bytes made visible).
    static QString displayText(const TraceEvent &event);
    // The one-line meaning of an event, from its explanation key (set by the
    // model's TraceExplainer as events arrive), in the current language. Empty
    // when there is nothing to explain.
    static QString meaning(const TraceEvent &event);
    // The full explanation of a row (text, detail, RFC source and link).
    LineExplanation explanation(int row) const;
    static QString directionLabel(Direction direction); // "C", "S", "*"
    // Milliseconds since the connection's first event, in the user's locale.
    QString relativeTime(const TraceEvent &event) const;

Q_SIGNALS:
    void connectionsChanged();
    void rowsDropped(int count);

private:
    void noteConnections(const QList<TraceEvent> &events);
    QVariant foreground(const TraceEvent &e) const;
    QVariant background(const TraceEvent &e) const;
    QFont fontFor(const TraceEvent &e, int column) const;

    Options m_options;
    TraceExplainer m_explainer; // one LineExplainer per connection, fed in order
    QPointer<TraceHub> m_hub;
    std::deque<TraceEvent> m_rows;
    std::deque<TraceEvent> m_cleared; // for undoClear()
    QList<TraceEvent> m_pending;
    QTimer m_flushTimer;
    quint64 m_lastId = 0;
    qint64 m_dropped = 0;
    bool m_live = true;
    bool m_dark = false; // palette with a dark base: lighter text colours
    QFont m_font;
    QFont m_fixedFont;
    QHash<quint32, qint64> m_connectionStart; // first timestamp seen per connection
    QList<quint32> m_connectionOrder;
};

} // namespace carteiro
