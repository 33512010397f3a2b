// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An ImapAccountSync on FakeImapServer with a store of its own, shared by the
// folder tests (ImapFolderOpsTest, ImapSubscribeTest): failures and conflicts
// are collected as "STEP|words" and plain words.
#include "FakeImapServer.h"
#include "SyncTestSupport.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "trace/TraceHub.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace carteiro::test {

class AccountSyncFixture : public SyncTest
{
protected:
    void openStore()
    {
        ASSERT_TRUE(dir.isValid());
        store = std::make_unique<MailStore>(dir.filePath(QStringLiteral("s.sqlite")));
        ASSERT_TRUE(store->open()) << store->error().toStdString();
    }

    std::unique_ptr<ImapAccountSync> account()
    {
        auto a = std::make_unique<ImapAccountSync>(&hub, fakeServerChannel(server.port()), fakeServerLogin(),
                                                   store.get(), QStringLiteral("acct"));
        QObject::connect(a.get(), &ImapAccountSync::operationFailed,
                         [this](const QString &step, const QString &m) { failures << step + QStringLiteral("|") + m; });
        QObject::connect(a.get(), &ImapAccountSync::conflict, [this](const QString &m) { conflicts << m; });
        return a;
    }

    // Online: logged in, the folder list in the store.
    std::unique_ptr<ImapAccountSync> online()
    {
        auto a = account();
        QSignalSpy listed(a.get(), &ImapAccountSync::foldersChanged);
        a->start();
        a->refreshFolders();
        EXPECT_TRUE(runUntil([&] { return listed.count() > 0 || !failures.isEmpty(); }));
        return a;
    }

    QTemporaryDir dir;
    TraceHub hub;
    FakeImapServer server;
    std::unique_ptr<MailStore> store;
    QStringList failures, conflicts;
};

} // namespace carteiro::test
