// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/MessageView.h"
#include "util/DataSize.h"

#include "mime/MessageParser.h"
#include "mime/MimeStrings.h"
#include "mime/SafeFileName.h"
#include "reader/HtmlPreparer.h"
#include "reader/InlineImageDecoder.h"
#include "reader/ReaderPalette.h"
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
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carteiro {

MessageView::MessageView(QWidget *parent) : QWidget(parent)
{
    // Two pages: a calm empty state while no message is shown, and the message.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_empty = new QLabel(m_pages);
    m_empty->setObjectName(QStringLiteral("readerEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_pages->addWidget(m_empty);
    auto *page = new QWidget(m_pages);
    m_pages->addWidget(page);
    setEmptyText(QString());
    auto *layout = new QVBoxLayout(page);
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
    m_showAll->setToolTip(tr("Shows the whole formatted text. A very long one comes in by parts; "
                             "click again to stop."));
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
    connect(m_body, &SafeTextBrowser::htmlSlicesAppended, this, &MessageView::onHtmlSlicesAppended);
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
    m_htmlPreparer = new HtmlPreparer(this);
    connect(m_htmlPreparer, &HtmlPreparer::prepared, this, &MessageView::onHtmlPrepared);
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
    m_htmlPreparer->cancel();
    m_htmlPreparing = m_showingAll = false;
    m_showAll->setText(tr("Show all"));
    m_message.reset();
    m_decodedImages = DecodedImages();
    m_content = MessageContent();
    m_messageId = -1;
    m_plainMode = false;
    m_htmlCut = false;
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
    m_pages->setCurrentWidget(m_empty);
}

void MessageView::setEmptyText(const QString &text)
{
    m_empty->setText(text.isEmpty() ? tr("No message selected.\n\nChoose a message in the list to read it here.")
                                    : text);
    m_empty->setAccessibleName(m_empty->text());
}

bool MessageView::emptyStateShown() const
{
    return m_pages->currentWidget() == m_empty;
}

QString MessageView::emptyText() const
{
    return m_empty->text();
}

void MessageView::showParsed(const ParsedMessagePtr &message)
{
    if (!message)
        return;
    clear();
    m_message = message;
    m_messageId = message->messageId();
    m_content = message->content(); // implicitly shared: no copy of the text or the raw bytes
    m_pages->setCurrentIndex(1);
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
    const bool images = InlineImageDecoder::hasImages(m_content);
    if (images)
        m_images->start(message); // before the body: the worker starts while the text goes in
    renderBody();
    Q_EMIT messageShown(message);
}

void MessageView::onImagesDecoded(quint64, qint64 messageId, const DecodedImages &images)
{
    if (!m_message || messageId != m_messageId)
        return;
    m_decodedImages = images;
    m_body->setCidImages(images.byContentId);
    if (!images.attached.isEmpty())
        m_body->setTrailingImages(images.attached);
}

QSet<QByteArray> MessageView::imageContentIds() const
{
    QSet<QByteArray> ids;
    for (const QList<MessagePart> *parts : {&m_content.relatedParts, &m_content.attachments})
        for (const MessagePart &part : *parts)
            if (!part.contentId.isEmpty() && part.mediaType.startsWith("image/"))
                ids.insert(part.contentId);
    return ids;
}

void MessageView::renderBody()
{
    m_htmlPreparer->cancel(); // a Show all in progress belongs to the text shown before
    m_showingAll = false;
    m_showAll->setText(tr("Show all"));
    const bool html = m_content.bodyFormat == MessageContent::BodyFormat::Html;
    applyBodyPalette();
    // The body's cid: images: decoded already, or a placeholder until they are.
    if (!m_decodedImages.byContentId.isEmpty())
        m_body->setCidImages(m_decodedImages.byContentId);
    else if (html && !m_plainMode)
        m_body->setPendingCidImages(imageContentIds());
    const qsizetype size = m_content.htmlBody.size();
    m_htmlCut = html && !m_plainMode && size > kMaxInstantHtmlChars;
    m_htmlShownEnd = m_htmlQueuedEnd = 0;
    m_htmlPreparing = false;
    if (html && !m_plainMode && size > kMaxSyncHtmlChars) {
        // Sanitised and parsed on a worker, put in by parts: up to a cut at a
        // tag outside tables, lists and quotes when it is long (Show all goes
        // on from there), else all of it.
        m_body->showHtml(QString());
        const qsizetype until = m_htmlCut ? HtmlPreparer::headCut(m_content.htmlBody, kMaxInstantHtmlChars) : size;
        m_htmlPreparing = true;
        m_htmlTicket = m_htmlPreparer->start(m_messageId, m_content.htmlBody, 0, until);
        if (m_htmlCut)
            setCutText();
    } else if (html && !m_plainMode) {
        m_body->showHtml(m_content.htmlBody); // short: at once
    } else {
        m_body->showPlainText(m_content.plainBody);
    }
    if (html && m_plainMode && m_content.htmlBody.size() > kMaxInstantHtmlChars)
        m_longText->setText(tr("The formatted text is very long (%1): its plain text version is shown.")
                                .arg(formatDataSize(m_content.htmlBody.size())));
    m_showAll->setVisible(m_htmlCut);
    m_longBar->setVisible(m_htmlCut || (html && m_plainMode && m_content.htmlBody.size() > kMaxInstantHtmlChars));
    if (!m_decodedImages.attached.isEmpty())
        m_body->setTrailingImages(m_decodedImages.attached);
    updateRemoteBar();
}

void MessageView::applyBodyPalette()
{
    const bool html = m_content.bodyFormat == MessageContent::BodyFormat::Html && !m_plainMode;
    if (html && isDarkPalette(palette()))
        m_body->setPalette(readerPalette(palette(), true));
    else
        m_body->setPalette(QPalette()); // nothing of its own: the window's palette, as it changes
}

void MessageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_body)
        applyBodyPalette(); // the system switched between light and dark
}

void MessageView::setCutText()
{
    const qsizetype total = m_content.htmlBody.size();
    if (m_showingAll)
        m_longText->setText(tr("Showing all of the formatted text (%1): %2% so far.")
                                .arg(formatDataSize(total))
                                .arg(total > 0 ? int(m_htmlShownEnd * 100 / total) : 100));
    else
        m_longText->setText(tr("The formatted text is very long (%1): only its beginning is shown.")
                                .arg(formatDataSize(total)));
}

void MessageView::showWholeHtml()
{
    if (!m_htmlCut)
        return;
    if (m_showingAll) { // the second click: stop where it is
        m_htmlPreparer->cancel();
        m_htmlPreparing = false;
        m_body->stopAppending();
        m_htmlQueuedEnd = m_htmlShownEnd;
        m_showingAll = false;
        m_showAll->setText(tr("Show all"));
        setCutText();
        return;
    }
    // The rest is sanitised and parsed on a worker, then appended by parts,
    // from the end of what the reader has (a first part still coming included).
    m_showingAll = true;
    m_htmlPreparing = true;
    m_showAll->setText(tr("Stop"));
    m_htmlTicket = m_htmlPreparer->start(m_messageId, m_content.htmlBody, m_htmlQueuedEnd);
    setCutText();
}

bool MessageView::showingAll() const
{
    return m_showingAll;
}

bool MessageView::textComplete() const
{
    return !m_parser->isBusy() && !m_htmlPreparing && m_body->textComplete();
}

void MessageView::onHtmlPrepared(quint64 ticket, qint64 messageId, const QList<HtmlSlice> &slices, bool last)
{
    if (ticket != m_htmlTicket || messageId != m_messageId)
        return;
    if (!slices.isEmpty())
        m_htmlQueuedEnd = slices.constLast().sourceEnd;
    if (last)
        m_htmlPreparing = false;
    m_body->appendHtmlSlices(slices);
    finishShowAll();
}

void MessageView::onHtmlSlicesAppended(int, qsizetype sourceEnd)
{
    m_htmlShownEnd = sourceEnd;
    if (!m_showingAll)
        return;
    setCutText();
    finishShowAll();
}

void MessageView::finishShowAll()
{
    if (!m_showingAll || m_htmlPreparing || !m_body->textComplete())
        return;
    m_showingAll = false;
    m_htmlCut = false;
    m_showAll->setText(tr("Show all"));
    m_showAll->hide();
    m_longBar->hide();
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

} // namespace carteiro
