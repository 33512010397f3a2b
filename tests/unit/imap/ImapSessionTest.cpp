// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession against scripted servers, every script replayed whole, byte by
// byte and split at every offset: greeting, PREAUTH, STARTTLS (with injected
// bytes), CAPABILITY inside TLS, LOGIN and AUTHENTICATE (SASL-IR and
// continuations), untagged data before login, LIST with SPECIAL-USE, SELECT,
// pipelined UID FETCH, hostile literals inside a session.
#include "ImapReplay.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapSession::Config config(TransportSecurity security = TransportSecurity::StartTls)
{
    ImapSession::Config c;
    c.security = security;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("alicepass");
    return c;
}

void expectNoPassword(const ImapRun &run)
{
    for (const QByteArray &t : run.traceLines) {
        EXPECT_FALSE(t.contains("alicepass")) << t.constData();
        EXPECT_FALSE(t.contains(QByteArray("alicepass").toBase64())) << t.constData();
        EXPECT_FALSE(t.contains("AGFsaWNlAGFsaWNlcGFzcw")) << t.constData();
    }
}

const QByteArray kPostLoginCaps =
    "IMAP4rev1 SASL-IR LITERAL+ ENABLE QRESYNC CONDSTORE ID UIDPLUS MOVE IDLE SPECIAL-USE "
    "LIST-EXTENDED LIST-STATUS";

