// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header text from a message made safe to show (tests/README.md, case 17): From, To,
// Cc, Reply-To and Subject arrive from anyone, and an encoded word can carry a
// NUL or a line break, Bidi controls can reorder what the reader sees
// ("gpj.exe" shown as "exe.jpg"), and a domain of look-alike letters from
// another script can pass for a bank's (an IDN homograph).
//
// What we do: control characters are shown visibly (U+240A for LF, U+2400 for
// NUL...), Bidi controls and other invisible format characters are removed,
// and every non-ASCII domain after an '@' is shown in its ACE (punycode) form,
// RFC 5890 section 2.3.2.1, with the Unicode form kept for a tooltip. Each of
// these sets a flag that the viewer shows as a warning.
#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace carteiro {

struct DisplayText
{
    enum Issue {
        NoIssue = 0,
        ControlCharacters = 1,   // NUL, CR, LF, other C0/C1 controls: shown visibly
        BidiControls = 2,        // U+202A-202E, U+2066-2069, U+200E/F, U+061C (and other invisible formats): removed
        InternationalDomain = 4, // a non-ASCII domain: shown as punycode
        Truncated = 8,           // longer than the display limit
    };
    Q_DECLARE_FLAGS(Issues, Issue)

    QString text;     // safe to show
    QString original; // what arrived, decoded, with controls made visible (for a tooltip)
    Issues issues;

    bool suspicious() const { return issues & (ControlCharacters | BidiControls | InternationalDomain); }
    // One translated sentence per issue, for the warning's tooltip.
    QStringList warnings() const;
};

class DisplaySanitizer
{
public:
    static constexpr int kMaxLength = 2000; // characters shown of one header field

    // Free text (Subject): decoded text in, safe text out.
    static DisplayText text(const QString &decoded);
    // Address lists (From, To, Cc, Reply-To): as text(), plus IDN domains as punycode.
    static DisplayText addresses(const QString &decoded);
    // A raw (RFC 2047-encoded, possibly folded) header value: decoded, then as above.
    static DisplayText header(const QByteArray &rawValue, bool isAddressList);

    static bool isBidiOrInvisible(char32_t c);
    static bool isControl(char32_t c);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DisplayText::Issues)

} // namespace carteiro
