// SPDX-License-Identifier: GPL-3.0-or-later
// Classes of real-world messages read wrong before (issue "the course's whole
// picture", §4), each with a message of our own: encoded-words inside
// addresses, display names that imitate an address, obsolete header syntax, a
// delimiter line with text after it, base64 after its padding, and malformed
// encoded-words. Every path that shows a sender is checked: the store's row
// (POP3 and local mail), the IMAP envelope row, the reader's header and the
// list column.
#include "imap/ImapEnvelope.h"
#include "imap/ImapResponse.h"
#include "mime/AddressHeader.h"
#include "mime/HeaderFields.h"
#include "mime/MessageContent.h"
#include "mime/MimeCharset.h"
#include "mime/MimeTree.h"
#include "mime/TransferDecoder.h"
#include "store/MessageSummary.h"
#include "sync/ImapMessageRow.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

// "=?utf-8?b?Y2VvQGJhbmsuZXhhbXBsZQ==?=" is "ceo@bank.example" in base64.
const QByteArray kMailsploit = "From: =?utf-8?b?Y2VvQGJhbmsuZXhhbXBsZQ==?=@evil.example\r\n"
                               "To: alice@example.test\r\n"
                               "Subject: urgent\r\n"
                               "\r\n"
                               "Pay now.\r\n";

} // namespace

TEST(RealWorldHeaders, EncodedWordInsideAnAddressIsNeverDecodedIntoIt)
{
    // RFC 2047 §5: encoded-words only in phrases and comments.
    const StoredMessage row = MessageSummary::summarize(kMailsploit);
    EXPECT_EQ(row.fromAddress, QStringLiteral("=?utf-8?b?Y2VvQGJhbmsuZXhhbXBsZQ==?=@evil.example"));
    EXPECT_FALSE(row.fromAddress.startsWith(QStringLiteral("ceo@bank.example")));

    const QList<HeaderMailbox> boxes = AddressHeader::parse("=?utf-8?q?ceo=40bank.example?= <=?utf-8?q?x?=@evil.example>");
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_EQ(boxes[0].name, QStringLiteral("ceo@bank.example")); // the phrase is decoded...
    EXPECT_EQ(boxes[0].address, QStringLiteral("=?utf-8?q?x?=@evil.example")); // ...the address is not

    // The reader's header line.
    const MessageContent content = MessageContent::fromRaw(kMailsploit);
    EXPECT_TRUE(content.from.text.contains(QStringLiteral("@evil.example"))) << content.from.text.toStdString();
    EXPECT_FALSE(content.from.text.startsWith(QStringLiteral("ceo@bank.example")));
}

TEST(RealWorldHeaders, ImapEnvelopeAddressIsNotDecodedEither)
{
    ImapFetch f;
    f.uid = 7;
    f.envelope = std::make_shared<ImapEnvelope>();
    ImapAddress from;
    from.name = "=?utf-8?q?Bank?=";
    from.mailbox = "=?utf-8?b?Y2VvQGJhbmsuZXhhbXBsZQ==?=";
    from.host = "evil.example";
    f.envelope->from.append(from);
    ImapAddress to;
    to.mailbox = "=?utf-8?q?bob?=";
    to.host = "example.test";
    f.envelope->to.append(to);
    const StoredMessage m = ImapMessageRow::fromFetch(f, nullptr);
    EXPECT_EQ(m.fromName, QStringLiteral("Bank"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("=?utf-8?b?Y2VvQGJhbmsuZXhhbXBsZQ==?=@evil.example"));
    EXPECT_EQ(m.to, QStringLiteral("=?utf-8?q?bob?=@example.test"));
}

TEST(RealWorldHeaders, NameThatImitatesAnAddressIsQuotedBesideTheRealOne)
{
    const QByteArray raw = "From: =?utf-8?q?ceo=40bank=2Eexample_=3Cceo=40bank=2Eexample=3E?= <eve@evil.example>\r\n"
                           "To: \"Bob\" <bob@example.test>\r\n\r\nx\r\n";
    const StoredMessage row = MessageSummary::summarize(raw);
    EXPECT_EQ(row.fromName, QStringLiteral("ceo@bank.example <ceo@bank.example>"));
    EXPECT_EQ(row.fromAddress, QStringLiteral("eve@evil.example"));

    // The list column (one short sender): quoted, with the real address.
    const QString shown = AddressHeader::shortForm(row.fromName, row.fromAddress);
    EXPECT_EQ(shown, QStringLiteral("\"ceo@bank.example <ceo@bank.example>\" <eve@evil.example>"));
    // A plain name stays short.
    EXPECT_EQ(AddressHeader::shortForm(QStringLiteral("Bob"), QStringLiteral("bob@x")), QStringLiteral("Bob"));
    EXPECT_EQ(AddressHeader::shortForm(QString(), QStringLiteral("bob@x")), QStringLiteral("bob@x"));
    // A quote inside the name is escaped, so the name cannot close its quotes early.
    EXPECT_EQ(AddressHeader::format(QStringLiteral("a\" <ceo@bank.example>"), QStringLiteral("eve@evil.example")),
              QStringLiteral("\"a\\\" <ceo@bank.example>\" <eve@evil.example>"));

    // The reader: the real address is visible after the quoted name.
    const MessageContent content = MessageContent::fromRaw(raw);
    EXPECT_TRUE(content.from.text.endsWith(QStringLiteral("<eve@evil.example>"))) << content.from.text.toStdString();
    EXPECT_TRUE(content.from.text.startsWith(QLatin1Char('"'))) << content.from.text.toStdString();
    // The display list of a recipient field, as the store keeps it.
    EXPECT_EQ(MessageSummary::displayList("=?utf-8?q?a=40b?= <c@d>, plain@e"),
              QStringLiteral("\"a@b\" <c@d>, plain@e"));
}

TEST(RealWorldHeaders, ObsoleteBlanksBeforeTheColonAreAccepted)
{
    // RFC 5322 §4.5 (obs-*), Appendix A.6.3: "Subject     : Hello".
    const QByteArray raw = "From    : Ann <ann@example.test>\r\n"
                           "Subject     : Hello\r\n"
                           "Date\t: Thu, 13 Feb 1969 23:32:54 -0330\r\n"
                           "\r\nbody\r\n";
    EXPECT_EQ(HeaderFields::raw(raw, "Subject"), QByteArray("Hello"));
    const StoredMessage row = MessageSummary::summarize(raw);
    EXPECT_EQ(row.subject, QStringLiteral("Hello"));
    EXPECT_EQ(row.fromAddress, QStringLiteral("ann@example.test"));
    EXPECT_TRUE(row.date.isValid());
    const MessageContent content = MessageContent::fromRaw(raw);
    EXPECT_EQ(content.subject.text, QStringLiteral("Hello"));
    // A longer name is not taken for a shorter one ("Subjects: x" is not Subject).
    EXPECT_TRUE(HeaderFields::raw("Subjects: x\r\n\r\n", "Subject").isNull());
}

TEST(RealWorldHeaders, DelimiterFollowedByTextStillStartsAPart)
{
    // RFC 2046 §5.1.1, note to implementors: the boundary need only start the line.
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
                           "\r\n"
                           "--b1 this text is not part of the delimiter's meaning\r\n"
                           "Content-Type: text/plain\r\n"
                           "\r\n"
                           "first\r\n"
                           "--b1\r\n"
                           "Content-Type: text/plain\r\n"
                           "\r\n"
                           "second\r\n"
                           "--b1--\r\n";
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root.has_value()) << error.toStdString();
    ASSERT_EQ(root->children.size(), 2);
    EXPECT_EQ(MimeTree::decodedBody(raw, root->children[0]), QByteArray("first"));
    EXPECT_EQ(MimeTree::decodedBody(raw, root->children[1]), QByteArray("second"));
    EXPECT_TRUE(root->defects.join(QLatin1Char('\n')).contains(QStringLiteral("Text after the part delimiter")))
        << root->defects.join(QLatin1Char('\n')).toStdString();
}

