// SPDX-License-Identifier: GPL-3.0-or-later
// LineExplainer on SMTP: replies read in the context of their command, EHLO
// keywords (the last one included), message lines after DATA, SASL steps
// without their secrets, the course's obsolete commands.
#include "ExplainerSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::s;
using carteiro::test::u;

namespace {

struct Session : test::ExplainerSession
{
    Session() : ExplainerSession(Protocol::Smtp) {}
};

} // namespace

TEST(LineExplainerSmtp, GreetingAndEhloKeywordsIncludingTheLastLine)
{
    Session t;
    LineExplanation e = t.srv("220 mx.example.test ESMTP Postfix");
    EXPECT_EQ(s(e.key), "smtp.greeting");
    EXPECT_TRUE(e.known);
    EXPECT_EQ(s(e.source), "RFC 5321 §3.1");

    e = t.c("EHLO client.example.test");
    EXPECT_EQ(s(e.key), "cmd.smtp.EHLO");
    EXPECT_TRUE(e.known);
    EXPECT_TRUE(e.detail.contains(u("EHLO SP"))) << s(e.detail);

    e = t.srv("250-mx.example.test");
    EXPECT_EQ(s(e.key), "smtp.ehlo.greeting");
    e = t.srv("250-PIPELINING");
    EXPECT_EQ(s(e.key), "smtp.ehlo.PIPELINING");
    EXPECT_TRUE(e.text.contains(u("several commands without waiting"))) << s(e.text);
    EXPECT_EQ(s(e.source), "RFC 2920 §3");
    EXPECT_EQ(e.link.toString().toStdString(), "https://www.rfc-editor.org/rfc/rfc2920#section-3");

    e = t.srv("250-SIZE 10240000");
    EXPECT_EQ(s(e.key), "smtp.ehlo.SIZE.limit(10240000)");
    EXPECT_TRUE(e.text.contains(u("10240000 bytes"))) << s(e.text);

    e = t.srv("250-AUTH PLAIN LOGIN");
    EXPECT_EQ(s(e.key), "smtp.ehlo.AUTH+sasl.mech.PLAIN+sasl.mech.LOGIN");
    EXPECT_TRUE(e.detail.contains(u("PLAIN:"))) << s(e.detail);
    EXPECT_TRUE(e.detail.contains(u("LOGIN:"))) << s(e.detail);

    e = t.srv("250-ENHANCEDSTATUSCODES");
    EXPECT_EQ(s(e.key), "smtp.ehlo.ENHANCEDSTATUSCODES");
    e = t.srv("250-8BITMIME");
    EXPECT_EQ(s(e.key), "smtp.ehlo.8BITMIME");
    e = t.srv("250-DSN");
    EXPECT_EQ(s(e.key), "smtp.ehlo.DSN");
    e = t.srv("250-SMTPUTF8");
    EXPECT_EQ(s(e.key), "smtp.ehlo.SMTPUTF8");

    // The last line of the EHLO reply is a keyword like the others, not
    // "requested mail action completed".
    e = t.srv("250 CHUNKING");
    EXPECT_EQ(s(e.key), "smtp.ehlo.CHUNKING");
    EXPECT_TRUE(e.known);
    EXPECT_TRUE(e.text.startsWith(u("CHUNKING:"))) << s(e.text);
    EXPECT_FALSE(e.text.contains(u("Requested mail action"))) << s(e.text);
    EXPECT_EQ(s(e.source), "RFC 3030 §2");

    // The next reply is read in the context of MAIL again.
    t.c("MAIL FROM:<alice@example.test>");
    e = t.srv("250 2.1.0 Ok");
    EXPECT_EQ(s(e.key), "smtp.reply.MAIL.250+code.enh.2.1.0+code.smtp.250");
    EXPECT_TRUE(e.text.startsWith(u("The sender is accepted"))) << s(e.text);
    EXPECT_TRUE(e.text.contains(u("2.1.0 Success: Originator address valid"))) << s(e.text);
    EXPECT_TRUE(e.detail.contains(u("250 Requested mail action okay"))) << s(e.detail);
}

TEST(LineExplainerSmtp, UnknownEhloKeywordIsClassLevelAndNotKnown)
{
    Session t;
    t.srv("220 x");
    t.c("EHLO me");
    t.srv("250-x");
    const LineExplanation e = t.srv("250 XFROBNICATE 3");
    EXPECT_EQ(s(e.key), "smtp.ehlo.other(XFROBNICATE)");
    EXPECT_FALSE(e.known);
    EXPECT_TRUE(e.text.contains(u("XFROBNICATE"))) << s(e.text);
}

