// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where downloaded messages go (the SQLite store later; a folder or memory in
// tests). The POP3 engine sends DELE for a message only after storeMessage()
// returned true, so "true" must mean durable: written, flushed and committed
// such that a crash right after cannot lose it (core/README.md, "Nothing lost").
#include <QByteArray>
#include <QString>

namespace carteiro {

class MessageSink
{
public:
    virtual ~MessageSink() = default;
    // `uidl` is the server's unique-id (RFC 1939 §7), the key against duplicates;
    // `raw` the message as received, CRLF line ends, dot-unstuffed. Returns true
    // only once the message is durable; otherwise false with *error set.
    virtual bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error) = 0;
};

} // namespace carteiro
