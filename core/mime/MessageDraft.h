#pragma once
#include "AttachmentSpec.h"
#include "MailAddress.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
};

} // namespace carteiro
