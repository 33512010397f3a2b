// SPDX-License-Identifier: GPL-3.0-or-later
// Folder changes through ImapAccountSync: CREATE, RENAME and DELETE (RFC 3501
// §6.3.3-5) reach the server on the account's connection and the store follows
// the server's OK (a renamed folder keeps its cached messages and its children);
// a refusal comes back in the server's words; made while the server is away, the
// change shows at once and is replayed at the next login, before the folder list.
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

class FolderOps : public AccountSyncFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        server.capabilities += " UNSELECT";
        server.add("first");
        server.listLines << "* LIST (\\HasChildren) \"/\" Projects" << "* LIST (\\HasNoChildren) \"/\" Projects/2026";
        openStore();
    }

    QStringList names() const
    {
        QStringList out;
        for (const StoredFolder &f : store->folders(QStringLiteral("acct")))
            out << f.name;
        out.sort();
        return out;
    }

    qint64 idOf(const QString &name) const
    {
        const auto f = store->folderByName(QStringLiteral("acct"), name);
        return f ? f->id : 0;
    }

    QList<QByteArray> commandsFrom(qsizetype from) const { return server.commands.mid(from); }

};

} // namespace

TEST_F(FolderOps, CreateReachesTheServerAndTheStoreFollowsItsOk)
{
    auto a = online();
    const qsizetype before = server.commands.size();
    QSignalSpy changed(a.get(), &ImapAccountSync::foldersChanged);
    a->createFolder(QStringLiteral("Receipts"));
    EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 2) << "durable before it is sent (CREATE, SUBSCRIBE)";
    EXPECT_FALSE(names().contains(QLatin1String("Receipts"))) << "online, the store waits for the OK";
    ASSERT_TRUE(runUntil([&] { return changed.count() > 0 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(commandsFrom(before).contains("CREATE Receipts"));
    EXPECT_TRUE(names().contains(QLatin1String("Receipts")));
    ASSERT_TRUE(runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty(); }));
}

TEST_F(FolderOps, RenameKeepsTheCachedMessagesAndRenamesTheChildren)
{
    auto a = online();
    QSignalSpy synced(a.get(), &ImapAccountSync::folderSynced);
    server.messages.clear();
    a->syncFolder(QStringLiteral("Projects")); // the fake serves one mailbox's messages for any SELECT
    ASSERT_TRUE(runUntil([&] { return synced.count() > 0 || !failures.isEmpty(); }));
    const qint64 projects = idOf(QStringLiteral("Projects"));
    ASSERT_NE(projects, 0);
    const qint64 child = idOf(QStringLiteral("Projects/2026"));
    ASSERT_NE(child, 0);

    QSignalSpy changed(a.get(), &ImapAccountSync::foldersChanged);
    const qsizetype before = server.commands.size();
    a->renameFolder(projects, QStringLiteral("Work"));
    ASSERT_TRUE(runUntil([&] { return changed.count() > 0 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const QList<QByteArray> sent = commandsFrom(before);
    EXPECT_TRUE(sent.contains("UNSELECT")) << "the selected folder is left first";
    EXPECT_TRUE(sent.contains("RENAME Projects Work"));
    EXPECT_EQ(idOf(QStringLiteral("Work")), projects) << "the same row: its cached messages stay";
    EXPECT_EQ(idOf(QStringLiteral("Work/2026")), child);
    EXPECT_EQ(idOf(QStringLiteral("Projects")), 0);
}

TEST_F(FolderOps, DeleteRemovesTheFolderAfterTheOk)
{
    auto a = online();
    QSignalSpy changed(a.get(), &ImapAccountSync::foldersChanged);
    a->deleteFolder(idOf(QStringLiteral("Projects/2026")));
    ASSERT_TRUE(runUntil([&] { return changed.count() > 0 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("DELETE Projects/2026"));
    EXPECT_FALSE(names().contains(QLatin1String("Projects/2026")));
    EXPECT_TRUE(names().contains(QLatin1String("Projects")));
}

TEST_F(FolderOps, ARefusalComesBackInTheServersWordsAndTheStoreStays)
{
    auto a = online();
    server.mailboxRefusal = "[NOPERM] Permission denied";
    const QStringList was = names();
    a->deleteFolder(idOf(QStringLiteral("Projects")));
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures[0].startsWith(QLatin1String("DELETE|"))) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QLatin1String("Permission denied"))) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QLatin1String("Projects"))) << failures[0].toStdString();
    runUntil([&] { return store->pendingActions(QStringLiteral("acct")).isEmpty(); });
    EXPECT_EQ(names(), was);
    EXPECT_TRUE(store->pendingActions(QStringLiteral("acct")).isEmpty()) << "answered: dropped";
}

