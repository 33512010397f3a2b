// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OAUTHBEARER (RFC 7628 section 3.1): gs2 header "n,a=<user>," then
// "\x01host=<host>\x01port=<port>\x01auth=Bearer <token>\x01\x01". host and port
// are left out when unknown (empty / 0), a= when there is no user name. No
// channel binding (RFC 7628 defines none). Error challenges are acknowledged
// with "\x01" (base64 "AQ=="); see OAuthClientBase.
#include "sasl/OAuthClientBase.h"

namespace carteiro {

class OAuthBearerClient final : public OAuthClientBase
{
public:
    explicit OAuthBearerClient(const SaslCredentials &creds) : OAuthClientBase(creds) {}

    QByteArray mechanism() const override { return QByteArrayLiteral("OAUTHBEARER"); }

    // RFC 5801 saslname: "," as "=2C" and "=" as "=3D".
    static QByteArray encodeSaslName(const QByteArray &name);

protected:
    QByteArray buildInitial(QByteArray *redacted, QString *error) const override;
    QByteArray errorAcknowledgement() const override { return QByteArrayLiteral("\x01"); }
};

} // namespace carteiro
