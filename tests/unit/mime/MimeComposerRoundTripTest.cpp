// SPDX-License-Identifier: GPL-3.0-or-later
// Compose a full message, read it back with MimeTree and, independently, with vmime.
#include "MimeTestFiles.h"
#include "mime/MimeCharset.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <vmime/contentDispositionField.hpp>
#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <clocale>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

MailAddress address(const char *text)
{
    QString error;
    const auto parsed = MailAddress::parse(QString::fromUtf8(text), &error);
    EXPECT_TRUE(parsed.has_value()) << error.toStdString();
    return parsed.value_or(MailAddress{});
}

// The text as it must come back: every CR, LF or CRLF a CRLF, ending with one.
QByteArray crlf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    bytes.replace('\n', "\r\n");
    if (!bytes.endsWith("\r\n"))
        bytes += "\r\n";
    return bytes;
}

std::string utf8(const vmime::text &text)
{
    return text.getConvertedText(vmime::charset("utf-8"));
}

std::string utf8(const vmime::word &word)
{
    return word.getConvertedText(vmime::charset("utf-8"));
}

QByteArray extract(const vmime::shared_ptr<const vmime::bodyPart> &part)
{
    std::string out;
    vmime::utility::outputStreamStringAdapter os(out);
    part->getBody()->getContents()->extract(os);
    os.flush();
    return QByteArray::fromStdString(out);
}

// A long line of accented words: must be folded by quoted-printable soft breaks.
QString longLine()
{
    QString line;
    while (line.size() < 1500)
        line += QString::fromUtf8("ação ");
    return line;
}

class MimeComposerRoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        png = pngBytes();
        ASSERT_EQ(png.size(), 99) << "tests/data/mime/pixel.png missing?";
        wav = wavBytes();
        pngPath = dir.filePath(QString::fromUtf8("relatório_ç.png"));
        wavPath = dir.filePath(QStringLiteral("gravacao"));
        ASSERT_TRUE(writeFile(pngPath, png));
        ASSERT_TRUE(writeFile(wavPath, wav));

        draft.from = address("Zé Ninguém <ze@exemplo.com.br>");
        draft.to = {address("\"Silva, Ana\" <ana@x.br>")};
        draft.cc = {address("bia@exemplo.com.br"), address("Ana de novo <ana@x.br>")};
        draft.bcc = {address("Segredo <segredo@oculto.com.br>")};
        draft.replyTo = {address("Respostas <respostas@exemplo.com.br>"), address("outra@exemplo.com.br")};
        draft.subject = QString::fromUtf8("Relatório de ação — março");
        draft.textBody = QString::fromUtf8("Olá, Ana!\nSegue o relatório de ação de março.\n.\n"
                                           "From the start: linha com espaços no fim   \n")
            + longLine() + QString::fromUtf8("\r\nAté logo,\rZé");
        draft.htmlBody = QString::fromUtf8("<p>Olá, <b>Ana</b>!</p>\n<p>Relatório de ação.</p>");
        draft.attachments = {AttachmentSpec{pngPath, QString(), QString()},
                             // A shown name with a path in it: only the basename may go out.
                             AttachmentSpec{wavPath, QString::fromUtf8("../../tmp/gravação ç.wav"), QString()}};
        draft.date = QDateTime(QDate(2025, 3, 14), QTime(15, 9, 26), QTimeZone(-3 * 3600));
        outPath = dir.filePath(QStringLiteral("out.eml"));
    }

    std::optional<ComposedMessage> compose()
    {
        QString error;
        auto result = MimeComposer::compose(draft, outPath, &error);
        EXPECT_TRUE(result.has_value()) << error.toStdString();
        raw = readFile(outPath);
        return result;
    }

    QTemporaryDir dir;
    QByteArray png, wav, raw;
    QString pngPath, wavPath, outPath;
    MessageDraft draft;
};

} // namespace

