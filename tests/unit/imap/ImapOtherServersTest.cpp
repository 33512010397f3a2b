// SPDX-License-Identifier: GPL-3.0-or-later
// What servers other than Dovecot do, replayed against ImapFramer and
// ImapSession at every split: a line ended by a bare LF (GNU Mailutils imap4d
// ends "OK AUTHENTICATE ... successful" so), the user's chosen mechanism
// (LOGIN is the LOGIN command even when AUTH= mechanisms are listed), and an
// extension's syntax refused with BAD (the base command once, then never the
// extension again on that connection). Transcripts follow what the lab's
// Mailutils imap4d sends (tests/lab/README.md).
#include "ImapReplay.h"
#include "imap/ImapFramer.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

ImapSession::Config config(const QString &mechanism = {})
{
    ImapSession::Config c;
    c.security = TransportSecurity::StartTls;
    c.credentials.username = QStringLiteral("alice@example.test");
    c.credentials.password = QStringLiteral("alicepass");
    c.mechanism = mechanism;
    c.sendId = false;
    return c;
}

struct Framed
{
    QList<QByteArray> frames;
    QList<int> bareLf;
    QString error;
};

Framed frameAll(const QByteArray &bytes, qsizetype split)
{
    ImapFramer f;
    Framed out;
    const auto drain = [&] {
        while (std::optional<QByteArray> frame = f.next()) {
            out.frames << *frame;
            out.bareLf << f.bareLineEnds();
        }
        out.error = f.error();
    };
    f.feed(bytes.left(split));
    drain();
    f.feed(bytes.mid(split));
    drain();
    return out;
}

void expectFramesAtEverySplit(const QByteArray &bytes, const QList<QByteArray> &frames,
                              const QList<int> &bareLf)
{
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        const Framed got = frameAll(bytes, split);
        EXPECT_TRUE(got.error.isEmpty()) << "split " << split << ": " << got.error.toStdString();
        EXPECT_EQ(got.frames, frames) << "split " << split;
        EXPECT_EQ(got.bareLf, bareLf) << "split " << split;
    }
}

// Mailutils imap4d 3.15: capabilities before and after STARTTLS, every GNU SASL
// mechanism listed although only PLAIN and LOGIN work with its password file.
const QByteArray kMailutilsStart =
    "S: * OK IMAP4rev1\n"
    "C: a1 CAPABILITY\n"
    "S: * CAPABILITY IMAP4rev1 NAMESPACE ID IDLE LITERAL+ UNSELECT STARTTLS AUTH=GSSAPI AUTH=LOGIN "
    "AUTH=PLAIN AUTH=CRAM-MD5 AUTH=SCRAM-SHA-1 AUTH=SCRAM-SHA-256\n"
    "S: a1 OK CAPABILITY Completed\n"
    "C: a2 STARTTLS\n"
    "S: a2 OK STARTTLS Begin TLS negotiation\n"
    "*: TLS\n"
    "C: a3 CAPABILITY\n"
    "S: * CAPABILITY IMAP4rev1 NAMESPACE ID IDLE LITERAL+ UNSELECT AUTH=GSSAPI AUTH=LOGIN AUTH=PLAIN "
    "AUTH=CRAM-MD5 AUTH=SCRAM-SHA-1 AUTH=SCRAM-SHA-256\n"
    "S: a3 OK CAPABILITY Completed\n";

// After "a4 OK ...": CAPABILITY is asked again (RFC 3501 §6.2.3).
const QByteArray kAfterLogin =
    "C: a5 CAPABILITY\n"
    "S: * CAPABILITY IMAP4rev1 NAMESPACE ID IDLE LITERAL+ UNSELECT\n"
    "S: a5 OK CAPABILITY Completed\n";

} // namespace

TEST(ImapBareLf, ALineEndedByABareLfIsALineEverywhere)
{
    expectFramesAtEverySplit("a1 OK AUTHENTICATE PLAIN authentication successful\n* 3 EXISTS\r\n",
                             {"a1 OK AUTHENTICATE PLAIN authentication successful", "* 3 EXISTS"}, {1, 0});
    expectFramesAtEverySplit("* OK one\n\n* OK three\r\n", {"* OK one", "", "* OK three"}, {1, 1, 0});
}

