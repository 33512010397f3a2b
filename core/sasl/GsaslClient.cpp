// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/GsaslClient.h"

#include "sasl/GsaslContext.h"
#include "sasl/SaslCodec.h"

#include <QCoreApplication>

#include <gsasl.h>

#include <cstring>

namespace carteiro {

namespace {

QString mechName(const QByteArray &mechanism)
{
    return QString::fromLatin1(mechanism);
}

// The value of attribute `key` ("r") in a comma-separated SCRAM message.
QByteArray scramAttribute(const QByteArray &message, char key)
{
    const QList<QByteArray> parts = message.split(',');
    for (const QByteArray &part : parts) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

bool setProperty(Gsasl_session *session, Gsasl_property prop, const QByteArray &value)
{
    return gsasl_property_set_raw(session, prop, value.constData(),
                                  static_cast<size_t>(value.size())) == GSASL_OK;
}

} // namespace

GsaslClient::GsaslClient(QByteArray mechanism, Kind kind, Gsasl_session *session,
                         QList<QByteArray> secrets)
    : m_mechanism(std::move(mechanism)), m_kind(kind), m_session(session),
      m_secrets(std::move(secrets))
{
}

GsaslClient::~GsaslClient()
{
    if (m_session)
        gsasl_finish(m_session);
}

std::unique_ptr<GsaslClient> GsaslClient::start(const QByteArray &mechanism,
                                                const SaslCredentials &creds, QString *error)
{
    const QString name = mechName(mechanism);
    auto setError = [error](const QString &text) {
        if (error)
            *error = text;
    };

    Kind kind;
    if (mechanism == "PLAIN")
        kind = Kind::Plain;
    else if (mechanism == "LOGIN")
        kind = Kind::Login;
    else if (mechanism == "CRAM-MD5")
        kind = Kind::CramMd5;
    else if (mechanism.startsWith("SCRAM-"))
        kind = Kind::Scram;
    else {
        setError(QCoreApplication::translate("Sasl", "%1 is not a GNU SASL mechanism Carteiro uses")
                     .arg(name));
        return nullptr;
    }

    const QByteArray authid = creds.username.toUtf8();
    const QByteArray authzid = creds.authzid.toUtf8();
    const QByteArray password = creds.password.toUtf8();
    if (authid.contains('\0') || authzid.contains('\0') || password.contains('\0')) {
        setError(QCoreApplication::translate(
                     "Sasl", "%1: the user name or password contains a NUL character")
                     .arg(name));
        return nullptr;
    }

    const bool plus = mechanism.endsWith("-PLUS");
    Gsasl_property cbProperty = GSASL_CB_TLS_UNIQUE;
    if (plus) {
        if (creds.channelBindingData.isEmpty()) {
            setError(QCoreApplication::translate(
                         "Sasl", "%1: the connection provides no channel binding data")
                         .arg(name));
            return nullptr;
        }
        if (creds.channelBindingType == "tls-exporter") {
            cbProperty = GSASL_CB_TLS_EXPORTER;
        } else if (creds.channelBindingType != "tls-unique") {
            setError(QCoreApplication::translate("Sasl",
                                                 "%1: channel binding type \"%2\" is not supported")
                         .arg(name, QString::fromLatin1(creds.channelBindingType)));
            return nullptr;
        }
    }

    Gsasl *ctx = GsaslContext::get();
    if (!ctx) {
        setError(QCoreApplication::translate("Sasl", "%1: the GNU SASL library could not start")
                     .arg(name));
        return nullptr;
    }
    Gsasl_session *session = nullptr;
    const int rc = gsasl_client_start(ctx, mechanism.constData(), &session);
    if (rc != GSASL_OK) {
        setError(QCoreApplication::translate("Sasl", "%1: GNU SASL cannot start it: %2 (%3)")
                     .arg(name, QString::fromUtf8(gsasl_strerror(rc)),
                          QString::fromLatin1(gsasl_strerror_name(rc))));
        return nullptr;
    }

    std::unique_ptr<GsaslClient> client(
        new GsaslClient(mechanism, kind, session, SaslCodec::secretVariants(password)));
    bool ok = setProperty(session, GSASL_AUTHID, authid) &&
              setProperty(session, GSASL_PASSWORD, password);
    if (ok && !authzid.isEmpty())
        ok = setProperty(session, GSASL_AUTHZID, authzid);
    // Channel binding only for -PLUS: GNU SASL 2.2 fails the client-first message
    // of plain SCRAM when binding data is set (it would send "y" with a cb name).
    if (ok && plus)
        ok = setProperty(session, cbProperty, creds.channelBindingData.toBase64());
    if (!ok) {
        setError(
            QCoreApplication::translate("Sasl", "%1: could not pass the credentials to GNU SASL")
                .arg(name));
        return nullptr;
    }
    return client;
}

std::optional<SaslStep> GsaslClient::initialResponse()
{
    if (!isClientFirst())
        return std::nullopt;
    if (m_state != State::NotStarted)
        return fail(QCoreApplication::translate("Sasl", "%1: the initial response was already sent")
                        .arg(mechName(m_mechanism)));
    return runGsasl({});
}

SaslStep GsaslClient::step(const QByteArray &challengeBase64)
{
    const QString name = mechName(m_mechanism);
    if (m_state == State::Failed)
        return fail(
            QCoreApplication::translate("Sasl", "%1: the exchange has already failed").arg(name));
    if (m_state == State::Done)
        return fail(QCoreApplication::translate(
                        "Sasl", "%1: the server sent a challenge after the exchange was complete")
                        .arg(name));

    const std::optional<QByteArray> decoded = SaslCodec::decodeStrict(challengeBase64);
    if (!decoded)
        return fail(QCoreApplication::translate("Sasl", "%1: server challenge is not valid base64")
                        .arg(name));

    if (m_state == State::NotStarted && isClientFirst()) {
        // The session did not send an initial response; the server's empty
        // challenge asks for it.
        if (!decoded->isEmpty())
            return fail(
                QCoreApplication::translate(
                    "Sasl", "%1: the server sent a challenge before the client's first message")
                    .arg(name));
        return runGsasl({});
    }

    // LOGIN answers prompts by position, so an empty prompt is tolerated.
    if (decoded->isEmpty() && m_kind != Kind::Login)
        return fail(QCoreApplication::translate(
                        "Sasl", "%1: the server sent an empty challenge where one is required")
                        .arg(name));

    if (m_kind == Kind::Scram) {
        if (m_responses == 1) {
            const QString problem = checkScramServerFirst(*decoded);
            if (!problem.isEmpty())
                return fail(problem);
        } else if (m_responses == 2 && decoded->startsWith("e=")) {
            return fail(QCoreApplication::translate("Sasl", "%1: the server reported an error: %2")
                            .arg(name, QString::fromUtf8(SaslCodec::escapeForDisplay(
                                           decoded->mid(2).left(200)))));
        }
    }
    return runGsasl(*decoded);
}

SaslStep GsaslClient::runGsasl(const QByteArray &input)
{
    char *out = nullptr;
    size_t outLen = 0;
    const int rc =
        gsasl_step(m_session, input.constData(), static_cast<size_t>(input.size()), &out, &outLen);
    QByteArray output;
    if (out) {
        output = QByteArray(out, static_cast<qsizetype>(outLen));
        std::memset(out, 0, outLen); // it may hold the password (PLAIN, LOGIN)
        gsasl_free(out);
    }
    if (rc != GSASL_OK && rc != GSASL_NEEDS_MORE)
        return fail(describeGsaslError(rc));

    SaslStep result;
    result.status = rc == GSASL_OK ? SaslStepStatus::Done : SaslStepStatus::Continue;
    result.responseBase64 = output.toBase64();
    result.redactedResponse = SaslCodec::maskSecrets(redact(output), m_secrets);
    if (m_kind == Kind::Scram && m_responses == 0)
        m_clientNonce = scramAttribute(output, 'r');
    ++m_responses;
    m_state = rc == GSASL_OK ? State::Done : State::Running;
    return result;
}

SaslStep GsaslClient::fail(const QString &error)
{
    m_state = State::Failed;
    SaslStep result;
    result.status = SaslStepStatus::Failed;
    result.error = error;
    return result;
}

QString GsaslClient::checkScramServerFirst(const QByteArray &message) const
{
    const QString name = mechName(m_mechanism);
    if (message.startsWith("m="))
        return QCoreApplication::translate("Sasl",
                                           "%1: the server requires an unsupported SCRAM extension")
            .arg(name);
    if (message.startsWith("e="))
        return QCoreApplication::translate("Sasl", "%1: the server reported an error: %2")
            .arg(name, QString::fromUtf8(SaslCodec::escapeForDisplay(message.mid(2).left(200))));
    const QByteArray nonce = scramAttribute(message, 'r');
    if (nonce.isEmpty())
        return QCoreApplication::translate("Sasl", "%1: the server's first message has no nonce")
            .arg(name);
    if (m_clientNonce.isEmpty() || !nonce.startsWith(m_clientNonce) ||
        nonce.size() <= m_clientNonce.size())
        return QCoreApplication::translate(
                   "Sasl", "%1: the server's nonce does not extend the client's nonce; "
                           "the exchange may have been tampered with")
            .arg(name);
    bool ok = false;
    const quint64 iterations = scramAttribute(message, 'i').toULongLong(&ok);
    if (!ok || iterations == 0)
        return QCoreApplication::translate("Sasl",
                                           "%1: the server's iteration count is missing or invalid")
            .arg(name);
    if (iterations > kMaxScramIterations)
        return QCoreApplication::translate(
                   "Sasl", "%1: the server asks for %2 iterations, more than the %3 allowed")
            .arg(name)
            .arg(iterations)
            .arg(kMaxScramIterations);
    return {};
}

QString GsaslClient::describeGsaslError(int rc) const
{
    const QString name = mechName(m_mechanism);
    switch (rc) {
    case GSASL_AUTHENTICATION_ERROR:
        if (m_kind == Kind::Scram && m_responses == 2)
            return QCoreApplication::translate(
                       "Sasl", "%1: the server's signature (v=) is wrong; the server does not "
                               "know the password or is not the server it claims to be")
                .arg(name);
        return QCoreApplication::translate("Sasl", "%1: authentication failed in GNU SASL")
            .arg(name);
    case GSASL_MECHANISM_PARSE_ERROR:
        return QCoreApplication::translate("Sasl", "%1: the server's message is malformed")
            .arg(name);
    case GSASL_BASE64_ERROR:
        return QCoreApplication::translate("Sasl",
                                           "%1: the server's message contains invalid base64")
            .arg(name);
    case GSASL_SASLPREP_ERROR:
        return QCoreApplication::translate(
                   "Sasl", "%1: the user name or password contains characters SASLprep forbids")
            .arg(name);
    case GSASL_NO_CB_TLS_UNIQUE:
    case GSASL_NO_CB_TLS_EXPORTER:
        return QCoreApplication::translate("Sasl", "%1: channel binding data is missing").arg(name);
    case GSASL_MECHANISM_CALLED_TOO_MANY_TIMES:
        return QCoreApplication::translate("Sasl", "%1: the server sent too many challenges")
            .arg(name);
    default:
        return QCoreApplication::translate("Sasl", "%1: GNU SASL reported %2 (%3)")
            .arg(name, QString::fromUtf8(gsasl_strerror(rc)),
                 QString::fromLatin1(gsasl_strerror_name(rc)));
    }
}

QByteArray GsaslClient::redact(const QByteArray &output) const
{
    const QByteArray mask(SaslCodec::kMask);
    switch (m_kind) {
    case Kind::Plain: {
        // authzid NUL authcid NUL passwd
        const qsizetype first = output.indexOf('\0');
        const qsizetype second = first < 0 ? -1 : output.indexOf('\0', first + 1);
        if (second < 0)
            return SaslCodec::wrap(mask);
        return SaslCodec::wrap(SaslCodec::escapeForDisplay(output.left(second + 1)) + mask);
    }
    case Kind::Login:
        // First the user name, then the password.
        return SaslCodec::wrap(m_responses == 0 ? SaslCodec::escapeForDisplay(output) : mask);
    case Kind::CramMd5: {
        // "user hexdigest"; the digest allows an offline guess, so it is masked.
        const qsizetype space = output.lastIndexOf(' ');
        return SaslCodec::wrap(
            (space < 0 ? QByteArray() : SaslCodec::escapeForDisplay(output.left(space + 1))) +
            mask);
    }
    case Kind::Scram: {
        if (output.isEmpty())
            return {};
        // client-first carries no secret ("p=" there is the channel binding
        // flag); in client-final "p=" is the proof, which allows offline guessing.
        QList<QByteArray> parts = output.split(',');
        if (output.startsWith("c=")) {
            for (QByteArray &part : parts) {
                if (part.startsWith("p="))
                    part = "p=" + mask;
            }
        }
        return SaslCodec::wrap(SaslCodec::escapeForDisplay(parts.join(',')));
    }
    }
    return SaslCodec::wrap(mask);
}

} // namespace carteiro
