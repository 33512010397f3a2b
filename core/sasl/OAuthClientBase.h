// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared state machine of our two OAuth 2 mechanisms (XOAUTH2, OAUTHBEARER):
// one client-first message carrying the bearer token; on failure the server
// sends a base64 JSON error as a challenge, which the client must acknowledge
// with a fixed response before the server sends its final failure reply.
//
// Error challenge handling (both mechanisms): the step that receives the JSON
// returns Continue with the acknowledgement to send (XOAUTH2: empty line,
// OAUTHBEARER: "AQ==", i.e. 0x01) and serverError() describes the JSON status
// from then on; any further challenge gives Failed with that description.
#include "sasl/SaslClient.h"

namespace carteiro {

class OAuthClientBase : public SaslClient
{
public:
    std::optional<SaslStep> initialResponse() override;
    SaslStep step(const QByteArray &challengeBase64) override;
    QList<QByteArray> secrets() const override { return m_secrets; }
    bool isComplete() const override { return m_state == State::Sent; }
    QString serverError() const override { return m_serverError; }

protected:
    explicit OAuthClientBase(const SaslCredentials &creds);

    // The raw client-first message, or an error text (naming the mechanism)
    // when the credentials cannot be encoded. `redacted` gets the inspector form.
    virtual QByteArray buildInitial(QByteArray *redacted, QString *error) const = 0;
    // The raw acknowledgement of an error challenge.
    virtual QByteArray errorAcknowledgement() const = 0;

    // Token grammar of RFC 6750 (b64token); also rejects empty tokens.
    static bool isValidBearerToken(const QByteArray &token);
    // True when `value` holds a control character (which would break the framing).
    static bool hasControlCharacter(const QByteArray &value);

    const SaslCredentials &credentials() const { return m_creds; }

private:
    enum class State
    {
        NotStarted,
        Sent,
        ErrorAcknowledged,
        Failed
    };

    SaslStep produceInitial();
    SaslStep fail(const QString &error);

    SaslCredentials m_creds;
    State m_state = State::NotStarted;
    QString m_serverError;
    QList<QByteArray> m_secrets;
};

} // namespace carteiro
