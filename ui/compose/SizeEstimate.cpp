// SPDX-License-Identifier: GPL-3.0-or-later
#include "SizeEstimate.h"

#include <QFileInfo>
#include <QLocale>

namespace carteiro {

namespace {
// Measured on MimeComposer's output: Date, From, To, Subject, Message-ID,
// MIME-Version and the part headers come to roughly this much.
constexpr qint64 kMessageHeaders = 600;
constexpr qint64 kPartHeaders = 250;

// Text goes out as quoted-printable or base64, whichever vmime picks: ASCII
// stays about the same size, other text grows up to base64's 4/3.
qint64 textSize(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    qint64 high = 0;
    for (const char c : utf8)
        if (uchar(c) >= 0x80)
            ++high;
    if (high == 0)
        return utf8.size() + utf8.count('\n') + 2; // LF -> CRLF
    return SizeEstimate::base64Size(utf8.size());
}

qint64 headerText(const QList<MailAddress> &list)
{
    qint64 n = 0;
    for (const MailAddress &a : list)
        n += a.toDisplayString().toUtf8().size() * 4 / 3 + 4; // RFC 2047 encoding at worst
    return n;
}
} // namespace

qint64 SizeEstimate::base64Size(qint64 bytes)
{
    const qint64 chars = (bytes + 2) / 3 * 4;
    return chars + (chars + 75) / 76 * 2;
}

SizeEstimate SizeEstimate::of(const MessageDraft &draft)
{
    SizeEstimate e;
    e.total = kMessageHeaders + draft.subject.toUtf8().size() * 4 / 3;
    e.total += headerText({draft.from}) + headerText(draft.to) + headerText(draft.cc);
    e.total += kPartHeaders + textSize(draft.textBody);
    if (!draft.htmlBody.isEmpty())
        e.total += kPartHeaders * 2 + textSize(draft.htmlBody);
    for (const AttachmentSpec &a : draft.attachments) {
        const qint64 size = a.inMemory ? a.data.size() : QFileInfo(a.filePath).size();
        const bool asIs = a.mimeType == QLatin1String("message/rfc822"); // never base64 (RFC 2046 5.2.1)
        e.attachmentBytes += size;
        e.attachmentEncoded += asIs ? size : base64Size(size);
        const QString name = a.fileName.isEmpty() ? QFileInfo(a.filePath).fileName() : a.fileName;
        e.total += kPartHeaders + name.toUtf8().size() * 2;
    }
    e.total += e.attachmentEncoded;
    return e;
}

} // namespace carteiro
