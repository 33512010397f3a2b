// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens messages off the caller's thread: open() hands the raw bytes to a
// worker thread of its own pool, which builds a ParsedMessage (the message is
// parsed once there, for the reader and the MIME tree alike) and posts it back;
// parsed() is emitted on the thread the parser lives on, with the finished,
// immutable result only. A result that is no longer the newest request (the
// user opened another message, or cancel() was called) is dropped, never shown;
// a request already stale when its worker starts is not parsed at all.
#include "mime/ParsedMessage.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace carteiro {

class MessageParser : public QObject
{
    Q_OBJECT
public:
    explicit MessageParser(QObject *parent = nullptr);
    ~MessageParser() override; // waits for a parse in progress (its result is dropped)

    // Starts reading raw on a worker thread; returns the request's ticket
    // (ParsedMessage::ticket() of the result). Any earlier request becomes stale.
    quint64 open(qint64 messageId, const QByteArray &raw);
    // The pending request, if any, becomes stale: its result is dropped.
    void cancel();

    quint64 currentTicket() const { return m_latest->load(); }
    bool isBusy() const { return m_pending > 0; }  // requests whose result has not come back
    int droppedCount() const { return m_dropped; } // stale results dropped so far
    // Blocks until every started parse has finished (tests, shutdown).
    void waitForIdle() { m_pool.waitForDone(); }

Q_SIGNALS:
    void parsed(carteiro::ParsedMessagePtr message);

private:
    void deliver(const ParsedMessagePtr &message, quint64 ticket);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    int m_dropped = 0;
};

} // namespace carteiro
