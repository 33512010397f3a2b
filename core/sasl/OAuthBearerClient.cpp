// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/OAuthBearerClient.h"

#include "sasl/SaslCodec.h"

#include <QCoreApplication>

namespace carteiro {

QByteArray OAuthBearerClient::encodeSaslName(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}

QByteArray OAuthBearerClient::buildInitial(QByteArray *redacted, QString *error) const
{
    const SaslCredentials &creds = credentials();
    const QByteArray user = creds.username.toUtf8();
    const QByteArray host = creds.host.toUtf8();
    const QByteArray token = creds.oauthToken.toUtf8();
    if (hasControlCharacter(user) || hasControlCharacter(host)) {
        *error = QCoreApplication::translate(
            "Sasl", "OAUTHBEARER: the user name or host name contains control characters");
        return {};
    }
    if (!isValidBearerToken(token)) {
        *error = QCoreApplication::translate(
            "Sasl", "OAUTHBEARER: the OAuth token is empty or contains characters a bearer "
                    "token cannot have");
        return {};
    }
    QByteArray head = "n,";
    if (!user.isEmpty())
        head += "a=" + encodeSaslName(user);
    head += ",\x01";
    if (!host.isEmpty())
        head += "host=" + host + "\x01";
    if (creds.port != 0)
        head += "port=" + QByteArray::number(creds.port) + "\x01";
    head += "auth=Bearer ";
    *redacted = SaslCodec::wrap(SaslCodec::escapeForDisplay(head) + SaslCodec::kMask +
                                SaslCodec::escapeForDisplay("\x01\x01"));
    return head + token + "\x01\x01";
}

} // namespace carteiro
