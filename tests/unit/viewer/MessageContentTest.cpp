// SPDX-License-Identifier: GPL-3.0-or-later
// MessageContent: which body is shown, what becomes an attachment, charsets,
// Content-ID resources, and broken MIME.
#include "ViewerTestFiles.h"
#include "mime/MessageContent.h"

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::viewertest;

namespace {
QString u(const char *utf8) { return QString::fromUtf8(utf8); }

QStringList safeNames(const MessageContent &c)
{
    QStringList names;
    for (const MessagePart &p : c.attachments)
        names << p.safeName;
    return names;
}
} // namespace

TEST(MessageContentTest, AlternativePrefersHtmlAndKeepsThePlainText)
{
    const QByteArray raw = sample("alternative.eml");
    ASSERT_FALSE(raw.isEmpty());
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_TRUE(c.error().isEmpty()) << c.error().toStdString();
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Html);
    EXPECT_EQ(c.bodyPath, u("2"));
    // ISO-8859-1 HTML and UTF-8 quoted-printable plain text, both decoded.
    EXPECT_TRUE(c.htmlBody.contains(u("Ol\xc3\xa1, <b>mundo</b>: a vers\xc3\xa3o em HTML, caf\xc3\xa9.")))
        << c.htmlBody.toStdString();
    EXPECT_EQ(c.plainBody.trimmed(), u("Ol\xc3\xa1, mundo: a vers\xc3\xa3o em texto."));
    // Neither alternative is an attachment, and they are not joined.
    EXPECT_TRUE(c.attachments.isEmpty());
    EXPECT_FALSE(c.htmlBody.contains(u("em texto")));
}

TEST(MessageContentTest, HeadersAreDecodedForDisplay)
{
    const MessageContent c = MessageContent::fromRaw(sample("alternative.eml"));
    EXPECT_EQ(c.from.text, u("Z\xc3\xa9 Ningu\xc3\xa9m <ze@exemplo.com.br>"));
    EXPECT_EQ(c.to.text, u("Alice <alice@example.test>"));
    EXPECT_EQ(c.cc.text, u("bob@example.test"));
    EXPECT_EQ(c.replyTo.text, u("respostas@exemplo.com.br"));
    EXPECT_EQ(c.subject.text, u("Card\xc3\xa1pio da semana"));
    ASSERT_TRUE(c.date.isValid());
    EXPECT_EQ(c.date.toUTC(), QDateTime(QDate(2026, 11, 23), QTime(12, 15), Qt::UTC));
    EXPECT_FALSE(c.from.suspicious());
}

TEST(MessageContentTest, PlainOnlyAlternativeShowsThePlainText)
{
    const QByteArray raw = "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                           "--b\r\nContent-Type: text/plain\r\n\r\nonly text\r\n"
                           "--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\n--b--\r\n";
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Plain);
    EXPECT_EQ(c.plainBody, u("only text"));
    ASSERT_EQ(c.attachments.size(), 1);
    EXPECT_EQ(c.attachments.at(0).mediaType, QByteArray("text/calendar"));
    EXPECT_EQ(c.attachments.at(0).path, u("2"));
}

TEST(MessageContentTest, RelatedResolvesContentIdsAndDoesNotListThemAsAttachments)
{
    const QByteArray raw = sample("related-cid.eml");
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Html);
    EXPECT_TRUE(c.htmlBody.contains(u("cid:pixel%40carteiro.test")));
    EXPECT_TRUE(c.attachments.isEmpty());
    ASSERT_EQ(c.relatedParts.size(), 1);
    const MessagePart *p = c.partByContentId("pixel@carteiro.test");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->mediaType, QByteArray("image/png"));
    EXPECT_EQ(p->path, u("2"));
    const QByteArray png = c.partData(*p);
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_EQ(png.size(), 99);
    EXPECT_EQ(c.partByContentId("missing@x"), nullptr);
}

TEST(MessageContentTest, RelatedRootNamedByStartParameter)
{
    const QByteArray raw = "Content-Type: multipart/related; boundary=r; start=\"<root@x>\"\r\n\r\n"
                           "--r\r\nContent-Type: image/gif\r\nContent-ID: <img@x>\r\n\r\nGIF89a\r\n"
                           "--r\r\nContent-Type: text/html\r\nContent-ID: <root@x>\r\n\r\n<img src=cid:img@x>\r\n--r--\r\n";
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Html);
    EXPECT_EQ(c.bodyPath, u("2"));
    ASSERT_NE(c.partByContentId("img@x"), nullptr);
    EXPECT_EQ(c.partData(*c.partByContentId("img@x")), QByteArray("GIF89a"));
}

