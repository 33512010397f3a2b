// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The composer's attachments: name, type and size per row, a thumbnail for an
// image and a play button for audio, so the sender can check what goes out.
#include "mime/AttachmentSpec.h"

#include <QTreeWidget>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;
class QPushButton;

namespace carteiro {

class AttachmentList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, PreviewColumn };

    explicit AttachmentList(QWidget *parent = nullptr);

    // Refuses (false + a sentence) a missing, unreadable or non-regular file and
    // a file already in the list.
    bool addFile(const QString &path, QString *error);
    // An in-memory part (a forwarded message's attachment, or the message itself):
    // refused (false + a sentence) when it has no usable name.
    bool addSpec(const AttachmentSpec &spec, QString *error);
    void removeSelected();
    QList<AttachmentSpec> specs() const;
    qint64 totalBytes() const;

    QString mimeTypeAt(int row) const;
    bool hasThumbnail(int row) const;
    QPushButton *playButton(int row) const; // nullptr for anything but audio
    QMediaPlayer *player() const { return m_player; }

Q_SIGNALS:
    void changed();

private:
    void addPlayButton(QTreeWidgetItem *item, const QString &name, const QString &path, const QByteArray &data);
    void togglePlay(QPushButton *button, const QString &path, const QByteArray &data, const QString &name);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QPushButton *m_playing = nullptr;
    QBuffer *m_playBuffer = nullptr; // an in-memory part being played
};

} // namespace carteiro
