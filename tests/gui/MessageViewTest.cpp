// SPDX-License-Identifier: GPL-3.0-or-later
// MessageView: cid: images, attached images and audio, saving under a safe
// name, header warnings, plain/HTML switch.
#include "mime/SafeFileName.h"
#include "reader/InlineImageDecoder.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace carteiro;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(CARTEIRO_TEST_DATA_DIR "/viewer/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

TEST(MessageViewTest, CidImageOfMultipartRelatedRendersDecodedOffTheGuiThread)
{
    MessageView view;
    view.resize(700, 500);
    view.show();
    view.showMessage(sample("related-cid.eml"), 7);
    EXPECT_EQ(view.messageId(), 7);
    (void)view.grab();
    const QUrl url(QStringLiteral("cid:pixel%40carteiro.test"));
    // Laid out at once with a 1x1 stand-in: the GUI thread decodes nothing.
    EXPECT_EQ(qvariant_cast<QImage>(view.bodyBrowser()->document()->resource(QTextDocument::ImageResource, url))
                  .size(),
              QSize(1, 1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.bodyBrowser()->cidImageCount() == 1; }, 30000));
    ASSERT_NE(InlineImageDecoder::lastDecodingThread(), nullptr);
    EXPECT_NE(InlineImageDecoder::lastDecodingThread(), QThread::currentThread()) << "decoded on a worker";
    (void)view.grab();
    const QImage image =
        qvariant_cast<QImage>(view.bodyBrowser()->document()->resource(QTextDocument::ImageResource, url));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(4, 3));
    EXPECT_TRUE(view.attachmentNames().isEmpty()); // a resource of the body, not an attachment
    EXPECT_FALSE(view.remoteContentBlocked());
    EXPECT_FALSE(view.remoteContentBarShown());
    // A Content-ID that is not in the message gives nothing.
    EXPECT_TRUE(qvariant_cast<QImage>(view.bodyBrowser()->loadResource(QTextDocument::ImageResource,
                                                                        QUrl(QStringLiteral("cid:other@x"))))
                    .isNull());
}

TEST(MessageViewTest, AttachedPngIsShownInlineAndWavGetsAPlayer)
{
    MessageView view;
    view.resize(700, 500);
    view.show();
    view.showMessage(sample("attachments.eml"), 1);
    EXPECT_EQ(view.attachmentNames(),
              (QStringList{u("cartao-postal.png"), u("recado.wav"), u("evil.sh"), u("part-5.html"),
                           u("Encaminhada.eml")}));
    // Decoded off the GUI thread (InlineImageDecoder): below the text once ready.
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.inlineImageCount() == 1; }, 30000));
    (void)view.grab();
    const QImage shown = qvariant_cast<QImage>(view.bodyBrowser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("carteiro-attached-image:0"))));
    QImage original;
    ASSERT_TRUE(original.loadFromData(view.content().partData(view.content().attachments.at(0))));
    ASSERT_FALSE(shown.isNull());
    EXPECT_EQ(shown.size(), original.size());
    // The body is the windows-1252 text, alone.
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().contains(u("\xe2\x80\x9c" "Aspas\xe2\x80\x9d")));
    EXPECT_FALSE(view.bodyBrowser()->toPlainText().contains(u("never joined")));

    QPushButton *play = view.playButton(1);
    ASSERT_NE(play, nullptr);
    EXPECT_EQ(view.playButton(0), nullptr); // the PNG has no player
    if (QMediaDevices::audioOutputs().isEmpty()) {
        EXPECT_FALSE(play->isEnabled());
        EXPECT_TRUE(play->toolTip().contains(u("audio output"))) << play->toolTip().toStdString();
    } else {
        EXPECT_TRUE(play->isEnabled());
    }
    // Every attachment can be saved; the script cannot be opened from here.
    for (int i = 0; i < 5; ++i)
        EXPECT_NE(view.saveButton(i), nullptr) << i;
    ASSERT_NE(view.openButton(2), nullptr);
    EXPECT_FALSE(view.openButton(2)->isEnabled());
    EXPECT_TRUE(view.openButton(0)->isEnabled());
    // The tooltip shows the name the sender gave, made visible.
    EXPECT_TRUE(view.attachmentList()->topLevelItem(2)->toolTip(MessageView::NameColumn).contains(u("../../evil.sh")));
}