TEST(ImapSessionScript, StartTlsThenSaslIrThenListSelectFetch)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.\n"
        "C: a1 STARTTLS\n"
        "S: a1 OK Begin TLS negotiation now.\n"
        "S: * OK [ALERT] injected before the handshake\n"
        "S: a2 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\n"
        "*: TLS\n"
        "C: a2 CAPABILITY\n"
        "S: * CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN ID ENABLE\n"
        "S: a2 OK Pre-login capabilities listed, post-login capabilities have more.\n"
        "C: a3 AUTHENTICATE PLAIN AGFsaWNlAGFsaWNlcGFzcw==\n"
        "S: a3 OK [CAPABILITY " + kPostLoginCaps + "] Logged in\n"
        "C: a4 ENABLE QRESYNC\n"
        "C: a5 ID (\"name\" \"Carteiro\")\n"
        "S: * ENABLED QRESYNC\n"
        "S: a4 OK Enabled\n"
        "S: * ID (\"name\" {7}\\r\\nDovecot)\n"
        "S: a5 OK ID completed.\n"
        "C: a6 LIST \"\" * RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY))\n"
        "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
        "S: * STATUS INBOX (MESSAGES 2 UNSEEN 1 UIDNEXT 9 UIDVALIDITY 1700)\n"
        "S: * LIST (\\HasNoChildren \\Sent) \"/\" {4}\\r\\nSent\n"
        "S: * LIST (\\HasNoChildren \\Drafts) \"/\" Drafts\n"
        "S: a6 OK List completed.\n"
        "C: a7 SELECT INBOX (CONDSTORE)\n"
        "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
        "S: * OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\n"
        "S: * 2 EXISTS\n"
        "S: * 0 RECENT\n"
        "S: * OK [UIDVALIDITY 1700] UIDs valid\n"
        "S: * OK [UIDNEXT 9] Predicted next UID\n"
        "S: * OK [HIGHESTMODSEQ 41] Highest\n"
        "S: a7 OK [READ-WRITE] Select completed.\n"
        "C: a8 UID FETCH 1:8 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE MODSEQ)\n"
        "C: a9 UID FETCH 7 (BODY.PEEK[1]<0.100>)\n"
        "S: * 1 FETCH (UID 7 MODSEQ (40) FLAGS (\\Seen) INTERNALDATE \"23-Nov-2026 04:00:00 +0000\" "
        "RFC822.SIZE 321 ENVELOPE (\"Mon, 23 Nov 2026 04:00:00 +0000\" {5}\\r\\nOla!! "
        "((\"Alice\" NIL \"alice\" \"example.test\")) NIL NIL ((NIL NIL \"bob\" \"example.test\")) "
        "NIL NIL NIL \"<m1@x>\") BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL "
        "\"8bit\" 12 1 NIL NIL NIL NIL))\n"
        "S: a8 OK Fetch completed.\n"
        "S: * 1 FETCH (UID 7 BODY[1]<0> {12}\\r\\nOla, Bob!!\\r\\n)\n"
        "S: a9 OK Fetch completed.\n"
        "C: a10 LOGOUT\n"
        "S: * BYE Logging out\n"
        "S: a10 OK Logout completed.\n");
    auto setup = [](ImapSession &s) {
        s.enqueue(ImapCommand::list(QString(), QStringLiteral("*"), true, true));
        s.enqueue(ImapCommand::select(QStringLiteral("INBOX"), false, true));
        s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(1, 8), ImapCommand::headerItems(true)));
        s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(7, 7), ImapCommand::bodyItem("1", 0, 100)));
        s.enqueue(ImapCommand::logout());
    };
    replayImap(config(), script, [](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_TRUE(run.ready);
        ASSERT_EQ(run.injections.size(), 1);
        EXPECT_TRUE(run.injections[0].contains("injected before the handshake"));
        EXPECT_TRUE(run.alerts.isEmpty()); // the injected ALERT never reached the user
        expectNoPassword(run);
        EXPECT_EQ(run.traceLines.value(2), "a3 AUTHENTICATE PLAIN <\\0alice\\0*****>");
        ASSERT_EQ(run.completions.size(), 5);
        const ImapCompletion &list = run.completions[0];
        EXPECT_TRUE(list.ok);
        ASSERT_EQ(list.list.size(), 3);
        EXPECT_TRUE(list.list[1].hasAttribute("\\Sent"));
        EXPECT_EQ(list.list[1].name, QStringLiteral("Sent"));
        ASSERT_EQ(list.statuses.size(), 1);
        EXPECT_EQ(list.statuses[0].uidNext, 9);
        const ImapCompletion &sel = run.completions[1];
        EXPECT_TRUE(sel.ok);
        EXPECT_EQ(sel.mailbox.exists, 2u);
        EXPECT_EQ(sel.mailbox.uidValidity, 1700u);
        EXPECT_EQ(sel.mailbox.uidNext, 9u);
        EXPECT_EQ(sel.mailbox.highestModSeq, 41u);
        EXPECT_FALSE(sel.mailbox.readOnly);
        EXPECT_EQ(sel.mailbox.permanentFlags.size(), 6);
        EXPECT_FALSE(sel.mailbox.uidValidityChanged);
        EXPECT_TRUE(run.largeLiterals);
        QList<ImapFetch> fetches;
        for (const ImapResponse &r : run.data)
            if (r.keyword == "FETCH")
                fetches.append(r.fetch);
        ASSERT_EQ(fetches.size(), 2);
        ASSERT_TRUE(fetches[0].envelope);
        EXPECT_EQ(fetches[0].envelope->subject, "Ola!!");
        EXPECT_EQ(fetches[0].envelope->from.value(0).name, "Alice");
        EXPECT_EQ(fetches[0].modSeq, 40u);
        EXPECT_EQ(fetches[1].sections.value(0).data, "Ola, Bob!!\r\n");
        EXPECT_EQ(run.state, ImapSession::State::Done);
        EXPECT_TRUE(run.closed);
    }, setup);
}

TEST(ImapSessionScript, PreauthOnAStartTlsAccountIsRefusedBeforeAnyCommand)
{
    const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] welcome\n"
                                                "S: * 3 EXISTS\n");
    replayImap(config(), script, [](const ImapRun &run) {
        EXPECT_TRUE(run.clientLines.isEmpty());
        EXPECT_TRUE(run.closed);
        EXPECT_EQ(run.state, ImapSession::State::Failed);
        EXPECT_TRUE(run.error.contains(QLatin1String("PREAUTH")));
        EXPECT_EQ(run.completions.size(), 1);
        EXPECT_FALSE(run.completions.value(0).ok);
    }, [](ImapSession &s) { s.enqueue(ImapCommand::select(QStringLiteral("INBOX"), false, false)); });
}

