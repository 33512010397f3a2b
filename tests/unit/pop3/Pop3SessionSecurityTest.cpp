// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session against bad and hostile servers (tests/README.md), each script
// replayed whole, byte by byte and split at every offset: STLS missing,
// refused or injected; credentials only inside TLS; response codes; APOP and
// SASL without downgrade; malformed, endless and oversized answers.
#include "Pop3SessionFixtures.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;
using Kind = Pop3Session::Request::Kind;

TEST(Pop3Session, StlsMissingStopsBeforeCredentials)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\n"
                                                "S: USER\n"
                                                "S: SASL PLAIN\n"
                                                "S: .\n"
                                                "C: QUIT\n"
                                                "S: +OK bye\n");
    replayPop3(config(), {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("STLS"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("STLS")));
        expectNoCredentials(run);
    });
}

TEST(Pop3Session, CapaRefusedOnStartTlsAccountStopsBeforeCredentials)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: -ERR unknown command\n"
                                                "C: QUIT\n"
                                                "S: +OK bye\n");
    replayPop3(config(), {}, script, [](const Pop3Run &run) {
        EXPECT_EQ(run.failedStep, QStringLiteral("STLS"));
        expectNoCredentials(run);
    });
}

TEST(Pop3Session, StlsRefusedStopsOnceWithoutCredentials)
{
    for (const QByteArray &refusal : {QByteArray("-ERR [SYS/TEMP] TLS unavailable"), QByteArray("-ERR"),
                                     QByteArray("-ERR [IN-USE] busy")}) {
        const Transcript script = Transcript::parse("S: +OK ready\n"
                                                    "C: CAPA\n"
                                                    "S: +OK\n"
                                                    "S: STLS\n"
                                                    "S: USER\n"
                                                    "S: .\n"
                                                    "C: STLS\n"
                                                    "S: " + refusal + "\n"
                                                    "C: QUIT\n"
                                                    "S: +OK bye\n");
        replayPop3(config(), {}, script, [&](const Pop3Run &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("STLS"));
            EXPECT_EQ(run.clientLines.count("STLS"), 1); // a refused STLS does not loop
            expectNoCredentials(run);
        });
    }
}

TEST(Pop3Session, BytesInjectedAfterStlsAreDiscardedAndCapaResent)
{
    // The injected capabilities offer USER and PLAIN; inside TLS the server offers
    // neither, so the client must stop instead of sending credentials.
    for (const QByteArray &tail :
         {QByteArray("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n"), QByteArray("+OK injected"),
          QByteArray("-ERR [AUTH] x\r\n+OK\r\n")}) {
        const QByteArray pre = "+OK ready\r\n+OK\r\nSTLS\r\n.\r\n+OK Begin TLS\r\n" + tail;
        const QByteArray post = "+OK\r\nTOP\r\nUIDL\r\n.\r\n+OK bye\r\n";
        Transcript script;
        script.serverSegments = {pre, post};
        script.expectedClient = {"CAPA", "STLS", "CAPA", "QUIT"};
        replayPop3(config(), {}, script, [&](const Pop3Run &run) {
            ASSERT_EQ(run.injections.size(), 1);
            EXPECT_EQ(run.injections[0], tail);
            EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
            expectNoCredentials(run);
        });
    }
}

TEST(Pop3Session, PlaintextLabRefusesCredentialsUnlessAllowed)
{
    const QByteArray server = "+OK ready\r\n+OK\r\nUSER\r\n.\r\n+OK\r\n+OK\r\n+OK bye\r\n";
    Pop3Session::Config c = config(TransportSecurity::Plain);
    Pop3Run run = runPop3(c, {}, {server});
    EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
    expectNoCredentials(run);
    EXPECT_EQ(run.clientLines, (QList<QByteArray>{"CAPA", "QUIT"}));

    c.allowPlaintextAuth = true;
    run = runPop3(c, {}, {server});
    EXPECT_TRUE(run.succeeded) << run.error.toStdString();
    EXPECT_EQ(run.clientLines, (QList<QByteArray>{"CAPA", "USER alice", "PASS secret", "QUIT"}));
}

