// SPDX-License-Identifier: GPL-3.0-or-later
// What MimeComposer refuses to write (tests/README.md, case 13) and how it says so.
#include "MimeTestFiles.h"
#include "mime/MimeComposer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::mimetest;

namespace {

class MimeComposerRefusal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        draft.from = MailAddress{QString::fromUtf8("Zé"), QStringLiteral("ze@exemplo.com.br")};
        draft.to = {MailAddress{QString(), QStringLiteral("ana@x.br")}};
        draft.subject = QStringLiteral("ok");
        draft.textBody = QStringLiteral("ok");
        attachmentPath = dir.filePath(QStringLiteral("a.png"));
        ASSERT_TRUE(writeFile(attachmentPath, pngBytes()));
        outPath = dir.filePath(QStringLiteral("out.eml"));
    }

    // Refused: nullopt, an error holding `expected`, nothing left at outPath.
    void expectRefused(const char *expected)
    {
        QString error;
        EXPECT_FALSE(MimeComposer::compose(draft, outPath, &error));
        EXPECT_TRUE(error.contains(QString::fromUtf8(expected), Qt::CaseInsensitive)) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\r')) || error.contains(QLatin1Char('\n'))) << error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(outPath));
    }

    QTemporaryDir dir;
    MessageDraft draft;
    QString attachmentPath, outPath;
};

} // namespace

TEST_F(MimeComposerRefusal, BaselineComposes)
{
    QString error;
    EXPECT_TRUE(MimeComposer::compose(draft, outPath, &error)) << error.toStdString();
}

TEST_F(MimeComposerRefusal, SubjectWithLineBreakOrNul)
{
    draft.subject = QStringLiteral("Oi\r\nBcc: todos@x.br");
    expectRefused("Subject \"Oi\\r\\nBcc: todos@x.br\" contains a line break");
    draft.subject = QStringLiteral("Oi\nX");
    expectRefused("line break");
    draft.subject = QStringLiteral("Oi") + QChar(u'\0');
    expectRefused("NUL");
}

TEST_F(MimeComposerRefusal, DisplayNameWithLineBreak)
{
    draft.from.displayName = QStringLiteral("Zé\r\nX-Evil: 1");
    expectRefused("line break");
    draft.from.displayName = QStringLiteral("Zé");
    draft.cc = {MailAddress{QStringLiteral("Ana\n"), QStringLiteral("ana@x.br")}};
    expectRefused("line break");
    draft.cc.clear();
    draft.bcc = {MailAddress{QString(), QStringLiteral("a b@x.br")}};
    expectRefused("spaces");
    draft.bcc.clear();
    draft.from = MailAddress{};
    expectRefused("no sender");
}

TEST_F(MimeComposerRefusal, AttachmentNameWithControlCharacters)
{
    draft.attachments = {AttachmentSpec{attachmentPath, QStringLiteral("foto\r\n.png"), QString()}};
    expectRefused("line break");
    draft.attachments = {AttachmentSpec{attachmentPath, QStringLiteral("foto") + QChar(u'\0') + QStringLiteral(".png"),
                                        QString()}};
    expectRefused("NUL");
    draft.attachments = {AttachmentSpec{attachmentPath, QStringLiteral("foto\x1b.png"), QString()}};
    expectRefused("control character");
    draft.attachments = {AttachmentSpec{attachmentPath, QStringLiteral("../"), QString()}};
    expectRefused("no usable file name");
    draft.attachments = {AttachmentSpec{attachmentPath, QString(), QStringLiteral("image/png\r\nX: y")}};
    expectRefused("invalid MIME type");
}

TEST_F(MimeComposerRefusal, MissingAttachmentIsNamed)
{
    const QString missing = dir.filePath(QString::fromUtf8("não-existe.pdf"));
    draft.attachments = {AttachmentSpec{missing, QString(), QString()}};
    expectRefused("não-existe.pdf");
    expectRefused("does not exist");

    draft.attachments = {AttachmentSpec{dir.path(), QString(), QString()}};
    expectRefused("folder");
}

TEST_F(MimeComposerRefusal, UnreadableAttachmentIsNamed)
{
    const QString locked = dir.filePath(QStringLiteral("locked.bin"));
    ASSERT_TRUE(writeFile(locked, "secret"));
    QFile::setPermissions(locked, QFileDevice::WriteOwner);
    if (QFile(locked).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    draft.attachments = {AttachmentSpec{locked, QString(), QString()}};
    expectRefused("locked.bin");
}

TEST_F(MimeComposerRefusal, AttachmentNamesAreReducedToABasename)
{
    EXPECT_EQ(MimeComposer::attachmentName({QStringLiteral("/tmp/x/foto.png"), QString(), QString()}),
              QStringLiteral("foto.png"));
    EXPECT_EQ(MimeComposer::attachmentName({attachmentPath, QStringLiteral("../../etc/passwd"), QString()}),
              QStringLiteral("passwd"));
    EXPECT_EQ(MimeComposer::attachmentName({attachmentPath, QStringLiteral("C:\\Users\\ze\\foto.png"), QString()}),
              QStringLiteral("foto.png"));
    EXPECT_EQ(MimeComposer::attachmentName({attachmentPath, QStringLiteral("/abs/nome.txt"), QString()}),
              QStringLiteral("nome.txt"));
}

TEST_F(MimeComposerRefusal, MimeTypeByContentThenExtension)
{
    // Content wins over a lying extension; the extension refines a generic content type.
    const QString pngNamedTxt = dir.filePath(QStringLiteral("image.txt"));
    ASSERT_TRUE(writeFile(pngNamedTxt, pngBytes()));
    EXPECT_EQ(MimeComposer::attachmentMimeType({pngNamedTxt, QString(), QString()}), QByteArray("image/png"));
    const QString csv = dir.filePath(QStringLiteral("dados.csv"));
    ASSERT_TRUE(writeFile(csv, "a,b\n1,2\n"));
    EXPECT_EQ(MimeComposer::attachmentMimeType({csv, QString(), QString()}), QByteArray("text/csv"));
    const QString wavNoExtension = dir.filePath(QStringLiteral("som"));
    ASSERT_TRUE(writeFile(wavNoExtension, wavBytes()));
    const QByteArray wavType = MimeComposer::attachmentMimeType({wavNoExtension, QString(), QString()});
    EXPECT_TRUE(wavType == "audio/x-wav" || wavType == "audio/wav") << wavType.toStdString();
    const QString unknown = dir.filePath(QStringLiteral("blob"));
    ASSERT_TRUE(writeFile(unknown, QByteArray("\x01\x02\x03\xff\xfe", 5)));
    EXPECT_EQ(MimeComposer::attachmentMimeType({unknown, QString(), QString()}),
              QByteArray("application/octet-stream"));
    EXPECT_EQ(MimeComposer::attachmentMimeType({unknown, QString(), QStringLiteral("application/pdf")}),
              QByteArray("application/pdf"));
}
