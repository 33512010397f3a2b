// SPDX-License-Identifier: GPL-3.0-or-later
// MessageView's attachments: the list with Play, Save... and Open, saving
// under a SafeFileName, a private temporary copy for the system's viewer, and
// the in-place audio player.
#include "reader/MessageView.h"
#include "util/DataSize.h"

#include "mime/MimeStrings.h"
#include "mime/SafeFileName.h"
#include "reader/SafeTextBrowser.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace carteiro {

namespace {
constexpr int kIndexRole = Qt::UserRole;
} // namespace

void MessageView::buildAttachments()
{
    // Asked only when there is something to play: the first question starts the
    // platform's audio service, which is not free.
    bool hasAudio = false;
    for (const MessagePart &part : std::as_const(m_content.attachments))
        hasAudio = hasAudio || part.isAudio;
    const bool canPlay = hasAudio && !QMediaDevices::audioOutputs().isEmpty();
    int actionsWidth = 0;
    for (int i = 0; i < m_content.attachments.size(); ++i) {
        const MessagePart &part = m_content.attachments.at(i);
        auto *item = new QTreeWidgetItem(m_attachments);
        item->setText(NameColumn, part.safeName);
        item->setData(NameColumn, kIndexRole, i);
        if (!part.fileName.isEmpty() && part.fileName != part.safeName)
            item->setToolTip(NameColumn, tr("The sender named it \"%1\"; it is saved as \"%2\".")
                                             .arg(MimeStrings::printable(part.fileName), part.safeName));
        item->setText(TypeColumn, QString::fromLatin1(part.mediaType));
        item->setText(SizeColumn, formatDataSize(part.decodedSize));

        auto *actions = new QWidget(m_attachments);
        auto *row = new QHBoxLayout(actions);
        row->setContentsMargins(0, 0, 0, 0);
        if (part.isAudio) {
            auto *play = new QPushButton(tr("Play"), actions);
            play->setObjectName(QStringLiteral("play"));
            play->setAccessibleName(tr("Play %1").arg(part.safeName));
            if (!canPlay) {
                // As in the composer's AttachmentList: no output device (a server,
                // a CI machine) means no player, and the user is told why.
                play->setEnabled(false);
                play->setToolTip(tr("No audio output device was found on this computer."));
            } else {
                connect(play, &QPushButton::clicked, this, [this, i, play] { togglePlay(i, play); });
            }
            row->addWidget(play);
        }
        auto *save = new QPushButton(tr("Save..."), actions);
        save->setObjectName(QStringLiteral("save"));
        save->setAccessibleName(tr("Save %1").arg(part.safeName));
        connect(save, &QPushButton::clicked, this, [this, i] { saveAttachment(i); });
        row->addWidget(save);
        auto *open = new QPushButton(tr("Open"), actions);
        open->setObjectName(QStringLiteral("open"));
        open->setAccessibleName(tr("Open %1").arg(part.safeName));
        if (SafeFileName::isExecutableName(part.safeName)) {
            open->setEnabled(false);
            open->setToolTip(tr("This file could run a program: save it and check it before opening it."));
        } else {
            connect(open, &QPushButton::clicked, this, [this, i] { openAttachment(i); });
        }
        row->addWidget(open);
        m_attachments->setItemWidget(item, ActionsColumn, actions);
        actionsWidth = qMax(actionsWidth, actions->sizeHint().width());
    }
    // Wide enough for the row with the most buttons (Play, Save..., Open).
    m_attachments->setColumnWidth(ActionsColumn, actionsWidth + 6);
    m_attachments->setVisible(!m_content.attachments.isEmpty());
}

QStringList MessageView::attachmentNames() const
{
    QStringList names;
    for (int i = 0; i < m_attachments->topLevelItemCount(); ++i)
        names << m_attachments->topLevelItem(i)->text(NameColumn);
    return names;
}

int MessageView::inlineImageCount() const
{
    return m_body->trailingImageCount();
}

QPushButton *MessageView::actionButton(int index, const char *objectName) const
{
    QTreeWidgetItem *item = m_attachments->topLevelItem(index);
    QWidget *actions = item ? m_attachments->itemWidget(item, ActionsColumn) : nullptr;
    return actions ? actions->findChild<QPushButton *>(QLatin1String(objectName)) : nullptr;
}

QPushButton *MessageView::playButton(int index) const
{
    return actionButton(index, "play");
}

