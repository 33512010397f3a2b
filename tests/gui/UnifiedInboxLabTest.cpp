// SPDX-License-Identifier: GPL-3.0-or-later
// All Inboxes (issue 12 §5) against the real lab: with alice's and bob's
// accounts in one window, the node lists both inboxes, a row opens through its
// own account's engine, and mail delivered by Postfix afterwards joins the list
// without reopening it.
#include "LabWindowFixture.h"
#include "LabEnv.h"
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "engine/AccountEngines.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/UnifiedInbox.h"
#include "reader/MessageView.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

struct UnifiedInboxLab : LabWindowTest
{
    void send(const QString &to, const QString &subject)
    {
        const CliRun run = runCli(
            {QStringLiteral("send"), QStringLiteral("--server"),
             QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions), QStringLiteral("--user"), lab.alice,
             QStringLiteral("--from"), lab.alice, QStringLiteral("--to"), to, QStringLiteral("--subject"), subject,
             QStringLiteral("--body"), QStringLiteral("For All Inboxes.\n"), QStringLiteral("--ca-file"), lab.caFile},
            {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        ASSERT_FALSE(lab.waitForDelivery(to, subject.toUtf8()).isEmpty());
    }

    qint64 rowOf(const QString &subject) const
    {
        const MessageListModel *m = window->messageModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
                return m->index(r, 0).data(MessageListModel::MessageIdRole).toLongLong();
        return 0;
    }

    static QString unique(const char *what)
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(12));
    }
};

} // namespace

TEST_F(UnifiedInboxLab, ListsEveryInboxOpensThroughTheRightAccountAndFollowsNewMail)
{
    const QString forAlice = unique("unified-alice"), forBob = unique("unified-bob");
    send(lab.alice, forAlice);
    send(lab.bob, forBob);
    FolderTreeModel *tree = window->folderModel();
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
    EXPECT_FALSE(tree->unifiedInboxIndex().isValid()); // one account: no All Inboxes
    window->installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil([&] { return tree->inboxes().size() == 2; }, 60000)) << "both inboxes never listed";
    const QModelIndex all = tree->unifiedInboxIndex();
    ASSERT_TRUE(all.isValid());
    EXPECT_EQ(all.row(), 0);
    EXPECT_TRUE(all.flags() & Qt::ItemIsSelectable);

    // Opened: both accounts' new messages in one list, counts summed in the tree.
    window->folderView()->setCurrentIndex(all);
    ASSERT_TRUE(waitUntil([&] { return rowOf(forAlice) && rowOf(forBob); }, 60000))
        << "All Inboxes lists " << window->messageModel()->rowCount() << " rows";
    qint64 total = 0;
    for (const qint64 id : tree->inboxes())
        total += tree->indexForFolder(id).data(FolderTreeModel::TotalRole).toLongLong();
    EXPECT_EQ(tree->unifiedInboxIndex().data(FolderTreeModel::TotalRole).toLongLong(), total);
    EXPECT_GE(window->messageModel()->rowCount(), 2);

    // A row of bob's opens through bob's engine.
    const qint64 bobRow = rowOf(forBob);
    EXPECT_EQ(window->unifiedInbox()->accountOf(bobRow), QStringLiteral("lab-bob"));
    ASSERT_TRUE(window->selectMessage(bobRow));
    EXPECT_EQ(window->engines()->currentAccountId(), QStringLiteral("lab-bob"));
    ASSERT_TRUE(waitUntil([&] { return window->reader()->messageId() == bobRow; }, 30000))
        << "bob's message never opened";

    // New mail for alice joins the list without reopening it; bob's row stays selected.
    const QString later = unique("unified-later");
    send(lab.alice, later);
    window->receiveAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return rowOf(later) != 0; }, 60000)) << "the new message never joined";
    EXPECT_EQ(window->unifiedInbox()->accountOf(rowOf(later)), QStringLiteral("lab-alice"));
    EXPECT_EQ(window->messageView()->selectedMessageIds(), QList<qint64>{bobRow});

    // Another folder: All Inboxes lets go of the list.
    window->folderView()->setCurrentIndex(tree->indexForFolder(tree->inboxes().value(QStringLiteral("lab-bob"))));
    EXPECT_FALSE(window->unifiedInbox()->isShown());
}
