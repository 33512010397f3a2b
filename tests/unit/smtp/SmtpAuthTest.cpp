// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession's AUTH (RFC 4954) from scripted transcripts: LOGIN, CRAM-MD5,
// XOAUTH2 and OAUTHBEARER, bad challenges, the strongest mechanism and no
// silent fall back (tests/README.md, case 10); each replayed whole, byte by
// byte and split at every offset (tests/support/SmtpReplay.h).
#include "SmtpSessionFixtures.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(SmtpSession, AuthLoginAndServerRejection)
{
    const QByteArray user = QByteArray("alice").toBase64(), pass = QByteArray("secret").toBase64();
    SmtpSession::Config c = config();
    c.mechanism = QStringLiteral("LOGIN");
    const Transcript ok = Transcript::parse(kPreTls + ehloAfterTls("") +
                                            "C: AUTH LOGIN\n"
                                            "S: 334 VXNlcm5hbWU6\n"
                                            "C: " + user + "\n"
                                            "S: 334 UGFzc3dvcmQ6\n"
                                            "C: " + pass + "\n"
                                            "S: 535 5.7.8 Error: authentication failed: bad\n"
                                            "C: QUIT\n"
                                            "S: 221 Bye\n");
    replaySmtp(c, {envelope()}, ok, [&](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("535 5.7.8")));
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains(pass)) << t.constData();
    });
}

TEST(SmtpSession, AuthCramMd5Rfc2195Example)
{
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    c.credentials.username = QStringLiteral("tim");
    c.credentials.password = QStringLiteral("tanstaaftanstaaf");
    const Transcript script = Transcript::parse(
        "S: 220 mail ESMTP\n"
        "C: EHLO client.example\n"
        "S: 250-mail\n"
        "S: 250 AUTH CRAM-MD5 PLAIN LOGIN\n"
        "C: AUTH CRAM-MD5\n"
        "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
        "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n"
        "S: 235 2.7.0 ok\n"
        "C: MAIL FROM:<alice@example.test>\n"
        "S: 250 ok\n"
        "C: RCPT TO:<bob@example.test>\n"
        "S: 250 ok\n"
        "C: DATA\n"
        "S: 354 go\n"
        "C: <body>\n"
        "S: 250 ok\n"
        "C: QUIT\n"
        "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"})}, script, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("b913a602c7eda7a495b4e6e7334d3890")) << t.constData();
    });
}

TEST(SmtpSession, AuthXoauth2AndOauthBearerWithToken)
{
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    c.credentials.password.clear();
    c.credentials.oauthToken = QStringLiteral("ya29.token");
    c.credentials.host = QStringLiteral("mail.example.test");
    c.credentials.port = 465;
    const QByteArray xo = QByteArray("user=alice\x01""auth=Bearer ya29.token\x01\x01").toBase64();
    const Transcript x = Transcript::parse("S: 220 mail\n"
                                           "C: EHLO client.example\n"
                                           "S: 250-mail\n"
                                           "S: 250 AUTH XOAUTH2 PLAIN\n"
                                           "C: AUTH XOAUTH2 " + xo + "\n"
                                           "S: 235 ok\n"
                                           "C: MAIL FROM:<alice@example.test>\n"
                                           "S: 250 ok\n"
                                           "C: RCPT TO:<bob@example.test>\n"
                                           "S: 250 ok\n"
                                           "C: DATA\n"
                                           "S: 354 go\n"
                                           "C: <body>\n"
                                           "S: 250 ok\n"
                                           "C: QUIT\n"
                                           "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"})}, x, [](const SmtpRun &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("ya29.token")) << t.constData();
    });

    const QByteArray ob = QByteArray("n,a=alice,\x01host=mail.example.test\x01port=465\x01"
                                     "auth=Bearer ya29.token\x01\x01")
                              .toBase64();
    const QByteArray err = QByteArray(R"({"status":"invalid_token","scope":"mail"})").toBase64();
    const Transcript o = Transcript::parse("S: 220 mail\n"
                                           "C: EHLO client.example\n"
                                           "S: 250-mail\n"
                                           "S: 250 AUTH OAUTHBEARER XOAUTH2\n"
                                           "C: AUTH OAUTHBEARER " + ob + "\n"
                                           "S: 334 " + err + "\n"
                                           "C: AQ==\n"
                                           "S: 535 5.7.8 invalid token\n"
                                           "C: QUIT\n"
                                           "S: 221 bye\n");
    replaySmtp(c, {envelope({"bob@example.test"})}, o, [](const SmtpRun &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
    });
}

TEST(SmtpSession, BadChallengeCancelsWithStar)
{
    SmtpSession::Config c = config(TransportSecurity::ImplicitTls);
    for (const QByteArray &mech : {QByteArray("LOGIN"), QByteArray("CRAM-MD5"),
                                   QByteArray("SCRAM-SHA-256"), QByteArray("SCRAM-SHA-1")}) {
        for (const QByteArray &challenge : {QByteArray("!!!notbase64"), QByteArray("===="),
                                           QByteArray("")}) {
            c.mechanism = QString::fromLatin1(mech);
            const bool clientFirst = mech.startsWith("SCRAM");
            const Transcript script = Transcript::parse(
                "S: 220 mail\n"
                "C: EHLO client.example\n"
                "S: 250-mail\n"
                "S: 250 AUTH SCRAM-SHA-256 SCRAM-SHA-1 CRAM-MD5 LOGIN PLAIN\n"
                "C: AUTH " + mech + (clientFirst ? " *" : "") + "\n"
                "S: 334 " + challenge + "\n"
                "C: *\n"
                "S: 501 5.7.0 Authentication aborted\n"
                "C: QUIT\n"
                "S: 221 bye\n");
            if (mech == "LOGIN" && challenge.isEmpty())
                continue; // an empty LOGIN prompt is answered with the user name
            SCOPED_TRACE(mech.constData());
            SCOPED_TRACE(challenge.constData());
            replaySmtp(c, {envelope()}, script, [&](const SmtpRun &run) {
                EXPECT_FALSE(run.succeeded);
                EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
                EXPECT_TRUE(run.error.contains(QString::fromLatin1(mech))) << run.error.toStdString();
                // No fallback to another mechanism: exactly one AUTH command.
                int auths = 0;
                for (const QByteArray &l : run.clientLines)
                    auths += l.startsWith("AUTH ") ? 1 : 0;
                EXPECT_EQ(auths, 1);
            });
        }
    }
}

TEST(SmtpSession, StrongestMechanismIsChosenAndNoSilentFallback)
{
    const Transcript script = Transcript::parse("S: 220 mail\n"
                                                "C: EHLO client.example\n"
                                                "S: 250-mail\n"
                                                "S: 250 AUTH PLAIN LOGIN SCRAM-SHA-256 CRAM-MD5\n"
                                                "C: AUTH SCRAM-SHA-256 *\n"
                                                "S: 535 5.7.8 no\n"
                                                "C: QUIT\n"
                                                "S: 221 bye\n");
    replaySmtp(config(TransportSecurity::ImplicitTls), {envelope()}, script,
                        [](const SmtpRun &run) { EXPECT_EQ(run.failedStep, QStringLiteral("AUTH")); });
}
