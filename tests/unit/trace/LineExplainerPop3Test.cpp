// SPDX-License-Identifier: GPL-3.0-or-later
// LineExplainer on POP3: replies read in the context of their command,
// multi-line listings line by line (un-stuffed), the terminator, response
// codes of RFC 2449 / 3206, SASL steps.
#include "ExplainerSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::s;
using carteiro::test::u;

namespace {

struct Session : test::ExplainerSession
{
    Session() : ExplainerSession(Protocol::Pop3) {}
};

} // namespace

TEST(LineExplainerPop3, ThreePhasesWithListingsLineByLine)
{
    Session t;
    LineExplanation e = t.srv("+OK Dovecot ready. <1.2.3@mail.example.test>");
    EXPECT_EQ(s(e.key), "pop3.greeting+pop3.greeting.apop");
    EXPECT_TRUE(e.text.contains(u("AUTHORIZATION"))) << s(e.text);

    EXPECT_EQ(s(t.c("CAPA").key), "cmd.pop3.CAPA");
    EXPECT_EQ(s(t.srv("+OK").key), "pop3.ok.CAPA");
    EXPECT_EQ(s(t.srv("TOP").key), "pop3.capa.TOP");
    EXPECT_EQ(s(t.srv("UIDL").key), "pop3.capa.UIDL");
    EXPECT_EQ(s(t.srv("RESP-CODES").key), "pop3.capa.RESP-CODES");
    EXPECT_EQ(s(t.srv("SASL PLAIN LOGIN").key), "pop3.capa.SASL+sasl.mech.PLAIN+sasl.mech.LOGIN");
    EXPECT_EQ(s(t.srv("STLS").key), "pop3.capa.STLS");
    EXPECT_EQ(s(t.srv(".").key), "pop3.multiline.end");

    e = t.c("USER alice");
    EXPECT_EQ(s(e.key), "cmd.pop3.USER");
    EXPECT_EQ(s(t.srv("+OK").key), "pop3.ok.USER");
    e = t.c("PASS *****");
    EXPECT_EQ(s(e.key), "cmd.pop3.PASS+pop3.pass.masked");
    EXPECT_TRUE(e.detail.contains(u("only inside TLS"))) << s(e.detail);
    e = t.srv("+OK Logged in.");
    EXPECT_EQ(s(e.key), "pop3.ok.PASS");
    EXPECT_TRUE(e.text.contains(u("TRANSACTION"))) << s(e.text);

    t.c("STAT");
    e = t.srv("+OK 2 3210");
    EXPECT_EQ(s(e.key), "pop3.ok.STAT(2,3210)");
    EXPECT_EQ(s(e.text), "The maildrop holds 2 messages, 3210 bytes in all");

    t.c("LIST");
    EXPECT_EQ(s(t.srv("+OK 2 messages:").key), "pop3.ok.LIST");
    e = t.srv("1 1205");
    EXPECT_EQ(s(e.key), "pop3.list.line(1,1205)");
    EXPECT_EQ(s(e.text), "Message 1 has 1205 bytes");
    EXPECT_EQ(s(t.srv("2 2005").key), "pop3.list.line(2,2005)");
    EXPECT_EQ(s(t.srv(".").key), "pop3.multiline.end");

    t.c("LIST 2");
    EXPECT_EQ(s(t.srv("+OK 2 2005").key), "pop3.ok.LIST.one(2,2005)");

    t.c("UIDL");
    t.srv("+OK");
    EXPECT_EQ(s(t.srv("1 000000015a7b1c2d").key), "pop3.uidl.line(1)");
    t.srv(".");

    t.c("RETR 1");
    EXPECT_EQ(s(t.srv("+OK 1205 octets").key), "pop3.ok.RETR");
    EXPECT_EQ(s(t.srv("Subject: hi").key), "pop3.message.line");
    e = t.srv("..dotted line");
    EXPECT_EQ(s(e.key), "pop3.message.stuffed(.dotted line)");
    EXPECT_TRUE(e.text.contains(u("\".dotted line\""))) << s(e.text);
    EXPECT_EQ(s(t.srv(".").key), "pop3.multiline.end");

    // Carteiro's own framer shows a body as one summary line.
    t.c("RETR 2");
    t.srv("+OK 2005 octets");
    EXPECT_EQ(s(t.srv("<body: 2005 bytes in 40 lines, ended by \".\">").key), "pop3.body.RETR");

    t.c("DELE 1");
    EXPECT_EQ(s(t.srv("+OK Marked to be deleted.").key), "pop3.ok.DELE");
    t.c("QUIT");
    EXPECT_EQ(s(t.srv("+OK Logging out, messages deleted.").key), "pop3.ok.QUIT");
}

TEST(LineExplainerPop3, ErrWithResponseCodes)
{
    Session t;
    t.srv("+OK ready");
    t.c("USER bob");
    t.srv("+OK");
    t.c("PASS *****");
    LineExplanation e = t.srv("-ERR [IN-USE] Mailbox is locked by another POP3 session");
    EXPECT_EQ(s(e.key), "pop3.err.PASS+code.pop3.IN-USE");
    EXPECT_TRUE(e.known);
    EXPECT_TRUE(e.text.contains(u("[IN-USE]"))) << s(e.text);
    EXPECT_TRUE(e.source.contains(u("RFC 2449 §8.1.2"))) << s(e.source);

    t.c("PASS *****");
    e = t.srv("-ERR [AUTH] Authentication failed.");
    EXPECT_EQ(s(e.key), "pop3.err.PASS+code.pop3.AUTH");
    t.c("RETR 9");
    e = t.srv("-ERR [SYS/TEMP] try later");
    EXPECT_EQ(s(e.key), "pop3.err(RETR)+code.pop3.SYS/TEMP");
    EXPECT_TRUE(e.text.startsWith(u("-ERR: RETR failed"))) << s(e.text);
    t.c("XTND");
    e = t.srv("-ERR Unknown command");
    EXPECT_EQ(s(e.key), "pop3.err.any");
    EXPECT_FALSE(t.c("XTND").known);
    EXPECT_FALSE(t.srv("what").known);
}

TEST(LineExplainerPop3, SaslStepsWithoutSecrets)
{
    Session t;
    t.srv("+OK ready");
    LineExplanation e = t.c("AUTH PLAIN");
    EXPECT_EQ(s(e.key), "cmd.pop3.AUTH+sasl.mech.PLAIN");
    EXPECT_EQ(s(t.srv("+ ").key), "sasl.empty-challenge");
    e = t.c("<\\0alice\\0*****>");
    EXPECT_EQ(s(e.key), "sasl.plain.response");
    for (const QString &f : {e.key, e.text, e.detail})
        EXPECT_FALSE(f.contains(u("alice")));
    EXPECT_EQ(s(t.srv("+OK Logged in.").key), "pop3.ok.AUTH");
    t.c("STLS");
    EXPECT_EQ(s(t.srv("+OK Begin TLS negotiation now.").key), "pop3.ok.STLS");
}
