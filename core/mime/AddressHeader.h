// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Address fields (From, To, Cc, Reply-To: RFC 5322 §3.4) read from raw header
// text for display, the one place every list and view gets them from: the
// display name decoded, the address never (RFC 2047 §5), and a name that could
// pass for an address shown quoted beside the real one.
#include <QByteArray>
#include <QList>
#include <QString>

namespace carteiro {

struct HeaderMailbox
{
    QString name;    // decoded display name (or the old "addr (Name)" comment); may be empty.
                     // Control characters are kept, for the viewer to flag (DisplaySanitizer).
    QString address; // the addr-spec as written, blanks and controls removed
};

class AddressHeader
{
public:
    // The mailboxes of an address-list value, in order; group names and
    // comments dropped, members of groups kept. At most maxItems.
    static QList<HeaderMailbox> parse(const QByteArray &rawValue, int maxItems = 1000);
    // "Zé <ze@x.br>, \"ceo@bank.example\" <eve@evil.example>" (MailAddress::toDisplayString
    // for each: a name holding specials is quoted).
    static QString formatList(const QByteArray &rawValue);
    // An addr-spec's bytes as text, never RFC 2047-decoded (RFC 2047 §5): 8-bit
    // read as UTF-8 (RFC 6532) or Latin-1, blanks and control characters dropped.
    static QString addressText(const QByteArray &bytes);
    // "Name <addr>", with the name quoted where RFC 5322 §3.2.4 wants it.
    static QString format(const QString &name, const QString &address);
    // What a column with room for one short sender shows: the name alone when it
    // cannot be taken for an address; else format() with the real address.
    static QString shortForm(const QString &name, const QString &address);
    // The value without its comments "(...)" (RFC 5322 §3.2.2), quotes respected.
    static QByteArray withoutComments(const QByteArray &value);
    // The name holds '@', '<', '>' or '"': shown alone it could hide the sender.
    static bool nameLooksLikeAddress(const QString &name);
};

} // namespace carteiro
