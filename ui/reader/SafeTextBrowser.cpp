// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/SafeTextBrowser.h"

#include "reader/InlineImageDecoder.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QRunnable>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextImageFormat>
#include <QTimer>

namespace carteiro {

namespace {

const QString kTrailingScheme = QStringLiteral("carteiro-attached-image");

QUrl trailingUrl(int i)
{
    return QUrl(kTrailingScheme + QStringLiteral(":%1").arg(i));
}

// The image as the paint engine draws it. InlineImageDecoder made it RGB32 or
// premultiplied ARGB32 on its worker, so this is a shallow copy, not a conversion.
QPixmap pixmapOf(const QImage &image)
{
    return QPixmap::fromImage(image, Qt::NoOpaqueDetection);
}

// What stands for a cid: image still being decoded: 1x1, transparent.
QPixmap placeholder()
{
    QPixmap pixmap(1, 1);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

// RFC 2392 section 2: "cid:" + the %-encoded Content-ID without angle brackets.
QByteArray contentIdOf(const QUrl &url)
{
    return QByteArray::fromPercentEncoding(url.toString(QUrl::FullyEncoded).mid(4).toLatin1()).trimmed();
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    m_decoding.setMaxThreadCount(1);
    m_decoding.setObjectName(QStringLiteral("RemoteImageDecoder"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setSearchPaths({});
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Only on the user's click, and only schemes a browser or mail client handles.
        const QString scheme = url.scheme().toLower();
        if ((scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            && m_opener)
            m_opener(url);
    });
}

SafeTextBrowser::~SafeTextBrowser()
{
    for (const auto &reply : std::as_const(m_pending))
        if (reply)
            reply->abort();
    ++m_generation;
    m_decoding.clear();
    m_decoding.waitForDone(); // a decode in progress finishes; its delivery dies with this object
}

bool SafeTextBrowser::isRemote(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("cid") || scheme == kTrailingScheme)
        return false;
    // Anything naming a host is remote, whatever the scheme ("//host/x" has none).
    return !url.host().isEmpty() || scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("ftp");
}

QString SafeTextBrowser::neutralise(const QString &html, int *remoteReferences)
{
    using RE = QRegularExpression;
    constexpr auto opts = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;
    static const RE script(QStringLiteral("<script\\b.*?(</script\\s*>|$)"), opts);
    static const RE dropped(QStringLiteral("</?(meta|base|iframe|frame|frameset|object|embed|applet|"
                                           "portal|noscript|template|svg|math)\\b[^>]*>"),
                            opts);
    static const RE formish(QStringLiteral("<(/?)(form|input|button|textarea|select|option|video|audio|source|"
                                           "picture|track)\\b[^>]*>"),
                            opts);
    static const RE tag(QStringLiteral("<([a-z][a-z0-9:-]*)\\b([^>]*)>"), opts);
    static const RE remoteAttr(QStringLiteral("(?:^|\\s)[a-z:-]+\\s*=\\s*[\"']?\\s*(?:(?:https?|ftp):)?//"), opts);
    static const RE remoteSrcset(QStringLiteral("srcset\\s*=\\s*[\"'][^\"']*(?:(?:https?|ftp):)?//"), opts);
    static const RE remoteCss(QStringLiteral("(?:url\\s*\\(\\s*[\"']?\\s*(?:(?:https?|ftp):)?//|@import)"), opts);

    int remote = 0;
    QString out = html;
    // Counted before the removals: a <link> or <iframe> is a remote reference
    // that was blocked even though it is dropped.
    for (auto it = tag.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("a") || name == QLatin1String("area"))
            continue; // a link is fetched only when clicked
        if (m.captured(2).contains(remoteAttr) || m.captured(2).contains(remoteSrcset))
            ++remote;
    }
    for (auto it = remoteCss.globalMatch(out); it.hasNext(); it.next())
        ++remote;
    out.remove(script);
    out.replace(dropped, QString());
    // Forms and media become inert containers: their text stays, nothing is sent.
    out.replace(formish, QStringLiteral("<\\1span>"));
    if (remoteReferences)
        *remoteReferences = remote;
    return out;
}

void SafeTextBrowser::showHtml(const QString &html)
{
    resetText();
    int remote = 0;
    m_html = neutralise(html, &remote);
    m_isHtml = true;
    m_blocked = remote;
    render();
}

void SafeTextBrowser::showPlainText(const QString &text)
{
    resetText();
    m_plain = text;
    m_isHtml = false;
    render();
}

void SafeTextBrowser::clearMessage()
{
    resetText();
    m_cidPending.clear();
    m_cidImages.clear();
    m_cidPlaceholderShown = false;
}

void SafeTextBrowser::resetText()
{
    ++m_generation;
    for (const auto &reply : std::as_const(m_pending))
        if (reply)
            reply->abort();
    m_pending.clear();
    m_remote.clear();
    m_remoteImages.clear();
    m_allowRemote = false;
    m_blocked = 0;
    m_requests = 0;
    m_html.clear();
    m_plain.clear();
    m_trailing.clear();
    m_trailingInserted = false;
    m_plainShown = 0;
    m_textEnd = 0;
    ++m_renders; // slices still queued belong to the old text
    m_slices.clear();
    m_slicesShown = 0;
    m_appendTurns = 0;
    m_isHtml = false;
    QTextBrowser::clear();
}

void SafeTextBrowser::setTrailingImages(const QList<QImage> &images)
{
    if (m_trailingInserted) {
        m_trailing = images;
        render();
        return;
    }
    m_trailing = images;
    insertTrailingImages(); // below the text already there: no new document, no second layout
}

void SafeTextBrowser::allowRemoteContent()
{
    if (m_allowRemote)
        return;
    m_allowRemote = true;
    render();
}

void SafeTextBrowser::render()
{
    m_renderQueued = false;
    ++m_renders;
    const int scroll = verticalScrollBar()->value();
    // A fresh document each time: QTextDocument caches every resource it was
    // given (a refused one included), so the old one would keep showing blanks.
    // (setDocument() deletes the previous one when it is our child.)
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    setDocument(doc);
    m_trailingInserted = false;
    m_plainShown = 0;
    m_textEnd = 0;
    m_slicesShown = 0;
    if (m_isHtml) {
        setHtml(m_html);
        m_textEnd = qMax(0, document()->characterCount() - 1);
        scheduleHtmlSlices(); // the slices appended before, again, by turns
    } else {
        appendPlainSlice();
    }
    insertTrailingImages(); // after setHtml(), which clears the resources
    verticalScrollBar()->setValue(scroll);
}

void SafeTextBrowser::appendHtmlSlices(const QList<HtmlSlice> &slices)
{
    if (!m_isHtml || slices.isEmpty())
        return;
    int remote = 0;
    for (const HtmlSlice &slice : slices)
        remote += slice.remoteReferences;
    m_slices += slices;
    if (remote > 0 && !m_allowRemote) {
        const bool first = m_blocked == 0;
        m_blocked += remote;
        if (first)
            Q_EMIT remoteContentBlocked();
    }
    scheduleHtmlSlices();
}

void SafeTextBrowser::stopAppending()
{
    m_slices.resize(m_slicesShown);
}

void SafeTextBrowser::scheduleHtmlSlices()
{
    if (m_sliceQueued || m_slicesShown >= m_slices.size())
        return;
    m_sliceQueued = true;
    // A 0 ms timer: input and paint events waiting are handled before the next turn.
    QTimer::singleShot(0, this, [this] {
        m_sliceQueued = false;
        appendHtmlTurn();
    });
}

void SafeTextBrowser::appendHtmlTurn()
{
    if (!m_isHtml || m_slicesShown >= m_slices.size())
        return;
    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(document());
    qint64 slowest = 0; // the next slice goes in only if one as slow as this still fits the turn
    // A slice is one edit: it is laid out as it goes in, and a slice with a
    // table makes QTextDocument scan the frames of the whole document then.
    do {
        const qint64 before = clock.nsecsElapsed();
        // In a block of its own: the slice's first paragraph keeps its format
        // and is not joined to the last one shown.
        cursor.setPosition(m_textEnd);
        if (m_textEnd > 0)
            cursor.insertBlock();
        cursor.insertFragment(QTextDocumentFragment(m_slices.at(m_slicesShown).document.get()));
        m_textEnd = cursor.position();
        ++m_slicesShown;
        slowest = qMax(slowest, clock.nsecsElapsed() - before);
    } while (m_slicesShown < m_slices.size() && clock.nsecsElapsed() + slowest < kHtmlTurnMs * 1000000
             && !m_slices.at(m_slicesShown).hasFrames); // a table's slice (a scan of the whole document) opens a turn
    ++m_appendTurns;
    Q_EMIT htmlSlicesAppended(int(m_slicesShown), m_slices.at(m_slicesShown - 1).sourceEnd);
    scheduleHtmlSlices();
}

void SafeTextBrowser::setCidImages(const QHash<QByteArray, QImage> &images)
{
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        m_cidImages.insert(it.key(), pixmapOf(it.value()));
    m_cidPending.clear();
    if (m_cidPlaceholderShown)
        showDecodedCidImages();
}

void SafeTextBrowser::showDecodedCidImages()
{
    // The document keeps what loadResource() gave (the placeholders): give it
    // the images under the same names and lay out those images again.
    m_cidPlaceholderShown = false;
    QTextDocument *doc = document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid() || !format.name().startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
                continue;
            const QUrl url(format.name());
            const auto image = m_cidImages.constFind(contentIdOf(url));
            if (image == m_cidImages.cend())
                continue;
            doc->addResource(QTextDocument::ImageResource, url, *image);
            doc->markContentsDirty(fragment.position(), fragment.length());
        }
    }
}

