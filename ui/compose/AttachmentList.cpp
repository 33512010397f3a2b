// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentList.h"
#include "util/DataSize.h"

#include "mime/MimeComposer.h"
#include "compose/SizeEstimate.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>
#include <QImageReader>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QUrl>

namespace carteiro {

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr int kSizeRole = Qt::UserRole + 1;
constexpr int kDataRole = Qt::UserRole + 2; // in-memory content
constexpr int kMimeRole = Qt::UserRole + 3; // its declared type (empty: detected)
constexpr int kThumbSize = 48;
} // namespace

AttachmentList::AttachmentList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("Name"), tr("Type"), tr("Size"), tr("Preview")});
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setIconSize(QSize(kThumbSize, kThumbSize));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    setAccessibleName(tr("Attachments"));
}

bool AttachmentList::addFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        *error = tr("Cannot attach \"%1\": it is not a readable file.").arg(path);
        return false;
    }
    const QString canonical = info.canonicalFilePath();
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(NameColumn, kPathRole).toString() == canonical) {
            *error = tr("\"%1\" is already attached.").arg(info.fileName());
            return false;
        }
    AttachmentSpec spec;
    spec.filePath = canonical;
    const QString type = QString::fromLatin1(MimeComposer::attachmentMimeType(spec));
    auto *item = new QTreeWidgetItem(this);
    item->setText(NameColumn, MimeComposer::attachmentName(spec));
    item->setData(NameColumn, kPathRole, canonical);
    item->setData(NameColumn, kSizeRole, info.size());
    item->setText(TypeColumn, type);
    item->setText(SizeColumn, tr("%1 (%2 in base64)")
                                  .arg(formatDataSize(info.size()),
                                       formatDataSize(SizeEstimate::base64Size(info.size()))));
    item->setToolTip(NameColumn, canonical);
    if (type.startsWith(QLatin1String("image/"))) {
        QImageReader reader(canonical);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid()) // decode a small copy only: a 40 MP photo stays on disk
            reader.setScaledSize(full.scaled(kThumbSize * 2, kThumbSize * 2, Qt::KeepAspectRatio));
        const QImage thumb = reader.read();
        if (!thumb.isNull())
            item->setIcon(NameColumn, QIcon(QPixmap::fromImage(thumb)));
    } else if (type.startsWith(QLatin1String("audio/"))) {
        addPlayButton(item, info.fileName(), canonical, {});
    }
    Q_EMIT changed();
    return true;
}

bool AttachmentList::addSpec(const AttachmentSpec &spec, QString *error)
{
    if (!spec.inMemory)
        return addFile(spec.filePath, error);
    const QString name = MimeComposer::attachmentName(spec);
    if (name.isEmpty()) {
        *error = tr("Cannot attach a part without a name.");
        return false;
    }
    const QString type = QString::fromLatin1(MimeComposer::attachmentMimeType(spec));
    const qint64 size = spec.data.size();
    auto *item = new QTreeWidgetItem(this);
    item->setText(NameColumn, name);
    item->setData(NameColumn, kSizeRole, size);
    item->setData(NameColumn, kDataRole, spec.data);
    item->setData(NameColumn, kMimeRole, spec.mimeType);
    item->setText(TypeColumn, type);
    // message/rfc822 goes as it is (RFC 2046 5.2.1); everything else in base64.
    item->setText(SizeColumn, type == QLatin1String("message/rfc822")
                                  ? formatDataSize(size)
                                  : tr("%1 (%2 in base64)")
                                        .arg(formatDataSize(size),
                                             formatDataSize(SizeEstimate::base64Size(size))));
    if (type.startsWith(QLatin1String("image/"))) {
        QImage image = QImage::fromData(spec.data);
        if (!image.isNull())
            item->setIcon(NameColumn, QIcon(QPixmap::fromImage(
                                          image.scaled(kThumbSize * 2, kThumbSize * 2, Qt::KeepAspectRatio))));
    } else if (type.startsWith(QLatin1String("audio/"))) {
        addPlayButton(item, name, {}, spec.data); // a recorded voice note
    }
    Q_EMIT changed();
    return true;
}

void AttachmentList::removeSelected()
{
    const auto items = selectedItems();
    for (QTreeWidgetItem *item : items) {
        if (m_playing && itemWidget(item, PreviewColumn) == m_playing) {
            m_player->stop();
            m_playing = nullptr;
        }
        delete item;
    }
    if (!items.isEmpty())
        Q_EMIT changed();
}

QList<AttachmentSpec> AttachmentList::specs() const
{
    QList<AttachmentSpec> list;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        AttachmentSpec s;
        if (item->data(NameColumn, kPathRole).toString().isEmpty()) {
            s = AttachmentSpec::fromBytes(item->text(NameColumn), item->data(NameColumn, kDataRole).toByteArray(),
                                          item->data(NameColumn, kMimeRole).toString());
        } else {
            s.filePath = item->data(NameColumn, kPathRole).toString();
            s.fileName = item->text(NameColumn);
        }
        list << s;
    }
    return list;
}

qint64 AttachmentList::totalBytes() const
{
    qint64 n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        n += topLevelItem(i)->data(NameColumn, kSizeRole).toLongLong();
    return n;
}

QString AttachmentList::mimeTypeAt(int row) const
{
    const auto *item = topLevelItem(row);
    return item ? item->text(TypeColumn) : QString();
}

bool AttachmentList::hasThumbnail(int row) const
{
    const auto *item = topLevelItem(row);
    return item && !item->icon(NameColumn).isNull();
}

QPushButton *AttachmentList::playButton(int row) const
{
    auto *item = topLevelItem(row);
    return item ? qobject_cast<QPushButton *>(itemWidget(item, PreviewColumn)) : nullptr;
}

void AttachmentList::addPlayButton(QTreeWidgetItem *item, const QString &name, const QString &path,
                                   const QByteArray &data)
{
    auto *play = new QPushButton(tr("Play"), this);
    play->setAccessibleName(tr("Play %1").arg(name));
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // Nothing to play it on (a server, a CI machine): say so rather than
        // start a player that has no output (Qt 6.4's backends crash there).
        play->setEnabled(false);
        play->setToolTip(tr("No audio output device was found on this computer."));
    } else {
        connect(play, &QPushButton::clicked, this, [this, path, data, name, play] {
            togglePlay(play, path, data, name);
        });
    }
    setItemWidget(item, PreviewColumn, play);
}

void AttachmentList::togglePlay(QPushButton *button, const QString &path, const QByteArray &data,
                                const QString &name)
{
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
    if (m_playing == button) {
        m_playing = nullptr;
        button->setText(tr("Play"));
        m_player->stop();
        return;
    }
    if (m_playing)
        m_playing->setText(tr("Play"));
    // The new source stops what plays now (a StoppedState that must not reach
    // the new button): m_playing is set once the source is in place.
    m_playing = nullptr;
    if (path.isEmpty()) {
        // An in-memory part plays from a buffer; its name tells the player the format.
        m_player->setSource(QUrl()); // lets go of the previous buffer before it goes
        delete m_playBuffer;
        m_playBuffer = new QBuffer(this);
        m_playBuffer->setData(data);
        m_playBuffer->open(QIODevice::ReadOnly);
        m_player->setSourceDevice(m_playBuffer, QUrl::fromLocalFile(name));
    } else {
        m_player->setSource(QUrl::fromLocalFile(path));
    }
    m_playing = button;
    button->setText(tr("Stop"));
    m_player->play();
}

} // namespace carteiro
