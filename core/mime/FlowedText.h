// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text/plain; format=flowed (RFC 3676): reading it into paragraphs, quoting it
// for a reply, and writing the composer's text as flowed lines.
//
//  - A line that ends in a space is a soft break: it flows into the next line of
//    the same quote depth (§4.1). With DelSp=yes that space is deleted (§4.1).
//  - Quote depth is the number of '>' at the start of a line (§4.5); after them,
//    or at the start of an unquoted line, one space is "stuffing" and is removed
//    (§4.4). "-- " alone is the signature separator, never flowed (§4.3).
//  - Writing: lines longer than the width break at spaces with a trailing space;
//    spaces the user left before a hard break are trimmed (§4.2); a line that
//    starts with a space, "From " or '>' (unquoted) is space-stuffed (§4.4);
//    quoted lines get "> " style marks (">>> text").
#include <QList>
#include <QString>

namespace carteiro {

class FlowedText
{
public:
    struct Paragraph
    {
        int depth = 0; // quote depth
        QString text;  // the unwrapped text; empty: an empty line
        bool operator==(const Paragraph &) const = default;
    };

    // The paragraphs of a flowed body (LF or CRLF line ends).
    static QList<Paragraph> decode(const QString &body, bool delSp = false);
    // The same joined as display text: each paragraph on one line, quote marks
    // written "> > " style... as ">" repeated then a space (">> text").
    static QString toPlain(const QList<Paragraph> &paragraphs);
    // Reply quoting of a flowed original (§4.5): every paragraph one level deeper.
    static QList<Paragraph> quoted(const QList<Paragraph> &paragraphs);

    // The composer's plain text (lines, "> " quotes as ReplyBuilder writes them)
    // as flowed lines of at most `width` characters where spaces allow, LF ends.
    static QString encode(const QString &text, int width = 72);
    // Paragraphs of plain text as the composer holds it: quote marks counted.
    static QList<Paragraph> fromPlain(const QString &text);
};

} // namespace carteiro
