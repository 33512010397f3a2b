// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/OAuthClientBase.h"

#include "sasl/SaslCodec.h"

#include <QCoreApplication>

namespace carteiro {

OAuthClientBase::OAuthClientBase(const SaslCredentials &creds) : m_creds(creds)
{
    m_secrets = SaslCodec::secretVariants(creds.oauthToken.toUtf8());
    // Token-and-password accounts: mask the password too, just in case.
    m_secrets += SaslCodec::secretVariants(creds.password.toUtf8());
}

bool OAuthClientBase::isValidBearerToken(const QByteArray &token)
{
    // b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char c = token.at(i);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                        c == '+' || c == '/';
        if (!ok)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token.at(i) != '=')
            return false;
    }
    return true;
}

bool OAuthClientBase::hasControlCharacter(const QByteArray &value)
{
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

std::optional<SaslStep> OAuthClientBase::initialResponse()
{
    if (m_state != State::NotStarted)
        return fail(QCoreApplication::translate("Sasl", "%1: the initial response was already sent")
                        .arg(QString::fromLatin1(mechanism())));
    return produceInitial();
}

SaslStep OAuthClientBase::step(const QByteArray &challengeBase64)
{
    const QString name = QString::fromLatin1(mechanism());
    switch (m_state) {
    case State::Failed:
        return fail(
            QCoreApplication::translate("Sasl", "%1: the exchange has already failed").arg(name));
    case State::ErrorAcknowledged:
        return fail(QCoreApplication::translate("Sasl", "%1: the server rejected the token (%2)")
                        .arg(name, m_serverError));
    case State::NotStarted:
    case State::Sent:
        break;
    }

    const std::optional<QByteArray> decoded = SaslCodec::decodeStrict(challengeBase64);
    if (!decoded)
        return fail(QCoreApplication::translate("Sasl", "%1: server challenge is not valid base64")
                        .arg(name));

    if (m_state == State::NotStarted) {
        // No initial response was sent: the server's empty challenge asks for it.
        if (!decoded->isEmpty())
            return fail(
                QCoreApplication::translate(
                    "Sasl", "%1: the server sent a challenge before the client's first message")
                    .arg(name));
        return produceInitial();
    }

    // State::Sent: the only challenge these mechanisms know is an error report.
    if (decoded->isEmpty())
        return fail(QCoreApplication::translate(
                        "Sasl", "%1: the server sent an empty challenge where an error report "
                                "was expected")
                        .arg(name));
    m_serverError = SaslCodec::describeOAuthError(*decoded);
    m_state = State::ErrorAcknowledged;
    const QByteArray ack = errorAcknowledgement();
    SaslStep result;
    result.status = SaslStepStatus::Continue;
    result.responseBase64 = ack.toBase64();
    result.redactedResponse =
        ack.isEmpty() ? QByteArray() : SaslCodec::wrap(SaslCodec::escapeForDisplay(ack));
    return result;
}

SaslStep OAuthClientBase::produceInitial()
{
    QByteArray redacted;
    QString error;
    const QByteArray message = buildInitial(&redacted, &error);
    if (!error.isEmpty())
        return fail(error);
    m_state = State::Sent;
    SaslStep result;
    // Continue: the server may still answer with an error challenge.
    result.status = SaslStepStatus::Continue;
    result.responseBase64 = message.toBase64();
    result.redactedResponse = SaslCodec::maskSecrets(redacted, m_secrets);
    return result;
}

SaslStep OAuthClientBase::fail(const QString &error)
{
    m_state = State::Failed;
    SaslStep result;
    result.status = SaslStepStatus::Failed;
    result.error = error;
    return result;
}

} // namespace carteiro
