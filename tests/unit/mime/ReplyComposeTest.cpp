// SPDX-License-Identifier: GPL-3.0-or-later
// MimeComposer writing what ReplyBuilder drafts: In-Reply-To / References
// (and refusing header injection through them), in-memory attachments, and a
// message/rfc822 part whose body is the original byte for byte.
#include "MimeTestFiles.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"
#include "mime/ReplyBuilder.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

const QByteArray kOriginal = QByteArrayLiteral("From: Bob <bob@example.test>\r\n"
                                               "To: alice@example.test\r\n"
                                               "Subject: =?utf-8?Q?Relat=C3=B3rio?=\r\n"
                                               "Message-ID: <orig-1@example.test>\r\n"
                                               "References: <root@example.test>\r\n"
                                               "Content-Type: text/plain; charset=utf-8\r\n"
                                               "Content-Transfer-Encoding: 8bit\r\n"
                                               "\r\n"
                                               "Segue o relat\xc3\xb3rio.\r\n"
                                               ".\r\n"
                                               "From the start\r\n");

class ReplyCompose : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        me.address = MailAddress{QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
        outPath = dir.filePath(QStringLiteral("out.eml"));
    }

    MessageDraft draftFor(ReplyBuilder::Mode mode, const QByteArray &raw = kOriginal)
    {
        QString error;
        auto d = ReplyBuilder::build(mode, raw, me, &error);
        EXPECT_TRUE(d) << error.toStdString();
        return d.value_or(MessageDraft());
    }

    QByteArray compose(const MessageDraft &d)
    {
        QString error;
        const auto composed = MimeComposer::compose(d, outPath, &error);
        EXPECT_TRUE(composed) << error.toStdString();
        return composed ? readFile(outPath) : QByteArray();
    }

    void expectRefused(const MessageDraft &d, const QString &field, const char *problem)
    {
        QString error;
        EXPECT_FALSE(MimeComposer::compose(d, outPath, &error));
        EXPECT_TRUE(error.startsWith(field)) << error.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String(problem))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\r')) || error.contains(QLatin1Char('\n')));
        EXPECT_FALSE(QFileInfo::exists(outPath));
    }

    static const MimeNode *findType(const MimeNode &n, const QByteArray &type)
    {
        if (n.mediaType == type)
            return &n;
        for (const MimeNode &c : n.children)
            if (const MimeNode *f = findType(c, type))
                return f;
        return nullptr;
    }

    QTemporaryDir dir;
    ReplyBuilder::Identity me;
    QString outPath;
};

} // namespace

TEST_F(ReplyCompose, ThreadingFieldsAreWritten)
{
    const QByteArray out = compose(draftFor(ReplyBuilder::Mode::Reply));
    EXPECT_TRUE(out.contains("\r\nIn-Reply-To: <orig-1@example.test>\r\n")) << out.constData();
    EXPECT_TRUE(out.contains("\r\nReferences: <root@example.test> <orig-1@example.test>\r\n")) << out.constData();
    EXPECT_TRUE(out.contains("\r\nTo: =?utf-8?Q?Bob?= <bob@example.test>\r\n")) << out.constData();
    EXPECT_TRUE(out.contains("Subject: =?utf-8?Q?Re=3A_Relat=C3=B3rio?=") || out.contains("Subject: Re: =?utf-8?"))
        << out.constData();
    // The header block ends before the body: the fields are headers, not text.
    const qsizetype headerEnd = out.indexOf("\r\n\r\n");
    EXPECT_GT(headerEnd, out.indexOf("References:"));
}

