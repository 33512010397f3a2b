// SPDX-License-Identifier: GPL-3.0-or-later
// Each teaching warning of ConnectionAnalysis on a scripted transcript.
#include "TranscriptEvents.h"
#include "trace/ConnectionAnalysis.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::eventsFromTranscript;
using K = AnalysisWarning::Kind;

namespace {
ConnectionAnalysis run(const char *script, Protocol p)
{
    return ConnectionAnalyzer::analyze(eventsFromTranscript(QByteArray(script), p));
}

const AnalysisWarning *warning(const ConnectionAnalysis &a, K kind)
{
    for (const AnalysisWarning &w : a.warnings)
        if (w.kind == kind)
            return &w;
    return nullptr;
}
} // namespace

TEST(ConnectionAnalysisWarning, SmtpAuthBeforeTlsWithoutStartTlsAndCredentialsInClear)
{
    const ConnectionAnalysis a = run("S: 220 old.example ESMTP\n"
                                     "C: EHLO me\n"
                                     "S: 250-old.example\n"
                                     "S: 250-AUTH PLAIN LOGIN CRAM-MD5\n"
                                     "S: 250 8BITMIME\n"
                                     "C: AUTH PLAIN <\\0alice\\0*****>\n"
                                     "S: 235 2.7.0 ok\n",
                                     Protocol::Smtp);
    const AnalysisWarning *auth = warning(a, K::AuthBeforeTls);
    ASSERT_NE(auth, nullptr);
    EXPECT_TRUE(auth->text.contains(QLatin1String("PLAIN, LOGIN")));
    EXPECT_FALSE(auth->text.contains(QLatin1String("CRAM-MD5")));
    EXPECT_EQ(auth->source, QStringLiteral("RFC 4954 §4"));
    const AnalysisWarning *missing = warning(a, K::StartTlsMissing);
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->capability, QStringLiteral("STARTTLS"));
    EXPECT_EQ(missing->source, QStringLiteral("RFC 3207 §4"));
    const AnalysisWarning *clear = warning(a, K::CredentialsWithoutTls);
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->text.contains(QLatin1String("AUTH PLAIN")));
    EXPECT_FALSE(a.tlsEstablished);
}

TEST(ConnectionAnalysisWarning, NoStartTlsWarningWhenOffered)
{
    const ConnectionAnalysis a =
        run("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250 STARTTLS\n", Protocol::Smtp);
    EXPECT_TRUE(a.warnings.isEmpty());
}

TEST(ConnectionAnalysisWarning, SmtpSizeLimitBelowTheMessage)
{
    const ConnectionAnalysis a =
        run("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250-STARTTLS\nS: 250 SIZE 1000\n"
            "C: MAIL FROM:<a@x> SIZE=5000\nS: 552 5.3.4 Message size exceeds fixed limit\n",
            Protocol::Smtp);
    const AnalysisWarning *w = warning(a, K::SizeBelowMessage);
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->text.contains(QLatin1String("5000")));
    EXPECT_TRUE(w->text.contains(QLatin1String("1000")));
    EXPECT_EQ(w->source, QStringLiteral("RFC 1870 §4"));
    EXPECT_FALSE(a.hasWarning(K::ExtensionRefused)); // 552 refuses the message, not the extension
}

TEST(ConnectionAnalysisWarning, SmtpSizeFromTheBodyWhenNotAnnounced)
{
    const ConnectionAnalysis a =
        run("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250-STARTTLS\nS: 250 SIZE 100\n"
            "C: MAIL FROM:<a@x>\nS: 250 ok\nC: RCPT TO:<b@x>\nS: 250 ok\n"
            "C: DATA\nS: 354 go\nC: <300 bytes: message>\nS: 250 ok\n",
            Protocol::Smtp);
    EXPECT_EQ(a.messageBytes, 300);
    EXPECT_TRUE(a.hasWarning(K::SizeBelowMessage));
    EXPECT_FALSE(a.find(QStringLiteral("SIZE"))->used);
    EXPECT_FALSE(a.find(QStringLiteral("PIPELINING"))); // one command at a time
    EXPECT_EQ(a.maxInFlight, 1);
}

