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

} // namespace

TEST(FolderMenuLab, NewSubfolderRenameAndDeleteFromTheTree)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("folders.sqlite")));
    w.passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    w.show();
    w.installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil([&] { return findFolder(w.folderModel(), QStringLiteral("Sent")).isValid(); }, 60000))
        << w.statusText()->text().toStdString();

    auto *menu = w.folderView()->findChild<FolderMenu *>();
    ASSERT_NE(menu, nullptr);
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
