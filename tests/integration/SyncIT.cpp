// SPDX-License-Identifier: GPL-3.0-or-later
// core/sync against the real lab Dovecot (alice, folders of our own so
// parallel tests never collide): full sync; a flag set and an expunge from a
// second session seen on resync; UIDVALIDITY rebuild after DELETE + CREATE;
// fetchMessage bytes equal to what was appended; appendMessage by name and
// special use; setFlags; deleteToTrash into
// \Trash and, inside Trash, \Deleted + UID EXPUNGE; IDLE newMail when another
// connection APPENDs; folder CREATE / RENAME / DELETE and a refusal; and
// `carteiro-cli sync` end to end.
#include "ImapJobWait.h"
#include "LabEnv.h"
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "trace/TraceText.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <memory>

using namespace carteiro;
using namespace carteiro::test;

namespace {

class SyncLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        lab = LabEnv::fromEnvironment();
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
        ASSERT_TRUE(dir.isValid());
        storePath = dir.filePath(QStringLiteral("store.sqlite"));
        tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
        folder = QStringLiteral("SyncIT-%1").arg(tag);
        raw = connectRaw();
        ASSERT_TRUE(raw);
        ASSERT_TRUE(ok(raw->createMailbox(folder))); // RFC 3501 §6.3.3
    }

    void TearDown() override
    {
        if (raw && raw->isReady()) {
            for (const QString &f : std::as_const(extraFolders))
                (void)wait(*raw, raw->deleteMailbox(f));
            (void)wait(*raw, raw->deleteMailbox(folder));
        }
        const QByteArray text = TraceText::format(hub.history(), false);
        EXPECT_FALSE(text.contains(lab.alicePassword.toUtf8())) << "password in the transcript";
        EXPECT_FALSE(text.contains(lab.alicePassword.toUtf8().toBase64()));
    }

    ChannelOptions channel() const
    {
        ChannelOptions o;
        o.host = lab.host;
        o.port = lab.imaps;
        o.security = TransportSecurity::ImplicitTls;
        o.caFile = lab.caFile;
        o.replyTimeoutMs = 20000;
        o.label = QStringLiteral("sync test");
        return o;
    }

    ImapSession::Config config() const
    {
        ImapSession::Config c;
        c.security = TransportSecurity::ImplicitTls;
        c.credentials.username = lab.alice;
        c.credentials.password = lab.alicePassword;
        return c;
    }

    std::unique_ptr<ImapConnection> connectRaw()
    {
        auto c = std::make_unique<ImapConnection>(&hub, channel(), config());
        QSignalSpy ready(c.get(), &ImapConnection::ready);
        QSignalSpy failed(c.get(), &ImapConnection::failed);
        c->open();
        if (!QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, 30000) || ready.isEmpty()) {
            ADD_FAILURE() << "raw session: " << c->errorMessage().toStdString();
            return nullptr;
        }
        return c;
    }

    ImapCompletion wait(ImapConnection &c, quint64 job) { return waitForImapJob(c, job); }

    bool ok(quint64 job)
    {
        const ImapCompletion c = wait(*raw, job);
        EXPECT_TRUE(c.ok) << ImapCommand::kindName(c.kind) << ": " << c.text.toStdString();
        return c.ok;
    }

    QByteArray message(const QString &subject, const QByteArray &body = "Olá,\r\nlinha 2\r\n") const
    {
        return "From: Alice <" + lab.alice.toUtf8() + ">\r\nTo: " + lab.bob.toUtf8() + "\r\nSubject: " +
               subject.toUtf8() + "\r\nDate: Mon, 23 Nov 2026 06:00:00 +0000\r\nMessage-ID: <" +
               QUuid::createUuid().toString(QUuid::Id128).toUtf8() +
               "@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n" + body;
    }

    void append(const QString &mailbox, const QString &subject, const QList<QByteArray> &flags = {})
    {
        ASSERT_TRUE(ok(raw->append(mailbox, message(subject), flags)));
    }

    quint32 rawUid(const QString &mailbox, const QString &subject)
    {
        if (!ok(raw->select(mailbox)))
            return 0;
        const ImapCompletion c = wait(*raw, raw->search("ALL", subject));
        return c.uids.isEmpty() ? 0 : c.uids.last();
    }

    std::unique_ptr<ImapAccountSync> startAccount()
    {
        if (!store) { // the thread's one store, as AccountWorker owns it
            store = std::make_unique<MailStore>(storePath);
            EXPECT_TRUE(store->open()) << store->error().toStdString();
        }
        auto a = std::make_unique<ImapAccountSync>(&hub, channel(), config(), store.get(), QStringLiteral("alice-lab"));
        QSignalSpy ready(a.get(), &ImapAccountSync::ready);
        QObject::connect(a.get(), &ImapAccountSync::operationFailed, [this](const QString &step, const QString &m) {
            failures << step + QStringLiteral(": ") + m;
        });
        a->start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return ready.count() > 0 || !failures.isEmpty(); }, 30000));
        EXPECT_EQ(ready.count(), 1) << failures.join(QLatin1Char('\n')).toStdString();
        return a;
    }

    // syncFolder and wait: {added, changed, removed}
    QList<int> syncNow(ImapAccountSync &a, const QString &name)
    {
        QSignalSpy synced(&a, &ImapAccountSync::folderSynced);
        const qsizetype failed = failures.size();
        a.syncFolder(name);
        EXPECT_TRUE(QTest::qWaitFor([&] { return synced.count() > 0 || failures.size() > failed; }, 60000));
        EXPECT_EQ(failures.size(), failed) << failures.join(QLatin1Char('\n')).toStdString();
        if (synced.isEmpty())
            return {};
        return {synced[0][1].toInt(), synced[0][2].toInt(), synced[0][3].toInt()};
    }

    std::optional<StoredMessage> stored(ImapAccountSync &a, const QString &mailbox, const QString &subject)
    {
        const auto f = a.store()->folderByName(QStringLiteral("alice-lab"), mailbox);
        if (!f)
            return std::nullopt;
        for (const StoredMessage &m : a.store()->messages(f->id))
            if (m.subject == subject)
                return m;
        return std::nullopt;
    }

    LabEnv lab;
    TraceHub hub;
    QTemporaryDir dir;
    QString storePath, tag, folder;
    std::unique_ptr<MailStore> store;
    QStringList extraFolders, failures;
    std::unique_ptr<ImapConnection> raw;
};

