// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an outgoing message (RFC 5322 + MIME, RFC 2045-2049) to a file with vmime.
#include "ComposedMessage.h"
#include "MessageDraft.h"

#include <QString>

#include <optional>

namespace carteiro {

class MimeComposer
{
public:
    // Writes the message to outputPath (atomically: QSaveFile, so a failure leaves
    // no half-written file). Attachments are read and base64-encoded in blocks while
    // the file is written, never held whole in memory.
    //
    // Layout: text/plain (charset=utf-8, quoted-printable / base64 / 7bit as vmime
    // decides) or multipart/alternative (text + html), wrapped in multipart/mixed
    // when there are attachments (base64, Content-Disposition: attachment with
    // filename per RFC 2231 and RFC 2047, plus Content-Type name= for old readers).
    // Headers: Date, From, Reply-To, To, Cc, Subject (RFC 2047, UTF-8), Message-ID,
    // In-Reply-To and References (RFC 5322 §3.6.4, when the draft has them),
    // MIME-Version. Bcc never appears. CRLF line endings, lines <= 998 octets.
    //
    // In-memory attachments (AttachmentSpec::inMemory) are base64-encoded from memory.
    // A message/rfc822 attachment (given or detected) is written as it is, 7bit or
    // 8bit, never base64 (RFC 2046 §5.2.1); bare LF/CR are made CRLF first.
    //
    // Refused with a clear error (nullopt): CR, LF or NUL in the subject, a display
    // name, an attachment name, In-Reply-To or References, or a msg-id that is not
    // "<...>"; an invalid address; a missing or unreadable attachment (the error
    // names the file); a message/rfc822 attachment with NUL or a line over 998 octets.
    static std::optional<ComposedMessage> compose(const MessageDraft &draft, const QString &outputPath,
                                                  QString *error);

    // The name an attachment is sent under: fileName (or the file's name) reduced to a
    // basename (both / and \ separators), trimmed. Empty if nothing usable is left.
    static QString attachmentName(const AttachmentSpec &spec);

    // The MIME type an attachment is sent with: spec.mimeType, or QMimeDatabase by
    // content, refined by the extension when that names a subtype of the content type
    // (text/plain -> text/csv), else by extension, else application/octet-stream.
    static QByteArray attachmentMimeType(const AttachmentSpec &spec);
};

} // namespace carteiro
