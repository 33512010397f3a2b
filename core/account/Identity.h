// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One From identity of an account: the name and address the message is sent
// as, an optional Reply-To, and its signature (plain text, and HTML for
// formatted messages). The account's own name and address are its first
// identity (AccountSettings::identities()).
#include "mime/MailAddress.h"

#include <QList>
#include <QString>

namespace carteiro {

struct Identity
{
    QString name;          // "Alice Example"
    QString address;       // "alice@example.test"
    QString replyTo;       // an address list, empty for none ("Secretaria <sec@x.br>")
    QString signature;     // plain text, without the "-- " line (added when placed)
    QString signatureHtml; // optional: used when the message is formatted

    MailAddress mailbox() const { return MailAddress{name.trimmed(), address.trimmed()}; }
    // "Alice Example <alice@example.test>"
    QString fromText() const;
    // Empty when usable; else one sentence naming the field ("Reply-To: ...").
    QString validate() const;
    bool operator==(const Identity &other) const = default;
};

} // namespace carteiro
