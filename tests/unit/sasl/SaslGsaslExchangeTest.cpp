// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: our client against GNU SASL's server side, base64 both ways.
#include "GsaslTestServer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace carteiro;
using namespace carteiro::test;

namespace {

SaslCredentials credsFor(const ServerAccount &acc, const QByteArray &password)
{
    SaslCredentials c;
    c.username = QString::fromUtf8(acc.user);
    c.password = QString::fromUtf8(password);
    return c;
}

std::unique_ptr<SaslClient> make(const QString &mech, const SaslCredentials &creds)
{
    QString error;
    auto client = SaslClient::create({mech}, creds, mech, &error);
    EXPECT_NE(client, nullptr) << error.toStdString();
    return client;
}

struct Case
{
    const char *mechanism;
    bool initialResponse;
};

std::string caseName(const testing::TestParamInfo<Case> &info)
{
    std::string s = info.param.mechanism;
    for (char &c : s) {
        if (c == '-')
            c = '_';
    }
    return s + (info.param.initialResponse ? "_IR" : "_noIR");
}

class GsaslExchange : public testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(GsaslExchange, RightPasswordSucceeds)
{
    const ServerAccount acc;
    GsaslTestServer server(GetParam().mechanism, acc);
    ASSERT_TRUE(server.started());
    auto client = make(QString::fromLatin1(GetParam().mechanism), credsFor(acc, acc.password));
    ASSERT_NE(client, nullptr);

