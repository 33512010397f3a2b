// SPDX-License-Identifier: GPL-3.0-or-later
// LineExplainer on IMAP: greeting, tagged results tied to their command,
// untagged responses item by item, continuation requests, SASL steps.
#include "ExplainerSession.h"

#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::s;
using carteiro::test::u;

namespace {

struct Session : test::ExplainerSession
{
    Session() : ExplainerSession(Protocol::Imap) {}
};

} // namespace

TEST(LineExplainerImap, GreetingCapabilitiesAndLogin)
{
    Session t;
    LineExplanation e = t.srv("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
                              "LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.");
    EXPECT_TRUE(e.key.startsWith(u("imap.greeting.OK+code.imap.CAPABILITY+imap.cap.IMAP4rev1+"
                                   "imap.cap.SASL-IR")))
        << s(e.key);
    EXPECT_TRUE(e.key.contains(u("imap.cap.AUTH(PLAIN)"))) << s(e.key);
    EXPECT_TRUE(e.key.contains(u("imap.cap.LITERAL%2B"))) << s(e.key);
    EXPECT_TRUE(e.known) << s(e.key);
    EXPECT_TRUE(e.text.contains(u("[CAPABILITY]"))) << s(e.text);
    EXPECT_TRUE(e.detail.contains(u("SASL-IR:"))) << s(e.detail);
    EXPECT_TRUE(e.detail.contains(u("AUTH=PLAIN:"))) << s(e.detail);

    EXPECT_EQ(s(t.c("a1 CAPABILITY").key), "cmd.imap.CAPABILITY");
    e = t.srv("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED QRESYNC XFOO");
    EXPECT_EQ(s(e.key), "imap.untagged.CAPABILITY+imap.cap.IMAP4rev1+imap.cap.STARTTLS+"
                        "imap.cap.LOGINDISABLED+imap.cap.QRESYNC+imap.cap.other(XFOO)");
    EXPECT_FALSE(e.known); // XFOO is not in the catalog
    EXPECT_EQ(
        s(t.srv("a1 OK Pre-login capabilities listed, post-login capabilities have more.").key),
        "imap.tagged.OK(CAPABILITY)");

    e = t.c("a2 LOGIN alice *****");
    EXPECT_EQ(s(e.key), "cmd.imap.LOGIN+imap.login.masked");
    EXPECT_FALSE(e.text.contains(u("alice")));
    e = t.srv("a2 OK [CAPABILITY IMAP4rev1 MOVE] Logged in");
    EXPECT_EQ(s(e.key),
              "imap.tagged.OK.LOGIN+code.imap.CAPABILITY+imap.cap.IMAP4rev1+imap.cap.MOVE");
    EXPECT_TRUE(e.text.startsWith(u("Logged in"))) << s(e.text);
}

