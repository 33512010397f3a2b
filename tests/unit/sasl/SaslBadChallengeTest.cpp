// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile or broken servers: every bad challenge gives Failed, naming the mechanism.
#include "GsaslTestServer.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

SaslCredentials creds()
{
    SaslCredentials c;
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("correct horse battery");
    c.oauthToken = QStringLiteral("tok.en");
    return c;
}

std::unique_ptr<SaslClient> make(const char *mech)
{
    QString error;
    auto client =
        SaslClient::create({QString::fromLatin1(mech)}, creds(), QString::fromLatin1(mech), &error);
    EXPECT_NE(client, nullptr) << error.toStdString();
    return client;
}

// A client of `mech` that is waiting for its first challenge: server-first
// mechanisms as created, client-first ones after their initial response.
std::unique_ptr<SaslClient> awaitingChallenge(const char *mech)
{
    auto client = make(mech);
    if (client) {
        if (const auto ir = client->initialResponse()) {
            EXPECT_NE(ir->status, SaslStepStatus::Failed) << ir->error.toStdString();
        }
    }
    return client;
}

void expectFailedNaming(const SaslStep &s, const char *mech, const char *context)
{
    EXPECT_EQ(s.status, SaslStepStatus::Failed) << mech << " / " << context;
    EXPECT_TRUE(s.error.contains(QLatin1String(mech)))
        << mech << " / " << context << ": \"" << s.error.toStdString() << "\"";
    EXPECT_TRUE(s.responseBase64.isEmpty()) << mech << " / " << context;
}

// Runs a real SCRAM exchange against GNU SASL's server, letting `tamper` change
// challenge `index`; returns the client's last step.
SaslStep scramWithTamperedChallenge(const char *mech, int index,
                                    const std::function<QByteArray(const QByteArray &)> &tamper,
                                    SaslClient **clientOut = nullptr,
                                    std::unique_ptr<SaslClient> *keep = nullptr)
{
    ServerAccount acc;
    acc.password = creds().password.toUtf8();
    GsaslTestServer server(mech, acc);
    EXPECT_TRUE(server.started());
    auto client = make(mech);
    const ExchangeResult r = runExchange(*client, server, true, [&](int i, const QByteArray &raw) {
        return i == index ? tamper(raw) : raw;
    });
    EXPECT_FALSE(r.clientSteps.isEmpty());
    if (clientOut)
        *clientOut = client.get();
    if (keep)
        *keep = std::move(client);
    return r.clientSteps.isEmpty() ? SaslStep{} : r.clientSteps.last();
}

QByteArray replaceAttribute(const QByteArray &message, char key, const QByteArray &value)
{
    QList<QByteArray> parts = message.split(',');
    for (QByteArray &p : parts) {
        if (p.startsWith(QByteArray(1, key) + '='))
            p = QByteArray(1, key) + '=' + value;
    }
    return parts.join(',');
}

const char *const kAllMechanisms[] = {"PLAIN",         "LOGIN",   "CRAM-MD5",   "SCRAM-SHA-1",
                                      "SCRAM-SHA-256", "XOAUTH2", "OAUTHBEARER"};

} // namespace

TEST(SaslBadChallenge, NotBase64)
{
    for (const char *mech : kAllMechanisms) {
        for (const char *bad : {"!!!!", "QUJD!", "QU JD", "QUJ", "QQ=", "QR==", "Q===", "=QQQ"}) {
            auto client = awaitingChallenge(mech);
            ASSERT_NE(client, nullptr);
            expectFailedNaming(client->step(QByteArray(bad)), mech, bad);
            // A failed client stays failed.
            EXPECT_EQ(client->step(QByteArray()).status, SaslStepStatus::Failed) << mech;
            // And before any initial response (the session skipped it).
            expectFailedNaming(make(mech)->step(QByteArray(bad)), mech, bad);
        }
    }
}

TEST(SaslBadChallenge, OnlyPadding)
{
    for (const char *mech : kAllMechanisms) {
        for (const char *bad : {"====", "==", "="}) {
            auto client = awaitingChallenge(mech);
            ASSERT_NE(client, nullptr);
            expectFailedNaming(client->step(QByteArray(bad)), mech, bad);
        }
        // Also before any initial response.
        auto fresh = make(mech);
        expectFailedNaming(fresh->step(QByteArray("====")), mech, "==== first");
    }
}

TEST(SaslBadChallenge, EmptyWhereAChallengeIsRequired)
{
    for (const char *mech : {"CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256", "OAUTHBEARER"}) {
        auto client = awaitingChallenge(mech);
        ASSERT_NE(client, nullptr);
        expectFailedNaming(client->step(QByteArray()), mech, "empty");
    }
    // CRAM-MD5 also with surrounding blanks only.
    expectFailedNaming(make("CRAM-MD5")->step(QByteArray("  ")), "CRAM-MD5", "blank");
}