void SafeTextBrowser::appendPlainSlice()
{
    const qsizetype total = m_plain.size();
    if (m_isHtml || m_plainShown >= total)
        return;
    qsizetype end = qMin(total, m_plainShown + kPlainSliceChars);
    if (end < total) {
        // End a slice at a line end when there is one, and never inside a surrogate pair.
        const qsizetype newline = m_plain.lastIndexOf(QLatin1Char('\n'), end - 1);
        if (newline >= m_plainShown)
            end = newline + 1;
        else if (m_plain.at(end - 1).isHighSurrogate())
            --end;
    }
    const bool first = m_plainShown == 0;
    QTextCursor cursor(document());
    cursor.setPosition(m_textEnd);
    cursor.insertText(m_plain.mid(m_plainShown, end - m_plainShown));
    m_textEnd = cursor.position();
    m_plainShown = end;
    if (first)
        setTextCursor(QTextCursor(document())); // the reader's caret stays at the top, not on the growing end
    if (m_plainShown < total) {
        const quint64 renders = m_renders;
        QTimer::singleShot(0, this, [this, renders] {
            if (renders == m_renders)
                appendPlainSlice();
        });
    }
}

void SafeTextBrowser::insertTrailingImages()
{
    if (m_trailing.isEmpty())
        return;
    QTextDocument *doc = document();
    for (int i = 0; i < m_trailing.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, trailingUrl(i), pixmapOf(m_trailing.at(i)));
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    for (int i = 0; i < m_trailing.size(); ++i) {
        cursor.insertBlock();
        QTextImageFormat image;
        image.setName(trailingUrl(i).toString());
        cursor.insertImage(image);
    }
    m_trailingInserted = true;
    scaleTrailingImages();
}

