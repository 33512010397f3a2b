// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helper: the SERVER side of GNU SASL in the same process, with its own
// context and callback, plus a driver that runs a carteiro::SaslClient against
// it passing base64 text both ways, as SMTP AUTH would.
#include "sasl/SaslClient.h"

#include <QByteArray>
#include <QList>

#include <functional>

#include <gsasl.h>

namespace carteiro::test {

struct ServerAccount
{
    QByteArray user = "alice";
    QByteArray password = "correct horse battery";
    QByteArray cbTlsUnique;   // raw channel binding data the server sees, empty = none
    QByteArray cbTlsExporter; // raw
};

class GsaslTestServer
{
public:
    GsaslTestServer(const QByteArray &mechanism, ServerAccount account);
    ~GsaslTestServer();
    GsaslTestServer(const GsaslTestServer &) = delete;
    GsaslTestServer &operator=(const GsaslTestServer &) = delete;

    bool started() const { return m_session != nullptr; }
    // One server step on raw bytes (the client's response, already decoded).
    int step(const QByteArray &input, QByteArray *output);
    QByteArray authzid() const;

private:
    static int callback(Gsasl *ctx, Gsasl_session *sctx, Gsasl_property prop);

    Gsasl *m_ctx = nullptr;
    Gsasl_session *m_session = nullptr;
    ServerAccount m_account;
};

struct ExchangeResult
{
    bool serverAccepted =
        false; // the server's last gsasl_step returned GSASL_OK (whatever the client thinks)
    int serverRc = GSASL_OK;   // the server's last return code
    bool clientFailed = false; // the client returned Failed at some point
    QString clientError;
    SaslStepStatus lastClientStatus = SaslStepStatus::Failed;
    QList<SaslStep> clientSteps;  // every step the client produced, initial response included
    QList<QByteArray> challenges; // every base64 challenge the client was given
};

// Lets a test alter the raw server challenge number `index` (0-based) before it
// is base64-encoded and handed to the client.
using ChallengeTamper = std::function<QByteArray(int index, const QByteArray &raw)>;

ExchangeResult runExchange(SaslClient &client, GsaslTestServer &server, bool useInitialResponse,
                           const ChallengeTamper &tamper = {});

// Strict decode for tests (fails the test on invalid base64 by returning "<invalid>").
QByteArray fromB64(const QByteArray &b64);

} // namespace carteiro::test