TEST(SaslBadChallenge, ChallengeAfterCompletion)
{
    auto plain = awaitingChallenge("PLAIN"); // PLAIN is Done after its initial response
    ASSERT_TRUE(plain->isComplete());
    expectFailedNaming(plain->step(QByteArray("QUJD")), "PLAIN", "after done");

    auto cram = make("CRAM-MD5");
    EXPECT_EQ(cram->step(QByteArray("<1.2@host>").toBase64()).status, SaslStepStatus::Done);
    expectFailedNaming(cram->step(QByteArray("<1.2@host>").toBase64()), "CRAM-MD5", "again");

    // Client-first mechanism: a non-empty challenge before the first message.
    expectFailedNaming(make("SCRAM-SHA-256")->step(QByteArray("r=abc").toBase64()), "SCRAM-SHA-256",
                       "early");
}

TEST(SaslBadChallenge, ScramServerNonceMustExtendClientNonce)
{
    for (const char *mech : {"SCRAM-SHA-1", "SCRAM-SHA-256"}) {
        // Another nonce entirely.
        SaslStep s = scramWithTamperedChallenge(mech, 0, [](const QByteArray &serverFirst) {
            return replaceAttribute(serverFirst, 'r', "bm90LW91ci1ub25jZQ==serverpart");
        });
        expectFailedNaming(s, mech, "foreign nonce");
        EXPECT_TRUE(s.error.contains(QLatin1String("nonce"))) << s.error.toStdString();

        // Only the client's nonce, no server part.
        auto client = awaitingChallenge(mech);
        // Recover our nonce from a fresh exchange's client-first message.
        auto probe = make(mech);
        const QByteArray clientFirst = fromB64(probe->initialResponse()->responseBase64);
        const QByteArray cnonce = clientFirst.mid(clientFirst.indexOf(",r=") + 3);
        s = probe->step(QByteArray("r=" + cnonce + ",s=c2FsdHNhbHQ=,i=4096").toBase64());
        expectFailedNaming(s, mech, "echoed nonce");

        // A server-first message without any nonce.
        s = client->step(QByteArray("s=c2FsdHNhbHQ=,i=4096").toBase64());
        expectFailedNaming(s, mech, "no nonce");
    }
}

TEST(SaslBadChallenge, ScramWrongServerSignature)
{
    for (const char *mech : {"SCRAM-SHA-1", "SCRAM-SHA-256"}) {
        SaslClient *client = nullptr;
        std::unique_ptr<SaslClient> keep;
        const SaslStep s = scramWithTamperedChallenge(
            mech, 1,
            [](const QByteArray &serverFinal) {
                EXPECT_TRUE(serverFinal.startsWith("v=")) << serverFinal.constData();
                QByteArray v = fromB64(serverFinal.mid(2));
                v[0] = static_cast<char>(v[0] ^ 0x01);
                return "v=" + v.toBase64();
            },
            &client, &keep);
        expectFailedNaming(s, mech, "wrong v=");
        EXPECT_TRUE(s.error.contains(QLatin1String("v="))) << s.error.toStdString();
        ASSERT_NE(client, nullptr);
        EXPECT_FALSE(client->isComplete());
    }
}

TEST(SaslBadChallenge, ScramServerErrorsAndMalformedMessages)
{
    const char *mech = "SCRAM-SHA-256";
    SaslStep s = scramWithTamperedChallenge(
        mech, 1, [](const QByteArray &) { return QByteArray("e=invalid-proof"); });
    expectFailedNaming(s, mech, "e=");
    EXPECT_TRUE(s.error.contains(QLatin1String("invalid-proof"))) << s.error.toStdString();

    s = scramWithTamperedChallenge(mech, 1, [](const QByteArray &) { return QByteArray(); });
    expectFailedNaming(s, mech, "empty server-final");

    s = scramWithTamperedChallenge(mech, 0, [](const QByteArray &serverFirst) {
        return replaceAttribute(serverFirst, 'i', "4000000000");
    });
    expectFailedNaming(s, mech, "huge iteration count");

    s = scramWithTamperedChallenge(mech, 0, [](const QByteArray &serverFirst) {
        return replaceAttribute(serverFirst, 'i', "many");
    });
    expectFailedNaming(s, mech, "bad iteration count");

    s = scramWithTamperedChallenge(
        mech, 0, [](const QByteArray &serverFirst) { return "m=ext," + serverFirst; });
    expectFailedNaming(s, mech, "mandatory extension");

    s = scramWithTamperedChallenge(mech, 0, [](const QByteArray &serverFirst) {
        return replaceAttribute(serverFirst, 's', "%%%");
    });
    expectFailedNaming(s, mech, "bad salt");
}
