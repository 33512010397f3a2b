// SPDX-License-Identifier: GPL-3.0-or-later
// What an SMTP server may send that SmtpSession must survive: 421 at any step,
// malformed, bare and endless replies, huge lines, a reply out of place
// (RFC 5321 §4.2; tests/README.md, case 9), fed through the replayer
// (tests/support/SmtpReplay.h).
#include "SmtpSessionFixtures.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(SmtpSession, Reply421AtEveryStepEndsTheSession)
{
    const QList<QByteArray> happy = {
        "220 mail ESMTP\r\n",
        "250-mail\r\n250-STARTTLS\r\n250 PIPELINING\r\n",
        "220 go\r\n",
        // after TLS
        "250-mail\r\n250-AUTH PLAIN\r\n250 PIPELINING\r\n",
        "235 ok\r\n",
        "250 ok\r\n",
        "250 ok\r\n",
        "354 go\r\n",
        "250 queued as X\r\n",
        "221 bye\r\n"};
    for (int failAt = 0; failAt < happy.size(); ++failAt) {
        QList<QByteArray> segments = {QByteArray()};
        for (int i = 0; i < failAt; ++i) {
            segments.last() += happy[i];
            if (i == 2)
                segments.append(QByteArray());
        }
        segments.last() += "421 4.3.2 Service shutting down\r\n";
        for (qsizetype k = 0; k <= segments.last().size(); ++k) {
            const SmtpRun run = runSmtp(config(), {envelope({"bob@example.test"})}, segments,
                                        ReplayCut::split(segments.size() - 1, k));
            SCOPED_TRACE(failAt);
            // A 421 in answer to QUIT, after the message was accepted, changes nothing.
            EXPECT_EQ(run.succeeded, failAt == happy.size() - 1);
            EXPECT_TRUE(run.closed);
            if (failAt < happy.size() - 1) {
                EXPECT_EQ(run.state, SmtpSession::State::Failed);
                EXPECT_TRUE(run.error.contains(QStringLiteral("421"))) << run.error.toStdString();
            }
            if (failAt <= 3) {
                for (const QByteArray &l : run.clientLines)
                    EXPECT_FALSE(l.startsWith("AUTH"));
            }
        }
    }
}

TEST(SmtpSession, MalformedRepliesAreProtocolErrors)
{
    for (const QByteArray &bad : {QByteArray("hello there\r\n"), QByteArray("25O ok\r\n"),
                                 QByteArray("2500 ok\r\n"), QByteArray("250-a\r\n251 b\r\n"),
                                 QByteArray("250 ok\n"), QByteArray("250 o\rk\r\n"),
                                 QByteArray("\r\n"), QByteArray("650 what\r\n")}) {
        const SmtpRun run = runSmtp(config(), {envelope()}, {"220 mail ESMTP\r\n" + bad});
        SCOPED_TRACE(bad.constData());
        EXPECT_EQ(run.state, SmtpSession::State::Failed);
        EXPECT_TRUE(run.closed);
        EXPECT_FALSE(run.error.isEmpty());
    }
}

TEST(SmtpSession, BareCodeAndMultilineRepliesAreAccepted)
{
    const SmtpRun run =
        runSmtp(config(TransportSecurity::Plain), {envelope({"bob@example.test"})},
                {"220-mail first\r\n220-second\r\n220\r\n250-mail\r\n250 AUTH PLAIN\r\n221\r\n"});
    EXPECT_EQ(run.clientLines.value(0), QByteArray("EHLO client.example"));
    EXPECT_EQ(run.failedStep, QStringLiteral("AUTH")); // plaintext: no credentials
    EXPECT_FALSE(run.clientLines.contains("AUTH PLAIN " + kPlainIr));
}

TEST(SmtpSession, EndlessContinuationsAndHugeLinesAreBounded)
{
    QByteArray endless = "220 mail\r\n";
    for (int i = 0; i < 2000; ++i)
        endless += "250-KEYWORD" + QByteArray::number(i) + "\r\n";
    SmtpRun run = runSmtp(config(), {envelope()}, {endless});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_TRUE(run.error.contains(QStringLiteral("512"))) << run.error.toStdString();

    const QByteArray huge = "220 mail\r\n250-" + QByteArray(1024 * 1024, 'a') + "\r\n250 ok\r\n";
    run = runSmtp(config(), {envelope()}, {huge});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_FALSE(run.framerError.isEmpty());
    EXPECT_TRUE(run.closed);
}

TEST(SmtpSession, Unexpected354ToEhloFails)
{
    const SmtpRun run = runSmtp(config(), {envelope()}, {"220 mail\r\n354 go ahead\r\n"});
    EXPECT_EQ(run.state, SmtpSession::State::Failed);
    EXPECT_EQ(run.failedStep, QStringLiteral("EHLO"));
    EXPECT_TRUE(run.error.contains(QStringLiteral("354")));
}