TEST(LineExplainerSmtp, PipelinedRepliesFollowTheirCommandsInOrder)
{
    Session t;
    t.srv("220 x");
    t.c("EHLO me");
    t.srv("250 x");
    t.c("MAIL FROM:<a@example.test> SIZE=1200 BODY=8BITMIME");
    t.c("RCPT TO:<b@example.test>");
    t.c("RCPT TO:<c@elsewhere.example>");
    t.c("DATA");
    EXPECT_EQ(s(t.srv("250 2.1.0 Ok").key), "smtp.reply.MAIL.250+code.enh.2.1.0+code.smtp.250");
    EXPECT_EQ(s(t.srv("250 2.1.5 Ok").key), "smtp.reply.RCPT.250+code.enh.2.1.5+code.smtp.250");
    LineExplanation e = t.srv("554 5.7.1 <c@elsewhere.example>: Relay access denied");
    EXPECT_EQ(s(e.key), "smtp.reply.RCPT.relay+code.enh.5.7.1+code.smtp.554");
    EXPECT_TRUE(e.text.contains(u("does not relay"))) << s(e.text);
    EXPECT_TRUE(e.text.contains(u("Permanent Failure: Delivery not authorized"))) << s(e.text);
    e = t.srv("354 End data with <CR><LF>.<CR><LF>");
    EXPECT_EQ(s(e.key), "smtp.reply.DATA.354+code.smtp.354");

    EXPECT_EQ(s(t.c("From: Alice <a@example.test>").key), "smtp.data.header(From)");
    EXPECT_EQ(s(t.c("Subject: hi").key), "smtp.data.header(Subject)");
    EXPECT_EQ(s(t.c(" continued").key), "smtp.data.header-continued");
    EXPECT_EQ(s(t.c("").key), "smtp.data.blank");
    EXPECT_EQ(s(t.c("Hello: not a header in the body").key), "smtp.data.body");
    EXPECT_EQ(s(t.c("..leading dot").key), "smtp.data.stuffed");
    EXPECT_EQ(s(t.c(".").key), "smtp.data.end");
    e = t.srv("250 2.0.0 Ok: queued as 4ABC");
    EXPECT_EQ(s(e.key), "smtp.reply.DOT.250+code.enh.2.0.0+code.smtp.250");
    // X.0.0 reads as its class alone, not "Other undefined Status".
    EXPECT_TRUE(e.text.endsWith(u("2.0.0 Success"))) << s(e.text);
    EXPECT_FALSE(e.text.contains(u("undefined"))) << s(e.text);

    t.c("QUIT");
    EXPECT_EQ(s(t.srv("221 2.0.0 Bye").key), "smtp.reply.QUIT.221+code.enh.2.0.0+code.smtp.221");
}

TEST(LineExplainerSmtp, MailParametersAndMissingBrackets)
{
    Session t;
    t.srv("220 x");
    LineExplanation e = t.c("MAIL FROM:<a@example.test> SIZE=1200 BODY=8BITMIME SMTPUTF8");
    EXPECT_EQ(s(e.key),
              "cmd.smtp.MAIL+smtp.param.SIZE(1200)+smtp.param.BODY(8BITMIME)+smtp.param.SMTPUTF8");
    EXPECT_TRUE(e.detail.contains(u("SIZE=1200"))) << s(e.detail);

    // The course writes MAIL FROM: sender@... without brackets (RFC 5321 §4.1.2).
    e = t.c("MAIL FROM: sender@example.test");
    EXPECT_EQ(s(e.key), "cmd.smtp.MAIL+smtp.syntax.space+smtp.syntax.brackets");
    EXPECT_TRUE(e.detail.contains(u("RFC 5321 §4.1.2"))) << s(e.detail);
    t.srv("250 2.1.0 Ok");
    e = t.srv("501 5.1.7 Bad sender address syntax");
    EXPECT_TRUE(e.key.contains(u("smtp.syntax.brackets"))) << s(e.key);

    // A refusal for another reason says nothing about brackets (530: STARTTLS first).
    t.c("RCPT TO: bob@example.test");
    e = t.srv("530 5.7.0 Must issue a STARTTLS command first");
    EXPECT_FALSE(e.key.contains(u("smtp.syntax.brackets"))) << s(e.key);
    EXPECT_TRUE(e.known) << s(e.key);

    e = t.c("RCPT TO: <b@example.test>");
    EXPECT_EQ(s(e.key), "cmd.smtp.RCPT+smtp.syntax.space");
    e = t.c("MAIL FROM:<>");
    EXPECT_EQ(s(e.key), "cmd.smtp.MAIL+smtp.mail.null");
}

