// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decodes every image a message shows on a worker thread: the images below its
// text (its image/* attachments) and the images its HTML refers to by "cid:"
// (RFC 2392). Base64 to bytes, then QImageReader, scaled down to at most
// kMaxImageSide and converted to the format the screen paints without another
// conversion. QImage is Qt Gui, so this lives in ui/, but none of the work runs
// on the GUI thread: decoded() brings the finished images back (the GUI thread
// then only wraps them as pixmaps, which costs no copy). A result for a message
// no longer shown (a newer start(), or cancel()) is dropped.
#include "mime/ParsedMessage.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QThread;

namespace carteiro {

struct DecodedImages
{
    QList<QImage> attached;                 // image attachments, in order, shown below the text
    QHash<QByteArray, QImage> byContentId;  // images the HTML names with cid: (Content-ID without <>)
    bool isEmpty() const { return attached.isEmpty() && byContentId.isEmpty(); }
};

class InlineImageDecoder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxImageSide = 4096; // images are decoded at most this large

    explicit InlineImageDecoder(QObject *parent = nullptr);
    ~InlineImageDecoder() override;

    // Does message have anything to decode (image attachments, or image parts with a Content-ID)?
    static bool hasImages(const MessageContent &content);
    // Starts decoding message's images; returns the request's ticket.
    quint64 start(const ParsedMessagePtr &message);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    int droppedCount() const { return m_dropped; }
    // The thread that decoded the last image (tests: never the GUI thread).
    static QThread *lastDecodingThread();

    // The decoding itself, on the calling thread (what the worker runs).
    static DecodedImages decode(const MessageContent &content);
    static QImage decodeImage(const QByteArray &data);

Q_SIGNALS:
    void decoded(quint64 ticket, qint64 messageId, const carteiro::DecodedImages &images);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    int m_dropped = 0;
};

} // namespace carteiro
