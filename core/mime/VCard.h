// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// vCard import and export for the address book (RFC 6350).
//
// Read: versions 2.1, 3.0 and 4.0; folded lines (§3.2, a line starting with a
// space or tab continues the previous one), escaped "\," "\;" "\n" "\\" (§3.4),
// property groups ("item1.EMAIL"), TYPE parameters, vCard 2.1's
// QUOTED-PRINTABLE values with soft line breaks and CHARSET; FN, N, EMAIL, TEL,
// ORG, NOTE, UID, KIND:group with MEMBER (mailto: or urn:uuid: of a card in the
// file; Apple's X-ADDRESSBOOKSERVER-KIND/-MEMBER too). Anything else is ignored.
//
// A file that cannot be read at all (empty, too big, binary, no BEGIN:VCARD) is
// an error naming why; a bad card or address inside a good file is skipped and
// named in `problems` ("card 3 (line 17): the address "x" is not valid: ...").
//
// Written: vCard 4.0, CRLF, lines folded at 75 octets without splitting a UTF-8
// character, text escaped; a group is KIND:group with MEMBER:mailto:... lines.
#include "mime/ContactCard.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace carteiro {

class VCard
{
public:
    struct Contents
    {
        QList<ContactCard> contacts;
        QList<ContactGroup> groups;
        QStringList problems; // one sentence per card or value left out
    };

    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    static constexpr int kMaxCards = 100000;

    static std::optional<Contents> read(const QByteArray &data, QString *error);
    static QByteArray write(const QList<ContactCard> &contacts, const QList<ContactGroup> &groups);

    // One content line folded at 75 octets (§3.2), CRLF after each piece.
    static QByteArray fold(const QByteArray &line);
    static QString escapeText(const QString &text);   // "\\", ",", ";", line breaks (§3.4)
    static QString unescapeText(const QString &text);
};

} // namespace carteiro
