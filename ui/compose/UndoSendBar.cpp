// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoSendBar.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace carteiro {

UndoSendBar::UndoSendBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("undoSendBar"));
    setFrameShape(QFrame::StyledPanel);
    // A calm yellow: it asks for a decision without alarming.
    setStyleSheet(QStringLiteral("#undoSendBar { background: #fff4c2; border: 1px solid #d9b92b; border-radius: 4px; }"
                                 "#undoSendBar QLabel { color: #3d3200; }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 4, 2);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setToolTip(tr("Take the message back into a composer window; nothing is sent"));
    row->addWidget(m_label, 1);
    row->addWidget(m_undo);
    m_tick = new QTimer(this);
    m_tick->setInterval(250); // the seconds change on time, whatever the phase
    connect(m_tick, &QTimer::timeout, this, &UndoSendBar::refresh);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const qint64 id = shownId())
            Q_EMIT undoRequested(id);
    });
    hide();
}

void UndoSendBar::add(qint64 outboxId, const QString &subject, const QDateTime &sendAt)
{
    forget(outboxId);
    m_pending.append({outboxId, subject, sendAt});
    m_tick->start();
    refresh();
}

void UndoSendBar::forget(qint64 outboxId)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending[i].id == outboxId) {
            m_pending.removeAt(i);
            break;
        }
    refresh();
}

void UndoSendBar::retain(const QSet<qint64> &waiting)
{
    const qsizetype before = m_pending.size();
    m_pending.removeIf([&](const Pending &p) { return !waiting.contains(p.id); });
    if (m_pending.size() != before)
        refresh();
}

qint64 UndoSendBar::shownId() const
{
    return m_pending.isEmpty() ? 0 : m_pending.last().id;
}

void UndoSendBar::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i)
        if (m_pending[i].sendAt <= now)
            m_pending.removeAt(i); // its time is up: the outbox sends it
    if (m_pending.isEmpty()) {
        m_tick->stop();
        hide();
        return;
    }
    const Pending &p = m_pending.last();
    const qint64 seconds = (now.msecsTo(p.sendAt) + 999) / 1000;
    const QString subject = QFontMetrics(m_label->font())
                                .elidedText(p.subject.isEmpty() ? tr("(no subject)") : p.subject, Qt::ElideRight,
                                            260);
    QString text = tr("Sending \u201c%1\u201d in %n s", nullptr, int(seconds)).arg(subject);
    if (m_pending.size() > 1)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(m_pending.size() - 1));
    m_label->setText(text);
    show();
}

} // namespace carteiro