TEST_F(MimeComposerRoundTrip, ResultDescribesTheFile)
{
    const auto result = compose();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->filePath, outPath);
    EXPECT_EQ(result->size, raw.size());
    EXPECT_FALSE(result->has8BitData);
    EXPECT_FALSE(result->needsSmtpUtf8);
    EXPECT_EQ(result->envelopeFrom, QByteArray("ze@exemplo.com.br"));
    EXPECT_EQ(result->envelopeRecipients,
              (QList<QByteArray>{"ana@x.br", "bia@exemplo.com.br", "segredo@oculto.com.br"}));
    EXPECT_TRUE(result->messageId.startsWith('<') && result->messageId.endsWith("@exemplo.com.br>"))
        << result->messageId.toStdString();
    EXPECT_GE(result->messageId.size(), 30);
    EXPECT_TRUE(raw.contains("\r\nMessage-ID: " + result->messageId + "\r\n"));
    EXPECT_TRUE(raw.startsWith("Date: Fri, 14 Mar 2025 15:09:26 -0300\r\n")) << raw.left(60).toStdString();
    EXPECT_TRUE(raw.contains("\r\nMIME-Version: 1.0\r\n"));
}

TEST_F(MimeComposerRoundTrip, WireFormIsClean)
{
    ASSERT_TRUE(compose());
    // CRLF only, no line over 998 octets, nothing 8-bit, no Bcc anywhere.
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '\n') {
            ASSERT_TRUE(i > 0 && raw.at(i - 1) == '\r') << "bare LF at byte " << i;
        }
        if (raw.at(i) == '\r') {
            ASSERT_TRUE(i + 1 < raw.size() && raw.at(i + 1) == '\n') << "bare CR at byte " << i;
        }
        ASSERT_LT(static_cast<unsigned char>(raw.at(i)), 0x80) << "8-bit byte at " << i;
    }
    EXPECT_TRUE(raw.endsWith("\r\n"));
    for (const QByteArray &line : rawLines(raw))
        EXPECT_LE(line.size() - 1, 998);
    EXPECT_FALSE(raw.contains("segredo")) << "Bcc leaked";
    EXPECT_FALSE(raw.contains("oculto"));
    EXPECT_FALSE(raw.toLower().contains("\nbcc:"));
    // The Debian vmime pitfall: no locale charset, no '?' in place of letters.
    EXPECT_FALSE(raw.contains("ANSI_X3.4-1968"));
    EXPECT_FALSE(raw.contains("us-ascii?"));
    EXPECT_TRUE(raw.contains("From: =?utf-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@exemplo.com.br>\r\n"))
        << raw.left(400).toStdString();
    EXPECT_FALSE(raw.contains("../"));
}

TEST_F(MimeComposerRoundTrip, MimeTreeReadsItBack)
{
    ASSERT_TRUE(compose());
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(root->mediaType, QByteArray("multipart/mixed"));
    EXPECT_TRUE(root->defects.isEmpty()) << root->defects.join(QLatin1Char('|')).toStdString();
    ASSERT_EQ(root->children.size(), 3);

    const MimeNode &alternative = root->children[0];
    EXPECT_EQ(alternative.mediaType, QByteArray("multipart/alternative"));
    ASSERT_EQ(alternative.children.size(), 2);
    const MimeNode &text = alternative.children[0];
    EXPECT_EQ(text.mediaType, QByteArray("text/plain"));
    EXPECT_EQ(text.charset, QByteArray("utf-8"));
    EXPECT_EQ(MimeTree::decodedBody(raw, text), crlf(draft.textBody));
    EXPECT_EQ(text.decodedSize, crlf(draft.textBody).size());
    const MimeNode &html = alternative.children[1];
    EXPECT_EQ(html.mediaType, QByteArray("text/html"));
    EXPECT_EQ(MimeTree::decodedBody(raw, html), crlf(draft.htmlBody));

    const MimeNode &image = root->children[1];
    EXPECT_EQ(image.mediaType, QByteArray("image/png"));
    EXPECT_EQ(image.disposition, QByteArray("attachment"));
    EXPECT_EQ(image.transferEncoding, QByteArray("base64"));
    EXPECT_EQ(image.fileName, QString::fromUtf8("relatório_ç.png"));
    EXPECT_EQ(image.parameters.value("name"), QString::fromUtf8("relatório_ç.png"));
    EXPECT_EQ(MimeTree::decodedBody(raw, image), png);
    EXPECT_EQ(image.decodedSize, png.size());

    const MimeNode &audio = root->children[2];
    EXPECT_TRUE(audio.mediaType == "audio/x-wav" || audio.mediaType == "audio/wav"
                || audio.mediaType == "audio/vnd.wave")
        << audio.mediaType.toStdString();
    EXPECT_EQ(audio.fileName, QString::fromUtf8("gravação ç.wav"));
    EXPECT_EQ(MimeTree::decodedBody(raw, audio), wav);
}

