// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellTestSupport.h"

#include "Fixtures.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "compose/SizeEstimate.h"
#include "mime/MimeComposer.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
struct ComposerFixture : ::testing::Test
{
    TraceHub hub;
    SendController controller{&hub};
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    QTemporaryDir dir;
    OutboxEngine outbox{&hub, dir.filePath(QStringLiteral("outbox.sqlite"))}; // never started: nothing is queued here
    AccountSettings account = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    std::unique_ptr<ComposerWindow> w;

    void SetUp() override
    {
        w = std::make_unique<ComposerWindow>(&outbox, &controller, &passwords, QList<AccountSettings>{account}, account.id);
        w->setAttribute(Qt::WA_DeleteOnClose, false); // the fixture owns it
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }
};
} // namespace

TEST_F(ComposerFixture, AddressFieldRefusesLineBreaksWithAnInlineError)
{
    w->show();
    AddressField *to = w->toField();
    to->setText(QStringLiteral("bob@example.test\r\nRCPT TO:<eve@evil.test>"));
    EXPECT_FALSE(to->isValid());
    EXPECT_FALSE(to->errorText().isEmpty());
    const QLabel *inlineError = to->findChild<QLabel *>();
    ASSERT_NE(inlineError, nullptr);
    EXPECT_TRUE(inlineError->isVisible());
    EXPECT_EQ(inlineError->text(), to->errorText());
    EXPECT_FALSE(w->send()); // refused before any connection
    EXPECT_FALSE(controller.isBusy());
    EXPECT_TRUE(w->problemLabel()->isVisible());
    EXPECT_TRUE(w->problemLabel()->text().contains(QStringLiteral("To")));

    to->setText(QStringLiteral("Bob <bob@example.test>, \"Silva, Ana\" <ana@example.test>; carol@example.test"));
    EXPECT_TRUE(to->isValid()) << to->errorText().toStdString();
    EXPECT_FALSE(inlineError->isVisible());
    ASSERT_EQ(to->addresses().size(), 3);
    EXPECT_EQ(to->addresses()[1].displayName, QStringLiteral("Silva, Ana"));

    QString error;
    EXPECT_TRUE(AddressField::parseList(QString::fromUtf8("a@b.c\0d@e.f", 11), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(ComposerFixture, NeedsARecipientAndACleanSubject)
{
    w->show();
    EXPECT_FALSE(w->send());
    EXPECT_FALSE(w->problemLabel()->text().isEmpty());
    w->toField()->setText(QStringLiteral("bob@example.test"));
    w->subjectEdit()->setText(QStringLiteral("Oi\nBcc: eve@evil.test"));
    EXPECT_FALSE(w->send());
    EXPECT_TRUE(w->problemLabel()->text().contains(QStringLiteral("Subject")));
    EXPECT_FALSE(controller.isBusy());
}

TEST_F(ComposerFixture, AttachmentsShowTypeSizeThumbnailAndPlayButton)
{
    const QString png = file(QStringLiteral("foto.png"), makePng(64, 48));
    const QString wav = file(QStringLiteral("recado.wav"), makeWav(300));
    const qint64 before = w->estimatedSize();
    ASSERT_TRUE(w->attachFile(png));
    ASSERT_TRUE(w->attachFile(wav));
    QString error;
    EXPECT_FALSE(w->attachFile(png, &error)); // the same file twice
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(w->attachFile(dir.filePath(QStringLiteral("missing.bin")), &error));

    AttachmentList *list = w->attachments();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->mimeTypeAt(0), QStringLiteral("image/png"));
    EXPECT_TRUE(list->hasThumbnail(0));
    EXPECT_EQ(list->playButton(0), nullptr);
    EXPECT_TRUE(list->mimeTypeAt(1).startsWith(QStringLiteral("audio/")));
    EXPECT_FALSE(list->hasThumbnail(1));
    ASSERT_NE(list->playButton(1), nullptr);
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // A machine without sound says so on the button instead of playing into nothing.
        EXPECT_FALSE(list->playButton(1)->isEnabled());
        EXPECT_FALSE(list->playButton(1)->toolTip().isEmpty());
    } else {
        list->playButton(1)->click();
        ASSERT_NE(list->player(), nullptr);
        EXPECT_EQ(list->player()->source(), QUrl::fromLocalFile(QFileInfo(wav).canonicalFilePath()));
        EXPECT_EQ(list->playButton(1)->text(), QStringLiteral("Stop"));
        list->playButton(1)->click();
        EXPECT_EQ(list->playButton(1)->text(), QStringLiteral("Play"));
    }

    // The estimate grows by at least the base64 size of the files, and says so.
    const qint64 files = QFileInfo(png).size() + QFileInfo(wav).size();
    EXPECT_EQ(list->totalBytes(), files);
    EXPECT_GE(w->estimatedSize() - before, SizeEstimate::base64Size(QFileInfo(png).size()) +
                                               SizeEstimate::base64Size(QFileInfo(wav).size()));
    EXPECT_TRUE(w->sizeLabel()->text().contains(QStringLiteral("base64")));

    list->setCurrentItem(list->topLevelItem(0));
    list->removeSelected();
    EXPECT_EQ(list->topLevelItemCount(), 1);
    EXPECT_LT(w->estimatedSize(), before + files * 4 / 3);
}

TEST_F(ComposerFixture, EstimateIsCloseToTheComposedSize)
{
    w->toField()->setText(QStringLiteral("Bob Lab <bob@example.test>"));
    w->subjectEdit()->setText(QStringLiteral("Cartão-postal"));
    w->bodyEdit()->setPlainText(QStringLiteral("Olá Bob!\nSegue a foto.\n"));
    ASSERT_TRUE(w->attachFile(file(QStringLiteral("foto.png"), makePng(200, 150))));
    ASSERT_TRUE(w->attachFile(file(QStringLiteral("voz.wav"), makeWav(1000))));
    QString error;
    const auto composed = MimeComposer::compose(w->draft(), dir.filePath(QStringLiteral("m.eml")), &error);
    ASSERT_TRUE(composed) << error.toStdString();
    const double ratio = double(w->estimatedSize()) / double(composed->size);
    EXPECT_GT(ratio, 0.9) << w->estimatedSize() << " vs " << composed->size;
    EXPECT_LT(ratio, 1.15) << w->estimatedSize() << " vs " << composed->size;
}

TEST_F(ComposerFixture, PastedImageAndDroppedFilesBecomeAttachments)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    auto *pasted = new QMimeData; // the clipboard takes ownership
    pasted->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(pasted);
    w->bodyEdit()->setFocus();
    w->bodyEdit()->paste();
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 1);
    EXPECT_EQ(w->attachments()->mimeTypeAt(0), QStringLiteral("image/png"));
    EXPECT_TRUE(w->attachments()->hasThumbnail(0));
    EXPECT_TRUE(w->bodyEdit()->toPlainText().isEmpty()); // not inlined into the text

    const QString wav = file(QStringLiteral("drop.wav"), makeWav(200));
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(wav)});
    // As a drag from a file manager arrives: enter (accepted by the window), then drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.get(), &drop);
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 2);
    EXPECT_TRUE(w->attachments()->mimeTypeAt(1).startsWith(QStringLiteral("audio/")));
}

