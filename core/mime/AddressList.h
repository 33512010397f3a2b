// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Several recipients typed or pasted at once (RFC 5322 §3.4 address-list):
//   Ana <ana@x.br>, "Silva, João" <joao@y.br>; b@z (comment)
//   Família: mae@x.br, pai@x.br;   undisclosed-recipients:;
// Split at commas outside quotes, angle brackets and comments; a semicolon also
// separates (mail programs paste "a; b"), except that it ends a group. Groups
// are flattened into their members; comments are dropped. Each piece is checked
// by MailAddress::parse, and every bad one is named, not only the first.
#include "mime/MailAddress.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace carteiro {

class AddressList
{
public:
    // The pieces as written (spaces and tabs around them trimmed, nothing else:
    // a CR or LF stays and is refused by the parser), group members flattened.
    static QStringList split(const QString &text);

    // The valid addresses, in order, without duplicates (addr-spec compared
    // case-insensitively); each refused piece adds one sentence to *problems
    // ("Invalid address "x": missing @").
    static QList<MailAddress> parse(const QString &text, QStringList *problems);

    // "Ana <ana@x.br>, \"Silva, João\" <joao@y.br>": the display form, joined.
    static QString join(const QList<MailAddress> &addresses);
};

} // namespace carteiro