TEST_F(SyncLab, FullSyncThenFlagsExpungeAndUidValidityRebuild)
{
    const QString s1 = QStringLiteral("sync-one %1").arg(tag), s2 = QStringLiteral("sync-two %1").arg(tag);
    const QString s3 = QStringLiteral("Relação três %1").arg(tag);
    append(folder, s1);
    append(folder, s2, {"\\Seen"});
    append(folder, QStringLiteral("=?UTF-8?Q?Rela=C3=A7=C3=A3o_tr=C3=AAs?= %1").arg(tag));
    const QString other = folder + QStringLiteral("-other");
    extraFolders << other;
    ASSERT_TRUE(ok(raw->createMailbox(other)));

    auto account = startAccount();
    EXPECT_EQ(syncNow(*account, folder), (QList<int>{3, 0, 0}));
    const auto one = stored(*account, folder, s1);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->fromAddress, lab.alice);
    EXPECT_EQ(one->fromName, QStringLiteral("Alice"));
    EXPECT_FALSE(one->flags & MessageFlag::Seen);
    ASSERT_TRUE(stored(*account, folder, s2));
    EXPECT_TRUE(stored(*account, folder, s2)->flags & MessageFlag::Seen);
    ASSERT_TRUE(stored(*account, folder, s3)) << "RFC 2047 subject not decoded";
    const quint32 firstValidity = account->store()->folderByName(QStringLiteral("alice-lab"), folder)->uidValidity;
    EXPECT_NE(firstValidity, 0u);

    // A second session flags one and expunges another.
    const quint32 uid1 = rawUid(folder, s1), uid2 = rawUid(folder, s2);
    ASSERT_NE(uid1, 0u);
    ASSERT_NE(uid2, 0u);
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(uid1, uid1), ImapCommand::StoreMode::Add, {"\\Flagged"})));
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(uid2, uid2), ImapCommand::StoreMode::Add, {"\\Deleted"})));
    ASSERT_TRUE(ok(raw->expunge(ImapSequenceSet::fromRange(uid2, uid2))));
    const QList<int> second = syncNow(*account, folder);
    ASSERT_EQ(second.size(), 3);
    EXPECT_EQ(second[0], 0);
    EXPECT_GE(second[1], 1);
    EXPECT_EQ(second[2], 1);
    EXPECT_TRUE(stored(*account, folder, s1)->flags & MessageFlag::Flagged);
    EXPECT_FALSE(stored(*account, folder, s2).has_value());

    // DELETE + CREATE: a new UIDVALIDITY; the cache of the folder is rebuilt.
    EXPECT_EQ(syncNow(*account, other), (QList<int>{0, 0, 0})); // leave our folder unselected
    ASSERT_TRUE(ok(raw->select(QStringLiteral("INBOX"))));
    ASSERT_TRUE(ok(raw->deleteMailbox(folder)));
    ASSERT_TRUE(ok(raw->createMailbox(folder)));
    const QString s4 = QStringLiteral("sync-four %1").arg(tag);
    append(folder, s4);
    EXPECT_EQ(syncNow(*account, folder), (QList<int>{1, 0, 0}));
    const auto after = account->store()->folderByName(QStringLiteral("alice-lab"), folder);
    ASSERT_TRUE(after);
    EXPECT_NE(after->uidValidity, firstValidity);
    EXPECT_TRUE(stored(*account, folder, s4).has_value());
    EXPECT_FALSE(stored(*account, folder, s1).has_value());
    EXPECT_EQ(account->store()->messages(after->id).size(), 1);
}

