// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Server addresses as the user writes them: smtp://host[:port] (STARTTLS, 587),
// smtps:// (implicit TLS, 465), imap:// (143) / imaps:// (993), pop3:// (110) /
// pop3s:// (995), and the explicit plaintext lab forms smtp+plain://,
// imap+plain://, pop3+plain:// that never carry credentials unless allowed.
#include "net/Channel.h"

#include <QString>
#include <optional>

namespace carteiro {

struct ServerUrl
{
    Protocol protocol = Protocol::Smtp;
    TransportSecurity security = TransportSecurity::StartTls;
    QString host;
    quint16 port = 0;
    bool plaintextLab() const { return security == TransportSecurity::Plain; }
    QString toString() const;

    static std::optional<ServerUrl> parse(const QString &text, QString *error);
};

} // namespace carteiro
