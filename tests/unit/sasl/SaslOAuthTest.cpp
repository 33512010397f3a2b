// SPDX-License-Identifier: GPL-3.0-or-later
// XOAUTH2 and OAUTHBEARER: exact bytes and error challenge handling.
#include "GsaslTestServer.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

const QString kToken = QStringLiteral("ya29.a0AfH6SMBx-Token_~+/==");

SaslCredentials tokenCreds()
{
    SaslCredentials c;
    c.username = QStringLiteral("alice@example.com");
    c.oauthToken = kToken;
    c.host = QStringLiteral("imap.example.com");
    c.port = 993;
    return c;
}

std::unique_ptr<SaslClient> make(const char *mech, const SaslCredentials &creds)
{
    QString error;
    auto client = SaslClient::create({QString::fromLatin1(mech)}, creds, {}, &error);
    EXPECT_NE(client, nullptr) << error.toStdString();
    if (client) {
        EXPECT_EQ(client->mechanism(), QByteArray(mech));
    }
    return client;
}

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

} // namespace

TEST(SaslOAuth, XOAuth2InitialResponseBytes)
{
    auto client = make("XOAUTH2", tokenCreds());
    ASSERT_NE(client, nullptr);
    const std::optional<SaslStep> ir = client->initialResponse();
    ASSERT_TRUE(ir.has_value());
    EXPECT_EQ(ir->status, SaslStepStatus::Continue);
    EXPECT_EQ(fromB64(ir->responseBase64),
              QByteArray("user=alice@example.com\x01"
                         "auth=Bearer ya29.a0AfH6SMBx-Token_~+/==\x01\x01"));
    EXPECT_EQ(ir->redactedResponse,
              QByteArray("<user=alice@example.com\\x01auth=Bearer *****\\x01\\x01>"));
    EXPECT_TRUE(client->isComplete());
}

TEST(SaslOAuth, OAuthBearerInitialResponseBytes)
{
    auto client = make("OAUTHBEARER", tokenCreds());
    ASSERT_NE(client, nullptr);
    const std::optional<SaslStep> ir = client->initialResponse();
    ASSERT_TRUE(ir.has_value());
    EXPECT_EQ(ir->status, SaslStepStatus::Continue);
    EXPECT_EQ(fromB64(ir->responseBase64),
              QByteArray("n,a=alice@example.com,\x01"
                         "host=imap.example.com\x01"
                         "port=993\x01"
                         "auth=Bearer ya29.a0AfH6SMBx-Token_~+/==\x01\x01"));
    EXPECT_EQ(ir->redactedResponse,
              QByteArray("<n,a=alice@example.com,\\x01host=imap.example.com\\x01port=993"
                         "\\x01auth=Bearer *****\\x01\\x01>"));
}

TEST(SaslOAuth, OAuthBearerOptionalFieldsAndSaslName)
{
    SaslCredentials c = tokenCreds();
    c.username = QStringLiteral("a,b=c");
    c.host.clear();
    c.port = 0;
    auto client = make("OAUTHBEARER", c);
    ASSERT_NE(client, nullptr);
    EXPECT_EQ(fromB64(client->initialResponse()->responseBase64),
              QByteArray("n,a=a=2Cb=3Dc,\x01"
                         "auth=Bearer ya29.a0AfH6SMBx-Token_~+/==\x01\x01"));

    c.username.clear();
    auto anonymous = make("OAUTHBEARER", c);
    ASSERT_NE(anonymous, nullptr);
    EXPECT_EQ(fromB64(anonymous->initialResponse()->responseBase64),
              QByteArray("n,,\x01"
                         "auth=Bearer ya29.a0AfH6SMBx-Token_~+/==\x01\x01"));
}

TEST(SaslOAuth, WithoutInitialResponseTheEmptyChallengeAsksForIt)
{
    for (const char *mech : {"XOAUTH2", "OAUTHBEARER"}) {
        auto viaStep = make(mech, tokenCreds());
        auto viaIr = make(mech, tokenCreds());
        ASSERT_TRUE(viaStep && viaIr);
        const SaslStep s = viaStep->step(QByteArray());
        EXPECT_EQ(s.status, SaslStepStatus::Continue) << mech;
        EXPECT_EQ(s.responseBase64, viaIr->initialResponse()->responseBase64) << mech;
    }
}

