// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode on ImapSession (account/ClassroomMode.h): a server offering
// SASL-IR and LITERAL+ still gets AUTHENTICATE without an initial response
// (the empty "+" asks for it) and every literal waits for the server's "+";
// commands go one at a time. Replayed whole, byte by byte and split at every offset.
#include "ImapReplay.h"
#include "account/ClassroomMode.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapSession::Config classroomConfig()
{
    ImapSession::Config c;
    c.security = TransportSecurity::ImplicitTls;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("alicepass");
    ClassroomMode{}.apply(c);
    return c;
}

} // namespace

TEST(ImapClassroom, AuthenticateWaitsForPlusAndLiteralsWaitForContinuation)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] ready\n"
        "C: a1 AUTHENTICATE PLAIN\n"
        "S: + \n"
        "C: AGFsaWNlAGFsaWNlcGFzcw==\n"
        "S: a1 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ UIDPLUS] Logged in\n"
        "C: a2 APPEND Sent {5}\n"
        "S: + OK\n"
        "C: hello\n"
        "S: a2 OK [APPENDUID 7 1] Append completed.\n"
        "C: a3 NOOP\n"
        "S: a3 OK NOOP completed.\n");
    const ImapSession::Config config = classroomConfig();
    EXPECT_TRUE(config.classroomNote.contains("SASL-IR"));
    EXPECT_TRUE(config.classroomNote.contains("LITERAL+"));
    replayImap(config, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.ready);
        ASSERT_EQ(run.completions.size(), 2);
        EXPECT_TRUE(run.completions[0].ok);
        EXPECT_TRUE(run.completions[1].ok);
        EXPECT_EQ(run.largestBatch, 1); // APPEND and NOOP were not pipelined
        for (const QByteArray &t : run.traceLines)
            EXPECT_FALSE(t.contains("alicepass")) << t.constData();
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::append(QStringLiteral("Sent"), {}, {}, "hello"));
        s.enqueue(ImapCommand::noop());
    });
}

TEST(ImapClassroom, WithoutClassroomModeTheSameServerGetsSaslIrAndLiteralPlus)
{
    // The control: the switches are what changes the exchange.
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] ready\n"
        "C: a1 AUTHENTICATE PLAIN AGFsaWNlAGFsaWNlcGFzcw==\n"
        "S: a1 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ UIDPLUS] Logged in\n"
        "C: a2 APPEND Sent {5+}*\n"
        "S: a2 OK [APPENDUID 7 1] Append completed.\n");
    ImapSession::Config config;
    config.security = TransportSecurity::ImplicitTls;
    config.credentials.username = QStringLiteral("alice");
    config.credentials.password = QStringLiteral("alicepass");
    replayImap(config, script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_TRUE(run.completions[0].ok);
        ASSERT_EQ(run.clientLines.size(), 2);
        EXPECT_EQ(run.clientLines[1], QByteArray("a2 APPEND Sent {5+}\r\nhello")); // no wait for "+"
    }, [](ImapSession &s) { s.enqueue(ImapCommand::append(QStringLiteral("Sent"), {}, {}, "hello")); });
}
