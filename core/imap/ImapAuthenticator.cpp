// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapAuthenticator.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };

bool has(const QList<QByteArray> &caps, const char *name)
{
    for (const QByteArray &c : caps)
        if (c.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

std::optional<ImapCommand> ImapAuthenticator::start(const QList<QByteArray> &capabilities, Method method,
                                                    const SaslCredentials &credentials,
                                                    const QString &mechanism, bool useSaslIr)
{
    QStringList mechanisms;
    for (const QByteArray &c : capabilities)
        if (c.size() > 5 && c.left(5).compare("AUTH=", Qt::CaseInsensitive) == 0)
            mechanisms << QString::fromLatin1(c.mid(5)).toUpper();
    const QString chosen = mechanism.trimmed().toUpper();
    // The user's choice first: LOGIN is the IMAP command, not SASL LOGIN, even when
    // the server lists AUTH= mechanisms; another name is AUTHENTICATE with it.
    const bool loginChosen = method != Method::Sasl && chosen == QStringLiteral("LOGIN");
    const bool useSasl = !loginChosen && (method == Method::Sasl || !chosen.isEmpty() ||
                                          (method == Method::Auto && !mechanisms.isEmpty()));
    if (!useSasl) {
        if (has(capabilities, "LOGINDISABLED")) {
            m_error = TrImap::tr("the server does not allow LOGIN (LOGINDISABLED)");
            return std::nullopt;
        }
        // RFC 3501 §6.2.3 LOGIN userid password
        m_mechanism = QStringLiteral("LOGIN");
        return ImapCommand::login(credentials.username, credentials.password);
    }
    QString error;
    m_sasl = SaslClient::create(mechanisms, credentials, mechanism, &error);
    if (!m_sasl) {
        m_error = TrImap::tr("no usable authentication mechanism (server offers %1): %2")
                      .arg(mechanisms.join(QLatin1Char(' ')), error);
        return std::nullopt;
    }
    m_mechanism = QString::fromLatin1(m_sasl->mechanism());
    std::optional<SaslStep> first;
    if (useSaslIr && has(capabilities, "SASL-IR")) // RFC 4959 §3: the first response rides on the command
        first = m_sasl->initialResponse();
    if (!first)
        return ImapCommand::authenticate(m_sasl->mechanism());
    if (first->status == SaslStepStatus::Failed) {
        m_error = first->error;
        return std::nullopt;
    }
    return ImapCommand::authenticate(m_sasl->mechanism(),
                                     first->responseBase64.isNull() ? QByteArray("") : first->responseBase64,
                                     first->redactedResponse);
}

QPair<QByteArray, QByteArray> ImapAuthenticator::answer(const QByteArray &challengeBase64)
{
    if (!m_sasl) {
        m_error = TrImap::tr("the server asked for more during LOGIN");
        return {"*", "*"};
    }
    // RFC 3501 §6.2.2: base64 challenge; "*" cancels the exchange.
    const SaslStep step = m_sasl->step(challengeBase64.trimmed());
    if (step.status == SaslStepStatus::Failed) {
        m_error = step.error;
        return {"*", "*"};
    }
    return {step.responseBase64,
            step.redactedResponse.isEmpty() ? QByteArray("<empty response>") : step.redactedResponse};
}

} // namespace carteiro
