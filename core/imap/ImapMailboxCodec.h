// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mailbox names on the wire: modified UTF-7 (RFC 3501 §5.1.3), or UTF-8 once
// UTF8=ACCEPT is enabled (RFC 6855 §3). "Enviados/Ação" <-> "Enviados/A&AOcA4w-o".
#include <QByteArray>
#include <QString>

namespace carteiro {

class ImapMailboxCodec
{
public:
    static QByteArray encode(const QString &name);
    // Invalid modified UTF-7 is returned as Latin-1 text rather than guessed at.
    static QString decode(QByteArrayView wire, bool utf8Accepted = false);
};

} // namespace carteiro
