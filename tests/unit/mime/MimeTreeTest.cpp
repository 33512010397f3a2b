// SPDX-License-Identifier: GPL-3.0-or-later
// MimeTree on known messages: byte ranges, parameters, decoding, format().
#include "MimeTestFiles.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"

#include <QBuffer>
#include <QTemporaryDir>

#include "util/DataSize.h"
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

std::optional<MimeNode> parseOk(const QByteArray &raw)
{
    QString error;
    auto root = MimeTree::parse(raw, &error);
    EXPECT_TRUE(root.has_value()) << error.toStdString();
    return root;
}

// Three parts, written by hand, with \r\n line breaks.
QByteArray handMade()
{
    return QByteArray("From: a@b\r\n"
                      "Content-Type: multipart/mixed;\r\n boundary=\"XYZ\"\r\n"
                      "\r\n"
                      "preamble\r\n"
                      "--XYZ\r\n"
                      "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                      "Content-Transfer-Encoding: quoted-printable\r\n"
                      "\r\n"
                      "caf=E9 =ZZ soft=\r\n"
                      "break  \r\n"
                      "end=4\r\n"
                      "--XYZ\r\n"
                      "Content-Type: application/octet-stream\r\n"
                      "Content-Disposition: attachment; filename*1=\"rt2.bin\"; filename*0*=iso-8859-1'pt'p%E9;\r\n"
                      " filename=\"plain-loses.bin\"\r\n"
                      "Content-Transfer-Encoding: BASE64\r\n"
                      "\r\n"
                      "QUJD\r\nREVG!!@@\r\nRw\r\n"
                      "--XYZ--\r\n"
                      "epilogue\r\n");
}

} // namespace

TEST(MimeTreeTest, ByteRangesSliceTheComposedMessage)
{
    QTemporaryDir dir;
    const QString pngPath = dir.filePath(QStringLiteral("p.png"));
    ASSERT_TRUE(writeFile(pngPath, pngBytes()));
    MessageDraft draft;
    draft.from = MailAddress{QString(), QStringLiteral("a@exemplo.com.br")};
    draft.textBody = QString::fromUtf8("Olá");
    draft.attachments = {AttachmentSpec{pngPath, QString(), QString()}};
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    ASSERT_TRUE(MimeComposer::compose(draft, path, &error)) << error.toStdString();
    const QByteArray raw = readFile(path);
    const auto root = parseOk(raw);
    ASSERT_TRUE(root);
    ASSERT_EQ(root->children.size(), 2);

    EXPECT_EQ(root->headerOffset, 0);
    EXPECT_TRUE(raw.mid(0, root->headerLength).startsWith("Date: "));
    EXPECT_TRUE(raw.mid(0, root->headerLength).endsWith("\"\r\n")); // ...boundary="..."CRLF
    EXPECT_EQ(raw.mid(root->headerOffset + root->headerLength, 2), QByteArray("\r\n")); // the blank line
    EXPECT_EQ(root->bodyOffset, root->headerLength + 2);
    EXPECT_EQ(root->bodyOffset + root->bodyLength, raw.size());

    const QByteArray boundary = root->parameters.value("boundary").toLatin1();
    for (const MimeNode &child : root->children) {
        const QByteArray header = raw.mid(child.headerOffset, child.headerLength);
        EXPECT_TRUE(header.startsWith("Content-Type: ")) << header.toStdString();
        EXPECT_TRUE(header.endsWith("\r\n"));
        EXPECT_EQ(raw.mid(child.headerOffset - 2 - boundary.size() - 2, boundary.size() + 4),
                  "--" + boundary + "\r\n");
        EXPECT_EQ(child.bodyOffset, child.headerOffset + child.headerLength + 2);
        // The body stops right before "CRLF--boundary".
        EXPECT_EQ(raw.mid(child.bodyOffset + child.bodyLength, boundary.size() + 4), "\r\n--" + boundary);
        EXPECT_EQ(child.encodedSize, child.bodyLength);
    }
    const MimeNode &image = root->children[1];
    EXPECT_EQ(image.mediaType, QByteArray("image/png"));
    EXPECT_EQ(QByteArray::fromBase64(raw.mid(image.bodyOffset, image.bodyLength)), pngBytes());

    // parseFile (memory-mapped) gives the same tree; writeDecodedBody the same bytes.
    const auto fromFile = MimeTree::parseFile(path, &error);
    ASSERT_TRUE(fromFile) << error.toStdString();
    EXPECT_EQ(MimeTree::format(*fromFile), MimeTree::format(*root));
    EXPECT_EQ(fromFile->children[1].bodyOffset, image.bodyOffset);
    QBuffer saved;
    saved.open(QIODevice::WriteOnly);
    ASSERT_TRUE(MimeTree::writeDecodedBody(path, image, &saved, &error)) << error.toStdString();
    EXPECT_EQ(saved.data(), pngBytes());
}

