#include "reader/MessageView.h"

#include "mime/MessageParser.h"
#include "mime/MimeStrings.h"
#include "mime/SafeFileName.h"
#include "reader/InlineImageDecoder.h"
#include "reader/SafeTextBrowser.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carteiro {

namespace {
constexpr int kIndexRole = Qt::UserRole;
} // namespace

MessageView::MessageView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QWidget(this);
    m_headerGrid = new QGridLayout(header);
    m_headerGrid->setColumnStretch(2, 1);
    const QString names[] = {tr("From:"), tr("To:"), tr("Cc:"), tr("Reply-To:"), tr("Date:"), tr("Subject:")};
    const QPixmap warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16);
    for (int i = 0; i < 6; ++i) {
        HeaderRow &row = m_rows[i];
        row.name = new QLabel(names[i], header);
        row.name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.warning = new QLabel(header);
        row.warning->setPixmap(warningIcon);
        row.warning->setAccessibleName(tr("Warning"));
        row.warning->hide();
        row.value = new QLabel(header);
        row.value->setTextFormat(Qt::PlainText); // message text is never markup
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.value->setWordWrap(true);
        m_headerGrid->addWidget(row.name, i, 0);
        m_headerGrid->addWidget(row.warning, i, 1, Qt::AlignTop);
        m_headerGrid->addWidget(row.value, i, 2);
    }
    m_plainToggle = new QPushButton(tr("Show plain text"), header);
    m_plainToggle->setCheckable(true);
    m_plainToggle->hide();
    connect(m_plainToggle, &QPushButton::toggled, this, &MessageView::setShowPlainText);
    m_headerGrid->addWidget(m_plainToggle, 0, 3, Qt::AlignTop);
    layout->addWidget(header);

    m_remoteBar = new QFrame(this);
    m_remoteBar->setFrameShape(QFrame::StyledPanel);
    auto *barLayout = new QHBoxLayout(m_remoteBar);
    auto *barText = new QLabel(tr("Remote content was blocked to protect your privacy."), m_remoteBar);
    barText->setWordWrap(true);
    m_loadRemote = new QPushButton(tr("Load remote content"), m_remoteBar);
    m_loadRemote->setToolTip(tr("Fetches the images and style sheets of this message from the Internet. "
                                "The sender can then tell that you opened it."));
    connect(m_loadRemote, &QPushButton::clicked, this, &MessageView::loadRemoteContent);
    barLayout->addWidget(barText, 1);
    barLayout->addWidget(m_loadRemote);
    m_remoteBar->hide();
    layout->addWidget(m_remoteBar);

    m_longBar = new QFrame(this);
    m_longBar->setFrameShape(QFrame::StyledPanel);
    auto *longLayout = new QHBoxLayout(m_longBar);
    m_longText = new QLabel(m_longBar);
    m_longText->setWordWrap(true);
    m_showAll = new QPushButton(tr("Show all"), m_longBar);
    m_showAll->setToolTip(tr("Shows the whole formatted text. A very long one can keep the window busy for a moment."));
    connect(m_showAll, &QPushButton::clicked, this, &MessageView::showWholeHtml);
    longLayout->addWidget(m_longText, 1);
    longLayout->addWidget(m_showAll);
    m_longBar->hide();
    layout->addWidget(m_longBar);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_body = new SafeTextBrowser(split);
    m_body->setAccessibleName(tr("Message body"));
    connect(m_body, &SafeTextBrowser::remoteContentBlocked, this, &MessageView::updateRemoteBar);
    m_attachments = new QTreeWidget(split);
    m_attachments->setColumnCount(4);
    m_attachments->setHeaderLabels({tr("Attachment"), tr("Type"), tr("Size"), QString()});
    m_attachments->setRootIsDecorated(false);
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->header()->setStretchLastSection(false);
    m_attachments->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_attachments->hide();
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_chooseFolder = [](QWidget *parent, const QString &fileName) {
        return QFileDialog::getExistingDirectory(
            parent, QCoreApplication::translate("MessageView", "Save \"%1\" in folder").arg(fileName),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    };
    setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });

    m_parser = new MessageParser(this);
    connect(m_parser, &MessageParser::parsed, this, &MessageView::showParsed);
    m_images = new InlineImageDecoder(this);
    connect(m_images, &InlineImageDecoder::decoded, this, &MessageView::onImagesDecoded);
    clear();
}

MessageView::~MessageView()
{
    stopAudio();
}

void MessageView::setUrlOpener(UrlOpener opener)
{
    m_openUrl = opener;
    m_body->setUrlOpener(std::move(opener));
}

void MessageView::open(const QByteArray &raw, qint64 messageId)
{
    m_parser->open(messageId, raw);
}

void MessageView::cancelOpening()
{
    m_parser->cancel();
}

void MessageView::showMessage(const QByteArray &raw, qint64 messageId)
{
    showParsed(ParsedMessage::parse(messageId, raw));
}

void MessageView::clear()
{
    stopAudio();
    m_images->cancel();
    m_message.reset();
    m_decodedImages.clear();
    m_content = MessageContent();
    m_messageId = -1;
    m_plainMode = false;
    m_htmlCut = m_wholeHtml = false;
    m_longBar->hide();
    for (HeaderRow &row : m_rows) {
        row.value->clear();
        row.warning->hide();
        row.warning->setToolTip(QString());
    }
    const QSignalBlocker blocker(m_plainToggle);
    m_plainToggle->setChecked(false);
    m_plainToggle->hide();
    m_body->clearMessage();
    m_attachments->clear();
    m_attachments->hide();
    m_remoteBar->hide();
    setStatus(QString(), false);
}

