// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions through ImapAccountSync: the folder list marks which folders
// the server has subscribed (LSUB, RFC 3501 §6.3.9; LIST (SUBSCRIBED) with
// LIST-EXTENDED, RFC 5258 §3.1); SUBSCRIBE / UNSUBSCRIBE (RFC 9051
// §6.3.7-6.3.8) change the mark after the server's OK, a refusal comes back in
// its words, and made offline they show at once and are replayed at the next
// login. A new folder is subscribed too.
#include "AccountSyncFixture.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "trace/TraceHub.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class Subscriptions : public AccountSyncFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        server.listLines << "* LIST (\\HasNoChildren) \"/\" Projects" << "* LIST (\\HasNoChildren) \"/\" Old";
        server.subscribed = {"INBOX", "Projects"};
        openStore();
    }

    std::optional<StoredFolder> folder(const QString &name) const
    {
        return store->folderByName(QStringLiteral("acct"), name);
    }
    bool subscribed(const QString &name) const
    {
        const auto f = folder(name);
        return f && f->subscribed;
    }

};

} // namespace

TEST_F(Subscriptions, TheFolderListMarksTheSubscribedFoldersFromLsub)
{
    auto a = online();
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("LSUB \"\" *")) << "no LIST-EXTENDED: RFC 3501 §6.3.9 LSUB";
    EXPECT_TRUE(subscribed(QStringLiteral("INBOX")));
    EXPECT_TRUE(subscribed(QStringLiteral("Projects")));
    ASSERT_TRUE(folder(QStringLiteral("Old")));
    EXPECT_FALSE(subscribed(QStringLiteral("Old")));
    EXPECT_FALSE(subscribed(QStringLiteral("Trash")));
}

TEST_F(Subscriptions, WithListExtendedTheSubscribedSelectionOptionIsUsed)
{
    server.capabilities += " LIST-EXTENDED";
    auto a = online();
    EXPECT_TRUE(server.commands.contains("LIST (SUBSCRIBED) \"\" *"));
    for (const QByteArray &c : server.commands)
        EXPECT_FALSE(c.startsWith("LSUB")) << c.toStdString();
    EXPECT_TRUE(subscribed(QStringLiteral("Projects")));
    EXPECT_FALSE(subscribed(QStringLiteral("Old")));
}

TEST_F(Subscriptions, SubscribeAndUnsubscribeChangeTheMarkAfterTheOk)
{
    auto a = online();
    QSignalSpy changed(a.get(), &ImapAccountSync::foldersChanged);
    a->setSubscribed(folder(QStringLiteral("Old"))->id, true);
    EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 1) << "durable before it is sent";
    ASSERT_TRUE(runUntil([&] { return subscribed(QStringLiteral("Old")) || !failures.isEmpty(); }));
    EXPECT_TRUE(server.commands.contains("SUBSCRIBE Old"));
    EXPECT_TRUE(server.subscribed.contains("Old"));

    a->setSubscribed(folder(QStringLiteral("Projects"))->id, false);
    ASSERT_TRUE(runUntil([&] { return !subscribed(QStringLiteral("Projects")) || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("UNSUBSCRIBE Projects"));
    EXPECT_FALSE(server.subscribed.contains("Projects"));
    ASSERT_TRUE(runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty(); }));
    EXPECT_TRUE(folder(QStringLiteral("Projects"))) << "unsubscribing keeps the folder and its mail";
}

TEST_F(Subscriptions, ARefusalComesBackInTheServersWordsAndTheMarkStays)
{
    auto a = online();
    server.subscribeRefusal = "[NONEXISTENT] No such mailbox, go away";
    a->setSubscribed(folder(QStringLiteral("Old"))->id, true);
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures[0].startsWith(QLatin1String("SUBSCRIBE|"))) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QLatin1String("No such mailbox, go away"))) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QLatin1String("Old"))) << failures[0].toStdString();
    EXPECT_FALSE(subscribed(QStringLiteral("Old")));
}

TEST_F(Subscriptions, ALocalOrUnknownFolderIsRefusedBeforeTheWire)
{
    auto a = online();
    const qsizetype before = server.commands.size();
    a->setSubscribed(987654, true);
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].contains(QLatin1String("not on the server"))) << failures[0].toStdString();
    EXPECT_TRUE(store->pendingActions(QStringLiteral("acct")).isEmpty());
    runUntil([] { return false; }, 200);
    EXPECT_EQ(server.commands.size(), before);
}

TEST_F(Subscriptions, ANewFolderIsSubscribedToo)
{
    auto a = online();
    a->createFolder(QStringLiteral("Receipts"));
    ASSERT_TRUE(runUntil([&] { return subscribed(QStringLiteral("Receipts")) || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const qsizetype create = server.commands.indexOf("CREATE Receipts");
    ASSERT_GE(create, 0);
    EXPECT_EQ(server.commands.indexOf("SUBSCRIBE Receipts"), create + 1);
}

TEST_F(Subscriptions, MadeOfflineTheyShowAtOnceAndAreReplayedAtTheNextLogin)
{
    online()->close();
    {
        auto offline = account(); // never started: the server is away
        offline->setSubscribed(folder(QStringLiteral("Old"))->id, true);
        offline->setSubscribed(folder(QStringLiteral("Projects"))->id, false);
        EXPECT_TRUE(subscribed(QStringLiteral("Old"))) << "the user sees it at once";
        EXPECT_FALSE(subscribed(QStringLiteral("Projects")));
        EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 2);
    }
    auto back = account();
    back->start();
    back->refreshFolders();
    ASSERT_TRUE(runUntil([&] {
        return (store->pendingActions(QStringLiteral("acct")).isEmpty() && server.commands.last().startsWith("LIST"))
               || !failures.isEmpty();
    }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(conflicts.isEmpty()) << conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(server.subscribed, (QList<QByteArray>{"INBOX", "Old"}));
    runUntil([] { return false; }, 200); // the list after the replay is stored
    EXPECT_TRUE(subscribed(QStringLiteral("Old")));
    EXPECT_FALSE(subscribed(QStringLiteral("Projects")));
}