TEST(MessageContentTest, MixedListsAttachmentsWithSafeNamesSizesAndKinds)
{
    const QByteArray raw = sample("attachments.eml");
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_TRUE(c.error().isEmpty());
    // windows-1252 quoted-printable: curly quotes and an en dash.
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Plain);
    EXPECT_EQ(c.bodyPath, u("1"));
    EXPECT_EQ(c.plainBody.trimmed(), u("\xe2\x80\x9c" "Aspas\xe2\x80\x9d e caf\xc3\xa9 \xe2\x80\x93 veja os anexos."));
    EXPECT_EQ(safeNames(c), (QStringList{u("cartao-postal.png"), u("recado.wav"), u("evil.sh"),
                                         u("part-5.html"), u("Encaminhada.eml")}));
    const MessagePart &png = c.attachments.at(0);
    EXPECT_TRUE(png.isImage);
    EXPECT_FALSE(png.isAudio);
    EXPECT_EQ(png.decodedSize, 3666);
    const MessagePart &wav = c.attachments.at(1);
    EXPECT_TRUE(wav.isAudio);
    EXPECT_TRUE(c.partData(wav).startsWith("RIFF"));
    EXPECT_EQ(c.partData(wav), sample("recado-curto.wav"));
    const MessagePart &script = c.attachments.at(2);
    EXPECT_EQ(script.fileName, u("../../evil.sh")); // RFC 2231 continuation, %-decoded
    EXPECT_EQ(c.partData(script), sample("evil.sh.bytes"));
    EXPECT_EQ(script.decodedSize, sample("evil.sh.bytes").size());
    EXPECT_EQ(script.path, u("4"));
    ASSERT_EQ(c.inlineImages().size(), 1);
    EXPECT_EQ(c.inlineImages().at(0)->safeName, u("cartao-postal.png"));
}

TEST(MessageContentTest, SecondTextPartIsAnAttachmentNeverJoined)
{
    const MessageContent c = MessageContent::fromRaw(sample("attachments.eml"));
    EXPECT_FALSE(c.plainBody.contains(u("never joined")));
    EXPECT_TRUE(c.htmlBody.isEmpty());
    const MessagePart &html = c.attachments.at(3);
    EXPECT_EQ(html.mediaType, QByteArray("text/html"));
    EXPECT_TRUE(c.partData(html).contains("never joined"));
}

TEST(MessageContentTest, NestedMessageIsAnAttachmentNamedBySubject)
{
    const MessageContent c = MessageContent::fromRaw(sample("attachments.eml"));
    const MessagePart &msg = c.attachments.at(4);
    EXPECT_TRUE(msg.isMessage);
    EXPECT_EQ(msg.mediaType, QByteArray("message/rfc822"));
    EXPECT_TRUE(c.partData(msg).startsWith("From: Carol"));
    EXPECT_FALSE(c.plainBody.contains(u("A mensagem original")));
}

TEST(MessageContentTest, Charsets)
{
    struct Case { QByteArray charset, bytes; QString expected; };
    const QList<Case> cases = {
        {"utf-8", "caf\xc3\xa9", u("caf\xc3\xa9")},
        {"iso-8859-1", "caf\xe9", u("caf\xc3\xa9")},
        {"windows-1252", "\x93ok\x94 \x80", u("\xe2\x80\x9cok\xe2\x80\x9d \xe2\x82\xac")},
        // Labelled Latin-1 but using 0x80-0x9F: read as windows-1252 (WHATWG).
        {"iso-8859-1", "\x93ok\x94", u("\xe2\x80\x9cok\xe2\x80\x9d")},
        {"iso-8859-15", "\xa4", u("\xe2\x82\xac")},
        {"koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4", u("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82")},
        {"", "caf\xc3\xa9", u("caf\xc3\xa9")},
        {"", "caf\xe9", u("caf\xc3\xa9")},
        {"../../etc/x", "caf\xc3\xa9", u("caf\xc3\xa9")},
    };
    for (const Case &k : cases) {
        const QByteArray raw = "Content-Type: text/plain; charset=\"" + k.charset + "\"\r\n\r\n" + k.bytes;
        const MessageContent c = MessageContent::fromRaw(raw);
        EXPECT_EQ(c.plainBody, k.expected) << k.charset.constData();
    }
}

