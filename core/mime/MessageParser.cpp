// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MessageParser.h"

#include <QMetaObject>
#include <QRunnable>

namespace carteiro {

MessageParser::MessageParser(QObject *parent) : QObject(parent)
{
    // Two workers: a new request does not wait behind a stale 25 MB parse.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("MessageParser"));
}

MessageParser::~MessageParser()
{
    cancel();
    m_pool.clear();       // requests not started yet: never parsed
    m_pool.waitForDone(); // one in progress finishes; its queued delivery dies with this object
}

quint64 MessageParser::open(qint64 messageId, const QByteArray &raw)
{
    const quint64 ticket = ++*m_latest;
    ++m_pending;
    std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    m_pool.start(QRunnable::create([this, latest, messageId, raw, ticket] {
        ParsedMessagePtr message;
        if (latest->load() == ticket) // stale before it started: skip the work
            message = ParsedMessage::parse(messageId, raw, ticket);
        // Queued to this object's thread; the destructor waits for this runnable,
        // so `this` is alive here, and a delivery still queued is discarded with it.
        QMetaObject::invokeMethod(
            this, [this, message, ticket] { deliver(message, ticket); }, Qt::QueuedConnection);
    }));
    return ticket;
}

void MessageParser::cancel()
{
    ++*m_latest;
}

void MessageParser::deliver(const ParsedMessagePtr &message, quint64 ticket)
{
    --m_pending;
    if (!message || ticket != m_latest->load()) {
        ++m_dropped;
        return;
    }
    Q_EMIT parsed(message);
}

} // namespace carteiro
