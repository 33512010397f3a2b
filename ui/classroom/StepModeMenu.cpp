// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroom/StepModeMenu.h"

#include "classroom/StepPanel.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "net/StepGate.h"
#include "engine/OutboxEngine.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace carteiro {

namespace {
QMenu *toolsMenu(QMainWindow *window)
{
    // Shared with other tools (the protocol console): found by name, else made.
    const QString name = QStringLiteral("toolsMenu");
    if (auto *menu = window->menuBar()->findChild<QMenu *>(name))
        return menu;
    for (QAction *a : window->menuBar()->actions())
        if (a->menu() && a->menu()->objectName() == name)
            return a->menu();
    QMenu *menu = window->menuBar()->addMenu(StepModeMenu::tr("&Tools"));
    menu->setObjectName(name);
    return menu;
}
} // namespace

StepModeMenu *StepModeMenu::install(QMainWindow *window, OutboxEngine *send, AccountEngines *mail)
{
    return new StepModeMenu(window, send, mail);
}

StepModeMenu::StepModeMenu(QMainWindow *window, OutboxEngine *send, AccountEngines *mail)
    : QObject(window), m_send(send), m_mail(mail), m_panel(new StepPanel(window))
{
    setObjectName(QStringLiteral("stepModeMenu"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_panel);
    m_panel->hide();
    const QString texts[3] = {tr("Step through the next &send"), tr("Step through the next &IMAP sync"),
                              tr("Step through the next &POP3 retrieval")};
    const QString tips[3] = {
        tr("The next message you send goes at once (no undo delay) and stops before each SMTP command: Next, "
           "Run to end or Stop"),
        tr("The next Send/Receive opens a new IMAP connection that stops before each command"),
        tr("The next POP3 download stops before each command")};
    QMenu *menu = toolsMenu(window);
    menu->addSeparator();
    for (int kind = 0; kind < 3; ++kind) {
        m_actions[kind] = new QAction(texts[kind], this);
        m_actions[kind]->setCheckable(true);
        m_actions[kind]->setToolTip(tips[kind]);
        m_actions[kind]->setStatusTip(tips[kind]);
        connect(m_actions[kind], &QAction::toggled, this, [this, kind](bool on) { arm(kind, on); });
        menu->addAction(m_actions[kind]);
    }
}

void StepModeMenu::arm(int kind, bool on)
{
    if (!on) {
        if (m_armed[kind]) // armed but not used yet
            m_panel->forget(m_armed[kind]);
        m_armed[kind] = nullptr;
        return;
    }
    auto *gate = new StepGate; // moved to the job's worker thread by the engine that takes it
    m_armed[kind] = gate;
    const QString jobs[3] = {tr("the next send"), tr("the next IMAP sync"), tr("the next POP3 retrieval")};
    m_panel->watch(gate, jobs[kind]);
    // The first held command means a job took the gate: the action is spent;
    // so it is when the gate ended (a connection that failed before any command).
    auto spent = [this, kind, gate] {
        if (m_armed[kind] != gate)
            return;
        m_armed[kind] = nullptr;
        const QSignalBlocker block(m_actions[kind]);
        m_actions[kind]->setChecked(false);
    };
    connect(gate, &StepGate::commandHeld, this, spent);
    connect(gate, &StepGate::finished, this, spent);
    if (kind == 0)
        m_send->stepNextSend(gate);
    else
        m_mail->current()->stepNext(kind == 1 ? Protocol::Imap : Protocol::Pop3, gate);
}

} // namespace carteiro
