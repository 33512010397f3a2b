// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendLaterDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace carteiro {

SendLaterDialog::SendLaterDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    setWindowTitle(tr("Send later"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The message waits in the Outbox and goes at this time, if the computer is on and "
                                "Carteiro is running (otherwise as soon as it starts again)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_when = new QDateTimeEdit(this);
    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // An hour from now, on the minute.
    QDateTime start = QDateTime::currentDateTime().addSecs(3600);
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    m_when->setDateTime(start);
    form->addRow(tr("Send &at:"), m_when);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Queue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SendLaterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendLaterDialog::reject);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, m_problem, &QLabel::hide);
    layout->addWidget(buttons);
}

QDateTime SendLaterDialog::sendAt() const
{
    return m_when->dateTime().toUTC();
}

void SendLaterDialog::setSendAt(const QDateTime &when)
{
    m_when->setDateTime(when.toLocalTime());
}

void SendLaterDialog::accept()
{
    if (sendAt() <= QDateTime::currentDateTimeUtc()) {
        m_problem->setText(tr("%1 has already passed: choose a time in the future.")
                               .arg(QLocale().toString(m_when->dateTime(), QLocale::ShortFormat)));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace carteiro