TEST_F(ReplyCompose, LongReferencesAreFolded)
{
    MessageDraft d = draftFor(ReplyBuilder::Mode::Reply);
    d.references.clear();
    for (int i = 0; i < 40; ++i)
        d.references << QStringLiteral("<a-rather-long-message-identifier-%1@mail.example.test>").arg(i);
    const QByteArray out = compose(d);
    const qsizetype start = out.indexOf("References:");
    ASSERT_GE(start, 0);
    qsizetype end = start;
    int lines = 0;
    for (;;) {
        const qsizetype eol = out.indexOf("\r\n", end);
        ASSERT_GT(eol, 0);
        EXPECT_LE(eol - end, 78) << out.mid(end, eol - end).constData();
        ++lines;
        end = eol + 2;
        if (out.at(end) != ' ')
            break;
    }
    EXPECT_GT(lines, 10);
    // Unfolded, the ids are all there in order.
    QByteArray unfolded = out.mid(start, end - start);
    unfolded.replace("\r\n", "");
    for (int i = 0; i < 40; ++i)
        EXPECT_TRUE(unfolded.contains(" <a-rather-long-message-identifier-" + QByteArray::number(i) + "@"));
}

TEST_F(ReplyCompose, HeaderInjectionThroughThreadingFieldsIsRefused)
{
    MessageDraft d = draftFor(ReplyBuilder::Mode::Reply);
    d.inReplyTo = QStringLiteral("<orig-1@example.test>\r\nBcc: everyone@example.test");
    expectRefused(d, QStringLiteral("In-Reply-To"), "line break");
    d.inReplyTo = QStringLiteral("<orig-1@example.test>") + QChar(u'\0');
    expectRefused(d, QStringLiteral("In-Reply-To"), "NUL");
    d.inReplyTo = QStringLiteral("orig-1@example.test");
    expectRefused(d, QStringLiteral("In-Reply-To"), "<id@host>");
    d.inReplyTo = QStringLiteral("<a b@example.test>");
    expectRefused(d, QStringLiteral("In-Reply-To"), "<id@host>");

    d = draftFor(ReplyBuilder::Mode::Reply);
    d.references << QStringLiteral("<x@y>\nX-Evil: 1");
    expectRefused(d, QStringLiteral("References"), "line break");
    d.references.last() = QStringLiteral("<x@y><z@w>");
    expectRefused(d, QStringLiteral("References"), "<id@host>");
    d.references.last() = QStringLiteral("<caf\u00e9@y>");
    expectRefused(d, QStringLiteral("References"), "<id@host>");
}

TEST_F(ReplyCompose, ForwardAsAttachmentKeepsTheOriginalBytesExactly)
{
    const QByteArray out = compose(draftFor(ReplyBuilder::Mode::ForwardAsAttachment));
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    EXPECT_EQ(tree->mediaType, QByteArray("multipart/mixed"));
    const MimeNode *part = findType(*tree, "message/rfc822");
    ASSERT_NE(part, nullptr) << MimeTree::format(*tree).toStdString();
    EXPECT_EQ(part->transferEncoding, QByteArray("8bit")); // never base64 (RFC 2046 5.2.1)
    EXPECT_EQ(part->disposition, QByteArray("attachment"));
    EXPECT_EQ(part->fileName, QString::fromUtf8("Relatório.eml"));
    EXPECT_EQ(out.mid(part->bodyOffset, part->bodyLength), kOriginal);
    // The lone "." line inside stays a body line here; dot-stuffing is the SMTP layer's.
    EXPECT_TRUE(out.contains("\r\n.\r\nFrom the start\r\n"));
}

TEST_F(ReplyCompose, SevenBitMessageGoesAs7bit)
{
    const QByteArray ascii = "From: b@x.example\r\nSubject: plain\r\nMessage-ID: <p@x.example>\r\n\r\nhello\r\n";
    const QByteArray out = compose(draftFor(ReplyBuilder::Mode::ForwardAsAttachment, ascii));
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    const MimeNode *part = findType(*tree, "message/rfc822");
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(part->transferEncoding, QByteArray("7bit"));
    EXPECT_EQ(out.mid(part->bodyOffset, part->bodyLength), ascii);
}

TEST_F(ReplyCompose, MessageWithBareLineFeedsIsSentCanonical)
{
    // A Maildir file keeps LF only: on the wire it must be CRLF.
    QByteArray lf = kOriginal;
    lf.replace("\r\n", "\n");
    const QByteArray out = compose(draftFor(ReplyBuilder::Mode::ForwardAsAttachment, lf));
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    const MimeNode *part = findType(*tree, "message/rfc822");
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(out.mid(part->bodyOffset, part->bodyLength), kOriginal);
}