TEST(LineExplainerImap, SelectFetchAndUntaggedData)
{
    Session t;
    t.srv("* OK ready");
    t.c("a3 SELECT INBOX (QRESYNC (1700000000 5 1:5))");
    EXPECT_EQ(s(t.srv("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)").key),
              "imap.untagged.FLAGS+imap.flag.\\ANSWERED+imap.flag.\\FLAGGED+imap.flag.\\DELETED+"
              "imap.flag.\\SEEN+imap.flag.\\DRAFT+imap.flag.$FORWARDED");
    LineExplanation e = t.srv("* 3 EXISTS");
    EXPECT_EQ(s(e.key), "imap.untagged.EXISTS(3)");
    EXPECT_EQ(s(e.text), "The mailbox now holds 3 messages");
    EXPECT_EQ(s(e.source), "RFC 9051 §7.4.1");
    EXPECT_EQ(s(e.link.toString()), "https://www.rfc-editor.org/rfc/rfc9051#section-7.4.1");
    EXPECT_EQ(s(t.srv("* 0 RECENT").key), "imap.untagged.RECENT(0)");
    e = t.srv("* OK [UIDVALIDITY 1700000000] UIDs valid");
    EXPECT_EQ(s(e.key), "imap.untagged.OK+code.imap.UIDVALIDITY");
    EXPECT_TRUE(e.text.contains(u("[UIDVALIDITY]"))) << s(e.text);
    EXPECT_TRUE(e.source.contains(u("RFC 3501 §7.1"))) << s(e.source);
    EXPECT_EQ(s(t.srv("* OK [HIGHESTMODSEQ 12] Highest").key),
              "imap.untagged.OK+code.imap.HIGHESTMODSEQ");
    e = t.srv("* VANISHED (EARLIER) 1:2");
    EXPECT_EQ(s(e.key), "imap.untagged.VANISHED.EARLIER");
    EXPECT_TRUE(e.text.contains(u("while the client was away"))) << s(e.text);
    EXPECT_EQ(s(t.srv("* VANISHED 4").key), "imap.untagged.VANISHED");
    e = t.srv("a3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).");
    EXPECT_EQ(s(e.key), "imap.tagged.OK.SELECT+code.imap.READ-WRITE");

    e = t.c("a4 UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]) "
            "(CHANGEDSINCE 5 VANISHED)");
    EXPECT_EQ(s(e.key), "cmd.imap.FETCH+imap.uid+imap.fetch.UID+imap.fetch.FLAGS+"
                        "imap.fetch.RFC822.SIZE+imap.fetch.BODY.PEEK[]+imap.fetch.CHANGEDSINCE+"
                        "imap.fetch.VANISHED");
    e = t.srv("* 1 FETCH (UID 7 MODSEQ (9) FLAGS (\\Seen) RFC822.SIZE 1234 "
              "BODY[HEADER.FIELDS (FROM SUBJECT)] {58 bytes} INTERNALDATE \"06-Dec-2026 "
              "10:00:00 +0000\" ENVELOPE (NIL \"hi\" NIL NIL NIL NIL NIL NIL NIL NIL) "
              "BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1))");
    EXPECT_EQ(s(e.key), "imap.untagged.FETCH(1)+imap.fetch.UID+imap.fetch.MODSEQ+imap.fetch.FLAGS+"
                        "imap.fetch.RFC822.SIZE+imap.fetch.BODY[]+imap.fetch.INTERNALDATE+"
                        "imap.fetch.ENVELOPE+imap.fetch.BODYSTRUCTURE");
    EXPECT_EQ(s(e.text), "Data about message 1, item by item");
    EXPECT_TRUE(e.known);
    const QStringList detailLines = e.detail.split(QLatin1Char('\n'));
    EXPECT_EQ(detailLines.size(), 8) << s(e.detail);
    EXPECT_TRUE(detailLines.value(0).contains(u("UID: the message's unique identifier")))
        << s(e.detail);
    EXPECT_EQ(s(t.srv("a4 OK Fetch completed.").key), "imap.tagged.OK(UID FETCH)");

    EXPECT_EQ(s(t.srv("* 2 EXPUNGE").key), "imap.untagged.EXPUNGE(2)");
    t.c("a5 UID SEARCH RETURN (ALL COUNT) UNSEEN");
    e = t.srv("* ESEARCH (TAG \"a5\") UID ALL 1:3,5 COUNT 4");
    EXPECT_EQ(s(e.key), "imap.untagged.ESEARCH+imap.esearch.TAG+imap.esearch.UID+"
                        "imap.esearch.ALL+imap.esearch.COUNT");
    EXPECT_EQ(s(t.srv("a5 OK Search completed").key), "imap.tagged.OK(UID SEARCH)");
}

TEST(LineExplainerImap, ListAttributesIncludingSpecialUse)
{
    Session t;
    t.srv("* OK ready");
    EXPECT_EQ(s(t.c("a6 LIST \"\" *").key), "cmd.imap.LIST");
    LineExplanation e = t.srv("* LIST (\\HasNoChildren \\Sent) \"/\" Sent");
    EXPECT_EQ(s(e.key), "imap.untagged.LIST+imap.list.\\HASNOCHILDREN+imap.list.\\SENT");
    EXPECT_TRUE(e.detail.contains(u("special use"))) << s(e.detail);
    EXPECT_EQ(s(e.source), "RFC 9051 §7.3.1"); // the line's own; the items cite theirs
    EXPECT_TRUE(e.detail.contains(u("(RFC 6154 §2)"))) << s(e.detail);
    e = t.srv("* LIST (\\Noselect \\HasChildren \\Trash \\Junk \\Drafts \\Archive) \"/\" x");
    EXPECT_TRUE(e.known) << s(e.key);
    e = t.srv("* LIST (\\Weird) \"/\" x");
    EXPECT_EQ(s(e.key), "imap.untagged.LIST+imap.list.other(\\Weird)");
    EXPECT_FALSE(e.known);
    e = t.srv("* STATUS INBOX (MESSAGES 3 UIDNEXT 8 UNSEEN 1 HIGHESTMODSEQ 20)");
    EXPECT_EQ(s(e.key), "imap.untagged.STATUS+imap.status.MESSAGES+imap.status.UIDNEXT+"
                        "imap.status.UNSEEN+imap.status.HIGHESTMODSEQ");
    EXPECT_EQ(s(t.srv("a6 OK List completed").key), "imap.tagged.OK(LIST)");
    EXPECT_EQ(s(t.srv("* NAMESPACE ((\"\" \"/\")) NIL NIL").key), "imap.untagged.NAMESPACE");
    EXPECT_EQ(s(t.srv("* ENABLED QRESYNC").key), "imap.untagged.ENABLED+imap.cap.QRESYNC");
    EXPECT_EQ(s(t.srv("* ID (\"name\" \"Dovecot\")").key), "imap.untagged.ID");
}