    const ExchangeResult r = runExchange(*client, server, GetParam().initialResponse);
    EXPECT_FALSE(r.clientFailed) << r.clientError.toStdString();
    EXPECT_TRUE(r.serverAccepted) << gsasl_strerror_name(r.serverRc);
    EXPECT_EQ(r.lastClientStatus, SaslStepStatus::Done);
    EXPECT_TRUE(client->isComplete());
}

TEST_P(GsaslExchange, WrongPasswordIsRejectedByTheServer)
{
    const ServerAccount acc;
    GsaslTestServer server(GetParam().mechanism, acc);
    ASSERT_TRUE(server.started());
    auto client = make(QString::fromLatin1(GetParam().mechanism),
                       credsFor(acc, QByteArrayLiteral("wrong horse battery")));
    ASSERT_NE(client, nullptr);

    const ExchangeResult r = runExchange(*client, server, GetParam().initialResponse);
    EXPECT_FALSE(r.clientFailed) << r.clientError.toStdString();
    EXPECT_FALSE(r.serverAccepted);
    EXPECT_EQ(r.serverRc, GSASL_AUTHENTICATION_ERROR) << gsasl_strerror_name(r.serverRc);
    if (QByteArray(GetParam().mechanism).startsWith("SCRAM-")) {
        // The server rejected the proof in the client-final message: the client
        // saw the server-first message only, never a server-final one.
        EXPECT_EQ(r.challenges.size(), GetParam().initialResponse ? 1 : 2);
        EXPECT_FALSE(client->isComplete());
    }
}

INSTANTIATE_TEST_SUITE_P(Sasl, GsaslExchange,
                         testing::Values(Case{"PLAIN", true}, Case{"PLAIN", false},
                                         Case{"LOGIN", false}, Case{"CRAM-MD5", false},
                                         Case{"SCRAM-SHA-1", true}, Case{"SCRAM-SHA-1", false},
                                         Case{"SCRAM-SHA-256", true}, Case{"SCRAM-SHA-256", false}),
                         caseName);

TEST(GsaslExchangeDetails, PlainInitialResponseBytes)
{
    SaslCredentials c;
    c.authzid = QStringLiteral("admin");
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("pw");
    auto client = make(QStringLiteral("PLAIN"), c);
    ASSERT_NE(client, nullptr);
    const std::optional<SaslStep> ir = client->initialResponse();
    ASSERT_TRUE(ir.has_value());
    EXPECT_EQ(ir->status, SaslStepStatus::Done);
    EXPECT_EQ(fromB64(ir->responseBase64), QByteArray("admin\0alice\0pw", 14));
    // Server-first mechanisms have no initial response.
    EXPECT_FALSE(make(QStringLiteral("LOGIN"), c)->initialResponse().has_value());
    EXPECT_FALSE(make(QStringLiteral("CRAM-MD5"), c)->initialResponse().has_value());
}

TEST(GsaslExchangeDetails, LoginAnswersUserThenPassword)
{
    const ServerAccount acc;
    auto client = make(QStringLiteral("LOGIN"), credsFor(acc, acc.password));
    ASSERT_NE(client, nullptr);
    const SaslStep user = client->step(QByteArray("Username:").toBase64());
    EXPECT_EQ(user.status, SaslStepStatus::Continue);
    EXPECT_EQ(fromB64(user.responseBase64), acc.user);
    const SaslStep pass = client->step(QByteArray("Password:").toBase64());
    EXPECT_EQ(pass.status, SaslStepStatus::Done);
    EXPECT_EQ(fromB64(pass.responseBase64), acc.password);
    EXPECT_EQ(client->step(QByteArray("More:").toBase64()).status, SaslStepStatus::Failed);
}

TEST(GsaslExchangeDetails, NonAsciiPasswordGoesThroughSaslPrep)
{
    ServerAccount acc;
    acc.password = QStringLiteral("p\u00e4ssw\u00f6rd-\u00df").toUtf8();
    for (const char *mech : {"SCRAM-SHA-256", "PLAIN", "CRAM-MD5"}) {
        GsaslTestServer server(mech, acc);
        ASSERT_TRUE(server.started());
        auto client = make(QString::fromLatin1(mech), credsFor(acc, acc.password));
        ASSERT_NE(client, nullptr);
        const ExchangeResult r = runExchange(*client, server, true);
        EXPECT_FALSE(r.clientFailed) << mech << ": " << r.clientError.toStdString();
        EXPECT_TRUE(r.serverAccepted) << mech << ": " << gsasl_strerror_name(r.serverRc);
    }
}

TEST(GsaslExchangeDetails, ScramPlusWithMatchingChannelBinding)
{
    struct Plus
    {
        const char *mechanism;
        const char *type;
    };
    for (const Plus p :
         {Plus{"SCRAM-SHA-256-PLUS", "tls-exporter"}, Plus{"SCRAM-SHA-256-PLUS", "tls-unique"},
          Plus{"SCRAM-SHA-1-PLUS", "tls-exporter"}, Plus{"SCRAM-SHA-1-PLUS", "tls-unique"}}) {
        const QByteArray cb = QByteArray::fromHex("00112233445566778899aabbccddeeff"
                                                  "0102030405060708090a0b0c0d0e0f10");
        ServerAccount acc;
        (QByteArray(p.type) == "tls-exporter" ? acc.cbTlsExporter : acc.cbTlsUnique) = cb;
        SaslCredentials creds = credsFor(acc, acc.password);
        creds.channelBindingType = p.type;
        creds.channelBindingData = cb;

        GsaslTestServer server(p.mechanism, acc);
        ASSERT_TRUE(server.started());
        auto client = make(QString::fromLatin1(p.mechanism), creds);
        ASSERT_NE(client, nullptr);
        const ExchangeResult r = runExchange(*client, server, true);
        EXPECT_FALSE(r.clientFailed) << p.mechanism << ": " << r.clientError.toStdString();
        EXPECT_TRUE(r.serverAccepted)
            << p.mechanism << " " << p.type << ": " << gsasl_strerror_name(r.serverRc);
        ASSERT_FALSE(r.clientSteps.isEmpty());
        EXPECT_TRUE(fromB64(r.clientSteps.first().responseBase64)
                        .startsWith(QByteArray("p=") + p.type + ",,"));
    }
}

TEST(GsaslExchangeDetails, ScramPlusWithDifferentChannelBindingIsRejected)
{
    // What a TLS man-in-the-middle looks like: each side has its own channel.
    ServerAccount acc;
    acc.cbTlsExporter = QByteArray(32, '\x11');
    SaslCredentials creds = credsFor(acc, acc.password);
    creds.channelBindingType = "tls-exporter";
    creds.channelBindingData = QByteArray(32, '\x22');

    GsaslTestServer server("SCRAM-SHA-256-PLUS", acc);
    ASSERT_TRUE(server.started());
    auto client = make(QStringLiteral("SCRAM-SHA-256-PLUS"), creds);
    ASSERT_NE(client, nullptr);
    const ExchangeResult r = runExchange(*client, server, true);
    EXPECT_FALSE(r.serverAccepted);
    EXPECT_FALSE(client->isComplete());
}

TEST(GsaslExchangeDetails, PlainScramIgnoresChannelBindingData)
{
    // GNU SASL 2.2 cannot send "y" (it fails the client-first message when binding
    // data is set for plain SCRAM), so we do not pass it: the header is "n,,".
    const ServerAccount acc;
    SaslCredentials creds = credsFor(acc, acc.password);
    creds.channelBindingType = "tls-exporter";
    creds.channelBindingData = QByteArray(32, '\x33');
    GsaslTestServer server("SCRAM-SHA-256", acc);
    auto client = make(QStringLiteral("SCRAM-SHA-256"), creds);
    ASSERT_NE(client, nullptr);
    const ExchangeResult r = runExchange(*client, server, true);
    EXPECT_FALSE(r.clientFailed) << r.clientError.toStdString();
    EXPECT_TRUE(r.serverAccepted);
    ASSERT_FALSE(r.clientSteps.isEmpty());
    EXPECT_TRUE(fromB64(r.clientSteps.first().responseBase64).startsWith("n,,n=alice,r="));
}

TEST(GsaslExchangeDetails, PlainWithAuthzidReachesTheServer)
{
    const ServerAccount acc;
    SaslCredentials creds = credsFor(acc, acc.password);
    creds.authzid = QStringLiteral("shared@example.com");
    GsaslTestServer server("PLAIN", acc);
    auto client = make(QStringLiteral("PLAIN"), creds);
    ASSERT_NE(client, nullptr);
    const ExchangeResult r = runExchange(*client, server, true);
    EXPECT_TRUE(r.serverAccepted);
    EXPECT_EQ(server.authzid(), QByteArray("shared@example.com"));
}

TEST(GsaslExchangeDetails, ClientsOnSeveralThreadsShareTheContext)
{
    // The process-wide GNU SASL context is created lazily; racing first uses
    // must all get working sessions.
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&ok] {
            const ServerAccount acc;
            GsaslTestServer server("SCRAM-SHA-256", acc);
            SaslCredentials c;
            c.username = QString::fromUtf8(acc.user);
            c.password = QString::fromUtf8(acc.password);
            auto client = SaslClient::create({QStringLiteral("SCRAM-SHA-256")}, c, {}, nullptr);
            if (!client || !server.started())
                return;
            const ExchangeResult r = runExchange(*client, server, true);
            if (r.serverAccepted && !r.clientFailed && client->isComplete())
                ++ok;
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(ok.load(), 6);
}
