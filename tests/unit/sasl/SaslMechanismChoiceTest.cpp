// SPDX-License-Identifier: GPL-3.0-or-later
// SaslClient::create(): which mechanism is picked from the server's list.
#include "sasl/SaslClient.h"

#include <gtest/gtest.h>

#include <gsasl.h>

using namespace carteiro;

namespace {

SaslCredentials passwordCreds()
{
    SaslCredentials c;
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("s3cret-pw");
    return c;
}

SaslCredentials tokenCreds()
{
    SaslCredentials c;
    c.username = QStringLiteral("alice@example.com");
    c.oauthToken = QStringLiteral("ya29.a0AfH6SMBx");
    return c;
}

SaslCredentials withBinding(SaslCredentials c, const char *type = "tls-exporter")
{
    c.channelBindingType = type;
    c.channelBindingData = QByteArray(32, '\x5a');
    return c;
}

QStringList list(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The mechanism create() picks, or "error: <text>".
std::string pick(const QStringList &offered, const SaslCredentials &creds,
                 const QString &preferred = {})
{
    QString error;
    const std::unique_ptr<SaslClient> c = SaslClient::create(offered, creds, preferred, &error);
    if (!c) {
        EXPECT_FALSE(error.isEmpty()) << "nullptr without an error text";
        return "error: " + error.toStdString();
    }
    EXPECT_TRUE(error.isEmpty());
    return c->mechanism().toStdString();
}

} // namespace

TEST(SaslMechanismChoice, SupportedListIsStrongestFirstAndMatchesGnuSasl)
{
    const QStringList all = list("SCRAM-SHA-256-PLUS SCRAM-SHA-1-PLUS SCRAM-SHA-256 SCRAM-SHA-1 "
                                 "CRAM-MD5 PLAIN LOGIN OAUTHBEARER XOAUTH2");
    Gsasl *ctx = nullptr;
    ASSERT_EQ(gsasl_init(&ctx), GSASL_OK);
    QStringList expected;
    for (const QString &m : all) {
        const bool ours = m == QLatin1String("OAUTHBEARER") || m == QLatin1String("XOAUTH2");
        if (ours || gsasl_client_support_p(ctx, m.toLatin1().constData()))
            expected << m;
    }
    gsasl_done(ctx);
    EXPECT_EQ(SaslClient::supportedMechanisms(), expected);
    // GNU SASL 2.2 as installed here has all of them.
    EXPECT_EQ(SaslClient::supportedMechanisms(), all);
}

TEST(SaslMechanismChoice, CaseInsensitiveAndOrderIndependent)
{
    EXPECT_EQ(pick(list("plain LOGIN cram-md5"), passwordCreds()), "CRAM-MD5");
    EXPECT_EQ(pick({QStringLiteral("plain LOGIN cram-md5")}, passwordCreds()), "CRAM-MD5");
    EXPECT_EQ(pick(list("PLAIN SCRAM-SHA-1 scram-sha-256 LOGIN"), passwordCreds()),
              "SCRAM-SHA-256");
    EXPECT_EQ(pick(list("LOGIN scram-sha-256 SCRAM-SHA-1 PLAIN"), passwordCreds()),
              "SCRAM-SHA-256");
    EXPECT_EQ(pick(list("LOGIN PLAIN"), passwordCreds()), "PLAIN");
    EXPECT_EQ(pick(list("login"), passwordCreds()), "LOGIN");
    EXPECT_EQ(pick(list("SCRAM-SHA-1 CRAM-MD5"), passwordCreds()), "SCRAM-SHA-1");
}

TEST(SaslMechanismChoice, PlusOnlyWithChannelBinding)
{
    const QStringList offered = list("SCRAM-SHA-256 SCRAM-SHA-256-PLUS PLAIN");
    EXPECT_EQ(pick(offered, passwordCreds()), "SCRAM-SHA-256");
    EXPECT_EQ(pick(offered, withBinding(passwordCreds())), "SCRAM-SHA-256-PLUS");
    EXPECT_EQ(pick(offered, withBinding(passwordCreds(), "tls-unique")), "SCRAM-SHA-256-PLUS");
    // A type GNU SASL cannot use, or a type without data, is no binding.
    EXPECT_EQ(pick(offered, withBinding(passwordCreds(), "tls-server-end-point")), "SCRAM-SHA-256");
    SaslCredentials typeOnly = passwordCreds();
    typeOnly.channelBindingType = "tls-exporter";
    EXPECT_EQ(pick(offered, typeOnly), "SCRAM-SHA-256");
    // -PLUS with SHA-1 still beats SCRAM-SHA-256 without binding.
    EXPECT_EQ(pick(list("SCRAM-SHA-256 SCRAM-SHA-1-PLUS"), withBinding(passwordCreds())),
              "SCRAM-SHA-1-PLUS");
    // Only -PLUS offered and no binding: nothing fits.
    const std::string r = pick(list("SCRAM-SHA-256-PLUS"), passwordCreds());
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("channel binding"), std::string::npos) << r;
}