TEST(ConnectionAnalysisWarning, SmtpExtensionOfferedButRefused)
{
    const ConnectionAnalysis a =
        run("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250-STARTTLS\nS: 250-CHUNKING\nS: 250 8BITMIME\n"
            "C: MAIL FROM:<a@x> BODY=8BITMIME\nS: 250 ok\n"
            "C: RCPT TO:<b@x>\nS: 250 ok\n"
            "C: BDAT 10 LAST\nC: <10 bytes: message in BDAT chunks>\n"
            "S: 502 5.5.1 Command not implemented\n",
            Protocol::Smtp);
    const OfferedCapability *chunking = a.find(QStringLiteral("CHUNKING"));
    ASSERT_NE(chunking, nullptr);
    EXPECT_TRUE(chunking->used);
    EXPECT_TRUE(chunking->refused);
    EXPECT_EQ(chunking->refusal, QStringLiteral("502 5.5.1 Command not implemented"));
    EXPECT_TRUE(a.find(QStringLiteral("8BITMIME"))->used);
    EXPECT_FALSE(a.find(QStringLiteral("8BITMIME"))->refused);
    const AnalysisWarning *w = warning(a, K::ExtensionRefused);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->capability, QStringLiteral("CHUNKING"));
    EXPECT_TRUE(w->text.contains(QLatin1String("502")));
}

TEST(ConnectionAnalysisWarning, SmtpAuthContinuationsAreNotCommands)
{
    const ConnectionAnalysis a =
        run("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250 AUTH LOGIN\n"
            "C: STARTTLS\nS: 220 go\n*: TLS established: TLSv1.3, X; certificate a issued by "
            "b, SHA-256 00\n"
            "C: EHLO me\nS: 250-x\nS: 250 AUTH LOGIN\n"
            "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: <alice>\nS: 334 UGFzc3dvcmQ6\n"
            "C: <*****>\nS: 235 ok\n",
            Protocol::Smtp);
    EXPECT_EQ(a.maxInFlight, 1);
    EXPECT_FALSE(a.find(QStringLiteral("PIPELINING")));
    EXPECT_TRUE(a.find(QStringLiteral("AUTH"))->used);
    EXPECT_TRUE(a.hasWarning(K::AuthBeforeTls)); // LOGIN offered before STARTTLS
    EXPECT_FALSE(a.hasWarning(K::CredentialsWithoutTls));
}

TEST(ConnectionAnalysisWarning, MessageLinesTypedAfter354AreNotPipelining)
{
    // The console sends the message line by line after 354: not commands in flight.
    const ConnectionAnalysis a =
        run("S: 220 x ESMTP\nC: HELO me\nS: 250 x\nC: MAIL FROM: a@b\nS: 250 ok\n"
            "C: RCPT TO: bob@x\nS: 250 ok\nC: DATA\nS: 354 go\nC: Subject: t\nC: \n"
            "C: Hello.\nC: .\nS: 250 queued\nC: QUIT\nS: 221 bye\n",
            Protocol::Smtp);
    EXPECT_EQ(a.maxInFlight, 1);
    EXPECT_FALSE(a.find(QStringLiteral("PIPELINING")));
    // QUIT after the message is answered by 221, not taken for a refused command.
    for (const OfferedCapability &c : a.capabilities)
        EXPECT_FALSE(c.refused) << c.name.toStdString();
}

TEST(ConnectionAnalysisWarning, ImapLoginSentDespiteLoginDisabled)
{
    const ConnectionAnalysis a =
        run("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
            "C: a1 LOGIN alice *****\n"
            "S: a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed\n",
            Protocol::Imap);
    const AnalysisWarning *w = warning(a, K::LoginDisabled);
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->text.contains(QLatin1String("was sent")));
    EXPECT_EQ(w->source, QStringLiteral("RFC 9051 §6.2.3"));
    EXPECT_TRUE(a.hasWarning(K::CredentialsWithoutTls));
}

TEST(ConnectionAnalysisWarning, ImapEnableAnsweredBadIsRefused)
{
    const ConnectionAnalysis a = run("S: * OK [CAPABILITY IMAP4rev1 ENABLE CONDSTORE] ready\n"
                                     "C: a1 ENABLE CONDSTORE\n"
                                     "C: a2 NOOP\n"
                                     "S: a2 OK done\n"
                                     "S: a1 BAD unknown command\n",
                                     Protocol::Imap);
    EXPECT_TRUE(a.find(QStringLiteral("ENABLE"))->refused);
    EXPECT_TRUE(a.find(QStringLiteral("CONDSTORE"))->refused);
    EXPECT_EQ(a.warnings.size(), 3); // ENABLE and CONDSTORE refused; no STARTTLS offered
    EXPECT_TRUE(a.hasWarning(K::StartTlsMissing));
}