TEST(SaslOAuth, XOAuth2ErrorChallengeGetsEmptyResponseThenFails)
{
    auto client = make("XOAUTH2", tokenCreds());
    ASSERT_NE(client, nullptr);
    ASSERT_TRUE(client->initialResponse().has_value());
    const QByteArray json =
        R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})";
    const SaslStep ack = client->step(b64(json));
    EXPECT_EQ(ack.status, SaslStepStatus::Continue);
    EXPECT_TRUE(ack.responseBase64.isEmpty());
    EXPECT_TRUE(ack.error.isEmpty());
    EXPECT_TRUE(client->serverError().contains(QLatin1String("400")))
        << client->serverError().toStdString();
    EXPECT_TRUE(client->serverError().contains(QLatin1String("https://mail.google.com/")));
    EXPECT_FALSE(client->isComplete());

    const SaslStep after = client->step(QByteArray());
    EXPECT_EQ(after.status, SaslStepStatus::Failed);
    EXPECT_TRUE(after.error.contains(QLatin1String("XOAUTH2"))) << after.error.toStdString();
    EXPECT_TRUE(after.error.contains(QLatin1String("400"))) << after.error.toStdString();
}

TEST(SaslOAuth, OAuthBearerErrorChallengeGetsCtrlAThenFails)
{
    auto client = make("OAUTHBEARER", tokenCreds());
    ASSERT_NE(client, nullptr);
    ASSERT_TRUE(client->initialResponse().has_value());
    const QByteArray json = R"({"status":"invalid_token","scope":"mail",)"
                            R"("openid-configuration":"https://example.com/.well-known"})";
    const SaslStep ack = client->step(b64(json));
    EXPECT_EQ(ack.status, SaslStepStatus::Continue);
    EXPECT_EQ(ack.responseBase64, QByteArray("AQ=="));
    EXPECT_EQ(ack.redactedResponse, QByteArray("<\\x01>"));
    EXPECT_TRUE(client->serverError().contains(QLatin1String("invalid_token")));

    const SaslStep after = client->step(b64("anything"));
    EXPECT_EQ(after.status, SaslStepStatus::Failed);
    EXPECT_TRUE(after.error.contains(QLatin1String("OAUTHBEARER"))) << after.error.toStdString();
    EXPECT_TRUE(after.error.contains(QLatin1String("invalid_token")));
}

TEST(SaslOAuth, NumericStatusAndNonJsonErrors)
{
    auto client = make("XOAUTH2", tokenCreds());
    ASSERT_TRUE(client->initialResponse().has_value());
    EXPECT_EQ(client->step(b64(R"({"status":401})")).status, SaslStepStatus::Continue);
    EXPECT_TRUE(client->serverError().contains(QLatin1String("401")));

    auto other = make("OAUTHBEARER", tokenCreds());
    ASSERT_TRUE(other->initialResponse().has_value());
    EXPECT_EQ(other->step(b64("token expired")).status, SaslStepStatus::Continue);
    EXPECT_TRUE(other->serverError().contains(QLatin1String("token expired")));
}

TEST(SaslOAuth, TokensThatWouldBreakTheFramingAreRefused)
{
    for (const char *mech : {"XOAUTH2", "OAUTHBEARER"}) {
        for (const QString &bad : {QStringLiteral("abc def"),
                                   QStringLiteral("abc\x01"
                                                  "def"),
                                   QStringLiteral("a=b"), QStringLiteral("t\u00f6ken")}) {
            SaslCredentials c = tokenCreds();
            c.oauthToken = bad;
            auto client = make(mech, c);
            ASSERT_NE(client, nullptr);
            const std::optional<SaslStep> ir = client->initialResponse();
            ASSERT_TRUE(ir.has_value());
            EXPECT_EQ(ir->status, SaslStepStatus::Failed) << mech;
            EXPECT_TRUE(ir->error.contains(QLatin1String(mech))) << ir->error.toStdString();
            EXPECT_TRUE(ir->responseBase64.isEmpty());
        }
    }
    SaslCredentials c = tokenCreds();
    c.username = QStringLiteral("alice\x01"
                                "evil");
    auto client = make("XOAUTH2", c);
    EXPECT_EQ(client->initialResponse()->status, SaslStepStatus::Failed);
}

TEST(SaslOAuth, SecretsCoverTheTokenAndItsBase64)
{
    auto client = make("XOAUTH2", tokenCreds());
    const QList<QByteArray> secrets = client->secrets();
    EXPECT_TRUE(secrets.contains(kToken.toUtf8()));
    EXPECT_TRUE(secrets.contains(kToken.toUtf8().toBase64()));
}
