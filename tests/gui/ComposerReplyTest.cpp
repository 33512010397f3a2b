// SPDX-License-Identifier: GPL-3.0-or-later
// The composer opened with a ReplyBuilder draft: fields filled, cursor at the
// top, threading fields kept for sending, forwarded parts attached.
#include "ShellTestSupport.h"

#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"
#include "mime/ReplyBuilder.h"
#include "engine/OutboxEngine.h"
#include "engine/SendController.h"
#include "trace/TraceHub.h"

#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextCursor>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
const QByteArray kOriginal = QByteArrayLiteral(
    "From: Bob Lab <bob@example.test>\r\n"
    "To: Alice Lab <alice@example.test>, carol@example.test\r\n"
    "Cc: dave@example.test\r\n"
    "Subject: RES: Planilha\r\n"
    "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <planilha-2@example.test>\r\n"
    "References: <planilha-1@example.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b\"\r\n"
    "\r\n"
    "--b\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Segue a planilha.\r\n"
    "--b\r\n"
    "Content-Type: text/csv; name=\"dados.csv\"\r\n"
    "Content-Disposition: attachment; filename=\"dados.csv\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "YSxiCjEsMgo=\r\n"
    "--b--\r\n");

struct ComposerReply : ::testing::Test
{
    TraceHub hub;
    SendController controller{&hub};
    MemorySecretStore keychain, session;
    PasswordResolver passwords{&keychain, &session};
    QTemporaryDir storeDir;
    OutboxEngine outbox{&hub, storeDir.filePath(QStringLiteral("outbox.sqlite"))}; // never started
    AccountSettings account = LabAccountPreset::make(QStringLiteral("alice"), QProcessEnvironment()).account;
    std::unique_ptr<ComposerWindow> w;

    void SetUp() override
    {
        w = std::make_unique<ComposerWindow>(&outbox, &controller, &passwords, QList<AccountSettings>{account}, account.id);
        w->setAttribute(Qt::WA_DeleteOnClose, false); // the fixture owns it
    }

    MessageDraft build(ReplyBuilder::Mode mode)
    {
        ReplyBuilder::Identity me;
        me.address = MailAddress{account.displayName, account.address};
        QString error;
        const auto d = ReplyBuilder::build(mode, kOriginal, me, &error);
        EXPECT_TRUE(d) << error.toStdString();
        return d.value_or(MessageDraft());
    }
};
} // namespace