TEST_F(SyncLab, FetchMessageSetFlagsAndDeleteToTrash)
{
    const QString subject = QStringLiteral("sync-body %1").arg(tag);
    const QByteArray bytes = message(subject, "Corpo com acentuação.\r\n.linha com ponto\r\n");
    ASSERT_TRUE(ok(raw->append(folder, bytes)));
    auto account = startAccount();
    QSignalSpy folders(account.get(), &ImapAccountSync::foldersChanged);
    account->refreshFolders();
    ASSERT_TRUE(QTest::qWaitFor([&] { return folders.count() > 0 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const auto trash = [&] {
        for (const StoredFolder &f : account->store()->folders(QStringLiteral("alice-lab")))
            if (f.specialUse == "\\Trash")
                return std::optional<StoredFolder>(f);
        return std::optional<StoredFolder>();
    }();
    ASSERT_TRUE(trash) << "no \\Trash folder after LIST";
    ASSERT_TRUE(account->store()->folderByName(QStringLiteral("alice-lab"), folder));

    syncNow(*account, folder);
    const auto row = stored(*account, folder, subject);
    ASSERT_TRUE(row);
    QSignalSpy body(account.get(), &ImapAccountSync::bodyReady);
    account->fetchMessage(row->id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return body.count() > 0 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(body[0][0].toLongLong(), row->id);
    EXPECT_EQ(account->store()->body(row->id).value_or(QByteArray()), bytes);
    // BODY.PEEK: reading the body did not mark it \Seen.
    syncNow(*account, folder);
    EXPECT_FALSE(stored(*account, folder, subject)->flags & MessageFlag::Seen);

    // APPEND by folder name and by special use (how Sent and Drafts are filed).
    QSignalSpy appended(account.get(), &ImapAccountSync::appended);
    const QString filed = QStringLiteral("sync-append %1").arg(tag);
    account->appendMessage(folder, message(filed), MessageFlag::Seen);
    const QString drafted = QStringLiteral("sync-draft %1").arg(tag);
    account->appendMessage(QStringLiteral("\\Drafts"), message(drafted), MessageFlag::Draft);
    ASSERT_TRUE(QTest::qWaitFor([&] { return appended.count() >= 2 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(appended[0][0].toString(), folder);
    const quint32 filedUid = rawUid(folder, filed);
    EXPECT_EQ(appended[0][1].toUInt(), filedUid); // APPENDUID (RFC 4315)
    ASSERT_TRUE(ok(raw->noop()));
    EXPECT_EQ(wait(*raw, raw->search("SEEN", filed)).uids, QList<quint32>{filedUid});
    const QString drafts = appended[1][0].toString();
    const quint32 draftUid = rawUid(drafts, drafted);
    ASSERT_NE(draftUid, 0u) << "not filed in " << drafts.toStdString();
    EXPECT_EQ(wait(*raw, raw->search("DRAFT", drafted)).uids, QList<quint32>{draftUid});
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(draftUid, draftUid), ImapCommand::StoreMode::Add, {"\\Deleted"})));
    ASSERT_TRUE(ok(raw->expunge(ImapSequenceSet::fromRange(draftUid, draftUid))));

    QSignalSpy flagged(account.get(), &ImapAccountSync::flagsChanged);
    account->setFlags({row->id}, MessageFlag::Seen | MessageFlag::Flagged, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return flagged.count() > 0 || !failures.isEmpty(); }, 30000));
    EXPECT_EQ(account->store()->message(row->id)->flags, quint32(MessageFlag::Seen | MessageFlag::Flagged));
    const quint32 uid = rawUid(folder, subject);
    ASSERT_TRUE(ok(raw->noop()));
    const ImapCompletion seen = wait(*raw, raw->search("SEEN FLAGGED", subject));
    EXPECT_EQ(seen.uids, QList<quint32>{uid}) << "the server did not get the flags";

    QSignalSpy moved(account.get(), &ImapAccountSync::messagesMoved);
    account->deleteToTrash({row->id});
    ASSERT_TRUE(QTest::qWaitFor([&] { return moved.count() > 0 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(moved[0][1].toLongLong(), trash->id);
    EXPECT_FALSE(account->store()->message(row->id).has_value());
    EXPECT_EQ(rawUid(folder, subject), 0u);
    EXPECT_NE(rawUid(trash->name, subject), 0u) << "not in Trash";

    // Deleting inside Trash: \Deleted + UID EXPUNGE, gone for good.
    syncNow(*account, trash->name);
    const auto inTrash = stored(*account, trash->name, subject);
    ASSERT_TRUE(inTrash);
    QSignalSpy removed(account.get(), &ImapAccountSync::messagesRemoved);
    account->deleteToTrash({inTrash->id});
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed.count() > 0 || !failures.isEmpty(); }, 30000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(rawUid(trash->name, subject), 0u);
    EXPECT_FALSE(account->store()->message(inTrash->id).has_value());
}

TEST_F(SyncLab, IdleReportsNewMailAppendedElsewhere)
{
    append(folder, QStringLiteral("sync-idle-old %1").arg(tag), {"\\Seen"});
    auto account = startAccount();
    syncNow(*account, folder);
    QSignalSpy newMail(account.get(), &ImapAccountSync::newMail);
    QSignalSpy state(account.get(), &ImapAccountSync::stateChanged);
    account->watch(folder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return account->state() == ImapAccountSync::State::Watching; }, 30000));
    QTest::qWait(300); // let the server's "+ idling" arrive
    const QString fresh = QStringLiteral("sync-idle-new %1").arg(tag);
    append(folder, fresh);
    ASSERT_TRUE(QTest::qWaitFor([&] { return newMail.count() > 0 || !failures.isEmpty(); }, 30000))
        << "no newMail while watching";
    ASSERT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const auto f = account->store()->folderByName(QStringLiteral("alice-lab"), folder);
    EXPECT_EQ(newMail[0][0].toLongLong(), f->id);
    EXPECT_EQ(newMail[0][1].toInt(), 1);
    EXPECT_TRUE(stored(*account, folder, fresh).has_value());
    // And it watches again.
    EXPECT_TRUE(QTest::qWaitFor([&] { return account->state() == ImapAccountSync::State::Watching; }, 30000));
    account->stopWatching();
    account->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return account->state() == ImapAccountSync::State::Closed; }, 10000));
}

