// SPDX-License-Identifier: GPL-3.0-or-later
// Status lines, CAPA, LIST/UIDL/STAT lines and the UIDL selection that keeps
// "leave on server" free of duplicates.
#include "pop3/Pop3Apop.h"
#include "pop3/Pop3Capabilities.h"
#include "pop3/Pop3Listing.h"
#include "pop3/Pop3Request.h"
#include "pop3/Pop3Response.h"
#include "pop3/Pop3Selection.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(Pop3Response, StatusCodeAndText)
{
    auto r = Pop3Response::parse("+OK 2 320", false);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->isOk());
    EXPECT_EQ(r->text, QByteArray("2 320"));
    EXPECT_TRUE(r->code.isEmpty());

    r = Pop3Response::parse("-ERR [in-use] locked", false);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->isErr());
    EXPECT_EQ(r->code, QByteArray("IN-USE"));
    EXPECT_EQ(r->text, QByteArray("locked"));
    EXPECT_TRUE(r->isTemporary());
    EXPECT_TRUE(r->describe().contains(QStringLiteral("RFC 2449")));

    r = Pop3Response::parse("-ERR", false);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->text.isEmpty());

    // Not a code: brackets that do not close, or with spaces inside.
    r = Pop3Response::parse("-ERR [not a code] x", false);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->code.isEmpty());
    EXPECT_EQ(r->text, QByteArray("[not a code] x"));

    EXPECT_FALSE(Pop3Response::parse("+ abc", false));
    r = Pop3Response::parse("+ abc", true);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->isContinuation());
    EXPECT_EQ(r->text, QByteArray("abc"));
    EXPECT_TRUE(Pop3Response::parse("+", true));
    for (const char *bad : {"", "OK", "+OKAY", "-ERROR", "250 ok", "+o"})
        EXPECT_FALSE(Pop3Response::parse(bad, true)) << bad;
}

TEST(Pop3Capabilities, FromCapa)
{
    const Pop3Capabilities c = Pop3Capabilities::fromCapa(
        {"TOP", "UIDL", "RESP-CODES", "PIPELINING", "AUTH-RESP-CODE", "stls", "USER",
         "SASL PLAIN LOGIN  scram-sha-256", "IMPLEMENTATION Dovecot", "LOGIN-DELAY 900",
         "EXPIRE NEVER"});
    EXPECT_TRUE(c.known && c.top && c.uidl && c.respCodes && c.pipelining && c.authRespCode &&
                c.stls && c.user);
    EXPECT_EQ(c.saslMechanisms,
              (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("SCRAM-SHA-256")}));
    EXPECT_EQ(c.implementation, QByteArray("Dovecot"));
    EXPECT_EQ(c.loginDelay, QByteArray("900"));
    EXPECT_EQ(c.expire, QByteArray("NEVER"));
    const Pop3Capabilities none = Pop3Capabilities::fromCapa({});
    EXPECT_TRUE(none.known);
    EXPECT_FALSE(none.stls || none.user || none.pipelining);
}

TEST(Pop3Listing, ScanUidlStat)
{
    auto s = Pop3Listing::parseScan("2 200");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->number, 2);
    EXPECT_EQ(s->size, 200);
    EXPECT_TRUE(Pop3Listing::parseScan("3 120 extra info"));
    for (const char *bad : {"", "1", "0 12", "x 1", "1 -5", "1 1e3", "99999999999 1"})
        EXPECT_FALSE(Pop3Listing::parseScan(bad)) << bad;

    auto u = Pop3Listing::parseUidl("1 whqtswO00WBw418f9t5JxYwZ");
    ASSERT_TRUE(u);
    EXPECT_EQ(u->uidl, QByteArray("whqtswO00WBw418f9t5JxYwZ"));
    EXPECT_FALSE(Pop3Listing::parseUidl("1 " + QByteArray(71, 'a')));
    EXPECT_TRUE(Pop3Listing::parseUidl("1 " + QByteArray(70, 'a')));
    EXPECT_FALSE(Pop3Listing::parseUidl("1 a b"));
    EXPECT_FALSE(Pop3Listing::parseUidl(QByteArray("1 a\x01")));
    EXPECT_FALSE(Pop3Listing::parseUidl("1"));

    auto st = Pop3Listing::parseStat("2 320");
    ASSERT_TRUE(st);
    EXPECT_EQ(st->first, 2);
    EXPECT_EQ(st->second, 320);
    EXPECT_FALSE(Pop3Listing::parseStat("two"));
}

