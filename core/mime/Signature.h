// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a signature goes in the text the composer opens with, and its
// separator: "-- " alone on a line (RFC 3676 §4.3), so that readers can tell
// the signature apart and replies can leave it out.
#include <QString>

namespace carteiro {

class Signature
{
public:
    enum class Placement { BelowQuote, AboveQuote };

    // "-- \n" + the signature without trailing line breaks; a signature that
    // already starts with its own "-- " (or "--") line keeps just one. Empty for
    // an empty (or blank) signature.
    static QString block(const QString &signature);

    // The body with the signature placed, and where the cursor goes (the
    // empty line the user writes on).
    //  - a new message (empty body): "\n\n-- \nsig", cursor at 0;
    //  - a reply or forward (the body ReplyBuilder wrote: "\n\n" + quote):
    //    below: body + "\n-- \nsig"; above: "\n\n-- \nsig\n\n" + quote. Cursor 0.
    struct Placed
    {
        QString body;
        int cursor = 0;
    };
    static Placed place(const QString &body, const QString &signature, Placement placement);

    // Replaces the block of `oldSignature` in `body` with that of `newSignature`
    // (the From identity changed). A block the user edited is not found: then
    // false and `body` unchanged, unless there was no old signature, in which
    // case the new one is placed as place() would.
    static bool replace(QString *body, const QString &oldSignature, const QString &newSignature,
                        Placement placement);

    // The text before the signature separator of a received text (what a reply
    // quotes: RFC 3676 §4.3 lets it leave the signature out). The whole text when
    // there is no separator line.
    static QString withoutSignature(const QString &text);
};

} // namespace carteiro