TEST(Pop3Session, ResponseCodesAreSurfaced)
{
    struct Case { QByteArray line; bool temporary; bool credentials; };
    for (const Case &k : {Case{"-ERR [IN-USE] Mailbox is locked by another client", true, false},
                          Case{"-ERR [LOGIN-DELAY] wait 900 seconds", true, false},
                          Case{"-ERR [SYS/TEMP] try again later", true, false},
                          Case{"-ERR [SYS/PERM] mailbox is broken", false, false},
                          Case{"-ERR [AUTH] Authentication failed.", false, true}}) {
        const Transcript script = Transcript::parse(
            "S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: RESP-CODES\nS: AUTH-RESP-CODE\nS: .\n"
            "C: USER alice\nS: +OK\nC: PASS secret\nS: " + k.line + "\nC: QUIT\nS: +OK\n");
        replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [&](const Pop3Run &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("PASS"));
            const QByteArray code = k.line.mid(6, k.line.indexOf(']') - 6);
            ASSERT_TRUE(run.failure);
            EXPECT_EQ(run.failure->code, code);
            EXPECT_EQ(run.failure->isTemporary(), k.temporary);
            EXPECT_EQ(run.failure->isCredentialFailure(), k.credentials);
            EXPECT_TRUE(run.error.contains(QString::fromLatin1(code))) << run.error.toStdString();
            // The catalog's meaning and RFC travel with the error.
            EXPECT_TRUE(run.error.contains(QStringLiteral("RFC "))) << run.error.toStdString();
        });
    }
}

TEST(Pop3Session, ApopWhenTheGreetingHasATimestamp)
{
    // The example of RFC 1939 §7.
    Pop3Session::Config c = config(TransportSecurity::ImplicitTls);
    c.credentials.username = QStringLiteral("mrose");
    c.credentials.password = QStringLiteral("tanstaaf");
    const Transcript script = Transcript::parse(
        "S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\n"
        "C: CAPA\n"
        "S: -ERR what\n"
        "C: APOP mrose c4c9334bac560ecc979e58001b3e22fb\n"
        "S: +OK maildrop has 1 message (369 octets)\n"
        "C: QUIT\n"
        "S: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_TRUE(run.traceLines.contains("APOP mrose *****"));
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("c4c9334b"));
    });
}

TEST(Pop3Session, ApopRequestedWithoutTimestampSendsNothing)
{
    Pop3Session::Config c = config(TransportSecurity::ImplicitTls);
    c.mechanism = QStringLiteral("APOP");
    const Transcript script = Transcript::parse("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n"
                                                "C: QUIT\nS: +OK\n");
    replayPop3(c, {}, script, [](const Pop3Run &run) {
        EXPECT_EQ(run.failedStep, QStringLiteral("APOP"));
        expectNoCredentials(run);
    });
}

TEST(Pop3Session, SaslRefusedIsNotFollowedByApopOrUser)
{
    // Strongest offered mechanism first; after its -ERR nothing weaker is tried.
    const Transcript script = Transcript::parse(
        "S: +OK ready <123.456@example.test>\n"
        "C: CAPA\nS: +OK\nS: USER\nS: SASL PLAIN CRAM-MD5\nS: .\n"
        "C: AUTH CRAM-MD5\n"
        "S: + PDEyMy40NTZAZXhhbXBsZS50ZXN0Pg==\n"
        "C: *\n"
        "S: -ERR [AUTH] Authentication failed.\n"
        "C: QUIT\nS: +OK\n");
    replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        ASSERT_TRUE(run.failure);
        EXPECT_TRUE(run.failure->isCredentialFailure());
        EXPECT_EQ(run.clientLines.count("QUIT"), 1);
        for (const QByteArray &l : run.clientLines) {
            EXPECT_FALSE(l.startsWith("APOP"));
            EXPECT_FALSE(l.startsWith("USER"));
        }
        expectPasswordAbsent(run);
    });
}

TEST(Pop3Session, SaslBadChallengesAreCancelled)
{
    for (const QByteArray &challenge : {QByteArray("+ !!!not-base64!!!"), QByteArray("+ ===="),
                                       QByteArray("+")}) {
        const Transcript script = Transcript::parse(
            "S: +OK ready\nC: CAPA\nS: +OK\nS: SASL CRAM-MD5\nS: .\n"
            "C: AUTH CRAM-MD5\n"
            "S: " + challenge + "\n"
            "C: *\n"
            "S: -ERR cancelled\n"
            "C: QUIT\nS: +OK\n");
        replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [&](const Pop3Run &run) {
            EXPECT_FALSE(run.succeeded);
            EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
            EXPECT_TRUE(run.error.contains(QStringLiteral("CRAM-MD5"))) << run.error.toStdString();
            expectPasswordAbsent(run);
        });
    }
}

TEST(Pop3Session, CramMd5Exchange)
{
    const QByteArray challenge = "<1896.697170952@postoffice.example.net>";
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, "secret", QCryptographicHash::Md5).toHex();
    const QByteArray answer = ("alice " + digest).toBase64();
    const Transcript script = Transcript::parse(
        "S: +OK ready\nC: CAPA\nS: +OK\nS: SASL CRAM-MD5\nS: .\n"
        "C: AUTH CRAM-MD5\n"
        "S: + " + challenge.toBase64() + "\n"
        "C: " + answer + "\n"
        "S: +OK Logged in\n"
        "C: QUIT\nS: +OK\n");
    replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.state, Pop3Session::State::Done);
    });
}