TEST_F(MimeComposerRoundTrip, VmimeReadsItBackIndependently)
{
    ASSERT_TRUE(compose());
    vmime::message message;
    message.parse(raw.toStdString());
    const auto header = message.getHeader();

    const auto from = header->From()->getValue<vmime::mailbox>();
    ASSERT_TRUE(from);
    EXPECT_EQ(utf8(from->getName()), "Zé Ninguém");
    EXPECT_EQ(from->getEmail().toString(), "ze@exemplo.com.br");
    const auto subject = header->Subject()->getValue<vmime::text>();
    ASSERT_TRUE(subject);
    EXPECT_EQ(utf8(*subject), "Relatório de ação — março");
    const auto to = header->To()->getValue<vmime::addressList>();
    ASSERT_TRUE(to);
    ASSERT_EQ(to->getAddressCount(), 1u);
    const auto ana = vmime::dynamicCast<vmime::mailbox>(to->getAddressAt(0));
    ASSERT_TRUE(ana);
    EXPECT_EQ(utf8(ana->getName()), "Silva, Ana");
    EXPECT_FALSE(header->hasField(vmime::fields::BCC));

    const auto body = message.getBody();
    ASSERT_EQ(body->getPartCount(), 3u);
    const auto alternative = body->getPartAt(0);
    ASSERT_EQ(alternative->getBody()->getPartCount(), 2u);
    EXPECT_EQ(extract(alternative->getBody()->getPartAt(0)), crlf(draft.textBody));

    const QByteArray expected[] = {png, wav};
    const char *names[] = {"relatório_ç.png", "gravação ç.wav"};
    for (size_t i = 0; i < 2; ++i) {
        const auto part = body->getPartAt(i + 1);
        EXPECT_EQ(extract(part), expected[i]) << names[i];
        const auto disposition = part->getHeader()->findField<vmime::contentDispositionField>(
            vmime::fields::CONTENT_DISPOSITION);
        ASSERT_TRUE(disposition);
        EXPECT_EQ(utf8(disposition->getFilename()), names[i]);
        const auto type = part->getHeader()->findField<vmime::contentTypeField>(vmime::fields::CONTENT_TYPE);
        ASSERT_TRUE(type);
        EXPECT_EQ(utf8(type->getParameter("name")->getValue()), names[i]);
    }

    // Our byte ranges and vmime's agree on where every leaf body is.
    QString error;
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root);
    auto sameRange = [](const MimeNode &node, const vmime::shared_ptr<const vmime::bodyPart> &part) {
        EXPECT_EQ(node.bodyOffset, qint64(part->getBody()->getParsedOffset())) << node.mediaType.toStdString();
        EXPECT_EQ(node.bodyLength, qint64(part->getBody()->getParsedLength())) << node.mediaType.toStdString();
    };
    sameRange(root->children[0].children[0], alternative->getBody()->getPartAt(0));
    sameRange(root->children[0].children[1], alternative->getBody()->getPartAt(1));
    sameRange(root->children[1], body->getPartAt(1));
    sameRange(root->children[2], body->getPartAt(2));
}

