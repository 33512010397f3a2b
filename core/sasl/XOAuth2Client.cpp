// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/XOAuth2Client.h"

#include "sasl/SaslCodec.h"

#include <QCoreApplication>

namespace carteiro {

QByteArray XOAuth2Client::buildInitial(QByteArray *redacted, QString *error) const
{
    const QByteArray user = credentials().username.toUtf8();
    const QByteArray token = credentials().oauthToken.toUtf8();
    if (user.isEmpty() || hasControlCharacter(user)) {
        *error = QCoreApplication::translate(
            "Sasl", "XOAUTH2: the user name is empty or contains control characters");
        return {};
    }
    if (!isValidBearerToken(token)) {
        *error = QCoreApplication::translate(
            "Sasl", "XOAUTH2: the OAuth token is empty or contains characters a bearer token "
                    "cannot have");
        return {};
    }
    const QByteArray head = "user=" + user +
                            "\x01"
                            "auth=Bearer ";
    *redacted = SaslCodec::wrap(SaslCodec::escapeForDisplay(head) + SaslCodec::kMask +
                                SaslCodec::escapeForDisplay("\x01\x01"));
    return head + token + "\x01\x01";
}

} // namespace carteiro