TEST(MimeTreeTest, HandMadeMessageIsReadLeniently)
{
    const QByteArray raw = handMade();
    const auto root = parseOk(raw);
    ASSERT_TRUE(root);
    EXPECT_EQ(root->mediaType, QByteArray("multipart/mixed"));
    EXPECT_EQ(root->parameters.value("boundary"), QStringLiteral("XYZ"));
    ASSERT_EQ(root->children.size(), 2);

    const MimeNode &text = root->children[0];
    EXPECT_EQ(text.charset, QByteArray("iso-8859-1"));
    EXPECT_EQ(text.transferEncoding, QByteArray("quoted-printable"));
    // =E9 decoded, a stray "=ZZ" kept, soft break joined, trailing blanks dropped, "=4" kept.
    EXPECT_EQ(MimeTree::decodedBody(raw, text), QByteArray("caf\xe9 =ZZ softbreak\r\nend=4"));
    EXPECT_EQ(text.decodedSize, MimeTree::decodedBody(raw, text).size());

    const MimeNode &bin = root->children[1];
    EXPECT_EQ(bin.transferEncoding, QByteArray("base64")); // lower-cased
    EXPECT_EQ(bin.disposition, QByteArray("attachment"));
    // RFC 2231 sections out of order are put back in order; the extended form wins
    // over a plain filename that comes after it (vmime 0.9.2 concatenates them).
    EXPECT_EQ(bin.fileName, QString::fromUtf8("pé") + QStringLiteral("rt2.bin"));
    // Junk inside base64 is skipped; the unpadded last group is kept.
    EXPECT_EQ(MimeTree::decodedBody(raw, bin), QByteArray("ABCDEFG"));
    EXPECT_EQ(bin.decodedSize, 7);
    EXPECT_EQ(raw.mid(bin.bodyOffset + bin.bodyLength, 9), QByteArray("\r\n--XYZ--"));
}

TEST(MimeTreeTest, ParametersRfc2047AndRfc2231)
{
    const QByteArray raw = "Content-Type: image/png; name=\"=?utf-8?Q?relat=C3=B3rio=5F=C3=A7.png?=\"\r\n"
                           "Content-Disposition: INLINE; filename*=UTF-8''%C3%A1udio%20%F0%9F%8E%B5.png\r\n"
                           "\r\n";
    const auto root = parseOk(raw);
    ASSERT_TRUE(root);
    EXPECT_EQ(root->parameters.value("name"), QString::fromUtf8("relatório_ç.png"));
    EXPECT_EQ(root->disposition, QByteArray("inline"));
    EXPECT_EQ(root->fileName, QString::fromUtf8("áudio 🎵.png"));
    EXPECT_EQ(root->bodyLength, 0);
    EXPECT_TRUE(root->defects.isEmpty()) << root->defects.join(QLatin1Char('|')).toStdString();
}

