// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From an RFC citation as the catalogs write it ("RFC 2920 §3", "RFC 5321
// Appendix F.6", "RFC 4954 §6; RFC 3207 §4") to the page on rfc-editor.org.
#include <QString>
#include <QUrl>

namespace carteiro {

class RfcLink
{
public:
    // The first RFC of the citation, with its section or appendix as the
    // fragment: "RFC 5321 §4.1.1.2" ->
    // https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.2. Empty when the
    // citation names no RFC ("IANA registry").
    static QUrl forSource(const QString &source);
};

} // namespace carteiro