TEST(LineExplainerSmtp, ObsoleteAndPolicyRefusals)
{
    Session t;
    t.srv("220 x");
    t.c("HELO me");
    EXPECT_EQ(s(t.srv("250 x").key), "smtp.helo.ok");
    for (const char *verb : {"TURN", "SEND", "SOML", "SAML"}) {
        SCOPED_TRACE(verb);
        const LineExplanation cmd = t.c(QByteArray(verb) + " FROM:<a@b>");
        EXPECT_EQ(s(cmd.key), std::string("cmd.smtp.") + verb);
        EXPECT_TRUE(cmd.detail.contains(u("Obsolete"))) << s(cmd.detail);
        const LineExplanation e = t.srv("502 5.5.1 Error: command not implemented");
        EXPECT_EQ(s(e.key), std::string("smtp.reply.obsolete(") + verb +
                                ")+code.enh.5.5.1+code.smtp.502");
        EXPECT_TRUE(e.text.startsWith(u(verb) + u(" is refused"))) << s(e.text);
        EXPECT_TRUE(e.text.contains(u("RFC 821"))) << s(e.text);
        EXPECT_TRUE(e.link.toString().contains(u("rfc5321#appendix-F"))) << s(e.link.toString());
    }
    t.c("VRFY bob");
    EXPECT_EQ(s(t.srv("252 2.0.0 bob").key), "smtp.reply.VRFY.252+code.enh.2.0.0+code.smtp.252");
    t.c("VRFY bob");
    EXPECT_EQ(s(t.srv("502 5.5.1 VRFY command is disabled").key),
              "smtp.reply.VRFY.refused+code.enh.5.5.1+code.smtp.502");
    t.c("EXPN staff");
    EXPECT_EQ(s(t.srv("502 5.5.1 EXPN not available").key),
              "smtp.reply.EXPN.refused+code.enh.5.5.1+code.smtp.502");
    // Postfix says 500 (not recognized) to EXPN and to the RFC 821 commands.
    t.c("EXPN staff");
    EXPECT_EQ(s(t.srv("500 5.5.2 Error: command not recognized").key),
              "smtp.reply.EXPN.refused+code.enh.5.5.2+code.smtp.500");
    t.c("SOML FROM:<a@b>");
    EXPECT_EQ(s(t.srv("500 5.5.2 Error: command not recognized").key),
              "smtp.reply.obsolete(SOML)+code.enh.5.5.2+code.smtp.500");
    t.c("FROBNICATE");
    const LineExplanation e = t.srv("502 5.5.2 Error: command not recognized");
    EXPECT_EQ(s(e.key), "smtp.reply.unknown-command+code.enh.5.5.2+code.smtp.502");
}

TEST(LineExplainerSmtp, AuthStepsCarryNoSecret)
{
    Session t;
    t.srv("220 x");
    t.c("EHLO me");
    t.srv("250 x");
    LineExplanation e = t.c("AUTH LOGIN");
    EXPECT_EQ(s(e.key), "cmd.smtp.AUTH+sasl.mech.LOGIN");
    e = t.srv("334 VXNlcm5hbWU6");
    EXPECT_EQ(s(e.key), "sasl.login.ask-user");
    e = t.c("YWxpY2U=");
    EXPECT_EQ(s(e.key), "sasl.login.user");
    e = t.srv("334 UGFzc3dvcmQ6");
    EXPECT_EQ(s(e.key), "sasl.login.ask-password");
    e = t.c("*****");
    EXPECT_EQ(s(e.key), "sasl.login.password");
    EXPECT_FALSE(e.text.contains(u("*****")));
    e = t.srv("235 2.7.0 Authentication successful");
    EXPECT_EQ(s(e.key), "smtp.reply.AUTH.235+code.enh.2.7.0+code.smtp.235");

    // PLAIN with an initial response: the payload is not in the explanation.
    Session p;
    p.srv("220 x");
    const QByteArray secretLine = "AUTH PLAIN <\\0alice\\0*****>";
    e = p.c(secretLine);
    EXPECT_EQ(s(e.key), "cmd.smtp.AUTH+sasl.mech.PLAIN+sasl.plain.response");
    for (const QString &field : {e.key, e.text, e.detail}) {
        EXPECT_FALSE(field.contains(u("alice"))) << s(field);
        EXPECT_FALSE(field.contains(u("*****"))) << s(field);
    }
    EXPECT_EQ(s(p.srv("535 5.7.8 Error: authentication failed").key),
              "smtp.reply.AUTH.535+code.enh.5.7.8+code.smtp.535");

    // SCRAM: each step by its role.
    Session sc;
    sc.srv("220 x");
    sc.c("AUTH SCRAM-SHA-256 <n,,n=alice,r=abc>");
    EXPECT_EQ(s(sc.srv("334 cj1hYmMsPTEyMyxpPTQwOTY=").key), "sasl.scram.server-first");
    EXPECT_EQ(s(sc.c("<c=biws,r=abc,p=*****>").key), "sasl.scram.client-final");
    EXPECT_EQ(s(sc.srv("334 dj1zaWduYXR1cmU=").key), "sasl.scram.server-final");
    EXPECT_EQ(s(sc.c("").key), "sasl.empty-response");
    EXPECT_EQ(s(sc.srv("235 2.7.0 ok").key), "smtp.reply.AUTH.235+code.enh.2.7.0+code.smtp.235");

    // A cancelled exchange.
    Session cx;
    cx.srv("220 x");
    cx.c("AUTH CRAM-MD5");
    EXPECT_EQ(s(cx.srv("334 PDEyMzQ1QGV4YW1wbGU+").key), "sasl.cram.challenge");
    EXPECT_EQ(s(cx.c("*").key), "sasl.cancel");
}

