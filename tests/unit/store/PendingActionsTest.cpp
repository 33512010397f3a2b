// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore's pending IMAP actions (schema v2): kept in the order they were
// made, across a reopen (durable), per account, removed one by one.
#include "store/MailStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
PendingAction action(const QString &account, PendingAction::Kind kind, const QString &folder, QList<quint32> uids)
{
    PendingAction a;
    a.accountId = account;
    a.kind = kind;
    a.folder = folder;
    a.uids = std::move(uids);
    return a;
}
} // namespace

TEST(PendingActions, KeptInOrderAcrossAReopenAndRemovedOneByOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    qint64 first = 0, second = 0, third = 0;
    {
        MailStore store(path);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        PendingAction flags = action(QStringLiteral("a"), PendingAction::Kind::Flags, QStringLiteral("INBOX"), {3, 1});
        flags.add = MessageFlag::Flagged;
        flags.remove = MessageFlag::Seen;
        first = store.addPendingAction(flags);
        PendingAction move = action(QStringLiteral("a"), PendingAction::Kind::Move, QStringLiteral("INBOX"), {7});
        move.target = QStringLiteral("Trash");
        second = store.addPendingAction(move);
        ASSERT_GT(store.addPendingAction(action(QStringLiteral("b"), PendingAction::Kind::Flags,
                                                QStringLiteral("INBOX"), {1})),
                  0);
        third = store.addPendingAction(
            action(QStringLiteral("a"), PendingAction::Kind::Expunge, QStringLiteral("Trash"), {40, 41}));
        ASSERT_GT(first, 0);
        ASSERT_GT(second, first);
        ASSERT_GT(third, second);
    }
    MailStore store(path);
    ASSERT_TRUE(store.open());
    QList<PendingAction> list = store.pendingActions(QStringLiteral("a"));
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].id, first);
    EXPECT_EQ(list[0].kind, PendingAction::Kind::Flags);
    EXPECT_EQ(list[0].uids, (QList<quint32>{3, 1}));
    EXPECT_EQ(list[0].add, quint32(MessageFlag::Flagged));
    EXPECT_EQ(list[0].remove, quint32(MessageFlag::Seen));
    EXPECT_TRUE(list[0].created.isValid());
    EXPECT_EQ(list[1].kind, PendingAction::Kind::Move);
    EXPECT_EQ(list[1].target, QStringLiteral("Trash"));
    EXPECT_EQ(list[2].kind, PendingAction::Kind::Expunge);
    EXPECT_EQ(list[2].uids, (QList<quint32>{40, 41}));

    ASSERT_TRUE(store.removePendingAction(second));
    list = store.pendingActions(QStringLiteral("a"));
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, first);
    EXPECT_EQ(list[1].id, third);
    EXPECT_EQ(store.pendingActions(QStringLiteral("b")).size(), 1);
    EXPECT_TRUE(store.pendingActions(QStringLiteral("nobody")).isEmpty());
}
