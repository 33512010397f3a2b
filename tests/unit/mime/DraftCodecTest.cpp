// SPDX-License-Identifier: GPL-3.0-or-later
// DraftCodec: what the composer autosaves comes back whole; damaged bytes are named.
#include "mime/DraftCodec.h"

#include <gtest/gtest.h>

using namespace carteiro;

namespace {
MailAddress addr(const char *text)
{
    QString error;
    const auto a = MailAddress::parse(QString::fromUtf8(text), &error);
    EXPECT_TRUE(a.has_value()) << error.toStdString();
    return a.value_or(MailAddress{});
}

SavedDraft sample()
{
    SavedDraft s;
    s.accountId = QStringLiteral("lab-alice");
    MessageDraft &d = s.draft;
    d.from = addr("Zé Ninguém <ze@exemplo.com.br>");
    d.to = {addr("\"Silva, Ana\" <ana@escola.br>"), addr("bob@example.test")};
    d.cc = {addr("Carol <carol@example.test>")};
    d.bcc = {addr("dora@example.test")};
    d.subject = QStringLiteral("Re: Cartão-postal — ok?");
    d.textBody = QStringLiteral("Olá!\n> citação\n\nlinha com \"aspas\" e \\ barra\n");
    d.htmlBody = QStringLiteral("<p>Olá!</p>");
    d.inReplyTo = QStringLiteral("<1@example.test>");
    d.references = {QStringLiteral("<0@example.test>"), QStringLiteral("<1@example.test>")};
    AttachmentSpec file;
    file.filePath = QStringLiteral("/home/ze/foto.png");
    file.fileName = QStringLiteral("foto.png");
    d.attachments.append(file);
    d.attachments.append(AttachmentSpec::fromBytes(QStringLiteral("nota.txt"), QByteArray("a\0b\xff", 4),
                                                   QStringLiteral("text/plain")));
    return s;
}
} // namespace

TEST(DraftCodec, RoundTripsEveryField)
{
    const SavedDraft s = sample();
    QString error;
    const auto back = DraftCodec::decode(DraftCodec::encode(s), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->accountId, s.accountId);
    const MessageDraft &a = back->draft, &b = s.draft;
    EXPECT_EQ(a.from, b.from);
    EXPECT_EQ(a.to, b.to);
    EXPECT_EQ(a.cc, b.cc);
    EXPECT_EQ(a.bcc, b.bcc);
    EXPECT_EQ(a.subject, b.subject);
    EXPECT_EQ(a.textBody, b.textBody);
    EXPECT_EQ(a.htmlBody, b.htmlBody);
    EXPECT_EQ(a.inReplyTo, b.inReplyTo);
    EXPECT_EQ(a.references, b.references);
    ASSERT_EQ(a.attachments.size(), 2);
    EXPECT_EQ(a.attachments[0].filePath, QStringLiteral("/home/ze/foto.png"));
    EXPECT_FALSE(a.attachments[0].inMemory);
    EXPECT_TRUE(a.attachments[1].inMemory);
    EXPECT_EQ(a.attachments[1].data, QByteArray("a\0b\xff", 4)) << "binary bytes survive";
    EXPECT_EQ(a.attachments[1].mimeType, QStringLiteral("text/plain"));
}

TEST(DraftCodec, EmptyDraftRoundTrips)
{
    QString error;
    const auto back = DraftCodec::decode(DraftCodec::encode(SavedDraft{}), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_TRUE(back->draft.to.isEmpty());
    EXPECT_TRUE(back->draft.subject.isEmpty());
}

TEST(DraftCodec, DamagedBytesAreNamed)
{
    QString error;
    EXPECT_FALSE(DraftCodec::decode("not json", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not readable"))) << error.toStdString();

    EXPECT_FALSE(DraftCodec::decode(R"({"version":9})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("version 9"))) << error.toStdString();

    EXPECT_FALSE(DraftCodec::decode(R"({"version":1,"to":["bob@example.test\r\nBcc: x@y"]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("To"))) << error.toStdString();

    EXPECT_FALSE(DraftCodec::decode(R"({"version":1,"attachments":[{"name":"x.bin","data":"@@@"}]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("x.bin"))) << error.toStdString();

    EXPECT_FALSE(DraftCodec::decode(R"({"version":1,"attachments":[{"name":"y.pdf"}]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("y.pdf"))) << error.toStdString();
}
