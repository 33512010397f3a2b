// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendingPreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace carteiro {

namespace {
const QString kUndoDelay = QStringLiteral("sending/undoDelaySeconds");
} // namespace

SendingPreferencesDialog::SendingPreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sendingPreferences"));
    setWindowTitle(tr("Sending"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, kMaxUndoDelay);
    m_delay->setSuffix(tr(" s"));
    m_delay->setSpecialValueText(tr("Off"));
    m_delay->setValue(savedUndoDelay());
    m_delay->setToolTip(tr("A message you send waits this long in the Outbox, with Undo in the main window; "
                           "0 sends at once"));
    form->addRow(tr("&Undo send delay:"), m_delay);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("During the delay the message can be pulled back into the composer; nothing "
                               "reaches the server before it ends."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SendingPreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendingPreferencesDialog::reject);
    layout->addWidget(buttons);
}

int SendingPreferencesDialog::savedUndoDelay()
{
    bool ok = false;
    const int v = QSettings().value(kUndoDelay, 10).toInt(&ok);
    return ok ? qBound(0, v, kMaxUndoDelay) : 10;
}

void SendingPreferencesDialog::saveUndoDelay(int seconds)
{
    QSettings().setValue(kUndoDelay, qBound(0, seconds, kMaxUndoDelay));
}

int SendingPreferencesDialog::undoDelay() const
{
    return m_delay->value();
}

void SendingPreferencesDialog::accept()
{
    saveUndoDelay(undoDelay());
    QDialog::accept();
}

} // namespace carteiro
