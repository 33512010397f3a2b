// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The first start without an account (issue 12 §7): instead of empty panes, a
// welcome with *Add an account* and, where the mail lab is running (its
// CARTEIRO_LAB_* variables are set), *Open the mail lab*. The main window
// shows it in place of the folders, list and reader while there is no account.
#include <QWidget>

class QLabel;
class QPushButton;

namespace carteiro {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // The lab button shows only when the lab is there.
    void setLabAvailable(bool available);
    QPushButton *addAccountButton() const { return m_add; }
    QPushButton *openLabButton() const { return m_lab; }

Q_SIGNALS:
    void addAccount();
    void openLab();

private:
    QPushButton *m_add;
    QPushButton *m_lab;
    QLabel *m_labText;
};

} // namespace carteiro
