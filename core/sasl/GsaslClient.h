// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SaslClient over one GNU SASL client session: PLAIN, LOGIN, CRAM-MD5 and
// SCRAM-SHA-1/-256 (with or without -PLUS). Challenges are decoded and checked
// here; gsasl_step only ever sees raw bytes.
#include "sasl/SaslClient.h"

struct Gsasl_session;

namespace carteiro {

class GsaslClient final : public SaslClient
{
public:
    // Largest SCRAM iteration count accepted from a server (PBKDF2 cost; a
    // hostile server could otherwise make the client hash for minutes).
    static constexpr quint64 kMaxScramIterations = 1000000;

    // Starts a GNU SASL client session for `mechanism` (upper case). For -PLUS
    // the credentials must carry channel binding data. nullptr and *error when
    // GNU SASL refuses or the credentials cannot be passed to it.
    static std::unique_ptr<GsaslClient> start(const QByteArray &mechanism,
                                              const SaslCredentials &creds, QString *error);
    ~GsaslClient() override;

    QByteArray mechanism() const override { return m_mechanism; }
    std::optional<SaslStep> initialResponse() override;
    SaslStep step(const QByteArray &challengeBase64) override;
    QList<QByteArray> secrets() const override { return m_secrets; }
    bool isComplete() const override { return m_state == State::Done; }

private:
    enum class Kind
    {
        Plain,
        Login,
        CramMd5,
        Scram
    };
    enum class State
    {
        NotStarted,
        Running,
        Done,
        Failed
    };

    GsaslClient(QByteArray mechanism, Kind kind, Gsasl_session *session, QList<QByteArray> secrets);

    bool isClientFirst() const { return m_kind == Kind::Plain || m_kind == Kind::Scram; }
    SaslStep runGsasl(const QByteArray &input);
    SaslStep fail(const QString &error);
    QString checkScramServerFirst(const QByteArray &message) const;
    QString describeGsaslError(int rc) const;
    QByteArray redact(const QByteArray &output) const;

    QByteArray m_mechanism;
    Kind m_kind;
    State m_state = State::NotStarted;
    Gsasl_session *m_session = nullptr;
    int m_responses = 0;      // responses produced so far
    QByteArray m_clientNonce; // SCRAM: our nonce, from the client-first message
    QList<QByteArray> m_secrets;
};

} // namespace carteiro