TEST(ImapSessionScript, PreauthOverImplicitTlsIsAuthenticated)
{
    const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] welcome\n"
                                                "C: a1 NOOP\n"
                                                "S: a1 OK NOOP\n");
    replayImap(config(TransportSecurity::ImplicitTls), script, [](const ImapRun &run) {
        EXPECT_TRUE(run.ready);
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_TRUE(run.completions[0].ok);
    }, [](ImapSession &s) { s.enqueue(ImapCommand::noop()); });
}

TEST(ImapSessionScript, StartTlsRefusedOrMissingSendsNoCredentials)
{
    replayImap(config(), Transcript::parse("S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hi\n"
                                           "C: a1 STARTTLS\n"
                                           "S: a1 NO not today\n"),
               [](const ImapRun &run) {
                   EXPECT_EQ(run.state, ImapSession::State::Failed);
                   EXPECT_TRUE(run.error.contains(QLatin1String("not today")));
                   EXPECT_TRUE(run.closed);
               });
    replayImap(config(), Transcript::parse("S: * OK hi\n"
                                           "C: a1 CAPABILITY\n"
                                           "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                           "S: a1 OK done\n"),
               [](const ImapRun &run) {
                   EXPECT_EQ(run.state, ImapSession::State::Failed);
                   EXPECT_TRUE(run.error.contains(QLatin1String("STARTTLS")));
               });
    // A plaintext lab account never authenticates unless explicitly allowed.
    replayImap(config(TransportSecurity::Plain),
               Transcript::parse("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\n"),
               [](const ImapRun &run) {
                   EXPECT_TRUE(run.error.contains(QLatin1String("unencrypted")));
               });
}

TEST(ImapSessionScript, UntaggedDataBeforeLoginIsIgnored)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\n"
        "S: * LIST (\\Sent) \"/\" Evil\n"
        "S: * 99 EXISTS\n"
        "S: * OK [UIDVALIDITY 666] bogus\n"
        "S: * 1 FETCH (UID 1 FLAGS (\\Seen))\n"
        "S: * STATUS INBOX (MESSAGES 5)\n"
        "S: * OK [ALERT] plaintext alert\n"
        "C: a1 AUTHENTICATE PLAIN\n"
        "S: + \n"
        "C: AGFsaWNlAGFsaWNlcGFzcw==\n"
        "S: a1 OK [CAPABILITY IMAP4rev1] Logged in\n");
    ImapSession::Config c = config(TransportSecurity::Plain);
    c.allowAuthWithoutTls = true;
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.ready);
        EXPECT_TRUE(run.data.isEmpty());
        EXPECT_EQ(run.mailbox.exists, 0u);
        EXPECT_EQ(run.mailbox.uidValidity, 0u);
        EXPECT_GE(run.notes.size(), 4);
        expectNoPassword(run);
    });
}

TEST(ImapSessionScript, LoginCommandIsRedactedAndQuoted)
{
    ImapSession::Config c = config(TransportSecurity::ImplicitTls);
    c.credentials.password = QStringLiteral("p\"w\\x");
    const Transcript script = Transcript::parse("S: * OK [CAPABILITY IMAP4rev1] hi\n"
                                                "C: a1 LOGIN alice \"p\\\"w\\\\x\"\n"
                                                "S: a1 NO [AUTHENTICATIONFAILED] Authentication failed.\n");
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_EQ(run.traceLines.value(0), "a1 LOGIN alice *****");
        EXPECT_EQ(run.state, ImapSession::State::Failed);
        EXPECT_TRUE(run.error.contains(QLatin1String("Authentication failed")));
    });
}