TEST_F(ComposerFixture, FormattingAddsAnHtmlAlternative)
{
    w->bodyEdit()->setPlainText(QStringLiteral("plain words"));
    EXPECT_TRUE(w->draft().htmlBody.isEmpty());
    w->formattingCheck()->setChecked(true);
    QTextCursor c = w->bodyEdit()->textCursor();
    c.select(QTextCursor::Document);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    c.mergeCharFormat(bold);
    const MessageDraft d = w->draft();
    EXPECT_EQ(d.textBody, QStringLiteral("plain words"));
    EXPECT_TRUE(d.htmlBody.contains(QStringLiteral("font-weight")));
    EXPECT_TRUE(d.htmlBody.contains(QStringLiteral("plain words")));
    w->formattingCheck()->setChecked(false);
    EXPECT_TRUE(w->draft().htmlBody.isEmpty());
}

// Issue 12 §7: no "missing @" while the user is still typing; the words come
// when the field is left or on send, and a fix hides them at once.
TEST_F(ComposerFixture, AnAddressIsNotFaultedWhileItIsStillBeingTyped)
{
    w->show();
    AddressField *to = w->toField();
    const QLabel *inlineError = to->findChild<QLabel *>();
    ASSERT_NE(inlineError, nullptr);
    to->lineEdit()->setFocus();
    QTest::keyClicks(to->lineEdit(), QStringLiteral("bob"));
    EXPECT_FALSE(to->isValid()) << "not an address yet (the Send check knows)";
    EXPECT_FALSE(inlineError->isVisible()) << "but nothing is said while typing";
    Q_EMIT to->lineEdit()->editingFinished(); // the field is left
    EXPECT_TRUE(inlineError->isVisible());
    EXPECT_EQ(inlineError->text(), to->errorText());
    QTest::keyClicks(to->lineEdit(), QStringLiteral("@example"));
    EXPECT_TRUE(to->isValid()) << to->errorText().toStdString();
    EXPECT_FALSE(inlineError->isVisible()) << "fixed: quiet at once";
    QTest::keyClicks(to->lineEdit(), QStringLiteral(", carol"));
    EXPECT_FALSE(inlineError->isVisible());
    EXPECT_FALSE(w->send());
    EXPECT_TRUE(inlineError->isVisible()) << "on send the problem is shown";
    EXPECT_TRUE(w->problemLabel()->text().contains(QStringLiteral("To"))) << w->problemLabel()->text().toStdString();
}
