// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The console's input line: Up / Down walk this console's history (which holds
// no secret: the console leaves passwords out), Enter submits.
#include <QLineEdit>
#include <QStringList>

namespace carteiro {

class ConsoleLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit ConsoleLineEdit(QWidget *parent = nullptr);

    void addHistory(const QString &entry);
    QStringList history() const { return m_history; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history;
    qsizetype m_position = 0; // == size(): the line being typed
    QString m_draft;
};

} // namespace carteiro
