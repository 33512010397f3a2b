// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the reader shows of one raw message (RFC 5322 + MIME): the header
// fields for display, made safe by DisplaySanitizer; the one body part to show
// (text/html preferred inside multipart/alternative, else text/plain; both kept);
// the parts a multipart/related HTML body refers to by Content-ID (RFC 2392);
// and the attachments, with safe names.
//
// Parts are never joined into one document (tests/README.md, case 16, EFAIL): the
// chosen body is one part; any other text part is an attachment. A nested
// message/rfc822 is an attachment too. Broken MIME never throws: the raw text
// is shown as plain text with the error that MimeTree reported.
#include "mime/DisplaySanitizer.h"
#include "mime/MimeNode.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace carteiro {

struct MessagePart
{
    QString path;          // IMAP-style part number (RFC 3501 section 6.4.5): "1", "2.1"...
    QByteArray mediaType;  // lower-case
    QString fileName;      // as the sender wrote it, decoded (hostile: do not use for files)
    QString safeName;      // SafeFileName::make(fileName, mediaType): for saving and display
    QByteArray contentId;  // without the angle brackets, empty if none
    qint64 decodedSize = 0;
    bool isImage = false, isAudio = false, isMessage = false;
    MimeNode node;         // byte ranges in the raw message (children dropped)
};

class MessageContent
{
public:
    enum class BodyFormat { None, Plain, Html };

    // Never fails; error() says what could not be read.
    static MessageContent fromRaw(const QByteArray &raw);
    // The same from a tree MimeTree already built from raw (nullptr: it could
    // not be read, treeError says why): the message is parsed once for every view.
    static MessageContent fromTree(const QByteArray &raw, const MimeNode *root, const QString &treeError);

    const QByteArray &raw() const { return m_raw; }
    QString error() const { return m_error; } // empty when the MIME structure was read

    DisplayText from, to, cc, replyTo, subject;
    QDateTime date;  // invalid when missing or unreadable
    QString dateText; // the Date field as written (sanitised), for when date is invalid

    BodyFormat bodyFormat = BodyFormat::None; // which one the viewer should show
    QString htmlBody, plainBody;               // decoded to Unicode; either may be empty
    // The plain part is text/plain; format=flowed (RFC 3676 §4.1), DelSp=yes or not.
    bool plainFlowed = false, plainDelSp = false;
    QString bodyPath;                          // part number of the shown body
    bool bodyTruncated = false;                // longer than kMaxBodyChars: the rest is in the part

    QList<MessagePart> attachments;  // saved/opened by the user; images among them are shown below the text
    QList<MessagePart> relatedParts; // resources of the HTML body (multipart/related with a Content-ID)

    // A part by Content-ID (RFC 2392 "cid:" URL, already %-decoded), related parts first.
    const MessagePart *partByContentId(const QByteArray &contentId) const;
    // Transfer-decoded bytes of a part of this message.
    QByteArray partData(const MessagePart &part) const;
    QList<const MessagePart *> inlineImages() const; // image/* attachments, in order

    // The text of a text part in its declared charset (HTML without one: its <meta charset>).
    static QString decodeText(const QByteArray &bytes, const QByteArray &charset, bool html);

    static constexpr qsizetype kMaxBodyChars = 4 * 1024 * 1024;

private:
    QByteArray m_raw;
    QString m_error;
    QHash<QByteArray, qsizetype> m_cidRelated, m_cidAttachment;
};

} // namespace carteiro