TEST(RealWorldHeaders, Base64StopsAtThePaddingAndReportsWhatFollows)
{
    // "aGk=" is "hi"; what follows the padding must not decode into garbage.
    const QByteArray body = "aGk=\r\nR0FSQkFHRQ==\r\n";
    EXPECT_EQ(TransferDecoder::decode("base64", body.constData(), body.size()), QByteArray("hi"));
    EXPECT_EQ(TransferDecoder::decodedSize("base64", body.constData(), body.size()), 2);
    EXPECT_EQ(TransferDecoder::base64TrailingData(body.constData(), body.size()), 6);
    const QByteArray clean = "aGk=\r\n";
    EXPECT_EQ(TransferDecoder::base64TrailingData(clean.constData(), clean.size()), -1);

    const QByteArray raw = "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body;
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(MimeTree::decodedBody(raw, *root), QByteArray("hi"));
    EXPECT_TRUE(root->defects.join(QLatin1Char('\n')).contains(QStringLiteral("after the padding")))
        << root->defects.join(QLatin1Char('\n')).toStdString();
    // Unpadded base64 still decodes whole.
    const QByteArray unpadded = "aGk";
    EXPECT_EQ(TransferDecoder::decode("base64", unpadded.constData(), unpadded.size()), QByteArray("hi"));
}

TEST(RealWorldHeaders, MalformedEncodedWordIsShownAsWritten)
{
    // RFC 2047 §6.3: "VEVTVA=" is not whole base64; the word stays as it is.
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?NONE?B?VEVTVA=?="), QStringLiteral("=?NONE?B?VEVTVA=?="));
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?utf-8?Q?bad=ZZhex?="), QStringLiteral("=?utf-8?Q?bad=ZZhex?="));
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?utf-8?X?abc?="), QStringLiteral("=?utf-8?X?abc?="));
    const QByteArray raw = "Subject: =?NONE?B?VEVTVA=?=\r\n\r\nx\r\n";
    EXPECT_EQ(MessageSummary::summarize(raw).subject, QStringLiteral("=?NONE?B?VEVTVA=?="));
    EXPECT_EQ(MessageContent::fromRaw(raw).subject.text, QStringLiteral("=?NONE?B?VEVTVA=?="));

    // Well-formed words still decode, with the blanks between adjacent words
    // dropped (RFC 2047 §6.2) and kept beside plain text.
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?utf-8?Q?Relat=C3=B3rio?= =?utf-8?B?IGRl?= a\xc3\xa7\xc3\xa3o"),
              QStringLiteral("Relatório de ação"));
    EXPECT_EQ(MimeCharset::decodeEncodedWords("Re: =?ISO-8859-1?Q?Jo=E3o?= e Maria"), QStringLiteral("Re: João e Maria"));
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?utf-8*pt?Q?ol=C3=A1?="), QStringLiteral("olá")); // RFC 2231 §5
    EXPECT_EQ(MimeCharset::decodeEncodedWords("=?utf-8?B?w6k?="), QStringLiteral("é")); // padding left out
}

TEST(RealWorldHeaders, HostileRunsOfEncodedWordStartsCostLinearTime)
{
    // 100,000 "=?a?B?" openings that never close: linear time, every byte kept.
    QByteArray hostile;
    for (int i = 0; i < 100000; ++i)
        hostile += "=?a?B?";
    hostile += "x";
    EXPECT_EQ(MimeCharset::decodeEncodedWords(hostile), QString::fromLatin1(hostile));
}