TEST(MessageViewTest, SaveWritesTheSafeBasenameInsideTheChosenFolder)
{
    QTemporaryDir outer;
    ASSERT_TRUE(outer.isValid());
    const QString folder = QDir(outer.path()).filePath(u("a/b"));
    ASSERT_TRUE(QDir().mkpath(folder));
    MessageView view;
    QStringList asked;
    view.setFolderChooser([&](QWidget *, const QString &name) {
        asked << name;
        return folder;
    });
    view.showMessage(sample("attachments.eml"), 1);
    ASSERT_EQ(view.content().attachments.at(2).fileName, u("../../evil.sh"));

    QTest::mouseClick(view.saveButton(2), Qt::LeftButton);
    EXPECT_EQ(asked, QStringList{u("evil.sh")});
    const QString saved = QDir(folder).filePath(u("evil.sh"));
    EXPECT_EQ(view.lastSavedPath(), saved);
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << saved.toStdString();
    EXPECT_EQ(file.readAll(), sample("evil.sh.bytes"));
    // Nothing escaped the folder ("../../" from a/b would be outer).
    EXPECT_FALSE(QFile::exists(QDir(outer.path()).filePath(u("evil.sh"))));
    EXPECT_EQ(QDir(outer.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    EXPECT_TRUE(view.statusText().contains(u("evil.sh")));

    // Saving again does not clobber the first copy.
    ASSERT_TRUE(view.saveAttachment(2));
    EXPECT_EQ(view.lastSavedPath(), QDir(folder).filePath(u("evil (2).sh")));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name), (QStringList{u("evil (2).sh"), u("evil.sh")}));

    // The PNG keeps its bytes too.
    ASSERT_TRUE(view.saveAttachment(0));
    QFile png(QDir(folder).filePath(u("cartao-postal.png")));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    QFile demo(QStringLiteral(CARTEIRO_SOURCE_DIR "/resources/demo/cartao-postal.png"));
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    EXPECT_EQ(png.readAll(), demo.readAll());
}

TEST(MessageViewTest, SaveCancelledOrIntoAMissingFolderWritesNothingAndSaysWhy)
{
    MessageView view;
    view.showMessage(sample("attachments.eml"), 1);
    view.setFolderChooser([](QWidget *, const QString &) { return QString(); });
    EXPECT_FALSE(view.saveAttachment(2));
    EXPECT_TRUE(view.statusText().isEmpty());

    QTemporaryDir dir;
    const QString missing = QDir(dir.path()).filePath(u("missing"));
    view.setFolderChooser([&](QWidget *, const QString &) { return missing; });
    QStringList failures;
    QObject::connect(&view, &MessageView::failed, [&](const QString &m) { failures << m; });
    EXPECT_FALSE(view.saveAttachment(2));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.at(0).contains(missing)) << failures.at(0).toStdString();
    EXPECT_FALSE(view.saveAttachment(99));
}

TEST(MessageViewTest, HostileNamesAreSavedUnderASafeName)
{
    const QByteArray raw = "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                           "--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n"
                           "--b\r\nContent-Type: application/octet-stream\r\n"
                           "Content-Disposition: attachment; filename*=utf-8''photo.jpg%E2%80%AE%00%0A"
                           + QByteArray(200, ' ').toPercentEncoding() + ".exe\r\n\r\nMZ\r\n"
                           "--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"CON\"\r\n\r\nc\r\n"
                           "--b\r\nContent-Type: image/gif\r\nContent-Disposition: attachment; filename=\"C:\\\\x\\\\\"\r\n\r\nGIF\r\n"
                           "--b--\r\n";
    QTemporaryDir dir;
    MessageView view;
    view.setFolderChooser([&](QWidget *, const QString &) { return dir.path(); });
    view.showMessage(raw, 1);
    ASSERT_EQ(view.attachmentNames(), (QStringList{u("photo.jpg.exe"), u("_CON"), u("attachment.gif")}));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(view.saveAttachment(i)) << i << view.statusText().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
              (QStringList{u("_CON"), u("attachment.gif"), u("photo.jpg.exe")}));
}

