// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's voice notes: the button's state follows the microphones
// present, and the recorder's Attach adds its note to the message.
#include "ComposerWindow.h"

#include "compose/AttachmentList.h"
#include "compose/VoiceNoteDialog.h"
#include "compose/VoiceRecorder.h"

#include <QMediaDevices>
#include <QPushButton>

namespace carteiro {

void ComposerWindow::updateVoiceNoteButton()
{
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioInputsChanged, this, &ComposerWindow::updateVoiceNoteButton);
    }
    const QString reason = VoiceRecorder::unavailableReason();
    m_voiceButton->setEnabled(reason.isEmpty());
    m_voiceButton->setToolTip(reason.isEmpty() ? tr("Record from the microphone and attach the recording "
                                                    "(Ogg Opus, or WAV where Opus is not available)")
                                               : reason);
    m_voiceButton->setAccessibleDescription(m_voiceButton->toolTip());
}

VoiceNoteDialog *ComposerWindow::voiceNoteDialog() const
{
    return m_voiceDialog;
}

VoiceNoteDialog *ComposerWindow::openVoiceNoteDialog()
{
    if (!m_voiceButton->isEnabled())
        return nullptr;
    if (!m_voiceDialog) {
        // Kept (hidden) once closed, and made ready for a new note when opened again.
        m_voiceDialog = new VoiceNoteDialog(this);
        connect(m_voiceDialog, &VoiceNoteDialog::attachRequested, this, [this](const AttachmentSpec &spec) {
            QString why;
            if (!m_attachments->addSpec(spec, &why))
                showProblem(why);
        });
    }
    if (!m_voiceDialog->isVisible())
        m_voiceDialog->reset();
    m_voiceDialog->show();
    m_voiceDialog->raise();
    m_voiceDialog->activateWindow();
    return m_voiceDialog;
}

void ComposerWindow::setVoiceNoteBusy(bool busy)
{
    if (busy)
        m_voiceButton->setEnabled(false);
    else
        updateVoiceNoteButton();
    if (m_voiceDialog)
        m_voiceDialog->setEnabled(!busy);
}

QString ComposerWindow::voiceNoteProblem() const
{
    if (!m_voiceDialog || !m_voiceDialog->hasPendingTake())
        return {};
    return tr("A voice note is still in its window, not attached: attach it or cancel it first.");
}

void ComposerWindow::keepPendingVoiceNote()
{
    if (!m_voiceDialog || !m_voiceDialog->hasPendingTake())
        return;
    const AttachmentSpec note = m_voiceDialog->takePending();
    m_voiceDialog->hide();
    QString why;
    if (!note.data.isEmpty() && m_attachments->addSpec(note, &why))
        Q_EMIT draftEdited(); // the owner stores the draft, the note with it
}

} // namespace carteiro