void SafeTextBrowser::scaleTrailingImages()
{
    const qreal room = qMax<qreal>(64, viewport()->width() - 2 * document()->documentMargin() - 8);
    // In plain text the images are only after the text: skip its (many) blocks.
    const QTextBlock first = m_isHtml ? document()->begin() : document()->findBlock(m_textEnd);
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid() || !format.name().startsWith(kTrailingScheme))
                continue;
            const int index = format.name().section(QLatin1Char(':'), 1).toInt();
            if (index < 0 || index >= m_trailing.size())
                continue;
            const QSize natural = m_trailing.at(index).size();
            const qreal width = qMin<qreal>(natural.width(), room);
            if (qFuzzyCompare(format.width(), width))
                continue;
            format.setWidth(width);
            format.setHeight(natural.width() > 0 ? natural.height() * width / natural.width() : 0);
            QTextCursor cursor(document());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

void SafeTextBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_trailing.isEmpty())
        scaleTrailingImages();
}

void SafeTextBrowser::noteBlocked()
{
    ++m_blocked;
    if (m_blocked == 1)
        Q_EMIT remoteContentBlocked();
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // A non-null but empty QByteArray means "nothing": returning a null QVariant
    // would let QTextDocument fall back to reading a local file of that name.
    const QVariant nothing = QVariant(QByteArray());
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        const QByteArray id = contentIdOf(name);
        if (type == QTextDocument::ImageResource) {
            // Decoded on InlineImageDecoder's worker, never here.
            if (const auto it = m_cidImages.constFind(id); it != m_cidImages.cend())
                return QVariant(*it);
            if (!m_cidPending.contains(id))
                return nothing; // not an image of this message
            m_cidPlaceholderShown = true;
            if (m_placeholder.isNull())
                m_placeholder = placeholder();
            return QVariant(m_placeholder);
        }
        if (type == QTextDocument::StyleSheetResource && m_cid)
            return QString::fromUtf8(m_cid(id)); // a style sheet part: text, small
        return nothing;
    }
    if (!isRemote(name))
        return nothing; // file:, data:, relative paths, unknown schemes: never
    if (!m_allowRemote) {
        noteBlocked();
        return nothing;
    }
    QUrl url = name;
    if (url.scheme().isEmpty())
        url.setScheme(QStringLiteral("https")); // "//host/x"
    if (const auto it = m_remote.constFind(url); it != m_remote.cend()) {
        if (type == QTextDocument::ImageResource) {
            // Decoded on the worker when it arrived, never here.
            const auto image = m_remoteImages.constFind(url);
            return image == m_remoteImages.cend() ? nothing : QVariant(*image);
        }
        if (type == QTextDocument::StyleSheetResource)
            return QString::fromUtf8(*it);
        return nothing;
    }
    const QString s = url.scheme().toLower();
    if (s == QLatin1String("http") || s == QLatin1String("https"))
        fetch(url);
    return nothing;
}

