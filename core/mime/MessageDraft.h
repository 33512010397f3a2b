// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "AttachmentSpec.h"
#include "MailAddress.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {

// Everything MimeComposer needs to write one message.
struct MessageDraft
{
    MailAddress from;
    QList<MailAddress> to, cc, bcc, replyTo; // Bcc goes to the envelope only, never to a header
    QString subject;
    QString textBody;
    QString htmlBody; // optional: multipart/alternative with the text part
    QList<AttachmentSpec> attachments;
    QDateTime date;          // invalid = now
    QString messageIdDomain; // empty = from's domain
    // Threading (RFC 5322 §3.6.4): msg-ids with their angle brackets, "<id@host>".
    QString inReplyTo = {};      // empty: no In-Reply-To field
    QStringList references = {}; // oldest first; empty: no References field
    // The text part goes as text/plain; format=flowed (RFC 3676): a reply to a
    // flowed original, so that its quote reflows on the reader's screen.
    bool flowed = false;
};

} // namespace carteiro
