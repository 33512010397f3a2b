// SPDX-License-Identifier: GPL-3.0-or-later
// SaslCodec: strict base64, display escaping, secret variants, OAuth errors.
#include "sasl/SaslCodec.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(SaslCodec, StrictBase64AcceptsCanonicalText)
{
    EXPECT_EQ(SaslCodec::decodeStrict("QUJD"), QByteArray("ABC"));
    EXPECT_EQ(SaslCodec::decodeStrict("QQ=="), QByteArray("A"));
    EXPECT_EQ(SaslCodec::decodeStrict("QUI="), QByteArray("AB"));
    EXPECT_EQ(SaslCodec::decodeStrict(""), QByteArray());
    EXPECT_EQ(SaslCodec::decodeStrict(" QUJD\r\n"), QByteArray("ABC")); // surrounding blanks
    EXPECT_EQ(SaslCodec::decodeStrict("AA=="), QByteArray(1, '\0'));
    EXPECT_EQ(SaslCodec::decodeStrict("+/+/"), QByteArray::fromBase64("+/+/"));
}

TEST(SaslCodec, StrictBase64RejectsEverythingElse)
{
    for (const char *bad : {"====", "==", "=", "!!!!", "QUJ", "QUJDQ", "QQ=", "QR==", "QUJ=Q",
                            "Q===", "=QUJ", "QU JD", "QUJD====", "QUJD\x01", "-_-_", "QUJD=="}) {
        EXPECT_FALSE(SaslCodec::decodeStrict(QByteArray(bad)).has_value()) << bad;
    }
}

TEST(SaslCodec, EscapeForDisplay)
{
    EXPECT_EQ(SaslCodec::escapeForDisplay(QByteArray("a\0b\x01"
                                                     "c\x7f",
                                                     6)),
              QByteArray("a\\0b\\x01c\\x7f"));
    EXPECT_EQ(SaslCodec::escapeForDisplay(QStringLiteral("J\u00fcrgen").toUtf8()),
              QStringLiteral("J\u00fcrgen").toUtf8());
}

TEST(SaslCodec, SecretVariantsFindTheSecretAtAnyAlignment)
{
    const QByteArray secret = "correct horse battery staple";
    const QList<QByteArray> variants = SaslCodec::secretVariants(secret);
    EXPECT_TRUE(variants.contains(secret));
    EXPECT_TRUE(variants.contains(secret.toBase64()));
    for (int prefix = 0; prefix < 6; ++prefix) {
        for (int suffix = 0; suffix < 3; ++suffix) {
            const QByteArray line =
                (QByteArray(prefix, 'x') + secret + QByteArray(suffix, 'y')).toBase64();
            const QByteArray masked = SaslCodec::maskSecrets(line, variants);
            EXPECT_NE(masked, line) << prefix << "/" << suffix;
            EXPECT_TRUE(masked.contains("*****"));
        }
    }
    EXPECT_TRUE(SaslCodec::secretVariants(QByteArray()).isEmpty());
}

TEST(SaslCodec, MaskSecretsLongestFirst)
{
    EXPECT_EQ(SaslCodec::maskSecrets("pw=abcdef and abc", {"abc", "abcdef"}),
              QByteArray("pw=***** and *****"));
}

TEST(SaslCodec, DescribeOAuthError)
{
    EXPECT_EQ(SaslCodec::describeOAuthError(R"({"status":"401","scope":"mail"})"),
              QStringLiteral("status 401, scope mail"));
    EXPECT_EQ(SaslCodec::describeOAuthError(R"({"status":400})"), QStringLiteral("status 400"));
    EXPECT_EQ(SaslCodec::describeOAuthError("not json\x01"), QStringLiteral("not json\\x01"));
    EXPECT_FALSE(SaslCodec::describeOAuthError("").isEmpty());
}
