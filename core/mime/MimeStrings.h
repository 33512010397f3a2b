// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small string helpers shared by the MIME room: user-visible error text and
// safe display of hostile input.
#include <QByteArray>
#include <QString>

#include <string>

namespace carteiro {

class MimeStrings
{
public:
    // The input with control characters made visible (\r, \n, \0, \xNN) and
    // bidirectional overrides shown as <U+202E>, so an error or a tree line
    // can quote hostile input without being spoofed or broken by it.
    static QString printable(const QString &text, int maxLength = 200);

    // True if text holds CR, LF or NUL: such text must never reach a header raw
    // (tests/README.md, case 13).
    static bool hasLineBreakOrNul(const QString &text);

    // Why text is unfit for a header ("contains a line break (CR or LF)" ...), or empty.
    static QString lineBreakOrNulProblem(const QString &text);

    static std::string toStd(const QString &text);
    static std::string toStd(const QByteArray &bytes);
    static QString fromStd(const std::string &utf8);
};

} // namespace carteiro