TEST(LineExplainerImap, TaggedNoWithTryCreateAndBad)
{
    Session t;
    t.srv("* OK ready");
    EXPECT_EQ(s(t.c("a7 APPEND Archive (\\Seen) {310}").key), "cmd.imap.APPEND+imap.literal.sync");
    EXPECT_EQ(s(t.srv("+ OK").key), "imap.continue.literal");
    t.explainer.noteBody(Direction::ClientToServer, 310);
    EXPECT_EQ(s(t.c("").key), "imap.command.continued");
    LineExplanation e = t.srv("a7 NO [TRYCREATE] Mailbox doesn't exist: Archive");
    EXPECT_EQ(s(e.key), "imap.tagged.NO(APPEND)+code.imap.TRYCREATE");
    EXPECT_TRUE(e.text.startsWith(u("APPEND failed"))) << s(e.text);
    EXPECT_TRUE(e.text.contains(u("[TRYCREATE] The target mailbox"))) << s(e.text);
    EXPECT_TRUE(e.known);

    // A literal that ends its command: the next line is a new command.
    t.c("a9 APPEND Sent {20}");
    t.srv("+ OK");
    t.explainer.noteBody(Direction::ClientToServer, 20);
    EXPECT_EQ(s(t.c("a10 NOOP").key), "cmd.imap.NOOP");
    EXPECT_EQ(s(t.srv("a9 OK [APPENDUID 1 2] Append completed.").key),
              "imap.tagged.OK(APPEND)+code.imap.APPENDUID");

    e = t.c("a8 FROB x");
    EXPECT_EQ(s(e.key), "imap.cmd.unknown(FROB)");
    EXPECT_FALSE(e.known);
    EXPECT_EQ(s(t.srv("a8 BAD Error in IMAP command FROB: Unknown command.").key),
              "imap.tagged.BAD(FROB)");
    EXPECT_EQ(s(t.srv("zz OK what?").key), "imap.tagged.OK.any");
    EXPECT_FALSE(t.srv("garbage").known);
    EXPECT_FALSE(t.c("LOGOUT").known); // no tag
}

TEST(LineExplainerImap, LiteralPlusIdleAuthenticateAndLogout)
{
    Session t;
    t.srv("* OK ready");
    EXPECT_EQ(s(t.c("a1 LOGIN {5+}").key),
              "cmd.imap.LOGIN+imap.login.masked+imap.literal.non-sync");
    EXPECT_EQ(s(t.c("alice *****").key), "imap.literal.client");
    t.srv("a1 OK Logged in");

    Session a;
    a.srv("* OK ready");
    LineExplanation e = a.c("a1 AUTHENTICATE PLAIN");
    EXPECT_EQ(s(e.key), "cmd.imap.AUTHENTICATE+sasl.mech.PLAIN");
    EXPECT_EQ(s(a.srv("+ ").key), "sasl.empty-challenge");
    e = a.c("<\\0alice\\0*****>");
    EXPECT_EQ(s(e.key), "sasl.plain.response");
    EXPECT_FALSE(e.text.contains(u("alice")));
    EXPECT_EQ(s(a.srv("a1 OK Logged in").key), "imap.tagged.OK.AUTHENTICATE");
    a.c("a2 SELECT INBOX");
    a.srv("a2 OK [READ-WRITE] done");
    EXPECT_EQ(s(a.c("a3 IDLE").key), "cmd.imap.IDLE");
    EXPECT_EQ(s(a.srv("+ idling").key), "imap.continue.idle");
    EXPECT_EQ(s(a.srv("* 4 EXISTS").key), "imap.untagged.EXISTS(4)");
    EXPECT_EQ(s(a.c("DONE").key), "cmd.imap.DONE");
    EXPECT_EQ(s(a.srv("a3 OK Idle completed").key), "imap.tagged.OK.IDLE");
    a.c("a4 LOGOUT");
    EXPECT_EQ(s(a.srv("* BYE Logging out").key), "imap.untagged.BYE.LOGOUT");
    EXPECT_EQ(s(a.srv("a4 OK Logout completed.").key), "imap.tagged.OK.LOGOUT");
}