TEST_F(ComposerReply, ReplyAllDraftFillsTheFieldsWithTheCursorAtTheTop)
{
    ASSERT_TRUE(w->setDraft(build(ReplyBuilder::Mode::ReplyAll)));
    w->show();
    EXPECT_EQ(w->toField()->text(), QStringLiteral("Bob Lab <bob@example.test>, carol@example.test"));
    EXPECT_EQ(w->ccField()->text(), QStringLiteral("dave@example.test"));
    EXPECT_TRUE(w->bccField()->text().isEmpty());
    EXPECT_TRUE(w->toField()->isValid());
    EXPECT_EQ(w->subjectEdit()->text(), QStringLiteral("Re: Planilha"));
    EXPECT_EQ(w->windowTitle(), QStringLiteral("Re: Planilha"));
    const QString body = w->bodyEdit()->toPlainText();
    EXPECT_TRUE(body.contains(QStringLiteral("Bob Lab wrote:"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("\n> Segue a planilha."))) << body.toStdString();
    EXPECT_EQ(w->bodyEdit()->textCursor().position(), 0);
    EXPECT_EQ(w->attachments()->topLevelItemCount(), 0); // a reply carries no attachment

    // What would be sent keeps the thread.
    const MessageDraft d = w->draft();
    EXPECT_EQ(d.inReplyTo, QStringLiteral("<planilha-2@example.test>"));
    EXPECT_EQ(d.references, (QStringList{QStringLiteral("<planilha-1@example.test>"),
                                         QStringLiteral("<planilha-2@example.test>")}));
    EXPECT_EQ(d.from.address, account.address);
    EXPECT_EQ(d.to.size(), 2);
    EXPECT_EQ(d.cc.size(), 1);

    // ... and the composed bytes carry it.
    QTemporaryDir dir;
    QString error;
    const auto composed = MimeComposer::compose(d, dir.filePath(QStringLiteral("r.eml")), &error);
    ASSERT_TRUE(composed) << error.toStdString();
    QFile file(composed->filePath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("\r\nIn-Reply-To: <planilha-2@example.test>\r\n"));
    EXPECT_TRUE(bytes.contains("\r\nReferences: <planilha-1@example.test> <planilha-2@example.test>\r\n"));
}

TEST_F(ComposerReply, ForwardDraftAttachesTheOriginalsParts)
{
    ASSERT_TRUE(w->setDraft(build(ReplyBuilder::Mode::Forward)));
    w->show();
    EXPECT_TRUE(w->toField()->text().isEmpty());
    EXPECT_EQ(w->subjectEdit()->text(), QStringLiteral("Fwd: Planilha"));
    EXPECT_TRUE(w->bodyEdit()->toPlainText().contains(QStringLiteral("---------- Forwarded message ---------")));
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 1);
    EXPECT_EQ(w->attachments()->topLevelItem(0)->text(AttachmentList::NameColumn), QStringLiteral("dados.csv"));
    EXPECT_EQ(w->attachments()->mimeTypeAt(0), QStringLiteral("text/csv"));
    const MessageDraft d = w->draft();
    ASSERT_EQ(d.attachments.size(), 1);
    EXPECT_TRUE(d.attachments[0].inMemory);
    EXPECT_EQ(d.attachments[0].data, QByteArray("a,b\n1,2\n"));
    EXPECT_TRUE(d.inReplyTo.isEmpty());
    EXPECT_GT(w->estimatedSize(), 0);
    EXPECT_EQ(w->attachments()->totalBytes(), 8);
}

TEST_F(ComposerReply, ForwardAsAttachmentListsTheMessageAndSendsItUnencoded)
{
    ASSERT_TRUE(w->setDraft(build(ReplyBuilder::Mode::ForwardAsAttachment)));
    ASSERT_EQ(w->attachments()->topLevelItemCount(), 1);
    EXPECT_EQ(w->attachments()->topLevelItem(0)->text(AttachmentList::NameColumn), QStringLiteral("RES_ Planilha.eml"));
    EXPECT_EQ(w->attachments()->mimeTypeAt(0), QStringLiteral("message/rfc822"));
    w->toField()->setText(QStringLiteral("carol@example.test"));
    MessageDraft d = w->draft();
    QTemporaryDir dir;
    QString error;
    const auto composed = MimeComposer::compose(d, dir.filePath(QStringLiteral("f.eml")), &error);
    ASSERT_TRUE(composed) << error.toStdString();
    QFile file(composed->filePath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto tree = MimeTree::parse(bytes, &error);
    ASSERT_TRUE(tree) << error.toStdString();
    ASSERT_EQ(tree->children.size(), 2);
    EXPECT_EQ(tree->children[1].mediaType, QByteArray("message/rfc822"));
    EXPECT_EQ(bytes.mid(tree->children[1].bodyOffset, tree->children[1].bodyLength), kOriginal);
}

TEST_F(ComposerReply, ADraftFromAnotherAccountPicksThatAccount)
{
    const AccountSettings bob = LabAccountPreset::make(QStringLiteral("bob"), QProcessEnvironment()).account;
    w = std::make_unique<ComposerWindow>(&outbox, &controller, &passwords, QList<AccountSettings>{account, bob}, account.id);
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    MessageDraft d = build(ReplyBuilder::Mode::Reply);
    d.from = MailAddress{QString(), bob.address.toUpper()};
    ASSERT_TRUE(w->setDraft(d));
    EXPECT_EQ(w->account().id, bob.id);
}
