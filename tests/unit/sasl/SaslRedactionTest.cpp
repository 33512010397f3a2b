// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector's view: redactedResponse never reveals the password or token.
#include "GsaslTestServer.h"

#include "sasl/SaslCodec.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

// 9 bytes: its base64 ("aHVudGVyMjIy") has no padding, so it would show up
// verbatim in a base64 transcript if the password leaked at a 3-byte boundary.
const QByteArray kPassword = "hunter222";
const QByteArray kToken = "ya29.SECRET-token_value";
const QByteArray kChannelBinding = QByteArray(32, '\x42');

struct Transcript
{
    QList<SaslStep> steps;
    bool ok = false;
    std::unique_ptr<SaslClient> client;
};

Transcript runMechanism(const char *mech)
{
    Transcript t;
    ServerAccount acc;
    acc.password = kPassword;
    acc.cbTlsExporter = kChannelBinding;
    SaslCredentials creds;
    creds.username = QString::fromUtf8(acc.user);
    creds.password = QString::fromUtf8(kPassword);
    creds.channelBindingType = "tls-exporter";
    creds.channelBindingData = kChannelBinding;
    const QString m = QString::fromLatin1(mech);
    if (m == QLatin1String("XOAUTH2") || m == QLatin1String("OAUTHBEARER")) {
        creds.oauthToken = QString::fromUtf8(kToken);
        creds.host = QStringLiteral("smtp.example.com");
        creds.port = 587;
    }
    QString error;
    t.client = SaslClient::create({m}, creds, m, &error);
    EXPECT_NE(t.client, nullptr) << error.toStdString();
    if (!t.client)
        return t;

    if (m == QLatin1String("XOAUTH2") || m == QLatin1String("OAUTHBEARER")) {
        // No GNU SASL server for these: initial response, then an error challenge.
        t.steps << *t.client->initialResponse();
        t.steps << t.client->step(QByteArray(R"({"status":"401"})").toBase64());
        t.ok = t.steps.last().status == SaslStepStatus::Continue;
        return t;
    }
    GsaslTestServer server(mech, acc);
    EXPECT_TRUE(server.started());
    const ExchangeResult r = runExchange(*t.client, server, true);
    t.steps = r.clientSteps;
    t.ok = r.serverAccepted && !r.clientFailed;
    return t;
}

const char *const kAll[] = {"PLAIN",
                            "LOGIN",
                            "CRAM-MD5",
                            "SCRAM-SHA-1",
                            "SCRAM-SHA-256",
                            "SCRAM-SHA-1-PLUS",
                            "SCRAM-SHA-256-PLUS",
                            "XOAUTH2",
                            "OAUTHBEARER"};

} // namespace

TEST(SaslRedaction, NoSecretInAnyRedactedResponse)
{
    for (const char *mech : kAll) {
        const Transcript t = runMechanism(mech);
        ASSERT_TRUE(t.ok) << mech;
        ASSERT_FALSE(t.steps.isEmpty()) << mech;
        QByteArray transcript;
        for (const SaslStep &s : t.steps) {
            transcript += s.redactedResponse + '\n';
            // Whatever is sent must be announced to the inspector somehow.
            if (!s.responseBase64.isEmpty()) {
                EXPECT_FALSE(s.redactedResponse.isEmpty()) << mech;
            }
        }
        for (const QByteArray &secret :
             {kPassword, kPassword.toBase64(), kToken, kToken.toBase64()}) {
            EXPECT_FALSE(transcript.contains(secret))
                << mech << " leaks " << secret.constData() << " in\n"
                << transcript.constData();
        }
        for (const QByteArray &variant : t.client->secrets()) {
            EXPECT_FALSE(transcript.contains(variant)) << mech << ": " << variant.constData();
        }
    }
}

TEST(SaslRedaction, SecretsCatchEveryRawResponseThatCarriesTheSecret)
{
    // The safety net: masking secrets() in the base64 text that went on the
    // wire removes every trace of the password or token.
    for (const char *mech : kAll) {
        const Transcript t = runMechanism(mech);
        ASSERT_TRUE(t.ok) << mech;
        const QList<QByteArray> secrets = t.client->secrets();
        EXPECT_TRUE(secrets.contains(kPassword) || secrets.contains(kToken)) << mech;
        for (const SaslStep &s : t.steps) {
            const QByteArray raw = fromB64(s.responseBase64);
            if (!raw.contains(kPassword) && !raw.contains(kToken))
                continue;
            const QByteArray masked = SaslCodec::maskSecrets(s.responseBase64, secrets);
            EXPECT_NE(masked, s.responseBase64) << mech << ": " << s.responseBase64.constData();
        }
    }
}

TEST(SaslRedaction, ExactShapes)
{
    Transcript t = runMechanism("PLAIN");
    ASSERT_EQ(t.steps.size(), 1);
    EXPECT_EQ(t.steps[0].redactedResponse, QByteArray("<\\0alice\\0*****>"));

    t = runMechanism("LOGIN");
    ASSERT_EQ(t.steps.size(), 2);
    EXPECT_EQ(t.steps[0].redactedResponse, QByteArray("<alice>"));
    EXPECT_EQ(t.steps[1].redactedResponse, QByteArray("<*****>"));

    t = runMechanism("CRAM-MD5");
    ASSERT_EQ(t.steps.size(), 1);
    EXPECT_EQ(t.steps[0].redactedResponse, QByteArray("<alice *****>"));

    for (const char *mech : {"SCRAM-SHA-256", "SCRAM-SHA-1-PLUS"}) {
        t = runMechanism(mech);
        ASSERT_EQ(t.steps.size(), 3) << mech;
        const QByteArray first = t.steps[0].redactedResponse;
        EXPECT_TRUE(first.startsWith("<n,,n=alice,r=") ||
                    first.startsWith("<p=tls-exporter,,n=alice,r="))
            << first.constData();
        EXPECT_EQ(first, '<' + fromB64(t.steps[0].responseBase64) + '>'); // nothing secret in it
        const QByteArray final = t.steps[1].redactedResponse;
        EXPECT_TRUE(final.startsWith("<c=")) << final.constData();
        EXPECT_TRUE(final.endsWith(",p=*****>")) << final.constData();
        EXPECT_TRUE(fromB64(t.steps[1].responseBase64).contains(",p="));
        EXPECT_FALSE(fromB64(t.steps[1].responseBase64).endsWith(",p=*****"));
        EXPECT_TRUE(t.steps[2].responseBase64.isEmpty());
        EXPECT_TRUE(t.steps[2].redactedResponse.isEmpty());
    }

    t = runMechanism("XOAUTH2");
    EXPECT_TRUE(t.steps[1].redactedResponse.isEmpty()); // the empty acknowledgement
}

TEST(SaslRedaction, PasswordEqualToUserNameIsStillMasked)
{
    // The safety pass masks secrets wherever they appear, even in a place the
    // structure would show (here the user name).
    ServerAccount acc;
    acc.user = "samesame1";
    acc.password = "samesame1";
    SaslCredentials creds;
    creds.username = QStringLiteral("samesame1");
    creds.password = QStringLiteral("samesame1");
    auto client = SaslClient::create({QStringLiteral("LOGIN")}, creds, {}, nullptr);
    ASSERT_NE(client, nullptr);
    GsaslTestServer server("LOGIN", acc);
    const ExchangeResult r = runExchange(*client, server, false);
    ASSERT_TRUE(r.serverAccepted);
    for (const SaslStep &s : r.clientSteps)
        EXPECT_FALSE(s.redactedResponse.contains("samesame1")) << s.redactedResponse.constData();
}
