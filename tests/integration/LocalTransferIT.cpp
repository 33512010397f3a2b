// SPDX-License-Identifier: GPL-3.0-or-later
// Local mail to the lab's IMAP and back (engine/MailTransfer.h): messages of an
// mbox file on disk are copied into a fresh IMAP folder with APPEND (RFC 9051
// §6.3.12; LF lines sent as CRLF), read back from Dovecot byte for byte, then
// moved into Local Folders: stored durably first, and only then deleted on the
// server. Skipped when the lab's environment is absent.
#include "ImapJobWait.h"
#include "LabEnv.h"
#include "LabImap.h"
#include "LocalMailboxWait.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "engine/LocalMailboxes.h"
#include "engine/MailTransfer.h"
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class LocalTransferLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env = LabEnv::fromEnvironment();
        if (!env.valid)
            GTEST_SKIP() << "the mail lab is not running (missing " << env.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        folder = QStringLiteral("LocalIT-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        raw = connectRaw();
        ASSERT_TRUE(raw);
        ASSERT_TRUE(waitForImapJob(*raw, raw->createMailbox(folder)).ok); // RFC 9051 §6.3.4 CREATE
    }

    void TearDown() override
    {
        if (raw)
            (void)waitForImapJob(*raw, raw->deleteMailbox(folder)); // RFC 9051 §6.3.5 DELETE
    }

    std::unique_ptr<ImapConnection> connectRaw() { return connectLabImap(hub, env); }
    AccountSettings account() const { return labAliceAccount(env, QStringLiteral("local-transfer-it")); }

    // The messages of the folder as Dovecot holds them now.
    QList<QByteArray> serverMessages()
    {
        QList<QByteArray> out;
        const ImapCompletion sel = waitForImapJob(*raw, raw->select(folder, true)); // EXAMINE
        if (!sel.ok)
            return out;
        QList<ImapFetch> fetched;
        auto c = QObject::connect(raw.get(), &ImapConnection::untagged, [&](const ImapResponse &r) {
            if (r.keyword == "FETCH")
                fetched.append(r.fetch);
        });
        for (quint32 uid = 1; uid <= sel.mailbox.uidNext; ++uid) {
            fetched.clear();
            (void)waitForImapJob(*raw, raw->fetchBody(uid)); // RFC 9051 §6.4.5 UID FETCH BODY.PEEK[]
            for (const ImapFetch &f : fetched)
                if (f.uid == uid && !f.sections.isEmpty())
                    out.append(f.sections.first().data);
        }
        QObject::disconnect(c);
        return out;
    }

    LabEnv env;
    TraceHub hub;
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<ImapConnection> raw;
};

} // namespace

TEST_F(LocalTransferLab, CopyToImapWithAppendThenMoveBackIntoLocalFolders)
{
    const QByteArray m1 = "From: Alice <alice@example.test>\nSubject: local one\n\nFrom the file\n";
    const QByteArray m2 = "From: Alice <alice@example.test>\nSubject: local two\n\nsecond\n";
    const QString mbox = dir.filePath(QStringLiteral("out.mbox"));
    {
        QFile f(mbox);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("From alice@example.test Mon Dec  7 11:00:00 2026\n" + m1 + "\n" +
                "From alice@example.test Mon Dec  7 11:01:00 2026\n" + m2);
    }
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    AccountEngines engines(&hub, storePath);
    LocalMailboxes boxes(storePath);
    AccountEngine *imap = engines.engine(account().id);
    QSignalSpy folders(imap, &AccountEngine::foldersChanged);
    imap->openAccount(account(), env.alicePassword);
    qint64 target = 0;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (const auto &a : folders)
            for (const StoredFolder &f : a.at(1).value<QList<StoredFolder>>())
                if (f.name == folder)
                    target = f.id;
        return target != 0;
    }, 30000));

    // The mailbox on disk, listed.
    const QList<StoredMessage> diskRows = openAndList(boxes, mbox);
    ASSERT_EQ(diskRows.size(), 2);

    // Copy up: APPEND, one message at a time.
    MailTransfer up(&boxes, &engines);
    QSignalSpy upDone(&up, &MailTransfer::finished);
    MailTransfer::Target t;
    t.kind = MailTransfer::Target::Kind::ImapFolder;
    t.accountId = account().id;
    t.folderId = target;
    QString error;
    ASSERT_TRUE(up.start(diskRows, LocalMailboxes::accountId(), t, MailTransfer::Mode::Copy, &error))
        << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !upDone.isEmpty(); }, 60000));
    EXPECT_EQ(upDone.first().at(0).toInt(), 2);
    EXPECT_TRUE(upDone.first().at(3).toString().isEmpty()) << upDone.first().at(3).toString().toStdString();
    QList<QByteArray> onServer = serverMessages();
    ASSERT_EQ(onServer.size(), 2);
    std::sort(onServer.begin(), onServer.end());
    QList<QByteArray> expected = {QByteArray(m1).replace("\n", "\r\n"), QByteArray(m2).replace("\n", "\r\n")};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(onServer, expected);

    // The IMAP folder's rows, then moved down into Local Folders.
    QSignalSpy imapLoaded(imap, &AccountEngine::folderLoaded);
    QSignalSpy imapMore(imap, &AccountEngine::messagesUpserted);
    QSignalSpy imapSynced(imap, &AccountEngine::folderSynced);
    imap->openFolder(target);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !imapSynced.isEmpty(); }, 30000));
    QHash<qint64, StoredMessage> byId;
    for (const StoredMessage &m : rowsFrom(imapLoaded, imapMore))
        byId.insert(m.id, m);
    ASSERT_EQ(byId.size(), 2);
    MailTransfer down(&boxes, &engines);
    QSignalSpy downDone(&down, &MailTransfer::finished);
    MailTransfer::Target local;
    local.newFolderName = folder;
    ASSERT_TRUE(down.start(byId.values(), account().id, local, MailTransfer::Mode::Move, &error))
        << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !downDone.isEmpty(); }, 60000));
    EXPECT_TRUE(downDone.first().at(3).toString().isEmpty()) << downDone.first().at(3).toString().toStdString();
    const qint64 localFolder = downDone.first().at(2).toLongLong();

    MailStore store(storePath);
    ASSERT_TRUE(store.open());
    QList<QByteArray> kept;
    for (const StoredMessage &m : store.messages(localFolder))
        kept.append(store.body(m.id).value_or(QByteArray()));
    std::sort(kept.begin(), kept.end());
    EXPECT_EQ(kept, expected);
    // Deleted on the server only after that: the folder empties.
    EXPECT_TRUE(QTest::qWaitFor([&] { return serverMessages().isEmpty(); }, 30000));
}
