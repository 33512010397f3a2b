// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reading pane: one message's headers (made safe by DisplaySanitizer, with
// a warning where something was neutralised), its body in a SafeTextBrowser
// (remote content blocked until the user asks, for this message only), the
// attached images below the text, an in-place player for audio, and Save... /
// Open for every attachment under a SafeFileName.
//
// open() reads the message off the GUI thread (MessageParser): the view only
// receives the finished ParsedMessage, shows it (a long text arrives in slices,
// see SafeTextBrowser), and hands it on with messageShown() so the inspector
// shows the same parse. Every image (attached, or named by cid: in the HTML)
// is decoded off the GUI thread too (InlineImageDecoder) and shown when ready;
// an HTML body past kMaxSyncHtmlChars is sanitised and parsed on a worker
// (HtmlPreparer) and put in by slices, its first kMaxInstantHtmlChars only
// until the user asks for all of it (Show all, by parts as well).
#include "mime/MessageContent.h"
#include "mime/ParsedMessage.h"
#include "reader/InlineImageDecoder.h"

#include <QSet>

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QAudioOutput;
class QBuffer;
class QFrame;
class QGridLayout;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QTreeWidget;

namespace carteiro {

class HtmlPreparer;
class MessageParser;
class SafeTextBrowser;
struct HtmlSlice;

class MessageView : public QWidget
{
    Q_OBJECT
public:
    enum class Field { From, To, Cc, ReplyTo, Date, Subject };
    enum Column { NameColumn, TypeColumn, SizeColumn, ActionsColumn };
    // Asked for the folder to save into; an empty answer cancels.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &fileName)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    // Parses raw on a worker thread, then shows it; an earlier open() still in
    // progress is dropped. messageId() changes when the message is shown.
    void open(const QByteArray &raw, qint64 messageId);
    // A pending open() is dropped (the user selected something else).
    void cancelOpening();
    // Shows a message already parsed (off the GUI thread, by MessageParser).
    void showParsed(const carteiro::ParsedMessagePtr &message);
    // Parses on the calling thread, then showParsed(): for small messages and tests.
    void showMessage(const QByteArray &raw, qint64 messageId);
    // No message: the calm empty state shows (its text: setEmptyText, empty for
    // the default "No message selected").
    void clear();
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool emptyStateShown() const;
    qint64 messageId() const { return m_messageId; }
    const MessageContent &content() const { return m_content; }
    ParsedMessagePtr parsedMessage() const { return m_message; }
    MessageParser *parser() const { return m_parser; }
    InlineImageDecoder *imageDecoder() const { return m_images; }

    // Remote content of the message shown now.
    bool remoteContentBlocked() const;
    void loadRemoteContent();
    bool remoteContentBarShown() const;

    // Plain text instead of HTML (when the message has both), and back.
    void setShowPlainText(bool plain);
    // An HTML body longer than this is shown cut (QTextDocument parses and lays
    // out HTML on the GUI thread, all at once) until the user asks for all of
    // it; when it has a plain text alternative, that one is shown first (plain
    // text goes in by slices).
    static constexpr qsizetype kMaxInstantHtmlChars = 32 * 1024;
    // An HTML body longer than this is sanitised and parsed on a worker
    // (HtmlPreparer) and put in by parts; a shorter one at once.
    static constexpr qsizetype kMaxSyncHtmlChars = 8 * 1024;
    bool htmlCut() const { return m_htmlCut; }
    // Show all: the rest of a cut HTML body is prepared on a worker
    // (HtmlPreparer) and appended by parts; the window stays usable. A second
    // call (the button reads Stop meanwhile) stops where it is; another
    // message, or the plain text switch, cancels it.
    void showWholeHtml();
    bool showingAll() const;
    // The body is all in (what is meant to be shown: the first part of a cut HTML).
    bool textComplete() const;
    HtmlPreparer *htmlPreparer() const { return m_htmlPreparer; }
    QPushButton *showAllButton() const { return m_showAll; }

    bool saveAttachment(int index);  // asks for a folder; false when cancelled or failed
    bool openAttachment(int index);  // private temp copy, then the system's viewer
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setUrlOpener(UrlOpener opener);

    // For tests and the reading window.
    SafeTextBrowser *bodyBrowser() const { return m_body; }
    QTreeWidget *attachmentList() const { return m_attachments; }
    QStringList attachmentNames() const;
    int inlineImageCount() const;
    QPushButton *playButton(int index) const;
    QPushButton *saveButton(int index) const;
    QPushButton *openButton(int index) const;
    QString headerText(Field field) const;
    bool headerWarningShown(Field field) const;
    QString headerWarningToolTip(Field field) const;
    QString statusText() const;
    QString lastSavedPath() const { return m_lastSaved; }

Q_SIGNALS:
    void attachmentSaved(const QString &path);
    void failed(const QString &message);
    // A message is shown now (its text may still be arriving in slices).
    void messageShown(const carteiro::ParsedMessagePtr &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBodyPalette();
    struct HeaderRow
    {
        QLabel *name = nullptr, *value = nullptr, *warning = nullptr;
    };
    void setHeader(Field field, const DisplayText &text);
    void buildAttachments();
    void renderBody();
    void updateRemoteBar();
    void togglePlay(int index, QPushButton *button);
    void stopAudio();
    void setStatus(const QString &text, bool error);
    QPushButton *actionButton(int index, const char *objectName) const;

    void onImagesDecoded(quint64 ticket, qint64 messageId, const carteiro::DecodedImages &images);
    QSet<QByteArray> imageContentIds() const;
    void setCutText();
    void onHtmlPrepared(quint64 ticket, qint64 messageId, const QList<carteiro::HtmlSlice> &slices, bool last);
    void onHtmlSlicesAppended(int shown, qsizetype sourceEnd);
    void finishShowAll();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    MessageParser *m_parser = nullptr;
    InlineImageDecoder *m_images = nullptr;
    HtmlPreparer *m_htmlPreparer = nullptr;
    quint64 m_htmlTicket = 0;
    bool m_showingAll = false;
    bool m_htmlPreparing = false;  // the worker has more slices to send
    qsizetype m_htmlShownEnd = 0;  // how much of the HTML source the document shows
    qsizetype m_htmlQueuedEnd = 0; // ... shows or has been handed to show
    ParsedMessagePtr m_message;
    DecodedImages m_decodedImages;
    MessageContent m_content;
    qint64 m_messageId = -1;
    bool m_plainMode = false;
    bool m_htmlCut = false;
    QFrame *m_longBar = nullptr;
    QLabel *m_longText = nullptr;
    QPushButton *m_showAll = nullptr;
    QGridLayout *m_headerGrid = nullptr;
    HeaderRow m_rows[6];
    QPushButton *m_plainToggle = nullptr;
    QFrame *m_remoteBar = nullptr;
    QPushButton *m_loadRemote = nullptr;
    QLabel *m_status = nullptr;
    SafeTextBrowser *m_body = nullptr;
    QTreeWidget *m_attachments = nullptr;
    FolderChooser m_chooseFolder;
    UrlOpener m_openUrl;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_lastSaved;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QBuffer *m_audioData = nullptr;
    QPushButton *m_playing = nullptr;
};

} // namespace carteiro
