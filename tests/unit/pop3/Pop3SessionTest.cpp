// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session from scripted transcripts, each replayed whole, byte by byte and
// split at every byte offset through a Pop3Framer (tests/support/Pop3Replay.h):
// the protocol paths (pipelining, listings, bodies, drops, QUIT).
#include "Pop3SessionFixtures.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;
using Kind = Pop3Session::Request::Kind;



TEST(Pop3Session, StlsSaslPlainThenPipelinedUidlListRetrDeleQuit)
{
    const Transcript script = Transcript::parse(
        kPreTls + capaAfterTls("S: PIPELINING\nS: USER\nS: SASL PLAIN\n") +
        "C: AUTH PLAIN " + kPlainIr + "\n"
        "S: +OK Logged in.\n"
        "C: UIDL\n"
        "C: LIST\n"
        "C: RETR 1\n"
        "S: +OK\n"
        "S: 1 whqtswO00WBw418f9t5JxYwZ\n"
        "S: .\n"
        "S: +OK 1 messages\n"
        "S: 1 52\n"
        "S: .\n"
        "S: +OK 52 octets\n"
        "S: Subject: hi\n"
        "S: \n"
        "S: ..dot line\n"
        "S: body\n"
        "S: .\n"
        "C: DELE 1\n"
        "S: +OK Marked to be deleted.\n"
        "C: QUIT\n"
        "S: +OK Logging out, messages deleted.\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Uidl), req(Kind::List), req(Kind::Retr, 1)};
    plan.onReply = [](const Pop3Session::Reply &r) -> QList<Pop3Session::Request> {
        if (r.request.kind == Kind::Retr && r.status.isOk())
            return {req(Kind::Dele, r.request.message)};
        return {};
    };
    replayPop3(config(), plan, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.state, Pop3Session::State::Done);
        EXPECT_TRUE(run.updateConfirmed);
        EXPECT_TRUE(run.tls);
        EXPECT_TRUE(run.injections.isEmpty());
        ASSERT_EQ(run.replies.size(), 4);
        EXPECT_EQ(run.replies[0].lines, QList<QByteArray>{"1 whqtswO00WBw418f9t5JxYwZ"});
        EXPECT_EQ(run.replies[1].lines, QList<QByteArray>{"1 52"});
        EXPECT_EQ(run.replies[2].body, QByteArray("Subject: hi\r\n\r\n.dot line\r\nbody\r\n"));
        EXPECT_EQ(run.replies[2].status.text, QByteArray("52 octets"));
        EXPECT_EQ(run.replies[3].request.kind, Kind::Dele);
        expectPasswordAbsent(run);
        // The inspector sees the body as one summary, not its lines.
        bool summary = false;
        for (const QByteArray &t : run.frameTraces) {
            EXPECT_FALSE(t.contains("dot line"));
            summary = summary || t == "<body: 32 bytes in 4 lines, 1 dot-unstuffed, ended by \".\">";
        }
        EXPECT_TRUE(summary);
    });
}

TEST(Pop3Session, WithoutPipeliningOneCommandAtATime)
{
    const Transcript script = Transcript::parse(
        kPreTls + capaAfterTls("S: USER\n") +
        "C: USER alice\n"
        "S: +OK\n"
        "C: PASS secret\n"
        "S: +OK Logged in.\n"
        "C: STAT\n"
        "S: +OK 2 320\n"
        "C: UIDL\n"
        "S: +OK\n"
        "S: 1 a\n"
        "S: 2 b\n"
        "S: .\n"
        "C: TOP 2 0\n"
        "S: +OK\n"
        "S: Subject: two\n"
        "S: \n"
        "S: .\n"
        "C: NOOP\n"
        "S: +OK\n"
        "C: RSET\n"
        "S: +OK\n"
        "C: QUIT\n"
        "S: +OK bye\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Stat), req(Kind::Uidl), req(Kind::Top, 2, 0), req(Kind::Noop),
                     req(Kind::Rset)};
    replayPop3(config(), plan, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        ASSERT_EQ(run.replies.size(), 5);
        EXPECT_EQ(run.replies[0].status.text, QByteArray("2 320"));
        EXPECT_EQ(run.replies[1].lines.size(), 2);
        EXPECT_EQ(run.replies[2].body, QByteArray("Subject: two\r\n\r\n"));
        for (const QByteArray &t : run.traceLines)
            EXPECT_NE(t, QByteArray("PASS secret"));
        EXPECT_TRUE(run.traceLines.contains("PASS *****"));
    });
}

