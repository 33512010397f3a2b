// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode on Pop3Session (account/ClassroomMode.h): USER/PASS instead of
// SASL (inside TLS), no PIPELINING, and SASL without an initial response (the
// empty "+ " asks for it). Replayed whole, byte by byte and split at every offset.
#include "Pop3SessionFixtures.h"
#include "account/ClassroomMode.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;
using Kind = Pop3Request::Kind;

namespace {

Pop3Session::Config classroomConfig(bool userPass, TransportSecurity security = TransportSecurity::ImplicitTls)
{
    Pop3Session::Config c = config(security);
    ClassroomMode mode;
    mode.pop3UserPass = userPass;
    mode.apply(c);
    return c;
}

Pop3Session::Request request(Kind kind, quint32 n = 0)
{
    Pop3Session::Request r;
    r.kind = kind;
    r.message = int(n);
    return r;
}

const QByteArray kCapaWithSaslAndPipelining = "S: +OK POP3 ready\n"
                                              "C: CAPA\n"
                                              "S: +OK Capability list follows\n"
                                              "S: USER\n"
                                              "S: UIDL\n"
                                              "S: PIPELINING\n"
                                              "S: SASL PLAIN\n"
                                              "S: .\n";

} // namespace

TEST(Pop3Classroom, UserPassInsteadOfSaslAndNoPipelining)
{
    const Transcript script = Transcript::parse(kCapaWithSaslAndPipelining +
                                                "C: USER alice\n"
                                                "S: +OK\n"
                                                "C: PASS secret\n"
                                                "S: +OK Logged in.\n"
                                                "C: STAT\n"
                                                "S: +OK 1 120\n"
                                                "C: UIDL\n"
                                                "S: +OK\n"
                                                "S: 1 u1\n"
                                                "S: .\n"
                                                "C: QUIT\n"
                                                "S: +OK Logging out.\n");
    const Pop3Session::Config c = classroomConfig(true);
    EXPECT_TRUE(c.classroomNote.contains("USER"));
    Pop3Plan plan;
    plan.requests = {request(Kind::Stat), request(Kind::Uidl)};
    replayPop3(c, plan, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        EXPECT_EQ(run.largestBatch, 1); // STAT and UIDL one at a time despite PIPELINING
        EXPECT_TRUE(run.traceLines.contains("PASS *****"));
        expectPasswordAbsent(run);
    });
}

TEST(Pop3Classroom, SaslWithoutInitialResponseWaitsForEmptyChallenge)
{
    const Transcript script = Transcript::parse(kCapaWithSaslAndPipelining +
                                                "C: AUTH PLAIN\n"
                                                "S: + \n"
                                                "C: " + kPlainIr + "\n"
                                                "S: +OK Logged in.\n"
                                                "C: QUIT\n"
                                                "S: +OK Logging out.\n");
    replayPop3(classroomConfig(false), Pop3Plan{}, script, [](const Pop3Run &run) {
        EXPECT_TRUE(run.succeeded) << run.error.toStdString();
        expectPasswordAbsent(run);
    });
}

TEST(Pop3Classroom, UserPassIsStillRefusedOutsideTls)
{
    // A StartTls account whose server offers no STLS: no USER, no PASS, only QUIT.
    const Transcript script = Transcript::parse("S: +OK POP3 ready\n"
                                                "C: CAPA\n"
                                                "S: +OK\n"
                                                "S: USER\n"
                                                "S: .\n"
                                                "C: QUIT\n"
                                                "S: +OK\n");
    replayPop3(classroomConfig(true, TransportSecurity::StartTls), Pop3Plan{}, script,
               [](const Pop3Run &run) {
                   EXPECT_FALSE(run.succeeded);
                   expectNoCredentials(run);
               });
}