TEST(ImapSessionScript, BadSaslChallengeCancelsWithStar)
{
    ImapSession::Config c = config(TransportSecurity::ImplicitTls);
    c.mechanism = QStringLiteral("CRAM-MD5");
    const Transcript script = Transcript::parse("S: * OK [CAPABILITY IMAP4rev1 AUTH=CRAM-MD5] hi\n"
                                                "C: a1 AUTHENTICATE CRAM-MD5\n"
                                                "S: + !!!notbase64\n"
                                                "C: *\n"
                                                "S: a1 BAD Authentication cancelled\n");
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_EQ(run.state, ImapSession::State::Failed);
        EXPECT_FALSE(run.error.isEmpty());
        EXPECT_FALSE(run.error.contains(QLatin1String("cancelled")));
    });
}

const QByteArray kReady = "S: * PREAUTH [CAPABILITY " + kPostLoginCaps + "] hi\n"
                          "C: a1 ENABLE QRESYNC\n"
                          "C: a2 ID (\"name\" \"Carteiro\")\n"
                          "S: a1 OK\n"
                          "S: a2 OK\n";

ImapSession::Config implicitNoSetup()
{
    ImapSession::Config c = config(TransportSecurity::ImplicitTls);
    c.sendId = false;
    c.enableQresync = false;
    return c;
}

TEST(ImapSessionScript, IdleEndsWithDoneAndNothingElseIsWrittenMeanwhile)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
        "C: a1 SELECT INBOX\n"
        "S: * 1 EXISTS\n"
        "S: a1 OK [READ-WRITE] done\n"
        "C: a2 IDLE\n"
        "S: + idling\n"
        "S: * 2 EXISTS\n"
        "C: DONE\n"
        "S: a2 OK Idle completed.\n"
        "C: a3 UID SEARCH UNSEEN\n"
        "S: * SEARCH 4 9\n"
        "S: a3 OK Search completed.\n");
    quint64 idleId = 0;
    auto setup = [&](ImapSession &s) {
        s.enqueue(ImapCommand::select(QStringLiteral("INBOX"), false, false));
        idleId = s.enqueue(ImapCommand::idle());
    };
    // The UI queues a search as soon as IDLE is written: it must wait for DONE + OK.
    auto hook = [&](ImapSession &s, const QByteArray &frame) {
        if (frame == "a1 OK [READ-WRITE] done") {
            s.enqueue(ImapCommand::uidSearch("UNSEEN"));
            return s.flush();
        }
        return ImapSession::Output();
    };
    replayImap(implicitNoSetup(), script, [&](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 3);
        EXPECT_EQ(run.completions[1].id, idleId);
        EXPECT_TRUE(run.completions[1].ok);
        EXPECT_EQ(run.completions[2].uids, (QList<quint32>{4, 9}));
        EXPECT_EQ(run.mailbox.exists, 2u);
    }, setup, hook);
}

TEST(ImapSessionScript, StopIdleAfterNewMail)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
        "C: a1 IDLE\n"
        "S: + idling\n"
        "S: * 5 EXISTS\n"
        "C: DONE\n"
        "S: a1 OK Idle completed.\n");
    auto hook = [](ImapSession &s, const QByteArray &frame) {
        return frame == "* 5 EXISTS" ? s.stopIdle() : ImapSession::Output();
    };
    replayImap(implicitNoSetup(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_TRUE(run.completions[0].ok);
        ASSERT_EQ(run.data.size(), 1);
        EXPECT_EQ(run.data[0].keyword, "EXISTS");
    }, [](ImapSession &s) { s.enqueue(ImapCommand::idle()); }, hook);
}

// Work queued while the IDLE is not written yet (the session still waits for
// the greeting, or a SELECT is in flight): the IDLE ends at its continuation
// instead of holding the queued work until the server says something.
TEST(ImapSessionScript, StopIdleBeforeTheIdleIsWrittenEndsItAtItsContinuation)
{
    const Transcript script = Transcript::parse(
        "S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\n"
        "C: a1 IDLE\n"
        "S: + idling\n"
        "C: DONE\n"
        "S: a1 OK Idle completed.\n");
    replayImap(implicitNoSetup(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_TRUE(run.completions[0].ok);
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::idle());
        s.stopIdle();
    });
}