TEST(MimeComposerTest, PlainTextOnlyIsASinglePart)
{
    QTemporaryDir dir;
    MessageDraft draft;
    draft.from = MailAddress{QString(), QStringLiteral("a@exemplo.com.br")};
    draft.to = {MailAddress{QString(), QStringLiteral("b@exemplo.com.br")}};
    draft.subject = QStringLiteral("Oi");
    draft.textBody = QStringLiteral("Hello\nworld");
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    ASSERT_TRUE(MimeComposer::compose(draft, path, &error)) << error.toStdString();
    const QByteArray raw = readFile(path);
    EXPECT_TRUE(raw.contains("\r\nSubject: Oi\r\n"));
    EXPECT_TRUE(raw.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n")) << raw.toStdString();
    EXPECT_FALSE(raw.contains("multipart"));
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root);
    EXPECT_EQ(root->mediaType, QByteArray("text/plain"));
    EXPECT_EQ(MimeTree::decodedBody(raw, *root), QByteArray("Hello\r\nworld\r\n"));
}

TEST(MimeComposerTest, HtmlWithoutAttachmentsIsAlternativeAtTheTop)
{
    QTemporaryDir dir;
    MessageDraft draft;
    draft.from = MailAddress{QString(), QStringLiteral("a@exemplo.com.br")};
    draft.textBody = QStringLiteral("texto");
    draft.htmlBody = QStringLiteral("<p>html</p>");
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    ASSERT_TRUE(MimeComposer::compose(draft, path, &error)) << error.toStdString();
    const auto root = MimeTree::parseFile(path, &error);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(root->mediaType, QByteArray("multipart/alternative"));
    ASSERT_EQ(root->children.size(), 2);
    EXPECT_EQ(root->children[0].mediaType, QByteArray("text/plain"));
    EXPECT_EQ(root->children[1].mediaType, QByteArray("text/html"));
}