TEST(LineExplainerSmtp, StartTlsStartsOver)
{
    Session t;
    t.srv("220 x");
    t.c("EHLO me");
    t.srv("250-x");
    t.srv("250 STARTTLS");
    t.c("STARTTLS");
    EXPECT_EQ(s(t.srv("220 2.0.0 Ready to start TLS").key),
              "smtp.reply.STARTTLS.220+code.enh.2.0.0+code.smtp.220");
    t.explainer.noteTls();
    t.c("EHLO me");
    EXPECT_EQ(s(t.srv("250-x").key), "smtp.ehlo.greeting");
    EXPECT_EQ(s(t.srv("250 AUTH PLAIN").key), "smtp.ehlo.AUTH+sasl.mech.PLAIN");
}

TEST(LineExplainerSmtp, BodySummaryEndsDataAndBdatCountsBytes)
{
    Session t;
    t.srv("220 x");
    t.c("MAIL FROM:<a@b>");
    t.c("RCPT TO:<c@d>");
    t.c("DATA");
    t.srv("250 ok");
    t.srv("250 ok");
    t.srv("354 go");
    t.explainer.noteBody(Direction::ClientToServer, 1234); // Carteiro's body, final dot included
    EXPECT_EQ(s(t.srv("250 2.0.0 Ok: queued").key),
              "smtp.reply.DOT.250+code.enh.2.0.0+code.smtp.250");

    t.c("MAIL FROM:<a@b>");
    t.c("RCPT TO:<c@d>");
    t.c("BDAT 12 LAST");
    EXPECT_EQ(s(t.c("hello world").key), "smtp.bdat.chunk"); // its 11 bytes + CRLF cover the 12
    EXPECT_EQ(s(t.c("NOOP").key), "cmd.smtp.NOOP");
    t.srv("250 ok");
    t.srv("250 ok");
    EXPECT_EQ(s(t.srv("250 2.0.0 Ok: queued").key),
              "smtp.reply.BDAT.LAST.250+code.enh.2.0.0+code.smtp.250");
    EXPECT_EQ(s(t.srv("250 2.0.0 Ok").key), "smtp.reply.NOOP.250+code.enh.2.0.0+code.smtp.250");
}

TEST(LineExplainerSmtp, MultiLineRepliesAndGarbage)
{
    Session t;
    t.srv("220 x");
    t.c("HELP");
    LineExplanation e = t.srv("214-Commands:");
    EXPECT_EQ(s(e.key), "smtp.reply.more+code.smtp.214");
    e = t.srv("214 End of HELP info");
    EXPECT_EQ(s(e.key), "smtp.reply.HELP.214+code.smtp.214");
    e = t.srv("hello?");
    EXPECT_FALSE(e.known);
    EXPECT_FALSE(e.text.isEmpty());
    e = t.c("");
    EXPECT_FALSE(e.known);
    e = t.c("XYZZY");
    EXPECT_FALSE(e.known);
    EXPECT_TRUE(e.text.startsWith(u("XYZZY"))) << s(e.text);
}

TEST(LineExplainerSmtp, FromKeyRebuildsTheSameExplanation)
{
    Session t;
    t.srv("220 x");
    t.c("EHLO me");
    t.srv("250-x");
    const LineExplanation live = t.srv("250 SIZE 5000");
    const LineExplanation again = LineExplainer::fromKey(live.key);
    EXPECT_EQ(s(again.key), s(live.key));
    EXPECT_EQ(s(again.text), s(live.text));
    EXPECT_EQ(s(again.detail), s(live.detail));
    EXPECT_EQ(s(again.source), s(live.source));
    EXPECT_EQ(again.link, live.link);
    EXPECT_EQ(again.known, live.known);

    const LineExplanation bogus = LineExplainer::fromKey(u("no.such.key"));
    EXPECT_FALSE(bogus.known);
    EXPECT_EQ(s(bogus.text), "no.such.key");
}