TEST(ImapSessionScript, QresyncSelectReportsVanishedAndChanges)
{
    const Transcript script = Transcript::parse(
        kReady +
        "C: a3 SELECT INBOX (QRESYNC (1700 41 1:20))\n"
        "S: * ENABLED QRESYNC\n"
        "S: * 20 EXISTS\n"
        "S: * OK [UIDVALIDITY 1700] ok\n"
        "S: * OK [HIGHESTMODSEQ 90] ok\n"
        "S: * VANISHED (EARLIER) 3,5:7\n"
        "S: * 2 FETCH (UID 4 MODSEQ (88) FLAGS (\\Seen \\Flagged))\n"
        "S: a3 OK [READ-WRITE] selected\n"
        "C: a4 NOOP\n"
        "S: * VANISHED 8:9\n"
        "S: a4 OK\n");
    auto setup = [](ImapSession &s) {
        ImapCommand::QresyncParams q;
        q.uidValidity = 1700;
        q.modSeq = 41;
        q.knownUids = ImapSequenceSet::fromRange(1, 20);
        s.setKnownUidValidity(QStringLiteral("INBOX"), 1700);
        s.enqueue(ImapCommand::select(QStringLiteral("INBOX"), false, true, &q));
        s.enqueue(ImapCommand::noop());
    };
    replayImap(config(TransportSecurity::ImplicitTls), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 2);
        EXPECT_FALSE(run.completions[0].mailbox.uidValidityChanged);
        EXPECT_EQ(run.completions[0].mailbox.highestModSeq, 90u);
        EXPECT_EQ(run.completions[0].mailbox.exists, 20u);
        QList<ImapResponse> vanished;
        for (const ImapResponse &r : run.data)
            if (r.keyword == "VANISHED")
                vanished.append(r);
        ASSERT_EQ(vanished.size(), 2);
        EXPECT_TRUE(vanished[0].earlier);
        EXPECT_EQ(vanished[0].uidSet->toList().value(), (QList<quint32>{3, 5, 6, 7}));
        EXPECT_FALSE(vanished[1].earlier);
        EXPECT_EQ(run.mailbox.exists, 18u); // 20 minus the two that vanished live
    }, setup);
}

TEST(ImapSessionScript, UidValidityChangeIsReported)
{
    const Transcript script = Transcript::parse("S: * PREAUTH hi\n"
                                                "C: a1 CAPABILITY\n"
                                                "S: * CAPABILITY IMAP4rev1\n"
                                                "S: a1 OK\n"
                                                "C: a2 EXAMINE Arquivo\n"
                                                "S: * 3 EXISTS\n"
                                                "S: * OK [UIDVALIDITY 200] new\n"
                                                "S: a2 OK [READ-ONLY] done\n");
    replayImap(implicitNoSetup(), script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 1);
        const ImapMailboxState &m = run.completions[0].mailbox;
        EXPECT_TRUE(m.uidValidityChanged);
        EXPECT_EQ(m.previousUidValidity, 100u);
        EXPECT_EQ(m.uidValidity, 200u);
        EXPECT_TRUE(m.readOnly);
    }, [](ImapSession &s) {
        s.setKnownUidValidity(QStringLiteral("Arquivo"), 100);
        s.enqueue(ImapCommand::select(QStringLiteral("Arquivo"), true, false));
    });
}

TEST(ImapSessionScript, PipelinedFetchChunksRespectTheBound)
{
    const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                "C: a1 UID FETCH 1:10 (FLAGS)\n"
                                                "C: a2 UID FETCH 11:20 (FLAGS)\n"
                                                "S: a1 OK\n"
                                                "C: a3 UID FETCH 21:30 (FLAGS)\n"
                                                "S: a3 OK\n"
                                                "S: a2 OK\n");
    ImapSession::Config c = implicitNoSetup();
    c.maxInFlight = 2;
    replayImap(c, script, [](const ImapRun &run) {
        ASSERT_EQ(run.completions.size(), 3);
        for (const ImapCompletion &cpl : run.completions)
            EXPECT_TRUE(cpl.ok);
        EXPECT_FALSE(run.largeLiterals);
    }, [](ImapSession &s) {
        for (const ImapSequenceSet &chunk : ImapSequenceSet::fromRange(1, 30).chunks(10))
            s.enqueue(ImapCommand::uidFetch(chunk, "FLAGS"));
    });
}

