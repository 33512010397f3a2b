// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A mailto: link (RFC 6068), read for the composer: `carteiro mailto:...`, a
// browser's link, the second launch's hand-over (ui/desktop/LaunchHandler).
//
// Kept: the addresses of the path and of to=, cc=, bcc= (RFC 6068 §2), the
// subject (RFC 2047 encoded words decoded, §2) and body (line breaks made
// "\n", §5), In-Reply-To (§6.1). Refused and named: every parameter that
// could make the client read a local file (attach=, attachment=, file= ...),
// a known attack on mail clients: a link must never attach anything. Ignored
// and named: any other header (From, Sender, Keywords ...; §7 warns against
// letting a link set them). A link that cannot be read (another scheme, a bad
// %-escape, bytes that are not UTF-8, a control character in an address, too
// long) is refused as a whole, the error naming what is wrong.
#include <QString>
#include <QStringList>

#include <optional>

namespace carteiro {

struct MailtoLink
{
    QStringList to, cc, bcc; // one address per entry, as written ("Ana <a@x>", "\"x\"@y")
    QString subject;
    QString body;
    QString inReplyTo;
    QStringList refused; // "attach=/etc/passwd": parameters naming files, never used
    QStringList ignored; // "from": header names a link may not set

    // At most this many characters (a browser's longest URLs are shorter).
    static constexpr int kMaxLength = 1 << 20;

    static bool isMailto(const QString &text); // starts with "mailto:", any case
    static std::optional<MailtoLink> parse(const QString &url, QString *error);
    // Whether a parameter name could name a local file (refused).
    static bool namesAFile(const QString &lowerName);
};

} // namespace carteiro
