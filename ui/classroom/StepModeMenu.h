// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tools > Step through the next send / IMAP sync / POP3 retrieval: three
// checkable actions that arm a StepGate for the next job of that kind, and the
// step panel that shows it. One call from the main window installs both.
#include "trace/TraceEvent.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace carteiro {

class AccountEngines;
class OutboxEngine;
class StepGate;
class StepPanel;

class StepModeMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the actions to the window's Tools menu (made when missing) and the
    // panel as a dock on the right, hidden until step mode is armed.
    static StepModeMenu *install(QMainWindow *window, OutboxEngine *send, AccountEngines *mail);

    QAction *sendAction() const { return m_actions[0]; }
    QAction *imapAction() const { return m_actions[1]; }
    QAction *pop3Action() const { return m_actions[2]; }
    StepPanel *panel() const { return m_panel; }

private:
    StepModeMenu(QMainWindow *window, OutboxEngine *send, AccountEngines *mail);
    void arm(int kind, bool on);

    OutboxEngine *m_send; // the next message the outbox sends (at once, no undo delay)
    AccountEngines *m_mail; // the step applies to the current account's engine
    StepPanel *m_panel;
    QAction *m_actions[3];
    StepGate *m_armed[3] = {}; // armed, not yet used by a job (the panel deletes gates)
};

} // namespace carteiro