TEST(Pop3Session, GreetingErrAndMalformedRepliesEndTheSession)
{
    for (const QByteArray &server : {QByteArray("-ERR [SYS/TEMP] too busy\r\n"),
                                    QByteArray("HTTP/1.1 400 Bad Request\r\n"),
                                    QByteArray("+OKAY\r\n"),
                                    QByteArray("+OK ready\r\n250 mail.example ESMTP\r\n")}) {
        const Pop3Run run = runPop3(config(), {}, {server});
        EXPECT_FALSE(run.succeeded) << server.constData();
        EXPECT_EQ(run.state, Pop3Session::State::Failed);
        EXPECT_TRUE(run.closed);
        EXPECT_FALSE(run.error.isEmpty());
        expectNoCredentials(run);
    }
}

TEST(Pop3Session, EndlessCapaAndListingAreBounded)
{
    QByteArray capa = "+OK ready\r\n+OK\r\n";
    for (int i = 0; i < 1000; ++i)
        capa += "X-CAP-" + QByteArray::number(i) + "\r\n";
    Pop3Run run = runPop3(config(), {}, {capa});
    EXPECT_EQ(run.state, Pop3Session::State::Failed);
    EXPECT_EQ(run.failedStep, QStringLiteral("CAPA"));
    expectNoCredentials(run);

    Pop3Session::Config c = config(TransportSecurity::ImplicitTls);
    c.maxListingBytes = 4096;
    QByteArray uidl = "+OK ready\r\n+OK\r\nUSER\r\n.\r\n+OK\r\n+OK\r\n+OK\r\n";
    for (int i = 1; i < 1000; ++i)
        uidl += QByteArray::number(i) + " uid" + QByteArray::number(i) + "\r\n";
    Pop3Plan plan;
    plan.requests = {req(Kind::Uidl)};
    run = runPop3(c, plan, {uidl});
    EXPECT_EQ(run.state, Pop3Session::State::Failed);
    EXPECT_EQ(run.failedStep, QStringLiteral("UIDL"));
    EXPECT_TRUE(run.replies.isEmpty());
}

TEST(Pop3Session, OneMegabyteLineAndOversizedBodyAreBounded)
{
    const QByteArray huge(1024 * 1024, 'A');
    Pop3Run run = runPop3(config(), {}, {"+OK " + huge + "\r\n"});
    EXPECT_FALSE(run.framerError.isEmpty());
    EXPECT_EQ(run.state, Pop3Session::State::Failed);

    // No line end at all: the framer stops at its bound, not at the end of memory.
    run = runPop3(config(), {}, {"+OK ready\r\n+OK\r\n" + huge});
    EXPECT_FALSE(run.framerError.isEmpty());

    Pop3Plan plan;
    plan.requests = {req(Kind::Retr, 1)};
    const QByteArray server = "+OK ready\r\n+OK\r\nUSER\r\n.\r\n+OK\r\n+OK\r\n+OK\r\n" + huge;
    run = runPop3(config(TransportSecurity::ImplicitTls), plan, {server}, ReplayCut::whole(),
                  64 * 1024);
    EXPECT_TRUE(run.framerError.contains(QStringLiteral("65536"))) << run.framerError.toStdString();
    EXPECT_TRUE(run.replies.isEmpty());
    EXPECT_FALSE(run.clientLines.contains("QUIT"));
}

TEST(Pop3Session, ImplicitTlsAuthenticatesWithoutStls)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\nS: STLS\nS: SASL PLAIN\nS: .\n"
                                                "C: AUTH PLAIN " + kPlainIr + "\n"
                                                "S: +OK\n"
                                                "C: QUIT\nS: +OK\n");
    replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.clientLines.count("STLS"), 0);
        expectPasswordAbsent(run);
    });
}

TEST(Pop3Session, ScramSuccessWithoutServerProofIsRefused)
{
    // A server that says +OK right after the client-first message has not shown
    // it knows the password (no v=): not the server we meant to reach.
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\nS: SASL SCRAM-SHA-256 PLAIN\nS: .\n"
                                                "C: AUTH SCRAM-SHA-256 *\n"
                                                "S: +OK Logged in\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(config(TransportSecurity::ImplicitTls), {}, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.failedStep, QStringLiteral("AUTH"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("SCRAM-SHA-256"))) << run.error.toStdString();
        EXPECT_FALSE(run.authenticated);
    });
}