TEST(ConnectionAnalysisWarning, ImapIdleDoneAndLiteralPlusAreRead)
{
    const ConnectionAnalysis a =
        run("S: * OK [CAPABILITY IMAP4rev1 IDLE LITERAL+ STARTTLS] ready\n"
            "C: a1 IDLE\nS: + idling\nS: * 3 EXISTS\nC: DONE\nS: a1 OK done\n"
            "C: a2 APPEND INBOX {12+}\nC: <12 bytes: literal>\nC: \nS: a2 OK appended\n"
            "C: a3 UID MOVE 1:2 Trash\nS: a3 BAD no\n",
            Protocol::Imap);
    EXPECT_TRUE(a.find(QStringLiteral("IDLE"))->used);
    EXPECT_TRUE(a.find(QStringLiteral("LITERAL+"))->used);
    const OfferedCapability *move = a.find(QStringLiteral("MOVE"));
    ASSERT_NE(move, nullptr);
    EXPECT_TRUE(move->used);
    EXPECT_FALSE(move->offered); // used without being offered: not an "offered but refused" warning
    EXPECT_FALSE(a.hasWarning(K::ExtensionRefused));
}

TEST(ConnectionAnalysisWarning, Pop3UserBeforeTlsAndUidlRefused)
{
    const ConnectionAnalysis a =
        run("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: TOP\nS: .\n"
            "C: UIDL\nS: -ERR not now\n"
            "C: USER alice\nS: -ERR [AUTH] no\n",
            Protocol::Pop3);
    EXPECT_TRUE(a.hasWarning(K::AuthBeforeTls));
    EXPECT_TRUE(a.hasWarning(K::StartTlsMissing));
    EXPECT_TRUE(a.hasWarning(K::CredentialsWithoutTls));
    EXPECT_TRUE(a.find(QStringLiteral("UIDL"))->refused);
    EXPECT_FALSE(
        a.find(QStringLiteral("USER"))->refused); // [AUTH]: the credentials, not the extension
    const AnalysisWarning *w = warning(a, K::ExtensionRefused);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->capability, QStringLiteral("UIDL"));
}

TEST(ConnectionAnalysisWarning, InjectedBytesAtTheStartTlsBoundary)
{
    QList<TraceEvent> events =
        eventsFromTranscript("S: 220 x\nC: EHLO me\nS: 250-x\nS: 250 STARTTLS\n"
                             "C: STARTTLS\nS: 220 go\n",
                             Protocol::Smtp);
    TraceEvent inj;
    inj.connection = 1;
    inj.protocol = Protocol::Smtp;
    inj.direction = Direction::ServerToClient;
    inj.kind = TraceKind::Injection;
    inj.bytes = "250-AUTH PLAIN\r\n";
    inj.bodyBytes = 16;
    events << inj;
    TraceEvent tls;
    tls.connection = 1;
    tls.protocol = Protocol::Smtp;
    tls.kind = TraceKind::TlsHandshake;
    tls.tls.mode = TlsMode::StartTls;
    tls.tls.trust = TlsTrust::CaFile;
    events << tls;
    const ConnectionAnalysis a = ConnectionAnalyzer::analyze(events);
    ASSERT_EQ(a.injections.size(), 1);
    EXPECT_EQ(a.injections.first().bytes, 16);
    EXPECT_EQ(a.injections.first().preview, QByteArray("250-AUTH PLAIN\r\n"));
    EXPECT_EQ(a.tls.trust, TlsTrust::CaFile);
    EXPECT_EQ(a.tlsMode, TlsMode::StartTls);
}

TEST(ConnectionAnalysisWarning, OtherConnectionsAreIgnored)
{
    QList<TraceEvent> events = eventsFromTranscript(
        "S: 220 x\nC: EHLO me\nS: 250-x\nS: 250 STARTTLS\n", Protocol::Smtp, 1);
    events << eventsFromTranscript("S: * OK [CAPABILITY IMAP4rev1 IDLE] hi\n", Protocol::Imap, 2);
    const ConnectionAnalysis a = ConnectionAnalyzer::analyze(events, 2);
    EXPECT_EQ(a.protocol, Protocol::Imap);
    EXPECT_EQ(a.connection, 2u);
    EXPECT_TRUE(a.find(QStringLiteral("IDLE")));
    EXPECT_FALSE(a.find(QStringLiteral("STARTTLS")));
}
