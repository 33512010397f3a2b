// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mbox family (the "From_" line format of the qmail mbox(5) page and
// RFC 4155): what separates messages, and how each variant quotes a body line
// that begins with "From " so that it is not read as a separator.
//
//   mboxo    body "From " -> ">From "; read back: ">From " -> "From " (one level only)
//   mboxrd   body ">*From " gains one ">"; read back: ">+From " loses one ">"
//   mboxcl   like mboxo, plus a Content-Length: header giving the body's length
//   mboxcl2  Content-Length: and no quoting at all (bodies are cut by length)
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

namespace carteiro {

enum class MboxVariant { Mboxo, Mboxrd, Mboxcl, Mboxcl2 };

namespace mbox {

QString variantName(MboxVariant variant); // "mboxo", "mboxrd", "mboxcl", "mboxcl2"
std::optional<MboxVariant> variantFromName(QByteArrayView name);

// A body line as stored -> as the message had it (the line may end in LF or CRLF).
// Returns the number of bytes to drop at the start of the line (0 or 1).
int unquotePrefix(QByteArrayView line, MboxVariant variant);
// The stored message bytes (headers and body, as between two From_ lines) -> the message.
QByteArray unquote(QByteArrayView stored, MboxVariant variant);
// The message -> mboxrd body bytes (every ">*From " line gains one ">").
QByteArray quoteRd(QByteArrayView message);

// Bare LF line ends made CRLF (mbox and Maildir files keep LF; IMAP APPEND
// and SMTP carry CRLF lines, RFC 5322 §2.1); CRLF already there is kept.
QByteArray withCrlf(QByteArrayView message);

// True for a line that starts "From " and carries a sender and something that
// looks like a date ("From alice@example.test Mon Dec  7 11:04:42 2026").
bool looksLikeFromLine(QByteArrayView line);
// The From_ line to write before a message: "From SENDER DATE\n" (asctime form, UTC).
QByteArray fromLine(const QByteArray &sender, const QDateTime &date);

} // namespace mbox
} // namespace carteiro