TEST(MessageContentTest, HtmlWithoutCharsetParameterUsesItsMetaCharset)
{
    const QByteArray raw = "Content-Type: text/html\r\n\r\n<html><head><meta charset=\"windows-1252\"></head>"
                           "<body>\x93hi\x94</body></html>";
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_TRUE(c.htmlBody.contains(u("\xe2\x80\x9chi\xe2\x80\x9d"))) << c.htmlBody.toStdString();
}

TEST(MessageContentTest, SinglePartAttachmentHasNoBody)
{
    const QByteArray raw = "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"/tmp/x.pdf\"\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0x\r\n";
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::None);
    ASSERT_EQ(c.attachments.size(), 1);
    EXPECT_EQ(c.attachments.at(0).safeName, u("x.pdf"));
    EXPECT_EQ(c.attachments.at(0).path, u("1"));
    EXPECT_EQ(c.partData(c.attachments.at(0)), QByteArray("%PDF-1"));
}

TEST(MessageContentTest, HostileFromIsFlagged)
{
    const MessageContent c = MessageContent::fromRaw(sample("hostile-from.eml"));
    EXPECT_TRUE(c.from.issues & DisplayText::BidiControls);
    EXPECT_TRUE(c.from.issues & DisplayText::InternationalDomain);
    EXPECT_TRUE(c.from.text.contains(u("xn--pypal-4ve.com")));
    EXPECT_FALSE(c.from.text.contains(QChar(0x202e)));
    EXPECT_TRUE(c.subject.issues & DisplayText::ControlCharacters);
    EXPECT_FALSE(c.subject.text.contains(QLatin1Char('\n')));
}

TEST(MessageContentTest, BrokenMimeIsReadLenientlyWithoutCrashing)
{
    const QByteArray raw = sample("broken.eml");
    ASSERT_FALSE(raw.isEmpty());
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Plain);
    EXPECT_TRUE(c.plainBody.contains(u("Corpo sem fim")));
    ASSERT_EQ(c.attachments.size(), 1);
    EXPECT_EQ(c.attachments.at(0).safeName, u("attachment.png"));
    (void)c.partData(c.attachments.at(0));
}

TEST(MessageContentTest, StructureBeyondTheLimitsIsAnErrorWithTheRawTextShown)
{
    QByteArray raw;
    for (int i = 0; i < 200; ++i)
        raw += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
            + QByteArray::number(i) + "\r\n";
    const MessageContent c = MessageContent::fromRaw(raw);
    EXPECT_FALSE(c.error().isEmpty());
    EXPECT_EQ(c.bodyFormat, MessageContent::BodyFormat::Plain);
    EXPECT_TRUE(c.plainBody.startsWith(u("Content-Type: multipart/mixed")));
}

TEST(MessageContentTest, EveryPrefixOfTheSamplesParsesWithoutCrashing)
{
    // Truncated downloads: every cut point of a real message.
    const QByteArray raw = sample("related-cid.eml") + sample("alternative.eml");
    for (qsizetype n = 0; n <= raw.size(); ++n) {
        const MessageContent c = MessageContent::fromRaw(raw.left(n));
        for (const QList<MessagePart> *parts : {&c.attachments, &c.relatedParts})
            for (const MessagePart &p : *parts) {
                ASSERT_LE(p.node.bodyOffset + p.node.bodyLength, n);
                ASSERT_EQ(c.partData(p).size(), p.decodedSize) << n;
            }
        // Once the whole first message is there, its image resolves.
        if (n >= sample("related-cid.eml").size()) {
            ASSERT_NE(c.partByContentId("pixel@carteiro.test"), nullptr) << n;
            EXPECT_EQ(c.partData(*c.partByContentId("pixel@carteiro.test")).size(), 99) << n;
        }
    }
}

TEST(MessageContentTest, EmptyInput)
{
    const MessageContent c = MessageContent::fromRaw(QByteArray());
    EXPECT_TRUE(c.attachments.isEmpty());
    EXPECT_TRUE(c.from.text.isEmpty());
}
