// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The step panel: in step mode (StepGate.h) it shows the command Carteiro has
// prepared and holds, with its explanation, and the buttons Next (one command),
// Run to end (everything, step mode off) and Stop (drop what is held, QUIT or
// LOGOUT, close). The gates live on worker threads; everything here arrives
// through queued signals, and the buttons call the gate's thread-safe methods.
#include "net/StepGate.h"

#include <QDockWidget>
#include <QHash>

class QLabel;
class QPushButton;

namespace carteiro {

class StepPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit StepPanel(QWidget *parent = nullptr);
    ~StepPanel() override;

    // Follows `gate` (already on its worker thread); `job` names it ("the next
    // send"). The panel deletes the gate once it has finished.
    void watch(StepGate *gate, const QString &job);
    // An armed gate that will not be used: deleted, and the panel says so.
    void forget(StepGate *gate);

    StepInfo current() const { return m_step; }
    bool isHolding() const { return m_holding; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *commandLabel() const { return m_command; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *statusLabel() const { return m_status; }

    // "SMTP", "IMAP", "POP3".
    static QString protocolName(Protocol protocol);

Q_SIGNALS:
    void stepShown(const carteiro::StepInfo &step);
    void gateFinished(bool stoppedByUser);

private:
    void onHeld(StepGate *gate, const StepInfo &step);
    void onReleased(StepGate *gate, const StepInfo &step, int heldNow);
    void onFinished(StepGate *gate, bool stoppedByUser);
    QString explain(const StepInfo &step);
    void updateButtons();

    // Plain pointers: the gates live on worker threads (a QPointer there is
    // cleared from that thread); only this panel deletes them.
    QList<StepGate *> m_gates;
    QHash<StepGate *, QString> m_jobs;
    StepGate *m_current = nullptr;
    StepGate *m_runningToEnd = nullptr;
    StepInfo m_step;
    bool m_holding = false;
    QLabel *m_title, *m_command, *m_explanation, *m_waiting, *m_status;
    QPushButton *m_next, *m_run, *m_stop;
};

} // namespace carteiro