TEST(ImapSessionScript, HostileLiteralsInsideASessionAreCleanErrors)
{
    for (const QByteArray &bad : {QByteArray("* LIST () \"/\" {-1}"), QByteArray("* STATUS {4294967296}"),
                                  QByteArray("* ID ({18446744073709551615}"),
                                  QByteArray("* 1 FETCH (BODY[] {99999999}")}) {
        const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                    "C: a1 LIST \"\" *\n"
                                                    "S: " + bad + "\nS: a1 OK\n");
        replayImap(implicitNoSetup(), script, [](const ImapRun &run) {
            EXPECT_EQ(run.state, ImapSession::State::Failed);
            EXPECT_TRUE(run.error.contains(QLatin1String("literal"))) << run.error.toStdString();
            ASSERT_EQ(run.completions.size(), 1);
            EXPECT_FALSE(run.completions[0].ok);
            EXPECT_TRUE(run.data.isEmpty());
        }, [](ImapSession &s) { s.enqueue(ImapCommand::list({}, QStringLiteral("*"), false, false)); });
    }
}

TEST(ImapSessionScript, LiteralLongerThanTheStreamEndsAsConnectionLost)
{
    const Transcript script = Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                "C: a1 UID FETCH 1 (BODY.PEEK[])\n"
                                                "S: * 1 FETCH (UID 1 BODY[] {500}\n"
                                                "S: a1 OK only 20 bytes\n");
    replayImap(implicitNoSetup(), script, [](const ImapRun &run) {
        EXPECT_EQ(run.state, ImapSession::State::Failed);
        EXPECT_TRUE(run.data.isEmpty());
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_FALSE(run.completions[0].ok);
    }, [](ImapSession &s) { s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(1, 1), "BODY.PEEK[]")); });
}

TEST(ImapSessionScript, ByeAndUnknownTagsEndTheSession)
{
    replayImap(implicitNoSetup(), Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                    "C: a1 NOOP\n"
                                                    "S: * BYE shutting down\n"),
               [](const ImapRun &run) {
                   EXPECT_EQ(run.state, ImapSession::State::Failed);
                   EXPECT_TRUE(run.error.contains(QLatin1String("shutting down")));
               }, [](ImapSession &s) { s.enqueue(ImapCommand::noop()); });
    replayImap(implicitNoSetup(), Transcript::parse("S: * PREAUTH [CAPABILITY IMAP4rev1] hi\n"
                                                    "C: a1 NOOP\n"
                                                    "S: a7 OK fake\n"),
               [](const ImapRun &run) { EXPECT_EQ(run.state, ImapSession::State::Failed); },
               [](ImapSession &s) { s.enqueue(ImapCommand::noop()); });
}

} // namespace

namespace {

TEST(ImapSessionScript, AlertsInsideTlsReachTheUserAndCodesAreTyped)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi\n"
        "C: a1 AUTHENTICATE PLAIN AGFsaWNlAGFsaWNlcGFzcw==\n"
        "S: * OK [ALERT] Manutenção às 22h\n"
        "S: a1 OK [CAPABILITY IMAP4rev1] Logged in\n"
        "C: a2 APPEND Nope {1}\n"
        "S: a2 NO [TRYCREATE] [ALERT] no such folder\n");
    ImapSession::Config c;
    c.security = TransportSecurity::ImplicitTls;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("alicepass");
    replayImap(c, script, [](const ImapRun &run) {
        ASSERT_EQ(run.alerts.size(), 1);
        EXPECT_EQ(run.alerts[0], QStringLiteral("Manutenção às 22h"));
        ASSERT_EQ(run.completions.size(), 1);
        EXPECT_EQ(run.completions[0].code.name, "TRYCREATE");
        EXPECT_FALSE(run.completions[0].ok);
    }, [](ImapSession &s) { s.enqueue(ImapCommand::append(QStringLiteral("Nope"), {}, {}, "x")); });
}

} // namespace