TEST_F(FolderOps, BadNamesAndInboxAreRefusedBeforeTheWire)
{
    auto a = online();
    const qsizetype before = server.commands.size();
    a->createFolder(QStringLiteral("  "));
    a->createFolder(QStringLiteral("a\r\nb"));
    a->createFolder(QStringLiteral("All*"));
    a->createFolder(QStringLiteral("Projects"));
    a->deleteFolder(idOf(QStringLiteral("INBOX")));
    a->renameFolder(idOf(QStringLiteral("INBOX")), QStringLiteral("Old"));
    a->renameFolder(idOf(QStringLiteral("Projects")), QStringLiteral("Trash"));
    ASSERT_EQ(failures.size(), 7) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(failures[1].contains(QLatin1String("control characters")));
    EXPECT_TRUE(failures[3].contains(QLatin1String("exists already")));
    EXPECT_TRUE(failures[4].contains(QLatin1String("INBOX cannot be deleted")));
    EXPECT_TRUE(store->pendingActions(QStringLiteral("acct")).isEmpty());
    runUntil([] { return false; }, 200); // anything queued would have gone out by now
    EXPECT_EQ(server.commands.size(), before) << "nothing reached the server";
}

TEST_F(FolderOps, MadeOfflineTheyShowAtOnceAndAreReplayedBeforeTheFolderList)
{
    online()->close();
    const qint64 projects = idOf(QStringLiteral("Projects"));
    {
        auto offline = account(); // never started: the server is away
        QSignalSpy changed(offline.get(), &ImapAccountSync::foldersChanged);
        offline->createFolder(QStringLiteral("Receipts"));
        offline->renameFolder(projects, QStringLiteral("Work"));
        offline->deleteFolder(idOf(QStringLiteral("Trash")));
        EXPECT_EQ(changed.count(), 4) << "CREATE and its SUBSCRIBE, RENAME, DELETE";
        EXPECT_EQ(names(), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Receipts"), QStringLiteral("Work"),
                                        QStringLiteral("Work/2026")}))
            << "the user sees the changes at once";
        EXPECT_EQ(store->pendingActions(QStringLiteral("acct")).size(), 4) << "CREATE, SUBSCRIBE, RENAME, DELETE";
    } // the program ends here; the changes are on disk

    const qsizetype before = server.commands.size();
    auto back = account();
    back->start();
    back->refreshFolders();
    ASSERT_TRUE(runUntil([&] {
        return (store->pendingActions(QStringLiteral("acct")).isEmpty() && server.commands.size() > before
                && server.commands.last().startsWith("LIST"))
               || !failures.isEmpty();
    }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(conflicts.isEmpty()) << conflicts.join(QLatin1Char('\n')).toStdString();
    QList<QByteArray> folderCommands;
    for (const QByteArray &c : commandsFrom(before))
        if (c.startsWith("CREATE") || c.startsWith("RENAME") || c.startsWith("DELETE") || c.startsWith("LIST"))
            folderCommands << c;
    EXPECT_EQ(folderCommands, (QList<QByteArray>{"CREATE Receipts", "RENAME Projects Work", "DELETE Trash",
                                                 folderCommands.value(3)}));
    EXPECT_TRUE(folderCommands.value(3).startsWith("LIST"));
    runUntil([&] { return names().size() == 4 && names().contains(QLatin1String("Work/2026")); }, 3000);
    EXPECT_EQ(names(), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Receipts"), QStringLiteral("Work"),
                                    QStringLiteral("Work/2026")}))
        << "after LIST the store agrees with the server";
    EXPECT_EQ(idOf(QStringLiteral("Work")), projects);
}

TEST_F(FolderOps, AnOfflineChangeTheServerRefusesIsReportedAndTheServersListWins)
{
    online()->close();
    {
        auto offline = account();
        offline->deleteFolder(idOf(QStringLiteral("Projects/2026")));
        EXPECT_FALSE(names().contains(QLatin1String("Projects/2026")));
    }
    server.mailboxRefusal = "[NOPERM] Permission denied";
    auto back = account();
    back->start();
    ASSERT_TRUE(runUntil([&] { return !conflicts.isEmpty() || !failures.isEmpty(); }));
    ASSERT_EQ(conflicts.size(), 1) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(conflicts[0].contains(QLatin1String("Permission denied"))) << conflicts[0].toStdString();
    ASSERT_TRUE(runUntil([&] { return names().contains(QLatin1String("Projects/2026")); }, 5000))
        << "LIST put the server's folder back";
}