TEST(ImapBareLf, LiteralBytesAreCountedNeverReadAsLineEnds)
{
    // The literal holds LFs and a CRLF: all eight bytes are content.
    expectFramesAtEverySplit("* 1 FETCH (UID 5 BODY[] {8}\r\nab\ncd\n\r\n)\r\n",
                             {"* 1 FETCH (UID 5 BODY[] {8}\r\nab\ncd\n\r\n)"}, {0});
    // A bare LF after the announcement and at the end of the response: both lines
    // count, the literal is still four bytes, and the frame keeps "{4}\r\n" so
    // the parser and the inspector's summary read it as usual.
    const QByteArray bytes = "* 1 FETCH (BODY[] {4}\nab\nc)\na2 OK done\r\n";
    expectFramesAtEverySplit(bytes, {"* 1 FETCH (BODY[] {4}\r\nab\nc)", "a2 OK done"}, {2, 0});
    ImapFramer f;
    f.feed(bytes);
    const QByteArray frame = f.next().value_or(QByteArray());
    EXPECT_EQ(f.traceText(frame), "* 1 FETCH (BODY[] {4 bytes})");
    QString why;
    const std::optional<ImapResponse> r = ImapResponse::parse(frame, &why);
    ASSERT_TRUE(r.has_value()) << why.toStdString();
    ASSERT_EQ(r->fetch.sections.size(), 1);
    EXPECT_EQ(r->fetch.sections[0].data, QByteArray("ab\nc"));
}

TEST(ImapBareLf, LineLimitsStillHoldForBareLfLines)
{
    ImapFramer::Limits small;
    small.maxLineBytes = 16;
    ImapFramer f(small);
    f.feed("* SEARCH 1 2 3 4 5 6 7 8 9\n");
    EXPECT_FALSE(f.next().has_value());
    EXPECT_TRUE(f.error().contains(QStringLiteral("longer than 16"))) << f.error().toStdString();
}

TEST(ImapOtherServers, ChosenPlainWithABareLfSuccessLine)
{
    // Mailutils answers a successful AUTHENTICATE with a line that ends in LF only.
    Transcript script = Transcript::parse(kMailutilsStart +
                                          "C: a4 AUTHENTICATE PLAIN\n"
                                          "S: + \n"
                                          "C: " + QByteArray("\0alice@example.test\0alicepass", 29).toBase64() + "\n"
                                          "S: a4 OK AUTHENTICATE PLAIN authentication successful\n" +
                                          kAfterLogin +
                                          "C: a6 NOOP\n"
                                          "S: a6 OK NOOP Completed\n"
                                          "C: a7 LOGOUT\n"
                                          "S: * BYE Session terminating.\n"
                                          "S: a7 OK LOGOUT Completed\n");
    QByteArray &last = script.serverSegments.last();
    last.replace("authentication successful\r\n", "authentication successful\n");
    ASSERT_TRUE(last.contains("successful\n* CAPABILITY"));
    replayImap(config(QStringLiteral("PLAIN")), script, [](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        EXPECT_TRUE(run.ready);
        ASSERT_EQ(run.completions.size(), 2);
        EXPECT_TRUE(run.completions[0].ok);
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::noop());
        s.enqueue(ImapCommand::logout());
    });
}

TEST(ImapOtherServers, ChosenLoginSendsTheLoginCommandDespiteAuthMechanisms)
{
    // Automatic choice would be SCRAM-SHA-256, which this server lists but cannot do.
    const Transcript script = Transcript::parse(kMailutilsStart +
                                                "C: a4 LOGIN alice@example.test \"alicepass\"\n"
                                                "S: a4 OK LOGIN Completed\n" +
                                                kAfterLogin +
                                                "C: a6 LOGOUT\n"
                                                "S: a6 OK LOGOUT Completed\n");
    for (const QString &chosen : {QStringLiteral("LOGIN"), QStringLiteral("login")}) {
        replayImap(config(chosen), script, [](const ImapRun &run) {
            EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
            EXPECT_TRUE(run.ready);
            ASSERT_GE(run.traceLines.size(), 4);
            EXPECT_EQ(run.traceLines[3], "a4 LOGIN alice@example.test *****");
        }, [](ImapSession &s) { s.enqueue(ImapCommand::logout()); });
    }
}

TEST(ImapOtherServers, ChosenLoginIsRefusedUnderLoginDisabled)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGINDISABLED] ready\n");
    ImapSession::Config c = config(QStringLiteral("LOGIN"));
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.clientLines.isEmpty());
        EXPECT_TRUE(run.error.contains(QStringLiteral("LOGINDISABLED"))) << run.error.toStdString();
    });
}

TEST(ImapOtherServers, ChosenMechanismTheServerDoesNotListIsAClearError)
{
    // Without the user's choice Carteiro would use LOGIN here; the choice says CRAM-MD5.
    const Transcript script = Transcript::parse("S: * OK [CAPABILITY IMAP4rev1] ready\n");
    ImapSession::Config c = config(QStringLiteral("CRAM-MD5"));
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.clientLines.isEmpty());
        EXPECT_TRUE(run.error.contains(QStringLiteral("CRAM-MD5"))) << run.error.toStdString();
    });
}