void SafeTextBrowser::fetch(const QUrl &url)
{
    if (m_remote.contains(url) || m_requests >= kMaxRemoteRequests)
        return;
    m_remote.insert(url, QByteArray()); // one request per URL, even if it fails
    ++m_requests;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->get(request);
    m_pending << reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxRemoteBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, generation] {
        reply->deleteLater();
        m_pending.removeAll(reply);
        if (generation != m_generation)
            return; // another message is shown now
        if (reply->error() != QNetworkReply::NoError) {
            queueRender();
            return;
        }
        const QByteArray data = reply->readAll().left(kMaxRemoteBytes);
        m_remote.insert(url, data);
        // Whatever it is (an image, a style sheet), it may be an image: decoded
        // on the worker, as the message's own images are.
        m_decoding.start(QRunnable::create([this, url, data, generation] {
            const QImage image = InlineImageDecoder::decodeImage(data);
            // The destructor waits for this runnable: `this` is alive here.
            QMetaObject::invokeMethod(
                this,
                [this, url, image, generation] {
                    if (generation != m_generation)
                        return;
                    if (!image.isNull())
                        m_remoteImages.insert(url, pixmapOf(image));
                    queueRender();
                },
                Qt::QueuedConnection);
        }));
    });
}

void SafeTextBrowser::queueRender()
{
    if (m_renderQueued)
        return;
    m_renderQueued = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(50, this, [this, generation] {
        if (generation == m_generation && m_renderQueued)
            render();
    });
}

} // namespace carteiro
