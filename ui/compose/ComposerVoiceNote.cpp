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

} // namespace carteiro
