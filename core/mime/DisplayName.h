// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/mime: the display name of a mailbox, quoted (RFC 5322
// §3.2.4) when it holds a character of the caller's choosing or leading or
// trailing blanks; MailAddress (round trips: every special and '.') and
// AddressHeader (display: what could pass for address syntax) pick their sets.
#pragma once

#include <QString>

namespace carteiro::displayname {

template <typename NeedsQuote>
QString quotedIfNeeded(const QString &name, NeedsQuote needsQuote)
{
    bool quote = name != name.trimmed();
    for (const QChar c : name)
        quote = quote || needsQuote(c);
    if (!quote)
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace carteiro::displayname
