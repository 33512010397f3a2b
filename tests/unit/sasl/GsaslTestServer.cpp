// SPDX-License-Identifier: GPL-3.0-or-later
#include "GsaslTestServer.h"

#include <gtest/gtest.h>

#include <cstring>

namespace carteiro::test {

GsaslTestServer::GsaslTestServer(const QByteArray &mechanism, ServerAccount account)
    : m_account(std::move(account))
{
    if (gsasl_init(&m_ctx) != GSASL_OK) {
        m_ctx = nullptr;
        return;
    }
    gsasl_callback_set(m_ctx, &GsaslTestServer::callback);
    if (gsasl_server_start(m_ctx, mechanism.constData(), &m_session) != GSASL_OK) {
        m_session = nullptr;
        return;
    }
    gsasl_session_hook_set(m_session, this);
}

GsaslTestServer::~GsaslTestServer()
{
    if (m_session)
        gsasl_finish(m_session);
    if (m_ctx)
        gsasl_done(m_ctx);
}

int GsaslTestServer::step(const QByteArray &input, QByteArray *output)
{
    char *out = nullptr;
    size_t outLen = 0;
    const int rc =
        gsasl_step(m_session, input.constData(), static_cast<size_t>(input.size()), &out, &outLen);
    output->clear();
    if (out) {
        *output = QByteArray(out, static_cast<qsizetype>(outLen));
        gsasl_free(out);
    }
    return rc;
}

QByteArray GsaslTestServer::authzid() const
{
    const char *p = m_session ? gsasl_property_fast(m_session, GSASL_AUTHZID) : nullptr;
    return p ? QByteArray(p) : QByteArray();
}

int GsaslTestServer::callback(Gsasl *, Gsasl_session *sctx, Gsasl_property prop)
{
    auto *self = static_cast<GsaslTestServer *>(gsasl_session_hook_get(sctx));
    if (!self)
        return GSASL_NO_CALLBACK;
    const ServerAccount &acc = self->m_account;
    const char *authid = gsasl_property_fast(sctx, GSASL_AUTHID);
    switch (prop) {
    case GSASL_PASSWORD:
        // CRAM-MD5 and SCRAM ask for the stored password of the claimed user.
        if (!authid || acc.user != authid)
            return GSASL_NO_CALLBACK;
        return gsasl_property_set(sctx, GSASL_PASSWORD, acc.password.constData());
    case GSASL_VALIDATE_SIMPLE: {
        // PLAIN and LOGIN hand us the user's claim to check.
        const char *password = gsasl_property_fast(sctx, GSASL_PASSWORD);
        if (authid && password && acc.user == authid && acc.password == password)
            return GSASL_OK;
        return GSASL_AUTHENTICATION_ERROR;
    }
    case GSASL_SCRAM_ITER:
        return gsasl_property_set(sctx, GSASL_SCRAM_ITER, "4096");
    case GSASL_CB_TLS_UNIQUE:
        if (acc.cbTlsUnique.isEmpty())
            return GSASL_NO_CALLBACK;
        return gsasl_property_set(sctx, prop, acc.cbTlsUnique.toBase64().constData());
    case GSASL_CB_TLS_EXPORTER:
        if (acc.cbTlsExporter.isEmpty())
            return GSASL_NO_CALLBACK;
        return gsasl_property_set(sctx, prop, acc.cbTlsExporter.toBase64().constData());
    default:
        return GSASL_NO_CALLBACK;
    }
}

ExchangeResult runExchange(SaslClient &client, GsaslTestServer &server, bool useInitialResponse,
                           const ChallengeTamper &tamper)
{
    ExchangeResult r;
    auto record = [&r](const SaslStep &s) {
        r.clientSteps << s;
        r.lastClientStatus = s.status;
        if (s.status == SaslStepStatus::Failed) {
            r.clientFailed = true;
            r.clientError = s.error;
        }
    };

    QByteArray firstInput;
    if (useInitialResponse) {
        if (const std::optional<SaslStep> ir = client.initialResponse()) {
            record(*ir);
            if (ir->status == SaslStepStatus::Failed)
                return r;
            firstInput = fromB64(ir->responseBase64);
        }
    }
    QByteArray serverOut;
    int rc = server.step(firstInput, &serverOut);
    for (int round = 0; round < 10; ++round) {
        const bool challenge = rc == GSASL_NEEDS_MORE || (rc == GSASL_OK && !serverOut.isEmpty());
        if (!challenge)
            break;
        const QByteArray raw = tamper ? tamper(r.challenges.size(), serverOut) : serverOut;
        const QByteArray b64 = raw.toBase64();
        r.challenges << b64;
        const SaslStep s = client.step(b64);
        record(s);
        if (s.status == SaslStepStatus::Failed)
            break; // the client cancels ("*")
        if (rc == GSASL_OK) {
            // Success with additional data (SCRAM server-final): the client has
            // answered it with an empty line; the server now says 235 / OK.
            EXPECT_TRUE(s.responseBase64.isEmpty());
            break;
        }
        rc = server.step(fromB64(s.responseBase64), &serverOut);
    }
    r.serverRc = rc;
    r.serverAccepted = rc == GSASL_OK;
    return r;
}

QByteArray fromB64(const QByteArray &b64)
{
    auto result = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        ADD_FAILURE() << "client produced invalid base64: " << b64.constData();
        return QByteArrayLiteral("<invalid>");
    }
    return result.decoded;
}

} // namespace carteiro::test
