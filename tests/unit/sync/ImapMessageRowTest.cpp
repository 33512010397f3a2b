// ImapMessageRow: the list row read from ENVELOPE and BODYSTRUCTURE, parsed
// from real FETCH lines (ImapResponse) as the sync receives them.
#include "imap/ImapResponse.h"
#include "sync/ImapMessageRow.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

ImapFetch parseFetch(const QByteArray &line)
{
    QString error;
    const auto r = ImapResponse::parse(line, &error);
    EXPECT_TRUE(r.has_value()) << error.toStdString();
    return r ? r->fetch : ImapFetch();
}

const QByteArray kText = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";
const QByteArray kHtml = "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";

bool attachments(const QByteArray &structure)
{
    const ImapFetch f = parseFetch("* 1 FETCH (UID 1 BODYSTRUCTURE " + structure + ")");
    EXPECT_TRUE(f.bodyStructure) << structure.constData();
    return f.bodyStructure && ImapMessageRow::hasAttachments(*f.bodyStructure);
}

TEST(ImapMessageRow, AttachmentsFromBodyStructure)
{
    EXPECT_FALSE(attachments(kText));
    EXPECT_FALSE(attachments("(" + kText + kHtml + " \"alternative\" (\"boundary\" \"x\") NIL NIL NIL)"));
    // A file by disposition, by filename, or by the old name parameter.
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"application\" \"pdf\" NIL NIL NIL \"base64\" 100 NIL (\"attachment\" NIL) NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"image\" \"png\" NIL NIL NIL \"base64\" 100 NIL (\"inline\" (\"filename\" \"a.png\")) NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    EXPECT_TRUE(attachments("(" + kText +
                            "(\"audio\" \"wav\" (\"name\" \"v.wav\") NIL NIL \"base64\" 100 NIL NIL NIL NIL)"
                            " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
    // The main text itself, even with a name, is not an attachment.
    EXPECT_FALSE(attachments("(\"text\" \"plain\" (\"name\" \"body.txt\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)"));
    // An inline text part after the body, without a name: still the message text.
    EXPECT_FALSE(attachments("(" + kText + kText + " \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)"));
}

TEST(ImapMessageRow, EnvelopeDecodedAndDateInUtc)
{
    const ImapFetch f = parseFetch(
        "* 3 FETCH (UID 42 FLAGS (\\Seen $Forwarded $Work) RFC822.SIZE 4321 MODSEQ (9) "
        "INTERNALDATE \"01-Feb-2026 10:00:00 +0100\" ENVELOPE (\"Sun, 1 Feb 2026 10:00:00 +0100 (CET)\" "
        "\"=?ISO-8859-1?Q?Rela=E7=E3o?= de =?UTF-8?B?ZmlsZXM=?=\" "
        "((\"=?UTF-8?Q?Jos=C3=A9?=\" NIL \"jose\" \"example.test\")) NIL NIL "
        "((NIL NIL \"bob\" \"example.test\")(\"Carol\" NIL \"carol\" \"example.test\")) "
        "((NIL NIL \"team\" NIL)(NIL NIL \"dan\" \"example.test\")(NIL NIL NIL NIL)) NIL "
        "\"<parent@x>\" \"<self@x>\"))");
    const StoredMessage m = ImapMessageRow::fromFetch(f);
    EXPECT_EQ(m.uid, 42u);
    EXPECT_EQ(m.flags, quint32(MessageFlag::Seen | MessageFlag::Forwarded));
    EXPECT_EQ(m.keywords, QList<QByteArray>{"$Work"});
    EXPECT_EQ(m.modSeq, 9u);
    EXPECT_EQ(m.size, 4321);
    EXPECT_TRUE(m.envelopeKnown);
    EXPECT_EQ(m.subject, QStringLiteral("Relação de files"));
    EXPECT_EQ(m.fromName, QStringLiteral("José"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("jose@example.test"));
    EXPECT_EQ(m.to, QStringLiteral("bob@example.test, Carol <carol@example.test>"));
    EXPECT_EQ(m.cc, QStringLiteral("dan@example.test")); // group markers skipped
    EXPECT_EQ(m.inReplyTo, QByteArray("<parent@x>"));
    EXPECT_EQ(m.messageId, QByteArray("<self@x>"));
    EXPECT_EQ(m.date, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(m.internalDate, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
}

TEST(ImapMessageRow, BadDateIsInvalidAndControlCharactersAreStripped)
{
    EXPECT_FALSE(ImapMessageRow::parseDate("yesterday, around noon").isValid());
    EXPECT_FALSE(ImapMessageRow::parseDate({}).isValid());
    const ImapFetch f = parseFetch("* 1 FETCH (UID 1 ENVELOPE (NIL \"=?UTF-8?Q?a=0Ab=00c?=\" NIL NIL NIL NIL NIL NIL NIL NIL))");
    const StoredMessage m = ImapMessageRow::fromFetch(f);
    EXPECT_FALSE(m.date.isValid());
    EXPECT_FALSE(m.subject.contains(QLatin1Char('\n')));
    EXPECT_FALSE(m.subject.contains(QChar(0)));
    EXPECT_TRUE(m.fromName.isEmpty());
}

} // namespace
