// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Base of the inspector's per-connection panels (Capabilities, TLS): a chooser
// of the connection shown ("Newest connection" or one of the hub's), and a
// refresh from TraceHub::history() of that connection, debounced and only while
// shown. Being derived from events, a panel works the same for a send, a sync,
// the protocol console and a saved session fed into a hub.
#include "trace/TraceEvent.h"
#include "trace/TraceHub.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace carteiro {

class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionPanel(TraceHub *hub, QWidget *parent = nullptr);

    QComboBox *connectionBox() const { return m_box; }
    // The connection chosen (0: the newest one) and the one actually shown.
    quint32 chosenConnection() const { return m_chosen; }
    quint32 shownConnection() const { return m_shown; }

public Q_SLOTS:
    // 0: follow the newest connection.
    void setConnection(quint32 connection);
    // Re-reads the hub now (tests, and the debounce timer).
    void refresh();

protected:
    // Draws the panel for these events of `connection` (0 and empty: none yet).
    virtual void render(quint32 connection, const QList<TraceEvent> &events) = 0;
    QVBoxLayout *body() const { return m_body; }
    TraceHub *hub() const { return m_hub; }
    QString connectionTitle(quint32 connection) const;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onBatch(const QList<TraceEvent> &batch);
    void refreshChooser();
    quint32 newestConnection() const;

    QPointer<TraceHub> m_hub;
    QComboBox *m_box = nullptr;
    QVBoxLayout *m_body = nullptr;
    QTimer m_timer;
    quint32 m_chosen = 0;
    quint32 m_shown = 0;
    int m_knownConnections = -1;
    bool m_dirty = true;
};

} // namespace carteiro
