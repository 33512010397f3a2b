#include "reader/InlineImageDecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QMetaObject>
#include <QRunnable>

namespace carteiro {

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

QImage InlineImageDecoder::decodeImage(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
        reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
    return reader.read();
}

QList<QImage> InlineImageDecoder::decode(const MessageContent &content)
{
    QList<QImage> images;
    for (const MessagePart *part : content.inlineImages()) {
        const QImage image = decodeImage(content.partData(*part));
        if (!image.isNull())
            images << image;
    }
    return images;
}

quint64 InlineImageDecoder::start(const ParsedMessagePtr &message)
{
    const quint64 ticket = ++*m_latest;
    ++m_pending;
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    m_pool.start(QRunnable::create([this, latest, message, ticket] {
        QList<QImage> images;
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