TEST(Pop3Session, DotUnstuffingAndTerminatorLookalikes)
{
    // Lines that begin with "." arrive doubled (RFC 1939 §3); ". " and ".x" too.
    const Transcript script = Transcript::parse(
        "S: +OK ready\n"
        "C: CAPA\n"
        "S: +OK\n"
        "S: USER\n"
        "S: PIPELINING\n"
        "S: .\n"
        "C: USER alice\n"
        "S: +OK\n"
        "C: PASS secret\n"
        "S: +OK\n"
        "C: RETR 7\n"
        "C: RETR 8\n"
        "S: +OK\n"
        "S: ..\n"
        "S: ...\n"
        "S: .. x\n"
        "S: ..CRLF.CRLF\n"
        "S: a.b\n"
        "S: \n"
        "S: .\n"
        "S: +OK\n"
        "S: .\n"
        "C: QUIT\n"
        "S: +OK\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Retr, 7), req(Kind::Retr, 8)};
    replayPop3(config(TransportSecurity::ImplicitTls), plan, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        ASSERT_EQ(run.replies.size(), 2);
        EXPECT_EQ(run.replies[0].body, QByteArray(".\r\n..\r\n. x\r\n.CRLF.CRLF\r\na.b\r\n\r\n"));
        EXPECT_TRUE(run.replies[1].body.isEmpty());
    });
}

TEST(Pop3Session, BodyKeepsBareCrAndLongLines)
{
    const QByteArray longLine(100 * 1024, 'x'); // longer than a status line may be
    QByteArray server = "+OK ready\r\n+OK\r\nUSER\r\n.\r\n+OK\r\n+OK\r\n+OK\r\nA\rB\r\n" + longLine +
                        "\r\n.\r\n+OK\r\n";
    Pop3Plan plan;
    plan.requests = {req(Kind::Retr, 1)};
    for (qsizetype cut : {qsizetype(-1), qsizetype(40), qsizetype(45), qsizetype(46), server.size() - 9}) {
        const ReplayCut how = cut < 0 ? ReplayCut::whole() : ReplayCut::split(0, cut);
        const Pop3Run run = runPop3(config(TransportSecurity::ImplicitTls), plan, {server}, how);
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        ASSERT_EQ(run.replies.size(), 1);
        EXPECT_EQ(run.replies[0].body, "A\rB\r\n" + longLine + "\r\n");
    }
}

TEST(Pop3Session, DropDuringRetrSendsNoDeleAndNoQuit)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: -ERR no CAPA\n"
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK\n"
                                                "C: RETR 1\n"
                                                "S: +OK 900 octets\n"
                                                "S: Subject: cut short\n"
                                                "S: \n"
                                                "S: half of the bo\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Retr, 1)};
    plan.onReply = [](const Pop3Session::Reply &r) -> QList<Pop3Session::Request> {
        if (r.request.kind == Kind::Retr && r.status.isOk())
            return {req(Kind::Dele, r.request.message)};
        return {};
    };
    replayPop3(config(TransportSecurity::ImplicitTls), plan, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_EQ(run.state, Pop3Session::State::Failed);
        EXPECT_TRUE(run.replies.isEmpty());
        EXPECT_FALSE(run.updateConfirmed);
        EXPECT_EQ(run.failedStep, QStringLiteral("TRANSACTION"));
        EXPECT_FALSE(run.clientLines.contains("DELE 1"));
        EXPECT_FALSE(run.clientLines.contains("QUIT"));
    });
}

TEST(Pop3Session, DropAfterQuitWithDeletionsIsReportedUncertain)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\n"
                                                "S: USER\n"
                                                "S: .\n"
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK\n"
                                                "C: DELE 3\n"
                                                "S: +OK\n"
                                                "C: QUIT\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Dele, 3)};
    replayPop3(config(TransportSecurity::ImplicitTls), plan, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_FALSE(run.updateConfirmed);
        EXPECT_EQ(run.failedStep, QStringLiteral("QUIT"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("may or may not")));
    });
}

TEST(Pop3Session, QuitRefusedMeansNoUpdate)
{
    const Transcript script = Transcript::parse("S: +OK ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\n"
                                                "S: USER\n"
                                                "S: .\n"
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK\n"
                                                "C: DELE 3\n"
                                                "S: +OK\n"
                                                "C: QUIT\n"
                                                "S: -ERR [SYS/PERM] some deleted messages not removed\n");
    Pop3Plan plan;
    plan.requests = {req(Kind::Dele, 3)};
    replayPop3(config(TransportSecurity::ImplicitTls), plan, script, [](const Pop3Run &run) {
        EXPECT_FALSE(run.succeeded);
        EXPECT_FALSE(run.updateConfirmed);
        EXPECT_EQ(run.failedStep, QStringLiteral("QUIT"));
        EXPECT_TRUE(run.error.contains(QStringLiteral("SYS/PERM")));
        EXPECT_TRUE(run.closed);
    });
}

TEST(Pop3Session, StatesHaveNames)
{
    using S = Pop3Session::State;
    for (S s : {S::Greeting, S::Capa, S::Stls, S::TlsHandshake, S::Auth, S::User, S::Pass, S::Apop,
                S::Transaction, S::Quit, S::Done, S::Failed})
        EXPECT_STRNE(Pop3Session::stateName(s), "?");
}
