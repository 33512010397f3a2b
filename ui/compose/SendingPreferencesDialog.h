// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings > Sending: how long a sent message waits in the Outbox so that it can
// be taken back (Undo send). 0 turns it off. Kept with QSettings.
#include <QDialog>

class QSpinBox;

namespace carteiro {

class SendingPreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendingPreferencesDialog(QWidget *parent = nullptr);

    static int savedUndoDelay(); // seconds; 10 until the user changes it
    static void saveUndoDelay(int seconds);
    static constexpr int kMaxUndoDelay = 120;

    int undoDelay() const;
    QSpinBox *undoDelaySpin() const { return m_delay; }

    void accept() override; // saves; the owner applies it (OutboxEngine::setUndoDelay)

private:
    QSpinBox *m_delay;
};

} // namespace carteiro
