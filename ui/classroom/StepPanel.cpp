// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroom/StepPanel.h"


#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carteiro {

namespace {
QLabel *wrapping(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

StepPanel::StepPanel(QWidget *parent) : QDockWidget(tr("Step mode"), parent)
{
    setObjectName(QStringLiteral("stepPanel"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_title = wrapping(body);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_command = wrapping(body);
    m_command->setObjectName(QStringLiteral("stepCommand"));
    m_command->setTextFormat(Qt::PlainText); // server-independent, but user data (addresses)
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setFrameShape(QFrame::StyledPanel);
    m_explanation = wrapping(body);
    m_explanation->setTextFormat(Qt::RichText); // the RFC link; every part is escaped
    m_explanation->setOpenExternalLinks(true);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_waiting = wrapping(body);
    m_waiting->setTextFormat(Qt::PlainText);
    m_status = wrapping(body);
    m_status->setTextFormat(Qt::PlainText);
    m_next = new QPushButton(tr("&Next"), body);
    m_next->setToolTip(tr("Send this one command to the server"));
    m_run = new QPushButton(tr("&Run to end"), body);
    m_run->setToolTip(tr("Send everything that follows without stopping; step mode ends"));
    m_stop = new QPushButton(tr("S&top"), body);
    m_stop->setToolTip(tr("Drop the held commands and end the session politely (QUIT or LOGOUT)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_next);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    layout->addWidget(m_title);
    layout->addWidget(m_command);
    layout->addWidget(m_explanation);
    layout->addWidget(m_waiting);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);
    // A scroll area gives the wrapped labels their height for the dock's width
    // (a dock's own layout does not ask heightForWidth).
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_current && m_holding) {
            m_holding = false; // one click, one command
            updateButtons();
            m_current->next();
        }
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_current) {
            m_runningToEnd = m_current;
            m_current->runToEnd();
        }
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_current)
            m_current->stop();
    });
    m_status->setText(tr("Choose Tools > Step through the next send (or IMAP sync, or POP3 retrieval)."));
    updateButtons();
}

StepPanel::~StepPanel()
{
    for (StepGate *g : std::as_const(m_gates))
        g->deleteLater();
}

QString StepPanel::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp: return QStringLiteral("SMTP");
    case Protocol::Imap: return QStringLiteral("IMAP");
    case Protocol::Pop3: return QStringLiteral("POP3");
    case Protocol::Other: break;
    }
    return QString();
}

void StepPanel::watch(StepGate *gate, const QString &job)
{
    m_gates.append(gate);
    m_jobs.insert(gate, job);
    if (!m_current)
        m_current = gate;
    // Queued: the gate emits on its worker thread.
    connect(gate, &StepGate::commandHeld, this, [this, gate](const StepInfo &s) { onHeld(gate, s); });
    connect(gate, &StepGate::released, this,
            [this, gate](const StepInfo &s, int heldNow) { onReleased(gate, s, heldNow); });
    connect(gate, &StepGate::finished, this, [this, gate](bool byUser) { onFinished(gate, byUser); });
    m_title->setText(tr("Armed: %1").arg(job));
    m_command->clear();
    m_explanation->clear();
    m_waiting->clear();
    m_status->setText(tr("Carteiro will stop before each command (%1) and show it here.").arg(job));
    show();
    raise();
    updateButtons();
}

void StepPanel::forget(StepGate *gate)
{
    if (!m_gates.contains(gate))
        return;
    if (m_runningToEnd == gate)
        m_runningToEnd = nullptr;
    m_gates.removeAll(gate);
    m_jobs.remove(gate);
    if (m_current == gate)
        m_current = m_gates.isEmpty() ? nullptr : m_gates.last();
    gate->deleteLater(); // last: on its worker thread it may go at once
    if (!m_current) {
        m_holding = false;
        m_status->setText(tr("Step mode is off."));
    }
    updateButtons();
}

void StepPanel::onHeld(StepGate *gate, const StepInfo &step)
{
    if (!m_gates.contains(gate))
        return;
    m_current = gate;
    m_step = step;
    m_holding = true;
    m_title->setText(tr("%1, connection #%2: %3")
                         .arg(protocolName(step.protocol))
                         .arg(step.connection)
                         .arg(m_jobs.value(gate)));
    m_command->setText(step.body ? tr("[the message: %n byte(s), dot-stuffed, ended by a line with a lone dot]",
                                      nullptr, int(qMin<qint64>(step.bodyBytes, INT_MAX)))
                                 : QString::fromUtf8(step.traceText));
    m_explanation->setText(explain(step));
    m_waiting->setText(step.waiting > 0
                           ? tr("%n more command(s) prepared behind it (pipelining); each goes out with its own Next.",
                                nullptr, step.waiting)
                           : QString());
    m_status->setText(tr("Held: nothing has been sent yet. Next sends it."));
    updateButtons();
    Q_EMIT stepShown(step);
}

void StepPanel::onReleased(StepGate *gate, const StepInfo &, int heldNow)
{
    if (gate != m_current || !m_gates.contains(gate) || heldNow > 0)
        return;
    m_holding = false;
    m_waiting->clear();
    m_status->setText(tr("Sent. Waiting for the server; the next command appears here once Carteiro has "
                         "prepared it."));
    updateButtons();
}

void StepPanel::onFinished(StepGate *gate, bool stoppedByUser)
{
    if (!m_gates.contains(gate))
        return; // forgotten meanwhile (already deleted)
    const bool ranToEnd = gate == m_runningToEnd;
    if (ranToEnd)
        m_runningToEnd = nullptr;
    const bool wasCurrent = gate == m_current;
    m_gates.removeAll(gate);
    m_jobs.remove(gate);
    if (wasCurrent) {
        m_current = m_gates.isEmpty() ? nullptr : m_gates.last();
        m_holding = false;
        m_waiting->clear();
        m_status->setText(stoppedByUser ? tr("Stopped: the held commands were dropped and the session ended "
                                             "with QUIT or LOGOUT. Nothing was lost.")
                          : ranToEnd    ? tr("Running to the end without stopping; step mode is off.")
                                        : tr("The connection ended."));
    }
    updateButtons();
    gate->deleteLater();
    Q_EMIT gateFinished(stoppedByUser);
}

QString StepPanel::explain(const StepInfo &step)
{
    if (step.body)
        return tr("The message itself, after the server's 354: lines starting with a dot get one more dot, "
                  "and a line with a lone dot ends it (RFC 5321 §4.1.1.4, §4.5.2).")
            .toHtmlEscaped();
    const LineExplanation &e = step.explanation; // read by the gate, in the session's context
    QString html = e.text.toHtmlEscaped();
    if (!e.source.isEmpty())
        html += QStringLiteral(" (%1)").arg(e.link.isEmpty()
                                                ? e.source.toHtmlEscaped()
                                                : QStringLiteral("<a href=\"%1\">%2</a>")
                                                      .arg(e.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                           e.source.toHtmlEscaped()));
    if (!e.detail.isEmpty())
        html += QStringLiteral("<br>") + e.detail.toHtmlEscaped();
    if (!e.known)
        html = tr("%1 command %2").arg(protocolName(step.protocol), step.verb).toHtmlEscaped();
    return html;
}

void StepPanel::updateButtons()
{
    const bool alive = m_current && m_current != m_runningToEnd;
    m_next->setEnabled(alive && m_holding);
    m_run->setEnabled(alive);
    m_stop->setEnabled(alive);
}

} // namespace carteiro
