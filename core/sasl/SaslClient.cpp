// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/SaslClient.h"

#include "sasl/GsaslClient.h"
#include "sasl/GsaslContext.h"
#include "sasl/OAuthBearerClient.h"
#include "sasl/XOAuth2Client.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {

const char *const kPasswordMechanisms[] = {"SCRAM-SHA-256-PLUS",
                                           "SCRAM-SHA-1-PLUS",
                                           "SCRAM-SHA-256",
                                           "SCRAM-SHA-1",
                                           "CRAM-MD5",
                                           "PLAIN",
                                           "LOGIN"};
const char *const kTokenMechanisms[] = {"OAUTHBEARER", "XOAUTH2"};

bool isTokenMechanism(const QString &m)
{
    return m == QLatin1String("OAUTHBEARER") || m == QLatin1String("XOAUTH2");
}

bool hasUsableChannelBinding(const SaslCredentials &creds)
{
    return !creds.channelBindingData.isEmpty() &&
           (creds.channelBindingType == "tls-unique" || creds.channelBindingType == "tls-exporter");
}

// Why `creds` cannot be used with mechanism `m` (one of ours); empty when they can.
QString credentialProblem(const QString &m, const SaslCredentials &creds)
{
    if (isTokenMechanism(m)) {
        if (creds.oauthToken.isEmpty())
            return QCoreApplication::translate("Sasl", "%1 needs an OAuth token, and the account "
                                                       "has none")
                .arg(m);
        if (m == QLatin1String("XOAUTH2") && creds.username.isEmpty())
            return QCoreApplication::translate("Sasl", "XOAUTH2 needs a user name");
        return {};
    }
    if (creds.username.isEmpty() || creds.password.isEmpty())
        return QCoreApplication::translate("Sasl", "%1 needs a user name and a password").arg(m);
    if (m.endsWith(QLatin1String("-PLUS")) && !hasUsableChannelBinding(creds))
        return QCoreApplication::translate(
                   "Sasl", "%1 needs TLS channel binding (tls-unique or tls-exporter), which "
                           "this connection does not provide")
            .arg(m);
    return {};
}

QStringList normalizeOffered(const QStringList &offered)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString &entry : offered) {
        const QStringList names = entry.split(space, Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const QString upper = name.toUpper();
            if (!out.contains(upper))
                out << upper;
        }
    }
    return out;
}

std::unique_ptr<SaslClient> instantiate(const QString &m, const SaslCredentials &creds,
                                        QString *error)
{
    if (m == QLatin1String("OAUTHBEARER"))
        return std::make_unique<OAuthBearerClient>(creds);
    if (m == QLatin1String("XOAUTH2"))
        return std::make_unique<XOAuth2Client>(creds);
    return GsaslClient::start(m.toLatin1(), creds, error);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

SaslClient::~SaslClient() = default;

QStringList SaslClient::supportedMechanisms()
{
    QStringList out;
    for (const char *m : kPasswordMechanisms) {
        if (GsaslContext::clientSupports(QByteArray(m)))
            out << QString::fromLatin1(m);
    }
    for (const char *m : kTokenMechanisms)
        out << QString::fromLatin1(m);
    return out;
}

bool SaslClient::sendsPasswordInClear(const QByteArray &mechanism)
{
    const QByteArray m = mechanism.toUpper();
    return m == "PLAIN" || m == "LOGIN";
}

std::unique_ptr<SaslClient> SaslClient::create(const QStringList &offered,
                                               const SaslCredentials &creds,
                                               const QString &preferred, QString *error)
{
    const QStringList supported = supportedMechanisms();
    const QStringList serverMechs = normalizeOffered(offered);
    const QString offeredText = serverMechs.isEmpty() ? QCoreApplication::translate("Sasl", "none")
                                                      : serverMechs.join(QLatin1Char(' '));

    const QString wanted = preferred.trimmed().toUpper();
    if (!wanted.isEmpty()) {
        if (!supported.contains(wanted)) {
            setError(error, QCoreApplication::translate(
                                "Sasl", "Carteiro does not support the %1 mechanism")
                                .arg(wanted));
            return nullptr;
        }
        if (!serverMechs.contains(wanted)) {
            setError(error, QCoreApplication::translate(
                                "Sasl", "The server does not offer %1 (it offers: %2)")
                                .arg(wanted, offeredText));
            return nullptr;
        }
        const QString problem = credentialProblem(wanted, creds);
        if (!problem.isEmpty()) {
            setError(error, problem);
            return nullptr;
        }
        return instantiate(wanted, creds, error);
    }

    // Automatic choice: the token mechanisms first when there is a token.
    QStringList passwordOrder;
    QStringList tokenOrder;
    for (const QString &m : supported)
        (isTokenMechanism(m) ? tokenOrder : passwordOrder) << m;
    const QStringList order =
        creds.oauthToken.isEmpty() ? passwordOrder + tokenOrder : tokenOrder + passwordOrder;

    QStringList problems;
    for (const QString &m : std::as_const(order)) {
        if (!serverMechs.contains(m))
            continue;
        const QString problem = credentialProblem(m, creds);
        if (problem.isEmpty())
            return instantiate(m, creds, error);
        problems << problem;
    }

    if (serverMechs.isEmpty()) {
        setError(error, QCoreApplication::translate(
                            "Sasl", "The server offers no authentication mechanism"));
    } else if (problems.isEmpty()) {
        setError(error, QCoreApplication::translate(
                            "Sasl", "The server offers no authentication mechanism Carteiro "
                                    "supports (it offers: %1)")
                            .arg(offeredText));
    } else {
        setError(error, QCoreApplication::translate(
                            "Sasl", "None of the server's authentication mechanisms can be used "
                                    "with this account: %1")
                            .arg(problems.join(QLatin1String("; "))));
    }
    return nullptr;
}

} // namespace carteiro