TEST(ImapOtherServers, ListReturnRefusedWithBadFallsBackOnceForTheConnection)
{
    // A server that lists SPECIAL-USE and LIST-STATUS but refuses RETURN (...) syntax.
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 SPECIAL-USE LIST-STATUS AUTH=PLAIN] ready\n"
        "C: a1 LOGIN alice@example.test \"alicepass\"\n"
        "S: a1 OK [CAPABILITY IMAP4rev1 SPECIAL-USE LIST-STATUS] LOGIN Completed\n"
        "C: a2 LIST \"\" * RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY))\n"
        "S: a2 BAD LIST Invalid arguments\n"
        "C: a3 LIST \"\" *\n"
        "S: * LIST (\\NoInferiors) NIL INBOX\n"
        "S: * LIST () \"/\" Sent\n"
        "S: a3 OK LIST Completed\n"
        "C: a4 LIST \"\" *\n"
        "S: * LIST (\\NoInferiors) NIL INBOX\n"
        "S: a4 OK LIST Completed\n"
        "C: a5 LOGOUT\n"
        "S: a5 OK LOGOUT Completed\n");
    ImapSession::Config c = config(QStringLiteral("LOGIN"));
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    // Queued before login, as the advertised capabilities ask for.
    auto setup = [](ImapSession &s) { s.enqueue(ImapCommand::list({}, QStringLiteral("*"), true, true)); };
    // The second LIST is built after the first answer, as ImapConnection builds it.
    auto hook = [](ImapSession &s, const QByteArray &frame) {
        if (frame.startsWith("a3 OK")) {
            EXPECT_FALSE(s.hasCapability("SPECIAL-USE"));
            EXPECT_FALSE(s.hasCapability("LIST-STATUS"));
            EXPECT_TRUE(s.hasCapability("IMAP4rev1"));
            s.enqueue(ImapCommand::list({}, QStringLiteral("*"), s.hasCapability("SPECIAL-USE"),
                                        s.hasCapability("LIST-STATUS")));
            s.enqueue(ImapCommand::logout());
            return s.flush();
        }
        return ImapSession::Output{};
    };
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        ASSERT_EQ(run.completions.size(), 3);
        EXPECT_TRUE(run.completions[0].ok);
        ASSERT_EQ(run.completions[0].list.size(), 2);
        EXPECT_EQ(run.completions[0].list[1].name, QStringLiteral("Sent"));
        EXPECT_TRUE(run.completions[1].ok);
        bool noted = false;
        for (const QByteArray &n : run.notes)
            noted = noted || (n.contains("BAD") && n.contains("SPECIAL-USE") && n.contains("base command"));
        EXPECT_TRUE(noted);
    }, setup, hook);
}

TEST(ImapOtherServers, ChangedSinceRefusedWithBadFetchesAllFlagsInstead)
{
    const Transcript script = Transcript::parse(
        "S: * OK [CAPABILITY IMAP4rev1 CONDSTORE AUTH=PLAIN] ready\n"
        "C: a1 LOGIN alice@example.test \"alicepass\"\n"
        "S: a1 OK [CAPABILITY IMAP4rev1 CONDSTORE] LOGIN Completed\n"
        "C: a2 UID FETCH 1:9 (UID FLAGS) (CHANGEDSINCE 40)\n"
        "S: a2 BAD Invalid arguments\n"
        "C: a3 UID FETCH 1:9 (UID FLAGS)\n"
        "S: * 1 FETCH (UID 4 FLAGS (\\Seen))\n"
        "S: a3 OK UID FETCH Completed\n"
        "C: a4 NOOP\n"
        "S: a4 BAD no thanks\n"
        "C: a5 LOGOUT\n"
        "S: a5 OK LOGOUT Completed\n");
    ImapSession::Config c = config(QStringLiteral("LOGIN"));
    c.security = TransportSecurity::Plain;
    c.allowAuthWithoutTls = true;
    c.enableQresync = false;
    c.maxInFlight = 1; // one command at a time: the base FETCH goes before the NOOP
    replayImap(c, script, [](const ImapRun &run) {
        EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
        ASSERT_EQ(run.completions.size(), 3);
        EXPECT_TRUE(run.completions[0].ok);
        // A BAD to a command without extended syntax is that command's answer, once.
        EXPECT_FALSE(run.completions[1].ok);
        EXPECT_EQ(run.completions[1].status, ImapResponse::Status::Bad);
        int fetches = 0;
        for (const ImapResponse &r : run.data)
            fetches += r.keyword == "FETCH";
        EXPECT_EQ(fetches, 1);
    }, [](ImapSession &s) {
        s.enqueue(ImapCommand::uidFetch(ImapSequenceSet::fromRange(1, 9), "UID FLAGS", 40));
        s.enqueue(ImapCommand::noop());
        s.enqueue(ImapCommand::logout());
    });
}