void MessageView::showParsed(const ParsedMessagePtr &message)
{
    if (!message)
        return;
    clear();
    m_message = message;
    m_messageId = message->messageId();
    m_content = message->content(); // implicitly shared: no copy of the text or the raw bytes
    setHeader(Field::From, m_content.from);
    setHeader(Field::To, m_content.to);
    setHeader(Field::Cc, m_content.cc);
    setHeader(Field::ReplyTo, m_content.replyTo);
    setHeader(Field::Subject, m_content.subject);
    DisplayText date;
    date.text = m_content.date.isValid() ? QLocale().toString(m_content.date.toLocalTime(), QLocale::LongFormat)
                                         : m_content.dateText;
    setHeader(Field::Date, date);
    if (!m_content.error().isEmpty())
        setStatus(tr("The structure of this message could not be read (%1); it is shown as plain text.")
                      .arg(m_content.error()),
                  true);
    else if (m_content.bodyTruncated)
        setStatus(tr("The text is very long: only its beginning is shown. Save the message to read it all."), false);
    m_plainToggle->setVisible(m_content.bodyFormat == MessageContent::BodyFormat::Html
                              && !m_content.plainBody.isEmpty());
    if (!m_plainToggle->isHidden() && m_content.htmlBody.size() > kMaxInstantHtmlChars) {
        m_plainMode = true; // the plain alternative, in slices, rather than a long HTML all at once
        const QSignalBlocker blocker(m_plainToggle);
        m_plainToggle->setChecked(true);
    }
    m_body->setCidResolver([this](const QByteArray &cid) {
        const MessagePart *part = m_content.partByContentId(cid);
        return part ? m_content.partData(*part) : QByteArray();
    });
    buildAttachments();
    renderBody();
    if (!m_content.inlineImages().isEmpty())
        m_images->start(message);
    Q_EMIT messageShown(message);
}

void MessageView::onImagesDecoded(quint64, qint64 messageId, const QList<QImage> &images)
{
    if (!m_message || messageId != m_messageId)
        return;
    m_decodedImages = images;
    m_body->setTrailingImages(images);
}

void MessageView::renderBody()
{
    const bool html = m_content.bodyFormat == MessageContent::BodyFormat::Html;
    m_htmlCut = html && !m_plainMode && !m_wholeHtml && m_content.htmlBody.size() > kMaxInstantHtmlChars;
    if (m_htmlCut) {
        // Cut before a tag: QTextDocument closes what is left open.
        qsizetype cut = m_content.htmlBody.lastIndexOf(QLatin1Char('<'), kMaxInstantHtmlChars);
        if (cut < kMaxInstantHtmlChars / 2)
            cut = kMaxInstantHtmlChars;
        m_body->showHtml(m_content.htmlBody.left(cut));
        m_longText->setText(tr("The formatted text is very long (%1): only its beginning is shown.")
                                .arg(MimeStrings::humanSize(m_content.htmlBody.size())));
    } else if (html && !m_plainMode) {
        m_body->showHtml(m_content.htmlBody);
    } else {
        m_body->showPlainText(m_content.plainBody);
    }
    if (html && m_plainMode && m_content.htmlBody.size() > kMaxInstantHtmlChars)
        m_longText->setText(tr("The formatted text is very long (%1): its plain text version is shown.")
                                .arg(MimeStrings::humanSize(m_content.htmlBody.size())));
    m_showAll->setVisible(m_htmlCut);
    m_longBar->setVisible(m_htmlCut || (html && m_plainMode && m_content.htmlBody.size() > kMaxInstantHtmlChars));
    if (!m_decodedImages.isEmpty())
        m_body->setTrailingImages(m_decodedImages);
    updateRemoteBar();
}

void MessageView::showWholeHtml()
{
    if (!m_htmlCut)
        return;
    m_wholeHtml = true;
    renderBody();
}

void MessageView::setShowPlainText(bool plain)
{
    if (plain == m_plainMode)
        return;
    m_plainMode = plain;
    const QSignalBlocker blocker(m_plainToggle);
    m_plainToggle->setChecked(plain);
    renderBody();
}

void MessageView::setHeader(Field field, const DisplayText &text)
{
    HeaderRow &row = m_rows[int(field)];
    row.value->setText(text.text);
    const bool empty = text.text.isEmpty() && field != Field::From && field != Field::Subject;
    row.name->setVisible(!empty);
    row.value->setVisible(!empty);
    if (text.suspicious()) {
        QStringList lines = text.warnings();
        lines << tr("As received: %1").arg(text.original);
        row.warning->setToolTip(lines.join(QLatin1Char('\n')));
        row.value->setToolTip(row.warning->toolTip());
        row.warning->show();
    } else {
        row.warning->hide();
        row.value->setToolTip(QString());
    }
}

QString MessageView::headerText(Field field) const
{
    return m_rows[int(field)].value->text();
}

bool MessageView::headerWarningShown(Field field) const
{
    return !m_rows[int(field)].warning->isHidden();
}

QString MessageView::headerWarningToolTip(Field field) const
{
    return m_rows[int(field)].warning->toolTip();
}

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
        item->setText(SizeColumn, MimeStrings::humanSize(part.decodedSize));

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

bool MessageView::remoteContentBlocked() const
{
    return !m_body->remoteContentAllowed() && m_body->blockedRemoteReferences() > 0;
}

bool MessageView::remoteContentBarShown() const
{
    return !m_remoteBar->isHidden();
}

void MessageView::loadRemoteContent()
{
    m_body->allowRemoteContent();
    updateRemoteBar();
}

void MessageView::updateRemoteBar()
{
    m_remoteBar->setVisible(remoteContentBlocked());
}

void MessageView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (error && !text.isEmpty())
        Q_EMIT failed(text);
}

QString MessageView::statusText() const
{
    return m_status->text();
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