TEST(MimeTreeTest, DefaultsAndMessageRfc822)
{
    const QByteArray raw = "Subject: no MIME here\n"
                           "\n"
                           "just text\n";
    const auto plain = parseOk(raw);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->mediaType, QByteArray("text/plain"));
    EXPECT_EQ(plain->transferEncoding, QByteArray("7bit"));
    EXPECT_EQ(MimeTree::decodedBody(raw, *plain), QByteArray("just text\n")); // LF-only input works too

    const QByteArray forwarded = "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                                 "--b\r\n"
                                 "Content-Type: message/rfc822\r\n\r\n"
                                 "Subject: inner\r\n"
                                 "Content-Type: multipart/alternative; boundary=c\r\n\r\n"
                                 "--c\r\n\r\nplain\r\n--c\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--c--\r\n"
                                 "--b--\r\n";
    const auto root = parseOk(forwarded);
    ASSERT_TRUE(root);
    ASSERT_EQ(root->children.size(), 1);
    const MimeNode &message = root->children[0];
    EXPECT_EQ(message.mediaType, QByteArray("message/rfc822"));
    ASSERT_EQ(message.children.size(), 1);
    const MimeNode &inner = message.children[0];
    EXPECT_EQ(inner.mediaType, QByteArray("multipart/alternative"));
    ASSERT_EQ(inner.children.size(), 2);
    EXPECT_EQ(inner.children[0].mediaType, QByteArray("text/plain")); // no header at all: the default
    EXPECT_EQ(inner.children[0].headerLength, 0);
    EXPECT_EQ(MimeTree::decodedBody(forwarded, inner.children[0]), QByteArray("plain"));
    EXPECT_EQ(MimeTree::decodedBody(forwarded, inner.children[1]), QByteArray("<p>x</p>"));
}

TEST(MimeTreeTest, FormatShowsTypesNamesEncodingsAndSizes)
{
    const QByteArray raw = handMade();
    const auto root = parseOk(raw);
    ASSERT_TRUE(root);
    const QString text = MimeTree::format(*root);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << text.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("multipart/mixed  [7bit]  "))) << text.toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("  text/plain; charset=iso-8859-1  [quoted-printable]  ")))
        << text.toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral(" -> "))) << text.toStdString();
    // Sizes in the one format of util/DataSize.h.
    EXPECT_EQ(lines[2], QString::fromUtf8("  application/octet-stream  attachment \"pért2.bin\"  [base64]  ")
                            + formatDataSize(18) + QStringLiteral(" -> ") + formatDataSize(7))
        << text.toStdString();
}

TEST(MimeTreeTest, FormatShowsHostileNamesSafely)
{
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                           "--b\r\n"
                           "Content-Disposition: attachment; filename*=utf-8''evil%E2%80%AEgnp.exe\r\n\r\nx\r\n"
                           "--b\r\n"
                           "Content-Disposition: attachment; filename*=utf-8''a%0D%0Ab%00c\r\n\r\ny\r\n"
                           "--b\r\n"
                           "Content-Type: text/plain; name=\"../../etc/passwd\"\r\n\r\nz\r\n"
                           "--b--\r\n";
    const auto root = parseOk(raw);
    ASSERT_TRUE(root);
    ASSERT_EQ(root->children.size(), 3);
    // The tree keeps raw names (the caller sanitises when saving) ...
    EXPECT_EQ(root->children[0].fileName, QString::fromUtf8("evil\u202Egnp.exe"));
    EXPECT_EQ(root->children[1].fileName, QStringLiteral("a\r\nb") + QChar(u'\0') + QStringLiteral("c"));
    EXPECT_EQ(root->children[2].fileName, QStringLiteral("../../etc/passwd"));
    // ... and format() never prints them raw.
    const QString text = MimeTree::format(*root);
    EXPECT_TRUE(text.contains(QStringLiteral("\"evil<U+202E>gnp.exe\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\"a\\r\\nb\\0c\""))) << text.toStdString();
    EXPECT_FALSE(text.contains(QChar(0x202E)));
    EXPECT_EQ(text.count(QLatin1Char('\n')), 4);
}
