// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// XOAUTH2 (Google / Microsoft): "user=<name>\x01auth=Bearer <token>\x01\x01".
// Error challenges are acknowledged with an empty response; see OAuthClientBase.
#include "sasl/OAuthClientBase.h"

namespace carteiro {

class XOAuth2Client final : public OAuthClientBase
{
public:
    explicit XOAuth2Client(const SaslCredentials &creds) : OAuthClientBase(creds) {}

    QByteArray mechanism() const override { return QByteArrayLiteral("XOAUTH2"); }

protected:
    QByteArray buildInitial(QByteArray *redacted, QString *error) const override;
    QByteArray errorAcknowledgement() const override { return {}; }
};

} // namespace carteiro