TEST(Pop3Selection, MergesListingsAndSkipsKnownUidls)
{
    QString error;
    const auto all = Pop3Selection::merge({"2 uid-b", "1 uid-a", "3 uid-c"},
                                          {"1 100", "2 200", "3 300"}, &error);
    ASSERT_TRUE(all) << error.toStdString();
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).number, 1);
    EXPECT_EQ(all->at(0).size, 100);
    EXPECT_EQ(all->at(1).uidl, QByteArray("uid-b"));

    // Second run of "keep on server": what was stored is not downloaded again.
    const QList<Pop3MessageInfo> fresh = Pop3Selection::unseen(*all, {"uid-a", "uid-c"});
    ASSERT_EQ(fresh.size(), 1);
    EXPECT_EQ(fresh[0].uidl, QByteArray("uid-b"));
    EXPECT_TRUE(Pop3Selection::unseen(*all, {"uid-a", "uid-b", "uid-c"}).isEmpty());
    EXPECT_EQ(Pop3Selection::unseen(*all, {}).size(), 3);
}

TEST(Pop3Selection, AUidlListedTwiceIsDownloadedOnce)
{
    QString error;
    const auto all = Pop3Selection::merge({"1 same", "2 same", "3 other"}, {"1 1", "2 2", "3 3"}, &error);
    ASSERT_TRUE(all);
    const QList<Pop3MessageInfo> fresh = Pop3Selection::unseen(*all, {});
    ASSERT_EQ(fresh.size(), 2);
    EXPECT_EQ(fresh[0].number, 1);
    EXPECT_EQ(fresh[1].number, 3);
}

TEST(Pop3Selection, InconsistentListingsAreErrors)
{
    QString error;
    EXPECT_FALSE(Pop3Selection::merge({"1 a", "2 b"}, {"1 10"}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(Pop3Selection::merge({"1 a"}, {"1 10", "2 20"}, &error));
    EXPECT_FALSE(Pop3Selection::merge({"1 a", "1 b"}, {"1 10"}, &error));
    EXPECT_FALSE(Pop3Selection::merge({"1 a"}, {"1 10", "1 10"}, &error));
    EXPECT_FALSE(Pop3Selection::merge({"garbage"}, {"1 10"}, &error));
    EXPECT_TRUE(Pop3Selection::merge({}, {}, &error));
}

TEST(Pop3Apop, TimestampAndDigest)
{
    // The example of RFC 1939 §7.
    const QByteArray ts = Pop3Apop::timestamp("POP3 server ready <1896.697170952@dbc.mtview.ca.us>");
    EXPECT_EQ(ts, QByteArray("<1896.697170952@dbc.mtview.ca.us>"));
    EXPECT_EQ(Pop3Apop::digest(ts, "tanstaaf"), QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
    for (const char *none : {"Dovecot ready.", "ready <no-at-sign>", "ready <a b@c>", "ready <x@y",
                             "ready >x@y<"})
        EXPECT_TRUE(Pop3Apop::timestamp(none).isEmpty()) << none;
    EXPECT_TRUE(Pop3Apop::timestamp("<" + QByteArray(300, 'a') + "@b>").isEmpty());
}

TEST(Pop3Request, LinesAndAnswerShapes)
{
    using K = Pop3Request::Kind;
    EXPECT_EQ((Pop3Request{K::Top, 2, 0}).line(), QByteArray("TOP 2 0"));
    EXPECT_EQ((Pop3Request{K::Retr, 17, 0}).line(), QByteArray("RETR 17"));
    EXPECT_EQ((Pop3Request{K::Uidl, 0, 0}).line(), QByteArray("UIDL"));
    EXPECT_TRUE((Pop3Request{K::Uidl, 0, 0}).multiLine());
    EXPECT_FALSE((Pop3Request{K::Uidl, 3, 0}).multiLine());
    EXPECT_TRUE((Pop3Request{K::List, 0, 0}).multiLine());
    EXPECT_FALSE((Pop3Request{K::List, 1, 0}).multiLine());
    EXPECT_TRUE((Pop3Request{K::Retr, 1, 0}).hasBody());
    EXPECT_FALSE((Pop3Request{K::Dele, 1, 0}).multiLine());
    for (K k : {K::Stat, K::List, K::Uidl, K::Top, K::Retr, K::Dele, K::Rset, K::Noop})
        EXPECT_STRNE(Pop3Request::verb(k), "?");
}
