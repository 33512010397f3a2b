// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox opened from disk in the window (MainWindowMailboxes.cpp): it shows
// in the folder tree read-only and named with its variant, its messages are
// listed and read with the same list, reader and MIME tree as IMAP mail, and
// nothing writes to it; then it is imported into Local Folders.
#include "MainWindow.h"
#include "ShellTestSupport.h"

#include "account/MemorySecretStore.h"
#include "engine/LocalMailboxes.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {
const QByteArray kMbox =
    "From alice@example.test Mon Dec  7 10:00:00 2026\n"
    "From: Alice <alice@example.test>\nTo: bob@example.test\nSubject: Primeira\n"
    "Date: Mon, 7 Dec 2026 10:00:00 +0000\nStatus: RO\n\nOla, Bob.\n>>From the archive, quoted twice\n\n"
    "From carol@example.test Mon Dec  7 11:00:00 2026\n"
    "From: Carol <carol@example.test>\nTo: bob@example.test\nSubject: Segunda\n"
    "Date: Mon, 7 Dec 2026 11:00:00 +0000\nMIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nCorpo\n"
    "--b\nContent-Type: application/octet-stream; name=\"a.bin\"\nContent-Transfer-Encoding: base64\n\nAAEC\n--b--\n";

// A main window on a throw-away store, and files written beside it.
class LocalMailboxWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        w = std::make_unique<MainWindow>(&keychain, nullptr, dir.filePath(QStringLiteral("store.sqlite")));
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        return f.fileName();
    }

    QTemporaryDir dir;
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> w;
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

TEST_F(LocalMailboxWindow, OpensAnMboxReadOnlyAndReadsAMessage)
{
    const QString path = write(QStringLiteral("arquivo.mbox"), kMbox);
    const QByteArray before = sha(path);
    MainWindow &w = *this->w;

    // File > Open Mailbox is there.
    auto *openMenu = w.findChild<QMenu *>(QStringLiteral("openMailboxMenu"));
    ASSERT_NE(openMenu, nullptr);
    EXPECT_EQ(openMenu->actions().size(), 2);

    const qint64 folder = w.openMailbox(path);
    EXPECT_LT(folder, 0);
    ASSERT_TRUE(waitUntil([&] { return w.messageModel()->rowCount() == 2; }));
    const QModelIndex node = w.folderModel()->indexForFolder(folder);
    ASSERT_TRUE(node.isValid());
    EXPECT_TRUE(node.data(FolderTreeModel::ReadOnlyRole).toBool());
    EXPECT_TRUE(node.data(Qt::FontRole).value<QFont>().italic());
    ASSERT_TRUE(waitUntil([&] { return node.data(Qt::DisplayRole).toString().contains(QStringLiteral("mboxrd")); }));
    EXPECT_TRUE(node.data(Qt::ToolTipRole).toString().contains(path));
    EXPECT_EQ(w.folderView()->currentIndex(), node); // opened: its folder is selected
    EXPECT_FALSE(node.flags() & Qt::ItemIsDropEnabled); // nothing is dropped into a file on disk

    // Read the second message: same reader, same MIME tree.
    qint64 second = 0;
    for (int r = 0; r < w.messageModel()->rowCount(); ++r) {
        const StoredMessage *m = w.messageModel()->message(w.messageModel()->index(r, 0));
        ASSERT_NE(m, nullptr);
        EXPECT_LT(m->id, 0);
        if (m->subject == QStringLiteral("Segunda"))
            second = m->id;
        if (m->subject == QStringLiteral("Primeira"))
            EXPECT_TRUE(m->flags & MessageFlag::Seen); // Status: RO
    }
    ASSERT_NE(second, 0);
    ASSERT_TRUE(w.selectMessage(second));
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == second; }));
    EXPECT_EQ(w.reader()->headerText(MessageView::Field::Subject), QStringLiteral("Segunda"));
    EXPECT_EQ(w.reader()->attachmentNames(), QStringList{QStringLiteral("a.bin")});
    ASSERT_TRUE(waitUntil([&] { return w.inspectorDock()->mime()->model()->rowCount() > 0; }));
    // Read-only: no delete, no flags; the message stays unread in the file.
    EXPECT_FALSE(w.deleteAction()->isEnabled());
    EXPECT_FALSE(w.flagAction()->isEnabled());

    // Import into Local Folders: a folder named after the file, with both messages.
    w.importMailbox(folder);
    const QString local = LocalMailboxes::localFoldersAccountId();
    QModelIndex imported;
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex account = w.folderModel()->accountIndex(local);
        for (int r = 0; r < w.folderModel()->rowCount(account); ++r) {
            const QModelIndex i = w.folderModel()->index(r, 0, account);
            if (i.data(FolderTreeModel::FullNameRole).toString() == QStringLiteral("arquivo") &&
                i.data(FolderTreeModel::TotalRole).toLongLong() == 2)
                imported = i;
        }
        return imported.isValid();
    }));
    EXPECT_FALSE(imported.data(FolderTreeModel::ReadOnlyRole).toBool());
    w.folderView()->setCurrentIndex(imported);
    ASSERT_TRUE(waitUntil([&] { return w.messageModel()->rowCount() == 2; }));
    EXPECT_GT(w.messageModel()->messageId(0), 0); // store rows now

    // Export that folder as mbox: the file reads back with both messages.
    const QString out = dir.filePath(QStringLiteral("export.mbox"));
    w.exportOpenFolder(out);
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(out) && !w.transfer()->running(); }));
    QFile exported(out);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    EXPECT_EQ(bytes.count("\nFrom "), 1); // two From_ lines: at the start and between the messages
    // ">>From" in the mboxrd file was ">From" in the message, quoted again on the way out.
    EXPECT_TRUE(bytes.contains("\n>>From the archive"));

    EXPECT_EQ(sha(path), before); // the mailbox on disk was never written to
}

TEST_F(LocalMailboxWindow, ABadFileIsNamedInTheStatusBar)
{
    const QString path = write(QStringLiteral("notes.txt"), "Dear diary\n");
    MainWindow &w = *this->w;
    w.openMailbox(path);
    ASSERT_TRUE(waitUntil([&] { return w.statusText()->text().contains(QStringLiteral("not an mbox")); }));
    EXPECT_TRUE(w.statusText()->text().contains(path));
    w.openMailbox(dir.filePath(QStringLiteral("gone")));
    ASSERT_TRUE(waitUntil([&] { return w.statusText()->text().contains(QStringLiteral("no such file")); }));
}