TEST_F(ReplyCompose, AttachedMessageFileIsStreamedAsIs)
{
    const QString path = dir.filePath(QStringLiteral("saved.eml"));
    ASSERT_TRUE(writeFile(path, kOriginal));
    MessageDraft d = draftFor(ReplyBuilder::Mode::Reply);
    AttachmentSpec spec;
    spec.filePath = path;
    spec.mimeType = QStringLiteral("message/rfc822");
    d.attachments = {spec};
    const QByteArray out = compose(d);
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    const MimeNode *part = findType(*tree, "message/rfc822");
    ASSERT_NE(part, nullptr);
    EXPECT_EQ(part->transferEncoding, QByteArray("8bit"));
    EXPECT_EQ(out.mid(part->bodyOffset, part->bodyLength), kOriginal);
}

TEST_F(ReplyCompose, MessageThatCannotGoUnencodedIsRefusedByName)
{
    MessageDraft d = draftFor(ReplyBuilder::Mode::ForwardAsAttachment,
                              "Subject: long\r\n\r\n" + QByteArray(1200, 'x') + "\r\n");
    QString error;
    EXPECT_FALSE(MimeComposer::compose(d, outPath, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("long.eml"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("1200"))) << error.toStdString();

    d = draftFor(ReplyBuilder::Mode::ForwardAsAttachment, QByteArray("Subject: nul\r\n\r\na\0b\r\n", 20));
    EXPECT_FALSE(MimeComposer::compose(d, outPath, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("NUL"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(outPath));
}

TEST_F(ReplyCompose, InMemoryAttachmentsRoundTrip)
{
    MessageDraft d = draftFor(ReplyBuilder::Mode::Reply);
    const QByteArray png = pngBytes();
    QByteArray big(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + i / 251);
    d.attachments = {AttachmentSpec::fromBytes(QStringLiteral("foto.png"), png),
                     AttachmentSpec::fromBytes(QStringLiteral("dados.bin"), big),
                     AttachmentSpec::fromBytes(QStringLiteral("vazio.txt"), QByteArray())};
    EXPECT_EQ(MimeComposer::attachmentMimeType(d.attachments[0]), QByteArray("image/png")); // by content
    const QByteArray out = compose(d);
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    ASSERT_EQ(tree->children.size(), 4);
    EXPECT_EQ(tree->children[1].mediaType, QByteArray("image/png"));
    EXPECT_EQ(tree->children[1].transferEncoding, QByteArray("base64"));
    EXPECT_EQ(MimeTree::decodedBody(out, tree->children[1]), png);
    EXPECT_EQ(MimeTree::decodedBody(out, tree->children[2]), big);
    EXPECT_EQ(tree->children[3].fileName, QStringLiteral("vazio.txt"));
    EXPECT_TRUE(MimeTree::decodedBody(out, tree->children[3]).isEmpty());
}

TEST_F(ReplyCompose, ForwardInlineComposesWithTheOriginalsAttachment)
{
    const QByteArray png = pngBytes();
    const QByteArray raw = "From: a@x.example\r\nSubject: foto\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed; boundary=\"B1\"\r\n\r\n"
                           "--B1\r\nContent-Type: text/plain\r\n\r\nveja\r\n"
                           "--B1\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=p.png\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\n"
                           + png.toBase64() + "\r\n--B1--\r\n";
    MessageDraft d = draftFor(ReplyBuilder::Mode::Forward, raw);
    d.to = {MailAddress{QString(), QStringLiteral("carol@example.test")}};
    const QByteArray out = compose(d);
    QString error;
    const auto tree = MimeTree::parse(out, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    const MimeNode *image = findType(*tree, "image/png");
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->fileName, QStringLiteral("p.png"));
    EXPECT_EQ(MimeTree::decodedBody(out, *image), png);
}
