// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/SaslSteps.h"

namespace carteiro::trace_detail {

namespace {
const QByteArray kMechanisms[] = {
    "PLAIN",
    "LOGIN",
    "CRAM-MD5",
    "DIGEST-MD5",
    "SCRAM-SHA-1",
    "SCRAM-SHA-256",
    "SCRAM-SHA-1-PLUS",
    "SCRAM-SHA-256-PLUS",
    "XOAUTH2",
    "OAUTHBEARER",
    "EXTERNAL",
    "ANONYMOUS",
    "GSSAPI",
    "GS2-KRB5",
    "NTLM",
    "OTP",
};

bool isScram(const QByteArray &mech)
{
    return mech.startsWith("SCRAM-");
}

bool isOAuth(const QByteArray &mech)
{
    return mech == "XOAUTH2" || mech == "OAUTHBEARER";
}
} // namespace

Part SaslSteps::mechanism(const QByteArray &name)
{
    const QByteArray upper = name.trimmed().toUpper();
    for (const QByteArray &m : kMechanisms) {
        if (upper == m)
            return Part(QStringLiteral("sasl.mech.") + QString::fromLatin1(m));
    }
    return Part("sasl.mech.other", {atomArg(upper)});
}

void SaslSteps::start(const QByteArray &mechanism, bool initialResponse)
{
    m_mech = mechanism.trimmed().toUpper();
    m_active = true;
    m_awaitingResponse = false;
    m_challenges = 0;
    m_responses = initialResponse ? 1 : 0;
    m_lastAsk.clear();
    // AUTH LOGIN with an initial response carried the user name (RFC 4954 §4
    // allows it; the server then asks for the password only).
    if (initialResponse && m_mech == "LOGIN")
        m_lastAsk = "user";
}

Part SaslSteps::initialResponse() const
{
    if (m_mech == "PLAIN")
        return Part("sasl.plain.response");
    if (m_mech == "LOGIN")
        return Part("sasl.login.user");
    if (isScram(m_mech))
        return Part("sasl.scram.client-first");
    if (isOAuth(m_mech))
        return Part("sasl.oauth.response");
    if (m_mech == "EXTERNAL")
        return Part("sasl.external.response");
    return Part("sasl.initial-response");
}

Parts SaslSteps::challenge(const QByteArray &payload)
{
    ++m_challenges;
    m_awaitingResponse = true;
    const QByteArray text = payload.trimmed();
    if (m_mech == "LOGIN") {
        // The prompts are base64 of "Username:" and "Password:" (the de facto
        // LOGIN mechanism, draft-murchison-sasl-login).
        const QByteArray decoded = QByteArray::fromBase64(text).toLower();
        if (decoded.startsWith("user")) {
            m_lastAsk = "user";
            return {Part("sasl.login.ask-user")};
        }
        if (decoded.startsWith("pass")) {
            m_lastAsk = "password";
            return {Part("sasl.login.ask-password")};
        }
    }
    if (text.isEmpty() || text == "=")
        return {Part("sasl.empty-challenge")};
    if (m_mech == "CRAM-MD5")
        return {Part("sasl.cram.challenge")};
    if (isScram(m_mech))
        return {Part(m_challenges == 1 ? "sasl.scram.server-first" : "sasl.scram.server-final")};
    if (isOAuth(m_mech))
        return {Part("sasl.oauth.error")};
    if (m_mech == "DIGEST-MD5")
        return {Part(m_challenges == 1 ? "sasl.digest.challenge" : "sasl.digest.rspauth")};
    return {Part("sasl.challenge", {atomArg(m_mech)})};
}

Parts SaslSteps::response(const QByteArray &line)
{
    m_awaitingResponse = false;
    ++m_responses;
    QByteArray text = line.trimmed();
    // The sessions show an empty response as "<empty response>" and wrap a
    // redacted one in "<...>" (SaslCodec::wrap).
    if (text == "<empty response>" || text == "<>")
        text.clear();
    if (text == "*") // RFC 4954 §4, RFC 9051 §6.2.2, RFC 5034 §4
        return {Part("sasl.cancel")};
    if (m_mech == "LOGIN") {
        if (m_lastAsk == "password")
            return {Part("sasl.login.password")};
        return {Part("sasl.login.user")};
    }
    if (m_mech == "PLAIN")
        return {Part(text.isEmpty() ? "sasl.empty-response" : "sasl.plain.response")};
    if (m_mech == "CRAM-MD5")
        return {Part("sasl.cram.response")};
    if (isScram(m_mech)) {
        if (m_responses == 1)
            return {Part("sasl.scram.client-first")};
        if (m_responses == 2)
            return {Part("sasl.scram.client-final")};
        return {Part("sasl.empty-response")};
    }
    if (isOAuth(m_mech)) {
        if (m_challenges > 0 && (text.isEmpty() || text == "AQ=="))
            return {Part("sasl.oauth.ack")};
        return {Part("sasl.oauth.response")};
    }
    if (text.isEmpty())
        return {Part("sasl.empty-response")};
    return {Part("sasl.response", {atomArg(m_mech)})};
}

} // namespace carteiro::trace_detail