TEST_F(SyncLab, CliSyncSummaryStatsAndRefusedFolder)
{
    append(folder, QStringLiteral("cli-sync-1 %1").arg(tag));
    append(folder, QStringLiteral("cli-sync-2 %1").arg(tag), {"\\Seen"});
    const QString server = QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps);
    const QString storeFile = dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList env = {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword};
    const QStringList base = {QStringLiteral("sync"), QStringLiteral("--server"), server, QStringLiteral("--user"),
                              lab.alice, QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--store"),
                              storeFile, QStringLiteral("--folder"), folder};
    CliRun run = runCli(base + QStringList{QStringLiteral("--stats")}, env);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains(folder.toUtf8() + ": 2 messages, 2 new, 0 changed, 0 removed")) << run.out.constData();
    EXPECT_TRUE(run.out.contains("stats: connect_login_ms=")) << run.out.constData();
    EXPECT_TRUE(run.out.contains("headers_ms=")) << run.out.constData();

    const quint32 uid = rawUid(folder, QStringLiteral("cli-sync-1 %1").arg(tag));
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(uid, uid), ImapCommand::StoreMode::Add, {"\\Answered"})));
    append(folder, QStringLiteral("cli-sync-3 %1").arg(tag));
    run = runCli(base + QStringList{QStringLiteral("--trace")}, env);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains(folder.toUtf8() + ": 3 messages, 1 new, 1 changed, 0 removed")) << run.out.constData();
    EXPECT_TRUE(run.err.contains("QRESYNC (")) << "the reopen did not use QRESYNC";
    EXPECT_FALSE(run.err.contains(lab.alicePassword.toUtf8()));

    // Without CONDSTORE/QRESYNC: flags compared and the expunge found by UID comparison.
    const quint32 uid2 = rawUid(folder, QStringLiteral("cli-sync-2 %1").arg(tag));
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(uid2, uid2), ImapCommand::StoreMode::Add, {"\\Deleted"})));
    ASSERT_TRUE(ok(raw->expunge(ImapSequenceSet::fromRange(uid2, uid2))));
    ASSERT_TRUE(ok(raw->store(ImapSequenceSet::fromRange(uid, uid), ImapCommand::StoreMode::Add, {"\\Flagged"})));
    append(folder, QStringLiteral("cli-sync-4 %1").arg(tag));
    run = runCli(base + QStringList{QStringLiteral("--no-qresync"), QStringLiteral("--trace")}, env);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains(folder.toUtf8() + ": 3 messages, 1 new, 1 changed, 1 removed")) << run.out.constData();
    QByteArray sent; // what the client wrote
    for (const QByteArray &line : run.err.split('\n'))
        if (line.startsWith("C:"))
            sent += line + '\n';
    EXPECT_FALSE(sent.contains("CONDSTORE") || sent.contains("QRESYNC") || sent.contains("MODSEQ")) << sent.constData();
    EXPECT_TRUE(sent.contains("UID SEARCH RETURN (ALL) ALL")) << sent.constData(); // RFC 4731 ESEARCH
    EXPECT_TRUE(sent.contains("(UID FLAGS)")) << sent.constData();

    MailStore store(storeFile);
    ASSERT_TRUE(store.open());
    bool found = false;
    for (const StoredFolder &f : store.folders(QStringLiteral("imap:%1@%2:%3").arg(lab.alice, lab.host).arg(lab.imaps)))
        if (f.name == folder) {
            found = true;
            EXPECT_EQ(store.messages(f.id).size(), 3);
        }
    EXPECT_TRUE(found);

    QStringList missing = base;
    missing.last() = folder + QStringLiteral("-missing");
    run = runCli(missing, env);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("SELECT " + missing.last().toUtf8() + ": NO")) << run.err.constData();

    run = runCli({QStringLiteral("sync"), QStringLiteral("--server"), server}, env);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("--user")) << run.err.constData();
    run = runCli(base + QStringList{QStringLiteral("--chunk"), QStringLiteral("0")}, env);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("--chunk")) << run.err.constData();
}

