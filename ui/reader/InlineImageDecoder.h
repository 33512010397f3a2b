#pragma once
// Decodes the images a message shows below its text (its image/* attachments)
// on a worker thread: base64 to bytes, then QImageReader, scaled down to at
// most kMaxImageSide. QImage is Qt Gui, so this lives in ui/, but none of the
// work runs on the GUI thread: decoded() brings the finished images back. A
// result for a message no longer shown (a newer start(), or cancel()) is dropped.
#include "mime/ParsedMessage.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace carteiro {

class InlineImageDecoder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxImageSide = 4096; // attached images are decoded at most this large

    explicit InlineImageDecoder(QObject *parent = nullptr);
    ~InlineImageDecoder() override;

    // Starts decoding message's inline images; returns the request's ticket.
    quint64 start(const ParsedMessagePtr &message);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    int droppedCount() const { return m_dropped; }

    // The decoding itself, on the calling thread (what the worker runs).
    static QList<QImage> decode(const MessageContent &content);
    static QImage decodeImage(const QByteArray &data);

Q_SIGNALS:
    void decoded(quint64 ticket, qint64 messageId, const QList<QImage> &images);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    int m_dropped = 0;
};

} // namespace carteiro
