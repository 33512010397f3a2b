// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The signature in the composer's text: placed when the window opens (a new
// message, a reply or a forward: below or above the quote, as the account
// says), after the "-- " separator (RFC 3676 §4.3); swapped when another From
// identity is chosen, or when formatting is switched on and the identity has
// an HTML signature. A signature the user edited is left alone.
#include "account/Identity.h"
#include "mime/Signature.h"

#include <QString>

class QTextEdit;

namespace carteiro {

class ComposerSignature
{
public:
    explicit ComposerSignature(QTextEdit *body) : m_body(body) {}

    // Places `identity`'s signature into the text as it is now; the cursor
    // goes to the line the user writes on (the top).
    void place(const Identity &identity, Signature::Placement placement, bool formatted);
    // Another identity, or formatting switched: the placed block is replaced.
    void switchTo(const Identity &identity, Signature::Placement placement, bool formatted);
    // A text opened as it was saved (a draft): its signature is the identity's
    // when the text holds that block.
    void adopt(const Identity &identity);
    // The signature block as it stands in the text (plain), empty when none.
    QString block() const { return m_block; }
    // True when the text is nothing but the placed signature.
    bool isOnlySignature() const;

private:
    void insertAt(int position, const Identity &identity, bool formatted, const QString &before,
                  const QString &after);

    QTextEdit *m_body;
    QString m_block;
};

} // namespace carteiro
