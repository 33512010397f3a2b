// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ENVELOPE fetch item (RFC 3501 §7.4.2): the list view's headers in ~700
// bytes. Parsed by us on the list path (tests/bench/README.md); strings stay as the
// server sent them (RFC 2047 words are decoded later, by the MIME room).
#include <QByteArray>
#include <QList>
#include <optional>

namespace carteiro {

class ImapTokenizer;

struct ImapAddress
{
    QByteArray name;    // display name (possibly RFC 2047 encoded)
    QByteArray adl;     // source route, obsolete
    QByteArray mailbox; // local part; NIL host marks RFC 2822 group syntax
    QByteArray host;
    bool isGroupMarker() const { return host.isNull(); }
    QByteArray address() const { return host.isEmpty() ? mailbox : mailbox + '@' + host; }
};

struct ImapEnvelope
{
    QByteArray date, subject;
    QList<ImapAddress> from, sender, replyTo, to, cc, bcc;
    QByteArray inReplyTo, messageId;

    // Reads "(date subject from sender reply-to to cc bcc in-reply-to message-id)".
    static std::optional<ImapEnvelope> parse(ImapTokenizer &tok);
};

} // namespace carteiro
