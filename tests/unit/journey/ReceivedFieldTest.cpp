// SPDX-License-Identifier: GPL-3.0-or-later
// The Received: parser (core/mime/ReceivedField.h) on the forms real servers
// write - Postfix, Exim, Sendmail, Exchange, Gmail, qmail, Dovecot's LMTP -
// in samples of our own, and the `with` types of RFC 3848.
// The samples are ASCII literals: let them read as QString here (before any Qt header).
#undef QT_NO_CAST_FROM_ASCII
#include "mime/ReceivedField.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
ReceivedField parse(const char *value)
{
    return ReceivedField::parse(QByteArray(value));
}
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

TEST(ReceivedField, PostfixSubmissionWithTlsAndAuth)
{
    const ReceivedField f = parse(
        "from [127.0.0.1] (localhost [127.0.0.1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
        "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
        "\t(No client certificate requested)\r\n\t(Authenticated sender: alice@example.test)\r\n"
        "\tby mail.example.test (Postfix) with ESMTPSA id 4Xyz1A2bC3\r\n\tfor <bob@example.test>; "
        "Mon,  7 Dec 2026 11:00:05 +0000 (UTC)");
    EXPECT_TRUE(f.understood);
    EXPECT_TRUE(f.problem.isEmpty()) << f.problem.toStdString();
    EXPECT_EQ(f.from, "[127.0.0.1]");
    EXPECT_EQ(f.fromHost, "localhost");
    EXPECT_EQ(f.fromAddress, "127.0.0.1");
    EXPECT_EQ(f.by, "mail.example.test");
    EXPECT_EQ(f.bySoftware, "Postfix");
    EXPECT_EQ(f.with, "ESMTPSA");
    EXPECT_EQ(f.id, "4Xyz1A2bC3");
    EXPECT_EQ(f.forAddress, "bob@example.test");
    EXPECT_TRUE(f.tls.startsWith("TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)")) << f.tls.toStdString();
    EXPECT_EQ(f.authenticated, "alice@example.test");
    EXPECT_EQ(f.comments, QStringList{"No client certificate requested"});
    EXPECT_EQ(f.date, utc(2026, 12, 7, 11, 0, 5));
}

TEST(ReceivedField, PostfixRelayFromUnknownClient)
{
    const ReceivedField f = parse("from client.example (unknown [192.0.2.7]) by mx.example.org (Postfix) with ESMTP "
                                  "id 4QfG5 for <bob@example.org>; Tue, 8 Dec 2026 09:15:00 -0300");
    EXPECT_EQ(f.from, "client.example");
    EXPECT_EQ(f.fromHost, "unknown");
    EXPECT_EQ(f.fromAddress, "192.0.2.7");
    EXPECT_EQ(f.date, utc(2026, 12, 8, 12, 15, 0));
}

TEST(ReceivedField, DovecotLmtp)
{
    const ReceivedField f = parse("from mail.example.test\r\n\tby lab-host with LMTP\r\n\tid kJ1vA3bQdWmYBgAA0J78UA\r\n"
                                  "\t(envelope-from <alice@example.test>)\r\n\tfor <bob@example.test>; "
                                  "Mon, 07 Dec 2026 11:00:06 +0000");
    EXPECT_EQ(f.from, "mail.example.test");
    EXPECT_EQ(f.by, "lab-host");
    EXPECT_EQ(f.with, "LMTP");
    EXPECT_EQ(f.id, "kJ1vA3bQdWmYBgAA0J78UA");
    EXPECT_EQ(f.envelopeFrom, "alice@example.test");
    EXPECT_EQ(f.forAddress, "bob@example.test");
}

TEST(ReceivedField, EximWithHeloAndTlsClause)
{
    const ReceivedField f = parse("from [198.51.100.4] (helo=laptop.home)\n\tby smtp.example.net with esmtpsa "
                                  "(TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from "
                                  "<carol@example.net>)\n\tid 1r2AbC-000XyZ-3q\n\tfor dave@example.com; "
                                  "Wed, 09 Dec 2026 14:02:11 +0100");
    EXPECT_EQ(f.fromAddress, "198.51.100.4");
    EXPECT_EQ(f.fromHelo, "laptop.home");
    EXPECT_EQ(f.by, "smtp.example.net");
    EXPECT_EQ(f.with, "esmtpsa");
    EXPECT_EQ(f.tls, "TLS1.3");
    EXPECT_TRUE(f.extra.contains("tls")) << f.extra.join(' ').toStdString();
    EXPECT_EQ(f.envelopeFrom, "carol@example.net");
    EXPECT_EQ(f.id, "1r2AbC-000XyZ-3q");
    EXPECT_EQ(f.forAddress, "dave@example.com");
    EXPECT_EQ(f.date, utc(2026, 12, 9, 13, 2, 11));
}