TEST(MessageViewTest, OpenWritesAPrivateCopyAndAsksTheSystem)
{
    MessageView view;
    QList<QUrl> opened;
    view.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    view.showMessage(sample("attachments.eml"), 1);
    ASSERT_TRUE(view.openAttachment(0));
    ASSERT_EQ(opened.size(), 1);
    const QString path = opened.at(0).toLocalFile();
    EXPECT_TRUE(path.endsWith(u("/cartao-postal.png")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), view.content().partData(view.content().attachments.at(0)));
    EXPECT_FALSE(view.openAttachment(2)); // evil.sh: save it, do not run it
    EXPECT_EQ(opened.size(), 1);
}

TEST(MessageViewTest, FromWithRloAndHomographShowsTheWarning)
{
    MessageView view;
    view.show();
    view.showMessage(sample("hostile-from.eml"), 3);
    const QString from = view.headerText(MessageView::Field::From);
    EXPECT_TRUE(from.contains(u("xn--pypal-4ve.com"))) << from.toStdString();
    EXPECT_FALSE(from.contains(QChar(0x202e)));
    EXPECT_FALSE(from.contains(QChar(0x202c)));
    EXPECT_TRUE(view.headerWarningShown(MessageView::Field::From));
    const QString tip = view.headerWarningToolTip(MessageView::Field::From);
    EXPECT_TRUE(tip.contains(u("punycode"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u("text-direction"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u("p\xd0\xb0ypal.com"))); // the Unicode form, for the curious
    EXPECT_TRUE(view.headerWarningShown(MessageView::Field::Subject));
    EXPECT_FALSE(view.headerText(MessageView::Field::Subject).contains(QLatin1Char('\n')));
    EXPECT_FALSE(view.headerWarningShown(MessageView::Field::To));

    // A clean message has no warnings.
    view.showMessage(sample("alternative.eml"), 4);
    EXPECT_FALSE(view.headerWarningShown(MessageView::Field::From));
    EXPECT_EQ(view.headerText(MessageView::Field::From), u("Z\xc3\xa9 Ningu\xc3\xa9m <ze@exemplo.com.br>"));
    EXPECT_EQ(view.headerText(MessageView::Field::Subject), u("Card\xc3\xa1pio da semana"));
}

TEST(MessageViewTest, HtmlAlternativeWithPlainTextSwitch)
{
    MessageView view;
    view.showMessage(sample("alternative.eml"), 1);
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().contains(u("vers\xc3\xa3o em HTML")));
    view.setShowPlainText(true);
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().contains(u("vers\xc3\xa3o em texto")));
    EXPECT_FALSE(view.bodyBrowser()->toPlainText().contains(u("vers\xc3\xa3o em HTML")));
    view.setShowPlainText(false);
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().contains(u("vers\xc3\xa3o em HTML")));
}

TEST(MessageViewTest, BrokenMessageIsShownWithTheErrorAndClearEmptiesTheView)
{
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
            + QByteArray::number(i) + "\r\n";
    MessageView view;
    QStringList failures;
    QObject::connect(&view, &MessageView::failed, [&](const QString &m) { failures << m; });
    view.showMessage(deep, 9);
    EXPECT_EQ(failures.size(), 1);
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().startsWith(u("Content-Type: multipart/mixed")));

    view.showMessage(sample("attachments.eml"), 10);
    EXPECT_FALSE(view.attachmentNames().isEmpty());
    view.clear();
    EXPECT_TRUE(view.attachmentNames().isEmpty());
    EXPECT_EQ(view.inlineImageCount(), 0);
    EXPECT_TRUE(view.headerText(MessageView::Field::From).isEmpty());
    EXPECT_TRUE(view.bodyBrowser()->toPlainText().isEmpty());
    EXPECT_EQ(view.messageId(), -1);
}
