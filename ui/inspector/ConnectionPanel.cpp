// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/ConnectionPanel.h"

#include "trace/TraceHub.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace carteiro {

ConnectionPanel::ConnectionPanel(TraceHub *hub, QWidget *parent) : QWidget(parent), m_hub(hub)
{
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("panelConnectionBox"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setToolTip(tr("The connection this panel describes"));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Connection:"), this);
    label->setBuddy(m_box);
    top->addWidget(label);
    top->addWidget(m_box, 1);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(m_body, 1);

    // A batch per 100 ms during a sync: redraw at most a few times a second.
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionPanel::refresh);
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        m_chosen = m_box->currentData().toUInt();
        refresh();
    });
    if (hub)
        connect(hub, &TraceHub::eventsAppended, this, &ConnectionPanel::onBatch);
    refreshChooser();
}

quint32 ConnectionPanel::newestConnection() const
{
    if (!m_hub)
        return 0;
    const QList<TraceConnectionInfo> all = m_hub->connections();
    return all.isEmpty() ? 0 : all.constLast().id;
}

QString ConnectionPanel::connectionTitle(quint32 connection) const
{
    if (m_hub)
        for (const TraceConnectionInfo &c : m_hub->connections())
            if (c.id == connection)
                return tr("#%1 %2 %3")
                    .arg(connection)
                    .arg(QString::fromLatin1(protocolName(c.protocol)), c.label);
    return tr("#%1").arg(connection);
}

void ConnectionPanel::refreshChooser()
{
    const QList<TraceConnectionInfo> all =
        m_hub ? m_hub->connections() : QList<TraceConnectionInfo>{};
    if (all.size() == m_knownConnections)
        return;
    m_knownConnections = int(all.size());
    const QSignalBlocker block(m_box);
    m_box->clear();
    m_box->addItem(tr("Newest connection"), 0u);
    for (const TraceConnectionInfo &c : all)
        m_box->addItem(connectionTitle(c.id), c.id);
    const int idx = m_box->findData(m_chosen);
    m_box->setCurrentIndex(idx < 0 ? 0 : idx);
    if (idx < 0)
        m_chosen = 0;
}

void ConnectionPanel::setConnection(quint32 connection)
{
    refreshChooser();
    const int idx = m_box->findData(connection);
    m_chosen = idx < 0 ? 0 : connection;
    const QSignalBlocker block(m_box);
    m_box->setCurrentIndex(idx < 0 ? 0 : idx);
    refresh();
}

void ConnectionPanel::onBatch(const QList<TraceEvent> &batch)
{
    refreshChooser();
    const quint32 target = m_chosen ? m_chosen : newestConnection();
    const bool concerned = target != m_shown ||
                           std::any_of(batch.cbegin(), batch.cend(), [target](const TraceEvent &e) {
                               return e.connection == target;
                           });
    if (!concerned)
        return;
    m_dirty = true;
    if (isVisible() && !m_timer.isActive())
        m_timer.start();
}

void ConnectionPanel::refresh()
{
    m_timer.stop();
    refreshChooser();
    m_dirty = false;
    m_shown = m_chosen ? m_chosen : newestConnection();
    render(m_shown, m_shown && m_hub ? m_hub->history(m_shown) : QList<TraceEvent>{});
}

void ConnectionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace carteiro
