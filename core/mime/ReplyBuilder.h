// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reply, reply all and forward: from the raw bytes of a received message and
// the user's identity, the MessageDraft the composer opens with.
//
//  - reply: To = Reply-To if present, else From (RFC 5322 §3.6.3); when that is
//    one of the user's own addresses (a reply to one's own sent mail), the
//    original To instead. Subject "Re: " once; In-Reply-To = the original
//    Message-ID; References = the original References (or, lacking them, its
//    single In-Reply-To id) + its Message-ID (RFC 5322 §3.6.4). Body: an
//    attribution line, then the original text quoted with "> ".
//  - reply all: also every original To and Cc, minus the user's own addresses,
//    without duplicates (addresses compared case-insensitively); Cc stays Cc.
//  - forward: Subject "Fwd: ", a "Forwarded message" block (From, Date,
//    Subject, To) then the original text; the original's attachments come along
//    as in-memory attachments (decoded by MessageContent, SafeFileName names).
//  - forward as attachment: the raw message as a message/rfc822 part named
//    "<subject>.eml" (made safe), written as it is by MimeComposer.
//
// Bad input: a message MimeTree refuses, or a reply with nobody to reply to, is
// an error naming what was wrong; addresses that cannot be parsed are left out
// and listed in *notes so the user sees them.
#include "MailAddress.h"
#include "MessageDraft.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace carteiro {

class ReplyBuilder
{
public:
    enum class Mode { Reply, ReplyAll, Forward, ForwardAsAttachment };

    struct Identity
    {
        MailAddress address;            // becomes the draft's From
        QStringList alternativeAddresses; // other addresses that are also "me" (never replied to)
    };

    static std::optional<MessageDraft> build(Mode mode, const QByteArray &raw, const Identity &me, QString *error,
                                             QStringList *notes = nullptr);

    // "Re: Fwd: RES: [2] x" -> "x": leading reply and forward prefixes (Re, RE,
    // Res, Aw, Sv, Fwd, Fw, Enc, Wg, Tr; "Re[2]:", "Re(2):"), any case, any number.
    static QString strippedSubject(const QString &subject);
    static QString replySubject(const QString &subject);   // "Re: " + stripped
    static QString forwardSubject(const QString &subject); // "Fwd: " + stripped

    // Every line prefixed with "> " (">" alone before an empty line or another
    // quote level, so quote markers stay "> > " style readable: ">> x").
    static QString quote(const QString &text);

    // "<subject>.eml" made a safe file name by SafeFileName (slashes become "_");
    // "message.eml" for an empty subject.
    static QString attachmentFileName(const QString &subject);

    // Addresses of an address-list header value (RFC 5322 §3.4), groups flattened,
    // RFC 2047 display names decoded. Entries that are not valid addresses are
    // skipped and described in *skipped.
    static QList<MailAddress> parseAddressList(const QByteArray &value, QStringList *skipped = nullptr);
};

} // namespace carteiro