TEST(ReceivedField, SendmailWithVersionComment)
{
    const ReceivedField f = parse("from host.example.com (host.example.com [192.0.2.5])\n\tby mail.example.org "
                                  "(8.17.1/8.17.1) with ESMTPS id 0B7AbCdE012345\n\t(version=TLSv1.3 "
                                  "cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <bob@example.org>; "
                                  "Mon, 7 Dec 2026 10:00:00 -0500");
    EXPECT_EQ(f.fromHost, "host.example.com");
    EXPECT_EQ(f.bySoftware, "8.17.1/8.17.1");
    EXPECT_EQ(f.with, "ESMTPS");
    EXPECT_EQ(f.id, "0B7AbCdE012345");
    EXPECT_TRUE(f.tls.startsWith("version=TLSv1.3")) << f.tls.toStdString();
    EXPECT_EQ(f.date, utc(2026, 12, 7, 15, 0, 0));
}

TEST(ReceivedField, ExchangeMultiWordWith)
{
    const ReceivedField f = parse("from EX01.contoso.example (10.1.2.3) by EX02.contoso.example (10.1.2.4) with "
                                  "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                                  "id 15.2.1118.40; Mon, 7 Dec 2026 12:00:00 +0000");
    EXPECT_EQ(f.from, "EX01.contoso.example");
    EXPECT_EQ(f.fromAddress, "10.1.2.3");
    EXPECT_EQ(f.by, "EX02.contoso.example");
    EXPECT_EQ(f.with, "Microsoft SMTP Server");
    EXPECT_TRUE(f.tls.contains("TLS1_2"));
    EXPECT_EQ(f.id, "15.2.1118.40");
    EXPECT_TRUE(explainWith(f.with).known);
}

TEST(ReceivedField, GmailForms)
{
    const ReceivedField in = parse("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n"
                                   "        by mx.google.com with SMTPS id a1-20020a17090a\n        for "
                                   "<bob@gmail.example>\n        (Google Transport Security);\n        Mon, 07 Dec "
                                   "2026 03:00:01 -0800 (PST)");
    EXPECT_EQ(in.fromHost, "mail-sor-f41.google.com");
    EXPECT_EQ(in.fromAddress, "209.85.220.41");
    EXPECT_EQ(in.with, "SMTPS");
    EXPECT_TRUE(explainWith(in.with).tls);
    EXPECT_EQ(in.date, utc(2026, 12, 7, 11, 0, 1));
    // Google's internal hop: "by" an IPv6 address, no from.
    const ReceivedField internal = parse("by 2002:a05:6a10:8f0e:b0:4e4:1bc with SMTP id b14csp123; "
                                         "Mon, 7 Dec 2026 03:00:02 -0800 (PST)");
    EXPECT_TRUE(internal.understood);
    EXPECT_TRUE(internal.from.isEmpty());
    EXPECT_EQ(internal.by, "2002:a05:6a10:8f0e:b0:4e4:1bc");
    EXPECT_EQ(internal.id, "b14csp123");
}

TEST(ReceivedField, QmailForms)
{
    const ReceivedField note = parse("(qmail 12345 invoked by uid 89); 7 Dec 2026 10:00:00 -0000");
    EXPECT_FALSE(note.understood);
    EXPECT_FALSE(note.problem.isEmpty());
    EXPECT_EQ(note.raw, "(qmail 12345 invoked by uid 89); 7 Dec 2026 10:00:00 -0000");
    EXPECT_EQ(note.date, utc(2026, 12, 7, 10, 0, 0)); // the date is read even so
    const ReceivedField hop = parse("from unknown (HELO pc.example) (203.0.113.9) by mail.example.com with SMTP; "
                                    "7 Dec 2026 10:00:01 -0000");
    EXPECT_EQ(hop.from, "unknown");
    EXPECT_EQ(hop.fromHelo, "pc.example");
    EXPECT_EQ(hop.fromAddress, "203.0.113.9");
    EXPECT_EQ(hop.with, "SMTP");
}

TEST(ReceivedField, IPv6LiteralAndNestedComments)
{
    const ReceivedField f = parse("from [IPv6:2001:db8::25] (host6.example [IPv6:2001:db8::25]) (a (nested (comment))) "
                                  "by mx.example with ESMTP id Q1; Mon, 7 Dec 2026 10:00:00 GMT");
    EXPECT_EQ(f.fromAddress, "2001:db8::25");
    EXPECT_EQ(f.fromHost, "host6.example");
    EXPECT_EQ(f.comments, QStringList{"a (nested (comment))"});
    EXPECT_EQ(f.date, utc(2026, 12, 7, 10, 0, 0));
}

TEST(ReceivedField, UnknownFormKeptRaw)
{
    const ReceivedField f = parse("(relayed by the pony express) somewhere else, long ago");
    EXPECT_FALSE(f.understood);
    EXPECT_EQ(f.raw, "(relayed by the pony express) somewhere else, long ago");
    EXPECT_FALSE(f.problem.isEmpty());
    EXPECT_FALSE(f.date.isValid());
}

TEST(ReceivedField, MissingOrBadDateIsSaid)
{
    const ReceivedField none = parse("from a.example by b.example with ESMTP id X");
    EXPECT_TRUE(none.understood);
    EXPECT_FALSE(none.date.isValid());
    EXPECT_TRUE(none.problem.contains(";"));
    const ReceivedField bad = parse("from a.example by b.example; the thirty-second of Smarch");
    EXPECT_FALSE(bad.date.isValid());
    EXPECT_TRUE(bad.problem.contains("thirty-second")) << bad.problem.toStdString();
}

TEST(ReceivedField, DeepCommentsStopAtTheCap)
{
    QByteArray v = "from a.example ";
    v += QByteArray(5000, '(') + QByteArray(5000, ')');
    v += " by b.example; Mon, 7 Dec 2026 10:00:00 +0000";
    const ReceivedField f = ReceivedField::parse(v);
    EXPECT_TRUE(f.problem.contains(QString::number(ReceivedField::kMaxCommentDepth))) << f.problem.toStdString();
    EXPECT_EQ(f.from, "a.example"); // what came before is kept
}

TEST(ReceivedField, UnclosedCommentIsSaid)
{
    const ReceivedField f = parse("from a.example (never closed by b.example; Mon, 7 Dec 2026 10:00:00 +0000");
    EXPECT_TRUE(f.problem.contains("never closed")) << f.problem.toStdString();
}

TEST(ReceivedField, HugeValueIsCut)
{
    QByteArray v = "from a.example by b.example with ESMTP id ";
    v += QByteArray(200000, 'x');
    const ReceivedField f = ReceivedField::parse(v);
    EXPECT_TRUE(f.cut);
    EXPECT_EQ(f.raw.size(), ReceivedField::kMaxFieldBytes);
    EXPECT_TRUE(f.problem.contains(QString::number(ReceivedField::kMaxFieldBytes)));
    EXPECT_EQ(f.by, "b.example");
}

TEST(WithType, Rfc3848Types)
{
    struct Case { const char *with; bool tls, auth; const char *protocol; };
    const Case cases[] = {{"SMTP", false, false, "SMTP"},    {"ESMTP", false, false, "SMTP"},
                          {"ESMTPA", false, true, "SMTP"},   {"ESMTPS", true, false, "SMTP"},
                          {"ESMTPSA", true, true, "SMTP"},   {"esmtpsa", true, true, "SMTP"},
                          {"LMTP", false, false, "LMTP"},    {"LMTPS", true, false, "LMTP"},
                          {"LMTPSA", true, true, "LMTP"},    {"UTF8SMTPSA", true, true, "SMTP"},
                          {"LMTPA", false, true, "LMTP"}};
    for (const Case &c : cases) {
        const WithType w = explainWith(QString::fromLatin1(c.with));
        EXPECT_TRUE(w.known) << c.with;
        EXPECT_EQ(w.tls, c.tls) << c.with;
        EXPECT_EQ(w.authenticated, c.auth) << c.with;
        EXPECT_EQ(w.protocol, QString::fromLatin1(c.protocol)) << c.with;
        EXPECT_FALSE(w.text.isEmpty()) << c.with;
    }
    EXPECT_TRUE(explainWith("UTF8SMTPSA").source.contains("6531"));
    EXPECT_FALSE(explainWith("carrier-pigeon").known);
    EXPECT_FALSE(explainWith("").known);
}

TEST(TraceDate, ObsoleteForms)
{
    EXPECT_EQ(parseTraceDate("Mon, 7 Dec 2026 10:00:00 +0000 (UTC)"), utc(2026, 12, 7, 10, 0, 0));
    EXPECT_EQ(parseTraceDate("7 Dec 2026 10:00:00 -0000"), utc(2026, 12, 7, 10, 0, 0));
    EXPECT_EQ(parseTraceDate("Mon,  7 Dec 2026 10:00:00 UT"), utc(2026, 12, 7, 10, 0, 0));
    EXPECT_EQ(parseTraceDate("  Mon, 07 Dec 2026 07:00:00 -0300  "), utc(2026, 12, 7, 10, 0, 0));
    EXPECT_FALSE(parseTraceDate("yesterday").isValid());
    EXPECT_FALSE(parseTraceDate("").isValid());
}
