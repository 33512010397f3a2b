// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QTextBrowser for message bodies that never loads anything by itself
// (tests/README.md, case 15). Every resource the document asks for goes through
// loadResource(): "cid:" URLs (RFC 2392) resolve to parts of the same message;
// http/https/ftp are refused and counted until the user allows remote content
// for this message; file:, data:, relative paths and anything else are never
// loaded. Scripts, <meta> refresh, <base>, frames, objects and forms are taken
// out of the HTML before Qt sees it (Qt would not run or fetch them, but no
// future Qt version should get the chance). Links open only when clicked, and
// only http, https and mailto.
//
// A long plain text is put into the document in slices of kPlainSliceChars,
// one per turn of the event loop, so that a 4 MB text never stalls the window;
// the images below the text are inserted after the first slice and the later
// slices go before them. A long HTML body arrives the same way: its slices are
// parsed on a worker (HtmlPreparer) and appended here, a few milliseconds' worth
// per turn. Images are never decoded on the GUI thread: "cid:" images come
// decoded from InlineImageDecoder (setCidImages), a 1x1 placeholder stands in
// until then; fetched remote images are decoded on a worker of this browser.
#include "reader/HtmlPreparer.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace carteiro {

class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using CidResolver = std::function<QByteArray(const QByteArray &contentId)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    static constexpr qint64 kMaxRemoteBytes = 5 * 1024 * 1024; // one remote resource
    static constexpr int kMaxRemoteRequests = 200;             // per message
    static constexpr qsizetype kPlainSliceChars = 4 * 1024;   // plain text put in per event-loop turn
    static constexpr int kHtmlTurnMs = 6; // HTML slices are appended for at most about this long per turn

    explicit SafeTextBrowser(QWidget *parent = nullptr);
    ~SafeTextBrowser() override;

    // Remote content blocked again, pending fetches dropped (the cid: images
    // stay: they belong to the message, which clearMessage() ends).
    void showHtml(const QString &html);
    void showPlainText(const QString &text);
    void clearMessage();

    void setCidResolver(CidResolver resolver) { m_cid = std::move(resolver); }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    // Images shown after the body (attached images), scaled to the width.
    void setTrailingImages(const QList<QImage> &images);
    int trailingImageCount() const { return int(m_trailing.size()); }
    // False while the slices of a long plain text or HTML are still being put in.
    bool textComplete() const
    {
        return m_isHtml ? m_slicesShown >= m_slices.size() : m_plainShown >= m_plain.size();
    }

    // More of the HTML shown by showHtml(), prepared by HtmlPreparer: appended
    // after what is shown (before the attached images), over several turns.
    void appendHtmlSlices(const QList<HtmlSlice> &slices);
    // Slices not appended yet are dropped; what is shown stays.
    void stopAppending();
    int htmlSlicesShown() const { return int(m_slicesShown); }
    int htmlAppendTurns() const { return m_appendTurns; } // event-loop turns that appended slices

    // The message's images named by Content-ID (decoded by InlineImageDecoder):
    // pending ones show a placeholder until setCidImages() brings them.
    void setPendingCidImages(const QSet<QByteArray> &contentIds) { m_cidPending = contentIds; }
    void setCidImages(const QHash<QByteArray, QImage> &images);
    int cidImageCount() const { return int(m_cidImages.size()); }

    // For this message only: fetch remote images and style sheets and show them.
    void allowRemoteContent();
    bool remoteContentAllowed() const { return m_allowRemote; }
    // Remote references found in the HTML or asked for by the document while blocked.
    int blockedRemoteReferences() const { return m_blocked; }
    int remoteRequestsStarted() const { return m_requests; }

    QVariant loadResource(int type, const QUrl &name) override;

    // The HTML with scripts, meta, base, frames, objects, embeds and forms
    // removed; *remoteReferences counts http(s)/ftp/"//" references in attributes
    // and CSS url()/@import (links of <a> and <area> are not counted).
    static QString neutralise(const QString &html, int *remoteReferences);
    static bool isRemote(const QUrl &url);

Q_SIGNALS:
    void remoteContentBlocked();
    // Slices of HTML were appended; sourceEnd is where the last one ends in the HTML.
    void htmlSlicesAppended(int shown, qsizetype sourceEnd);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void resetText();
    void appendPlainSlice();
    void scheduleHtmlSlices();
    void appendHtmlTurn();
    void showDecodedCidImages();
    void insertTrailingImages();
    void fetch(const QUrl &url);
    void scaleTrailingImages();
    void noteBlocked();
    void queueRender();

    CidResolver m_cid;
    UrlOpener m_opener;
    QString m_html, m_plain;
    bool m_isHtml = false;
    QList<QImage> m_trailing;
    bool m_allowRemote = false;
    int m_blocked = 0, m_requests = 0;
    quint64 m_generation = 0;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QUrl, QByteArray> m_remote; // fetched (or failed: empty) resources of this message
    QHash<QUrl, QPixmap> m_remoteImages; // those that are images, decoded on m_decoding
    QList<QPointer<QNetworkReply>> m_pending;
    bool m_renderQueued = false;
    quint64 m_renders = 0;       // which document the queued slices belong to
    qsizetype m_plainShown = 0;  // characters of m_plain in the document
    int m_textEnd = 0;           // document position after the text (the images follow)
    bool m_trailingInserted = false;
    QList<HtmlSlice> m_slices;    // HTML after the first part, as prepared
    qsizetype m_slicesShown = 0;  // of m_slices, in the document
    bool m_sliceQueued = false;
    int m_appendTurns = 0;
    QSet<QByteArray> m_cidPending;            // being decoded
    QHash<QByteArray, QPixmap> m_cidImages;   // decoded
    bool m_cidPlaceholderShown = false;
    QPixmap m_placeholder;
    QThreadPool m_decoding; // fetched images are decoded here
};

} // namespace carteiro
