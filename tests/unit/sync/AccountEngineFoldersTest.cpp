// SPDX-License-Identifier: GPL-3.0-or-later
// AccountEngine's folder actions against FakeImapServer: a new folder is made
// under its parent with the server's separator, a rename keeps the folder's
// place in the hierarchy, a leaf holding the separator and a POP3 account are
// refused in plain words, and the folder list follows each change.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"
#include "trace/TraceHub.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class EngineFolders : public SyncTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        server.listLines << "* LIST (\\HasChildren) \"/\" Projects";
        engine = std::make_unique<AccountEngine>(&hub, dir.filePath(QStringLiteral("store.sqlite")));
        QObject::connect(engine.get(), &AccountEngine::foldersChanged,
                         [this](const QString &, const QList<StoredFolder> &fs) { folders = fs; });
        QObject::connect(engine.get(), &AccountEngine::failed, [this](const QString &m) { failures << m; });
    }

    AccountSettings account() const { return fakeServerAccount(QStringLiteral("folders"), server.port()); }

    qint64 idOf(const QString &name) const
    {
        for (const StoredFolder &f : folders)
            if (f.name == name)
                return f.id;
        return 0;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
    std::unique_ptr<AccountEngine> engine;
    QList<StoredFolder> folders;
    QStringList failures;
};

} // namespace

TEST_F(EngineFolders, MadeUnderTheirParentRenamedInPlaceAndDeleted)
{
    engine->openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Projects")) != 0; }));

    engine->createFolder(idOf(QStringLiteral("Projects")), QStringLiteral("  2026 "));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Projects/2026")) != 0 || !failures.isEmpty(); }))
        << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("CREATE Projects/2026"));

    const qint64 id = idOf(QStringLiteral("Projects/2026"));
    engine->renameFolder(id, QStringLiteral("2027"));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Projects/2027")) == id || !failures.isEmpty(); }))
        << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("RENAME Projects/2026 Projects/2027"));

    engine->createFolder(0, QStringLiteral("Receipts"));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Receipts")) != 0 || !failures.isEmpty(); }));

    engine->deleteFolder(id);
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Projects/2027")) == 0 || !failures.isEmpty(); }));
    EXPECT_TRUE(server.commands.contains("DELETE Projects/2027"));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
}

TEST_F(EngineFolders, ALeafWithTheSeparatorIsRefusedInPlainWords)
{
    engine->openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Projects")) != 0; }));
    const qsizetype before = server.commands.size();
    engine->createFolder(idOf(QStringLiteral("Projects")), QStringLiteral("a/b"));
    ASSERT_TRUE(runUntil([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures[0].contains(QLatin1String("\"/\""))) << failures[0].toStdString();
    for (qsizetype i = before; i < server.commands.size(); ++i)
        EXPECT_FALSE(server.commands[i].startsWith("CREATE")) << server.commands[i].toStdString();
}

TEST_F(EngineFolders, APop3AccountHasNoFoldersToMake)
{
    AccountSettings pop = account();
    pop.incomingProtocol = AccountSettings::IncomingProtocol::Pop3;
    pop.pop3Host = QStringLiteral("127.0.0.1");
    pop.pop3Port = 1; // never reached: the refusal comes first
    pop.pop3Security = TransportSecurity::Plain;
    engine->openAccount(pop, QStringLiteral("pw"));
    engine->createFolder(0, QStringLiteral("Receipts"));
    ASSERT_TRUE(runUntil([&] {
        return std::any_of(failures.cbegin(), failures.cend(),
                           [](const QString &f) { return f.contains(QLatin1String("POP3 mail has only its Inbox")); });
    })) << failures.join(QLatin1Char('\n')).toStdString();
}

TEST_F(EngineFolders, MarkAllAsReadAndEmptyTrashTouchOnlyWhatTheStoreHolds)
{
    server.add("one");
    server.add("two", {"\\Seen"});
    server.add("three");
    QList<StoredMessage> rows;
    QList<qint64> removed;
    QObject::connect(engine.get(), &AccountEngine::folderLoaded,
                     [&](qint64, const QList<StoredMessage> &r) { rows = r; });
    QObject::connect(engine.get(), &AccountEngine::messagesUpserted, [&](qint64, const QList<StoredMessage> &r) {
        for (const StoredMessage &m : r) {
            rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const StoredMessage &x) { return x.id == m.id; }),
                       rows.end());
            rows << m;
        }
    });
    QObject::connect(engine.get(), &AccountEngine::messagesRemoved,
                     [&](qint64, const QList<qint64> &ids) { removed << ids; });
    engine->openAccount(account(), QStringLiteral("pw"));
    ASSERT_TRUE(runUntil([&] { return idOf(QStringLiteral("Trash")) != 0; }));
    const qint64 trash = idOf(QStringLiteral("Trash"));
    engine->openFolder(trash); // the fake serves the same three messages for any folder
    ASSERT_TRUE(runUntil([&] { return rows.size() == 3; })) << failures.join(QLatin1Char('\n')).toStdString();

    engine->markFolderRead(trash);
    ASSERT_TRUE(runUntil([&] {
        return std::all_of(server.messages.cbegin(), server.messages.cend(),
                           [](const FakeImapServer::Message &m) { return m.flags.contains("\\Seen"); });
    })) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("UID STORE 1,3 +FLAGS.SILENT (\\Seen)")) << "only the unread ones";

    server.add("arrived meanwhile, not yet seen here");
    engine->emptyFolder(trash);
    ASSERT_TRUE(runUntil([&] { return removed.size() == 3 || !failures.isEmpty(); }))
        << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.commands.contains("UID STORE 1:3 +FLAGS.SILENT (\\Deleted)"));
    EXPECT_TRUE(server.commands.contains("UID EXPUNGE 1:3"));
    ASSERT_EQ(server.messages.size(), 1) << "mail the user had not seen stays";
    EXPECT_EQ(server.messages[0].subject, QByteArray("arrived meanwhile, not yet seen here"));
}