TEST(MimeComposerTest, Utf8LocalPartNeedsSmtpUtf8AndStaysRaw)
{
    QTemporaryDir dir;
    MessageDraft draft;
    QString error;
    draft.from = *MailAddress::parse(QString::fromUtf8("Zé <ze@exemplo.com.br>"), &error);
    draft.to = {*MailAddress::parse(QString::fromUtf8("João <joão@exâmplo.com.br>"), &error)};
    draft.cc = {*MailAddress::parse(QString::fromUtf8("ana@exâmplo.com.br"), &error)};
    draft.textBody = QStringLiteral("x");
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    const auto result = MimeComposer::compose(draft, path, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_TRUE(result->needsSmtpUtf8);
    EXPECT_TRUE(result->has8BitData);
    EXPECT_EQ(result->envelopeRecipients,
              (QList<QByteArray>{"jo\xc3\xa3o@xn--exmplo-xta.com.br", "ana@xn--exmplo-xta.com.br"}));
    const QByteArray raw = readFile(path);
    // RFC 6532: the address raw in UTF-8 (an RFC 2047 word inside an addr-spec is
    // invalid, and vmime would write one); the display name still encoded.
    EXPECT_TRUE(raw.contains("To: =?utf-8?Q?Jo=C3=A3o?= <jo\xc3\xa3o@xn--exmplo-xta.com.br>\r\n"))
        << raw.left(500).toStdString();
    EXPECT_FALSE(raw.contains("=?utf-8?Q?jo"));
}

TEST(MimeComposerTest, ComposesUnderTheCLocaleWithoutLosingLetters)
{
    // The Debian vmime pitfall: the locale's charset (ANSI_X3.4-1968 under "C") as
    // the default for text built without one.
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    std::setlocale(LC_ALL, "C");
    qputenv("LC_ALL", "C");
    QTemporaryDir dir;
    MessageDraft draft;
    draft.from = MailAddress{QString::fromUtf8("Zé Ninguém"), QStringLiteral("ze@exemplo.com.br")};
    draft.subject = QString::fromUtf8("ação");
    draft.textBody = QString::fromUtf8("Olá");
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    const auto result = MimeComposer::compose(draft, path, &error);
    qunsetenv("LC_ALL");
    std::setlocale(LC_ALL, previous.c_str());
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(vmime::charset::getLocalCharset().getName(), "utf-8");
    const QByteArray raw = readFile(path);
    EXPECT_TRUE(raw.contains("From: =?utf-8?Q?Z=C3=A9_Ningu=C3=A9m?= <ze@exemplo.com.br>")) << raw.toStdString();
    // vmime picks B for a mostly non-ASCII word: "ação" in UTF-8, base64.
    EXPECT_TRUE(raw.contains("Subject: =?utf-8?B?YcOnw6Nv?=")) << raw.toStdString();
    EXPECT_FALSE(raw.contains("??"));
}

TEST(MimeComposerTest, MessageIdDomainCanBeChosen)
{
    QTemporaryDir dir;
    MessageDraft draft;
    draft.from = MailAddress{QString(), QStringLiteral("a@exemplo.com.br")};
    draft.messageIdDomain = QString::fromUtf8("máquina.exemplo.br");
    QString error;
    const auto result = MimeComposer::compose(draft, dir.filePath(QStringLiteral("m.eml")), &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_TRUE(result->messageId.endsWith("@xn--mquina-pta.exemplo.br>")) << result->messageId.toStdString();
    draft.messageIdDomain = QStringLiteral("bad domain>\r\nX-Evil: 1");
    EXPECT_FALSE(MimeComposer::compose(draft, dir.filePath(QStringLiteral("n.eml")), &error));
}

TEST(MimeComposerTest, LongHeadersAndBodiesStayWithinLineLimits)
{
    QTemporaryDir dir;
    const QString pngPath = dir.filePath(QStringLiteral("p.png"));
    ASSERT_TRUE(writeFile(pngPath, pngBytes()));
    MessageDraft draft;
    draft.from = MailAddress{QString(3000, QLatin1Char('Z')), QStringLiteral("ze@exemplo.com.br")};
    QString subject;
    for (int i = 0; i < 400; ++i)
        subject += QString::fromUtf8("çãé€🎵");
    draft.subject = subject + QString(1500, QLatin1Char('a')); // no space to fold at
    QString body;
    while (body.toUtf8().size() < 40000) // over vmime's 32 KB limit: base64 text
        body += QString::fromUtf8("ação e relatório, ");
    draft.textBody = body;
    const QString longName = QString(300, QChar(0x00e7)) + QStringLiteral(".png");
    draft.attachments = {AttachmentSpec{pngPath, longName, QString()}};
    QString error;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    ASSERT_TRUE(MimeComposer::compose(draft, path, &error)) << error.toStdString();
    const QByteArray raw = readFile(path);
    for (const QByteArray &line : rawLines(raw))
        ASSERT_LE(line.size(), 999) << line.left(100).toStdString();

    vmime::message message;
    message.parse(raw.toStdString());
    EXPECT_EQ(QString::fromStdString(utf8(*message.getHeader()->Subject()->getValue<vmime::text>())), draft.subject);
    const auto root = MimeTree::parse(raw, &error);
    ASSERT_TRUE(root) << error.toStdString();
    EXPECT_EQ(MimeTree::decodedBody(raw, root->children[0]), crlf(body));
    EXPECT_EQ(root->children[1].fileName, longName);
    EXPECT_EQ(root->children[1].parameters.value("name"), longName);

    // Every encoded word holds whole characters: decoding word by word loses nothing.
    const qsizetype start = raw.indexOf("\r\nSubject: ") + 11;
    QByteArray field = raw.mid(start, raw.indexOf("\r\nMessage-ID:") - start);
    field.replace("\r\n", "");
    EXPECT_EQ(MimeCharset::decodeEncodedWords(field), draft.subject);
}