QPushButton *MessageView::saveButton(int index) const
{
    return actionButton(index, "save");
}

QPushButton *MessageView::openButton(int index) const
{
    return actionButton(index, "open");
}

namespace {
// Writes data to a new file under name in folder, never over an existing one.
QString writeNew(const QString &folder, const QString &name, const QByteArray &data, QString *error)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString path = SafeFileName::uniquePath(folder, name);
        if (path.isEmpty())
            break;
        // The safe name is one path component: the file is inside folder.
        if (QFileInfo(path).absolutePath() != QFileInfo(folder).absoluteFilePath()) {
            *error = QCoreApplication::translate("MessageView", "The name \"%1\" would leave the folder.").arg(name);
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                continue; // created meanwhile: take the next free name
            *error = QCoreApplication::translate("MessageView", "Cannot create \"%1\": %2").arg(path, file.errorString());
            return {};
        }
        if (file.write(data) != data.size() || !file.flush()) {
            *error = QCoreApplication::translate("MessageView", "Cannot write \"%1\": %2").arg(path, file.errorString());
            file.close();
            file.remove();
            return {};
        }
        file.close();
        return path;
    }
    *error = QCoreApplication::translate("MessageView", "No free file name for \"%1\" in \"%2\".").arg(name, folder);
    return {};
}
} // namespace

bool MessageView::saveAttachment(int index)
{
    if (index < 0 || index >= m_content.attachments.size())
        return false;
    const MessagePart &part = m_content.attachments.at(index);
    const QString folder = m_chooseFolder ? m_chooseFolder(this, part.safeName) : QString();
    if (folder.isEmpty())
        return false; // cancelled
    if (!QFileInfo(folder).isDir()) {
        setStatus(tr("Cannot save \"%1\": \"%2\" is not a folder.").arg(part.safeName, folder), true);
        return false;
    }
    QString error;
    const QString path = writeNew(folder, part.safeName, m_content.partData(part), &error);
    if (path.isEmpty()) {
        setStatus(tr("Cannot save \"%1\": %2").arg(part.safeName, error), true);
        return false;
    }
    m_lastSaved = path;
    setStatus(tr("Saved \"%1\" as %2.").arg(part.safeName, QDir::toNativeSeparators(path)), false);
    Q_EMIT attachmentSaved(path);
    return true;
}

bool MessageView::openAttachment(int index)
{
    if (index < 0 || index >= m_content.attachments.size())
        return false;
    const MessagePart &part = m_content.attachments.at(index);
    if (SafeFileName::isExecutableName(part.safeName))
        return false;
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            setStatus(tr("Cannot open \"%1\": no private temporary folder (%2).")
                          .arg(part.safeName, m_tempDir->errorString()),
                      true);
            m_tempDir.reset();
            return false;
        }
        QFile::setPermissions(m_tempDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString error;
    const QString path = writeNew(m_tempDir->path(), part.safeName, m_content.partData(part), &error);
    if (path.isEmpty()) {
        setStatus(tr("Cannot open \"%1\": %2").arg(part.safeName, error), true);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (!m_openUrl || !m_openUrl(QUrl::fromLocalFile(path))) {
        setStatus(tr("No application could open \"%1\".").arg(part.safeName), true);
        return false;
    }
    return true;
}

void MessageView::togglePlay(int index, QPushButton *button)
{
    if (m_playing == button) {
        stopAudio();
        return;
    }
    stopAudio();
    // The player is made on first use: most messages carry no audio.
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            if (s == QMediaPlayer::StoppedState && m_playing) {
                m_playing->setText(tr("Play"));
                m_playing = nullptr;
            }
        });
    }
    const MessagePart &part = m_content.attachments.at(index);
    m_audioData = new QBuffer(this);
    m_audioData->setData(m_content.partData(part));
    m_audioData->open(QIODevice::ReadOnly);
    m_playing = button;
    button->setText(tr("Stop"));
    m_player->setSourceDevice(m_audioData, QUrl::fromLocalFile(part.safeName)); // the name hints the format
    m_player->play();
}

void MessageView::stopAudio()
{
    if (m_player) {
        m_player->stop();
        m_player->setSourceDevice(nullptr);
    }
    if (m_playing) {
        m_playing->setText(tr("Play"));
        m_playing = nullptr;
    }
    if (m_audioData) {
        m_audioData->deleteLater();
        m_audioData = nullptr;
    }
}

} // namespace carteiro