TEST(SaslMechanismChoice, TokenMechanismsPreferredWhenTokenGiven)
{
    SaslCredentials both = tokenCreds();
    both.password = QStringLiteral("pw");
    EXPECT_EQ(pick(list("PLAIN XOAUTH2 OAUTHBEARER SCRAM-SHA-256"), both), "OAUTHBEARER");
    EXPECT_EQ(pick(list("PLAIN xoauth2 SCRAM-SHA-256"), both), "XOAUTH2");
    EXPECT_EQ(pick(list("oauthbearer xoauth2"), tokenCreds()), "OAUTHBEARER");
    // Token and password, server has no OAuth mechanism: the password is used.
    EXPECT_EQ(pick(list("PLAIN LOGIN"), both), "PLAIN");
    // Without a token the OAuth mechanisms are never picked.
    EXPECT_EQ(pick(list("XOAUTH2 OAUTHBEARER LOGIN"), passwordCreds()), "LOGIN");
}

TEST(SaslMechanismChoice, CredentialsThatFitNothing)
{
    std::string r = pick(list("PLAIN SCRAM-SHA-256"), tokenCreds());
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("password"), std::string::npos) << r;

    r = pick(list("XOAUTH2 OAUTHBEARER"), passwordCreds());
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("OAuth token"), std::string::npos) << r;

    SaslCredentials nothing;
    nothing.username = QStringLiteral("alice");
    r = pick(list("PLAIN LOGIN CRAM-MD5"), nothing);
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;

    // XOAUTH2 has no place for an empty user name; OAUTHBEARER does.
    SaslCredentials anonymousToken = tokenCreds();
    anonymousToken.username.clear();
    r = pick(list("XOAUTH2"), anonymousToken);
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_EQ(pick(list("XOAUTH2 OAUTHBEARER"), anonymousToken), "OAUTHBEARER");
}

TEST(SaslMechanismChoice, NothingWeCanDo)
{
    std::string r = pick(list("GSSAPI NTLM DIGEST-MD5"), passwordCreds());
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("GSSAPI"), std::string::npos) << r; // names what the server offered

    r = pick({}, passwordCreds());
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;

    // A null error pointer is allowed.
    EXPECT_EQ(SaslClient::create(list("GSSAPI"), passwordCreds(), {}, nullptr), nullptr);
}

TEST(SaslMechanismChoice, PreferredIsHonouredOrAnError)
{
    const QStringList offered = list("SCRAM-SHA-256 CRAM-MD5 plain LOGIN");
    EXPECT_EQ(pick(offered, passwordCreds(), QStringLiteral("PLAIN")), "PLAIN");
    EXPECT_EQ(pick(offered, passwordCreds(), QStringLiteral("login")), "LOGIN");
    EXPECT_EQ(pick(offered, passwordCreds(), QStringLiteral("cram-md5")), "CRAM-MD5");

    // Not offered: an error naming it, never a silent fallback.
    std::string r = pick(list("PLAIN LOGIN"), passwordCreds(), QStringLiteral("SCRAM-SHA-256"));
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("SCRAM-SHA-256"), std::string::npos) << r;

    // Offered but not ours.
    r = pick(list("GSSAPI PLAIN"), passwordCreds(), QStringLiteral("GSSAPI"));
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_NE(r.find("GSSAPI"), std::string::npos) << r;

    // Offered and ours, but the credentials do not allow it.
    r = pick(list("SCRAM-SHA-256-PLUS SCRAM-SHA-256"), passwordCreds(),
             QStringLiteral("SCRAM-SHA-256-PLUS"));
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    r = pick(list("XOAUTH2 PLAIN"), passwordCreds(), QStringLiteral("XOAUTH2"));
    EXPECT_EQ(r.rfind("error: ", 0), 0u) << r;
    EXPECT_EQ(pick(list("SCRAM-SHA-256-PLUS SCRAM-SHA-256"), withBinding(passwordCreds()),
                   QStringLiteral("SCRAM-SHA-256")),
              "SCRAM-SHA-256");
}

TEST(SaslMechanismChoice, PlaintextMechanismsAreFlagged)
{
    EXPECT_TRUE(SaslClient::sendsPasswordInClear("PLAIN"));
    EXPECT_TRUE(SaslClient::sendsPasswordInClear("login"));
    EXPECT_FALSE(SaslClient::sendsPasswordInClear("CRAM-MD5"));
    EXPECT_FALSE(SaslClient::sendsPasswordInClear("SCRAM-SHA-256"));
    EXPECT_FALSE(SaslClient::sendsPasswordInClear("XOAUTH2"));
}
