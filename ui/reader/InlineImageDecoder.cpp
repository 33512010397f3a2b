// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/InlineImageDecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QMetaObject>
#include <QRunnable>
#include <QThread>

namespace carteiro {

namespace {
std::atomic<QThread *> g_lastDecodingThread{nullptr};

bool isImageType(const QByteArray &mediaType)
{
    return mediaType.startsWith("image/");
}
} // namespace

InlineImageDecoder::InlineImageDecoder(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("InlineImageDecoder"));
}

InlineImageDecoder::~InlineImageDecoder()
{
    cancel();
    m_pool.clear();
    // A decode in progress finishes; its queued delivery dies with this object.
    m_pool.waitForDone();
}

QThread *InlineImageDecoder::lastDecodingThread()
{
    return g_lastDecodingThread.load();
}

QImage InlineImageDecoder::decodeImage(const QByteArray &data)
{
    g_lastDecodingThread = QThread::currentThread();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
        reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    // The formats the raster paint engine draws as they are: turning the image
    // into a pixmap on the GUI thread is then free (no conversion, no scan for
    // transparent pixels, which an opaque image in an alpha format would cost).
    if (!image.hasAlphaChannel()) {
        image.convertTo(QImage::Format_RGB32);
        return image;
    }
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return image;
    }
    image.convertTo(QImage::Format_RGB32);
    return image;
}

bool InlineImageDecoder::hasImages(const MessageContent &content)
{
    for (const MessagePart &part : content.attachments)
        if (part.isImage || (!part.contentId.isEmpty() && isImageType(part.mediaType)))
            return true;
    for (const MessagePart &part : content.relatedParts)
        if (isImageType(part.mediaType))
            return true;
    return false;
}

DecodedImages InlineImageDecoder::decode(const MessageContent &content)
{
    DecodedImages out;
    // The body's images first (the text is already shown around them), then
    // the attachments below the text; an attachment named by cid: is decoded once.
    for (const MessagePart &part : content.relatedParts)
        if (isImageType(part.mediaType) && !out.byContentId.contains(part.contentId)) {
            const QImage image = decodeImage(content.partData(part));
            if (!image.isNull())
                out.byContentId.insert(part.contentId, image);
        }
    for (const MessagePart &part : content.attachments) {
        if (!part.isImage && !(isImageType(part.mediaType) && !part.contentId.isEmpty()))
            continue;
        QImage image;
        if (!part.contentId.isEmpty() && out.byContentId.contains(part.contentId))
            image = out.byContentId.value(part.contentId);
        else
            image = decodeImage(content.partData(part));
        if (image.isNull())
            continue;
        if (!part.contentId.isEmpty() && !out.byContentId.contains(part.contentId))
            out.byContentId.insert(part.contentId, image);
        if (part.isImage)
            out.attached << image;
    }
    return out;
}

quint64 InlineImageDecoder::start(const ParsedMessagePtr &message)
{
    const quint64 ticket = ++*m_latest;
    ++m_pending;
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    m_pool.start(QRunnable::create([this, latest, message, ticket] {
        DecodedImages images;
        const bool stale = latest->load() != ticket;
        if (!stale)
            images = decode(message->content());
        // The destructor waits for this runnable: `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, images, ticket, stale, id = message->messageId()] {
                --m_pending;
                if (stale || ticket != m_latest->load()) {
                    ++m_dropped;
                    return;
                }
                Q_EMIT decoded(ticket, id, images);
            },
            Qt::QueuedConnection);
    }));
    return ticket;
}

void InlineImageDecoder::cancel()
{
    ++*m_latest;
}

} // namespace carteiro
