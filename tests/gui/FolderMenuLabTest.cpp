// SPDX-License-Identifier: GPL-3.0-or-later
// The folder tree's context menu against the real lab Dovecot, in the main
// window: New Subfolder under a folder, Rename, Delete (after the question);
// the tree follows each change; INBOX and the special folders cannot be
// renamed or deleted from here.
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "mail/FolderMenu.h"
#include "mail/FolderTreeModel.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>
#include <memory>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

QModelIndex findFolder(const QAbstractItemModel *m, const QString &fullName, const QModelIndex &parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(FolderTreeModel::FullNameRole).toString() == fullName)
            return i;
        if (const QModelIndex deeper = findFolder(m, fullName, i); deeper.isValid())
            return deeper;
    }
    return {};
}

// bob's lab account in a main window of its own, its folder list in.
class FolderMenuLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        clearSettings();
        w = std::make_unique<MainWindow>(&keychain, nullptr, dir.filePath(QStringLiteral("folders.sqlite")));
        w->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
        w->show();
        w->installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
        ASSERT_TRUE(waitUntil([&] { return findFolder(w->folderModel(), QStringLiteral("Sent")).isValid(); }, 60000))
            << w->statusText()->text().toStdString();
        menu = w->folderView()->findChild<FolderMenu *>();
        ASSERT_NE(menu, nullptr);
    }

    QModelIndex find(const QString &fullName) const { return findFolder(w->folderModel(), fullName); }

    LabEnv lab;
    QTemporaryDir dir;
    MemorySecretStore keychain;
    std::unique_ptr<MainWindow> w;
    FolderMenu *menu = nullptr;
};

} // namespace

TEST_F(FolderMenuLab, NewSubfolderRenameAndDeleteFromTheTree)
{
    MainWindow &w = *this->w;
    QStringList asked;
    QString answer;
    menu->setPrompt([&](const QString &title, const QString &, const QString &text) {
        asked << title + QStringLiteral("|") + text;
        return answer;
    });
    bool confirm = false;
    menu->setConfirm([&](const QString &, const QString &) { return confirm; });

    // The special folders stay as they are.
    EXPECT_FALSE(FolderMenu::isEditable(findFolder(w.folderModel(), QStringLiteral("INBOX"))));
    EXPECT_FALSE(FolderMenu::isEditable(findFolder(w.folderModel(), QStringLiteral("Sent"))));

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString top = QStringLiteral("Menu-%1").arg(tag);
    // An account row: the new folder goes at the top level.
    const QModelIndex account = findFolder(w.folderModel(), QStringLiteral("Sent")).parent();
    ASSERT_TRUE(account.data(FolderTreeModel::IsAccountRole).toBool());
    answer = top;
    menu->newFolder(account);
    ASSERT_TRUE(waitUntil([&] { return findFolder(w.folderModel(), top).isValid(); }, 30000))
        << w.statusText()->text().toStdString();

    QChar sep = QLatin1Char('.');
    answer = QStringLiteral("Child");
    menu->newFolder(findFolder(w.folderModel(), top));
    ASSERT_TRUE(waitUntil([&] {
        return findFolder(w.folderModel(), top + QStringLiteral(".Child")).isValid()
               || findFolder(w.folderModel(), top + QStringLiteral("/Child")).isValid();
    }, 30000)) << w.statusText()->text().toStdString();
    if (findFolder(w.folderModel(), top + QStringLiteral("/Child")).isValid())
        sep = QLatin1Char('/');
    const QString child = top + sep + QStringLiteral("Child");
    EXPECT_EQ(findFolder(w.folderModel(), child).parent().data(FolderTreeModel::FullNameRole).toString(), top)
        << "shown inside its parent";

    answer = QStringLiteral("Renamed");
    menu->rename(findFolder(w.folderModel(), child));
    EXPECT_EQ(asked.last(), QStringLiteral("Rename folder|Child")) << "the prompt starts from the leaf name";
    const QString renamed = top + sep + QStringLiteral("Renamed");
    ASSERT_TRUE(waitUntil([&] { return findFolder(w.folderModel(), renamed).isValid(); }, 30000))
        << w.statusText()->text().toStdString();
    EXPECT_FALSE(findFolder(w.folderModel(), child).isValid());

    confirm = false; // "Cancel": nothing happens
    menu->remove(findFolder(w.folderModel(), renamed));
    waitUntil([] { return false; }, 500);
    EXPECT_TRUE(findFolder(w.folderModel(), renamed).isValid());
    confirm = true;
    menu->remove(findFolder(w.folderModel(), renamed));
    ASSERT_TRUE(waitUntil([&] { return !findFolder(w.folderModel(), renamed).isValid(); }, 30000))
        << w.statusText()->text().toStdString();
    menu->remove(findFolder(w.folderModel(), top));
    ASSERT_TRUE(waitUntil([&] { return !findFolder(w.folderModel(), top).isValid(); }, 30000))
        << w.statusText()->text().toStdString();
}

// Subscriptions on the real Dovecot: a new folder is subscribed; Subscribed in
// the menu sends UNSUBSCRIBE, and the mark the tree shows is what the server's
// LIST (SUBSCRIBED) says afterwards; "Show only subscribed folders" hides it
// (INBOX and the special folders stay) and is remembered.
TEST_F(FolderMenuLab, SubscribeUnsubscribeAndShowOnlySubscribed)
{
    MainWindow &w = *this->w;
    const QString top = QStringLiteral("Subs-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    menu->setPrompt([&](const QString &, const QString &, const QString &) { return top; });
    menu->setConfirm([](const QString &, const QString &) { return true; });
    menu->newFolder(findFolder(w.folderModel(), QStringLiteral("Sent")).parent());
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex i = findFolder(w.folderModel(), top);
        return i.isValid() && i.data(FolderTreeModel::SubscribedRole).toBool();
    }, 30000)) << "a new folder is subscribed: " << w.statusText()->text().toStdString();

    menu->toggleSubscribed(findFolder(w.folderModel(), top));
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex i = findFolder(w.folderModel(), top);
        return i.isValid() && !i.data(FolderTreeModel::SubscribedRole).toBool();
    }, 30000)) << w.statusText()->text().toStdString();
    waitUntil([] { return false; }, 1000); // the LIST after the change has come back
    EXPECT_FALSE(findFolder(w.folderModel(), top).data(FolderTreeModel::SubscribedRole).toBool())
        << "the server's subscription list agrees";

    menu->setSubscribedOnly(true);
    EXPECT_FALSE(findFolder(w.folderModel(), top).isValid()) << "hidden while only subscribed folders show";
    EXPECT_TRUE(findFolder(w.folderModel(), QStringLiteral("INBOX")).isValid());
    EXPECT_TRUE(findFolder(w.folderModel(), QStringLiteral("Sent")).isValid());
    EXPECT_TRUE(FolderMenu::subscribedOnlySetting()) << "remembered";
    menu->setSubscribedOnly(false);
    ASSERT_TRUE(findFolder(w.folderModel(), top).isValid());

    menu->toggleSubscribed(findFolder(w.folderModel(), top));
    ASSERT_TRUE(waitUntil([&] {
        return findFolder(w.folderModel(), top).data(FolderTreeModel::SubscribedRole).toBool();
    }, 30000)) << w.statusText()->text().toStdString();
    menu->remove(findFolder(w.folderModel(), top));
    ASSERT_TRUE(waitUntil([&] { return !findFolder(w.folderModel(), top).isValid(); }, 30000));
}