// The first UID FETCH asks for a screen's worth of the newest rows only
// (--first-chunk), after the count from SELECT; the chunks then grow.
TEST_F(SyncLab, CliSyncFirstChunkIsTheNewestRowsAfterTheCount)
{
    for (int i = 1; i <= 5; ++i)
        append(folder, QStringLiteral("first-chunk-%1 %2").arg(i).arg(tag));
    const QString server = QStringLiteral("imaps://%1:%2").arg(lab.host).arg(lab.imaps);
    const QStringList env = {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword};
    const QStringList base = {QStringLiteral("sync"), QStringLiteral("--server"), server, QStringLiteral("--user"),
                              lab.alice, QStringLiteral("--ca-file"), lab.caFile, QStringLiteral("--store"),
                              dir.filePath(QStringLiteral("first.sqlite")), QStringLiteral("--folder"), folder};
    CliRun run = runCli(base + QStringList{QStringLiteral("--first-chunk"), QStringLiteral("2"), QStringLiteral("--stats"),
                                           QStringLiteral("--trace")},
                        env);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains(folder.toUtf8() + ": 5 messages, 5 new")) << run.out.constData();
    EXPECT_TRUE(run.out.contains(" count_known_ms=")) << run.out.constData();
    QList<QByteArray> fetches;
    qsizetype exists = -1, firstFetch = -1;
    const QList<QByteArray> lines = run.err.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (exists < 0 && lines[i].startsWith("S: * 5 EXISTS"))
            exists = i;
        if (lines[i].startsWith("C: ") && lines[i].contains(" UID FETCH ") && lines[i].contains("ENVELOPE")) {
            fetches << lines[i].mid(lines[i].indexOf("UID FETCH"));
            if (firstFetch < 0)
                firstFetch = i;
        }
    }
    ASSERT_EQ(fetches.size(), 2) << run.err.constData();
    EXPECT_GE(exists, 0);
    EXPECT_LT(exists, firstFetch);
    const quint32 newest = rawUid(folder, QStringLiteral("first-chunk-5 %1").arg(tag));
    const quint32 oldest = rawUid(folder, QStringLiteral("first-chunk-1 %1").arg(tag));
    EXPECT_TRUE(fetches[0].startsWith(QStringLiteral("UID FETCH %1:%2 ").arg(newest - 1).arg(newest).toUtf8()))
        << fetches[0].constData();
    EXPECT_TRUE(fetches[1].startsWith(QStringLiteral("UID FETCH %1:%2 ").arg(oldest).arg(newest - 2).toUtf8()))
        << fetches[1].constData();

    run = runCli(base + QStringList{QStringLiteral("--first-chunk"), QStringLiteral("0")}, env);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("--first-chunk must be a number")) << run.err.constData();
}

} // namespace

