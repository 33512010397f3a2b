// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Send later: a date and a time (local), an hour from now to begin with. A
// time that has already passed is refused with a sentence saying so; the
// dialog stays open until a time in the future is chosen or it is cancelled.
#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;

namespace carteiro {

class SendLaterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendLaterDialog(QWidget *parent = nullptr);

    // UTC, as the outbox keeps it.
    QDateTime sendAt() const;
    void setSendAt(const QDateTime &when);
    QDateTimeEdit *dateTimeEdit() const { return m_when; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    QDateTimeEdit *m_when;
    QLabel *m_problem;
};

} // namespace carteiro
