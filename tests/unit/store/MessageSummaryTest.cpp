// SPDX-License-Identifier: GPL-3.0-or-later
// MessageSummary: the list row of a raw message (RFC 5322 fields, RFC 2047 words, MIME attachments).
#include "store/MessageSummary.h"

#include <gtest/gtest.h>

using namespace carteiro;

TEST(MessageSummary, DecodesTheListFields)
{
    const QByteArray raw =
        "Return-Path: <ze@example.test>\r\n"
        "From: =?UTF-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@example.test>\r\n"
        "To: Bob <bob@example.test>,\r\n \"Silva, Ana\" <ana@example.test>, carol@example.test\r\n"
        "Cc: =?ISO-8859-1?Q?Jo=E3o?= <joao@example.test>\r\n"
        "Subject: =?UTF-8?B?UmVsYXTDs3JpbyBkZSBhw6fDo28=?=\r\n"
        "Date: Sun, 22 Nov 2026 18:30:15 -0300 (BRT)\r\n"
        "Message-ID: <abc.123@example.test>\r\n"
        "In-Reply-To: <parent@example.test>\r\n"
        "References: <root@example.test>\r\n\t<parent@example.test>\r\n"
        "\r\n"
        "Subject: not a header\r\n";
    const StoredMessage m = MessageSummary::summarize(raw);
    EXPECT_TRUE(m.envelopeKnown);
    EXPECT_EQ(m.size, raw.size());
    EXPECT_EQ(m.fromName, QStringLiteral("Zé Ninguém"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("ze@example.test"));
    EXPECT_EQ(m.to, QStringLiteral("Bob <bob@example.test>, \"Silva, Ana\" <ana@example.test>, carol@example.test"));
    EXPECT_EQ(m.cc, QStringLiteral("João <joao@example.test>"));
    EXPECT_EQ(m.subject, QStringLiteral("Relatório de ação"));
    EXPECT_EQ(m.date, QDateTime(QDate(2026, 11, 22), QTime(21, 30, 15), Qt::UTC));
    EXPECT_EQ(m.date.timeSpec(), Qt::UTC);
    EXPECT_EQ(m.messageId, QByteArray("<abc.123@example.test>"));
    EXPECT_EQ(m.inReplyTo, QByteArray("<parent@example.test>"));
    EXPECT_EQ(m.references, QByteArray("<root@example.test> <parent@example.test>"));
    EXPECT_FALSE(m.hasAttachments);
    EXPECT_EQ(m.uid, 0u);
    EXPECT_TRUE(m.uidl.isEmpty());
}

TEST(MessageSummary, OldFormsGroupsAndMissingFields)
{
    // LF-only, an old "addr (Name)" From, a group in To, no Date, no Subject.
    const QByteArray raw = "From: bob@example.test (Bob Builder)\n"
                           "To: undisclosed-recipients:;\n"
                           "Cc: Team: ana@example.test, \"Dr. Who\" <who@example.test>;\n"
                           "\n"
                           "hi\n";
    const StoredMessage m = MessageSummary::summarize(raw);
    EXPECT_EQ(m.fromName, QStringLiteral("Bob Builder"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("bob@example.test"));
    EXPECT_TRUE(m.to.isEmpty());
    EXPECT_EQ(m.cc, QStringLiteral("ana@example.test, \"Dr. Who\" <who@example.test>")); // "." needs quotes
    EXPECT_TRUE(m.subject.isEmpty());
    EXPECT_FALSE(m.date.isValid());
    EXPECT_TRUE(m.messageId.isEmpty());
}

TEST(MessageSummary, HostileHeadersAreDefused)
{
    // An encoded NUL and newline in the subject and the display name never reach a view;
    // a date that is not a date is "unknown", not a guess.
    const QByteArray raw = "From: =?UTF-8?Q?Eve=00=0D=0AX-Evil:_1?= <eve@example.test>\r\n"
                           "Subject: =?UTF-8?Q?a=0Ab=00c?=\r\n"
                           "Date: yesterday at noon\r\n"
                           "\r\n";
    const StoredMessage m = MessageSummary::summarize(raw);
    EXPECT_EQ(m.subject, QStringLiteral("abc"));
    EXPECT_FALSE(m.fromName.contains(QChar(0)));
    EXPECT_FALSE(m.fromName.contains(QLatin1Char('\n')));
    EXPECT_EQ(m.fromAddress, QStringLiteral("eve@example.test"));
    EXPECT_FALSE(m.date.isValid());
    EXPECT_FALSE(MessageSummary::parseDate("").isValid());
    EXPECT_FALSE(MessageSummary::parseDate("Mon, 32 Foo 2026 99:99:99 +0000").isValid());
}

TEST(MessageSummary, AttachmentsFromTheMimeStructure)
{
    const QByteArray withAttachment = "From: a@example.test\r\n"
                                      "MIME-Version: 1.0\r\n"
                                      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
                                      "\r\n"
                                      "--b1\r\n"
                                      "Content-Type: text/plain; charset=utf-8\r\n"
                                      "\r\n"
                                      "see attached\r\n"
                                      "--b1\r\n"
                                      "Content-Type: application/pdf; name=\"r.pdf\"\r\n"
                                      "Content-Disposition: attachment; filename=\"r.pdf\"\r\n"
                                      "Content-Transfer-Encoding: base64\r\n"
                                      "\r\n"
                                      "JVBERi0xLjQK\r\n"
                                      "--b1--\r\n";
    EXPECT_TRUE(MessageSummary::summarize(withAttachment).hasAttachments);
    const QByteArray alternative = "From: a@example.test\r\n"
                                   "Content-Type: multipart/alternative; boundary=\"b2\"\r\n"
                                   "\r\n"
                                   "--b2\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
                                   "--b2\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n"
                                   "--b2--\r\n";
    EXPECT_FALSE(MessageSummary::summarize(alternative).hasAttachments);
    // A header block alone (IMAP BODY[HEADER]) has no parts to look at.
    EXPECT_FALSE(MessageSummary::summarize("Subject: x\r\n\r\n").hasAttachments);
}

TEST(MessageSummary, DisplayListHelpers)
{
    QString name, address;
    MessageSummary::firstMailbox("\"Silva, Ana\" <ana@example.test>, bob@example.test", &name, &address);
    EXPECT_EQ(name, QStringLiteral("Silva, Ana"));
    EXPECT_EQ(address, QStringLiteral("ana@example.test"));
    MessageSummary::firstMailbox("", &name, &address);
    EXPECT_TRUE(name.isEmpty());
    EXPECT_TRUE(address.isEmpty());
    EXPECT_EQ(MessageSummary::displayList("<a@x>, , b@y"), QStringLiteral("a@x, b@y"));
}