TEST_F(SyncLab, FolderCreateRenameDeleteAndTheServersRefusal)
{
    // Folder changes through the account's one connection, against Dovecot:
    // CREATE, RENAME of a parent with a child, DELETE; and a refusal in the server's words.
    auto account = startAccount();
    QSignalSpy first(account.get(), &ImapAccountSync::foldersChanged);
    account->refreshFolders();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.count() > 0; }, 30000));
    const auto inbox = account->store()->folderByName(QStringLiteral("alice-lab"), QStringLiteral("INBOX"));
    ASSERT_TRUE(inbox && !inbox->delimiter.isNull());
    const QString child = QString(inbox->delimiter) + QStringLiteral("child"); // Dovecot's separator
    const QString parent = folder + QStringLiteral("-p"), renamed = folder + QStringLiteral("-r");
    extraFolders << renamed + child << renamed << parent + child << parent;
    const auto waitFolders = [&](const std::function<bool()> &done) {
        return QTest::qWaitFor([&] { return done() || !failures.isEmpty(); }, 30000) && failures.isEmpty();
    };
    const auto has = [&](const QString &name) {
        return account->store()->folderByName(QStringLiteral("alice-lab"), name).has_value();
    };
    account->createFolder(parent);
    ASSERT_TRUE(waitFolders([&] { return has(parent); })) << failures.join(QLatin1Char('\n')).toStdString();
    account->createFolder(parent + child);
    ASSERT_TRUE(waitFolders([&] { return has(parent + child); }))
        << failures.join(QLatin1Char('\n')).toStdString();
    append(parent, QStringLiteral("kept %1").arg(tag));
    syncNow(*account, parent);
    const qint64 parentId = account->store()->folderByName(QStringLiteral("alice-lab"), parent)->id;

    account->renameFolder(parentId, renamed);
    ASSERT_TRUE(waitFolders([&] { return has(renamed) && !has(parent); }))
        << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(renamed + child));
    EXPECT_TRUE(stored(*account, renamed, QStringLiteral("kept %1").arg(tag))) << "the cached message stayed";
    EXPECT_NE(rawUid(renamed, QStringLiteral("kept %1").arg(tag)), 0u) << "the server renamed it too";

    // The server lists what the store shows.
    QSignalSpy listed(account.get(), &ImapAccountSync::foldersChanged);
    account->refreshFolders();
    ASSERT_TRUE(waitFolders([&] { return listed.count() > 0; }));
    EXPECT_TRUE(has(renamed) && has(renamed + child) && !has(parent));

    const qint64 childId = account->store()->folderByName(QStringLiteral("alice-lab"), renamed + child)->id;
    account->deleteFolder(childId);
    ASSERT_TRUE(waitFolders([&] { return !has(renamed + child); }))
        << failures.join(QLatin1Char('\n')).toStdString();

    // A folder made elsewhere, unknown to the store: Dovecot refuses the CREATE.
    const QString elsewhere = folder + QStringLiteral("-e");
    extraFolders << elsewhere;
    ASSERT_TRUE(ok(raw->createMailbox(elsewhere)));
    account->createFolder(elsewhere);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failures.isEmpty(); }, 30000));
    EXPECT_TRUE(failures[0].startsWith(QLatin1String("CREATE: CREATE ") + elsewhere)) << failures[0].toStdString();
    EXPECT_TRUE(failures[0].contains(QLatin1String("exists"), Qt::CaseInsensitive)) << failures[0].toStdString();
}
