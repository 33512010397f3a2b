// SPDX-License-Identifier: GPL-3.0-or-later
// Reading mail against the real lab Dovecot: AccountEngine (worker thread,
// store, IMAP sync, IDLE, POP3) and the main window's reading panes: open the
// inbox, select the message, the viewer shows the image, the attachment list
// has the audio file, the inspector shows the FETCH exchange.
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "imap/ImapConnection.h"
#include "inspector/InspectorDock.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "mail/FolderTreeModel.h"
#include "engine/AccountEngine.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QFile>
#include <QLabel>
#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <functional>
#include <QUuid>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

const QString kDemo = QStringLiteral(CARTEIRO_SOURCE_DIR "/resources/demo/");

QByteArray crlf(QByteArray lf)
{
    lf.replace("\r\n", "\n");
    lf.replace("\n", "\r\n");
    return lf;
}

struct ReadingLab : ::testing::Test
{
    LabEnv lab = LabEnv::fromEnvironment();
    QTemporaryDir dir;
    QString marker = QStringLiteral("reading-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));

    void SetUp() override
    {
        ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString()
                               << "): eval \"$(bash tests/lab/mail-lab.sh env)\"";
        ASSERT_TRUE(dir.isValid());
        clearSettings();
    }

    // alice -> bob with the demo photo and voice note; returns bob's delivered file.
    QString sendToBob(const QString &subject)
    {
        const CliRun run = runCli(
            {QStringLiteral("send"), QStringLiteral("--server"),
             QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions), QStringLiteral("--user"), lab.alice,
             QStringLiteral("--from"), QStringLiteral("Alice <%1>").arg(lab.alice), QStringLiteral("--to"), lab.bob,
             QStringLiteral("--subject"), subject, QStringLiteral("--body"),
             QStringLiteral("Bob, a postcard and a voice note.\n"), QStringLiteral("--attach"),
             kDemo + QStringLiteral("cartao-postal.png"), QStringLiteral("--attach"),
             kDemo + QStringLiteral("recado.wav"), QStringLiteral("--ca-file"), lab.caFile},
            {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        return lab.waitForDelivery(QStringLiteral("bob"), subject.toUtf8());
    }

    static const StoredFolder *byName(const QList<StoredFolder> &folders, const QString &name)
    {
        for (const StoredFolder &f : folders)
            if (f.name == name)
                return &f;
        return nullptr;
    }
};

// The folder rows and message rows the GUI would hold, collected from the signals.
struct Collector
{
    QList<StoredFolder> folders;
    QHash<qint64, StoredMessage> rows;
    QHash<qint64, QByteArray> bodies;
    QStringList failures;
    QList<QPair<qint64, int>> newMail;
    int synced = 0; // folderSynced signals seen
    qint64 folder = 0;

    explicit Collector(AccountEngine &mc)
    {
        QObject::connect(&mc, &AccountEngine::foldersChanged,
                         [this](const QString &, const QList<StoredFolder> &f) { folders = f; });
        QObject::connect(&mc, &AccountEngine::folderLoaded, [this](qint64 id, const QList<StoredMessage> &m) {
            if (id != folder)
                return;
            rows.clear();
            for (const StoredMessage &r : m)
                rows.insert(r.id, r);
        });
        QObject::connect(&mc, &AccountEngine::messagesUpserted, [this](qint64 id, const QList<StoredMessage> &m) {
            if (id == folder)
                for (const StoredMessage &r : m)
                    rows.insert(r.id, r);
        });
        QObject::connect(&mc, &AccountEngine::messagesRemoved, [this](qint64 id, const QList<qint64> &ids) {
            if (id == folder)
                for (qint64 r : ids)
                    rows.remove(r);
        });
        QObject::connect(&mc, &AccountEngine::bodyReady,
                         [this](qint64 id, const QByteArray &raw) { bodies.insert(id, raw); });
        QObject::connect(&mc, &AccountEngine::failed, [this](const QString &m) { failures << m; });
        QObject::connect(&mc, &AccountEngine::newMail,
                         [this](qint64 id, int count) { newMail.append({id, count}); });
        QObject::connect(&mc, &AccountEngine::folderSynced, [this](qint64) { ++synced; });
    }
    const StoredMessage *withSubject(const QString &subject) const
    {
        for (const StoredMessage &m : rows)
            if (m.subject == subject)
                return &m;
        return nullptr;
    }
};

} // namespace

TEST_F(ReadingLab, ImapInboxOpensSyncsFetchesFlagsAndDeletesToTrash)
{
    const QString subject = QStringLiteral("IMAP reading %1").arg(marker);
    const QString delivered = sendToBob(subject);
    ASSERT_FALSE(delivered.isEmpty());
    QFile file(delivered);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = crlf(file.readAll());

    TraceHub hub;
    const LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    AccountEngine mc(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    Collector seen(mc);
    mc.openAccount(bob.account, bob.password);
    ASSERT_TRUE(waitUntil([&] { return byName(seen.folders, QStringLiteral("INBOX")) != nullptr; }))
        << seen.failures.join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(byName(seen.folders, QStringLiteral("Trash")), nullptr) << "LIST brought the special-use folders";
    seen.folder = byName(seen.folders, QStringLiteral("INBOX"))->id;
    mc.openFolder(seen.folder);
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(subject) != nullptr; }))
        << seen.failures.join(QLatin1Char('\n')).toStdString();
    const StoredMessage row = *seen.withSubject(subject);
    EXPECT_EQ(row.fromAddress, lab.alice);
    EXPECT_TRUE(row.hasAttachments);
    EXPECT_FALSE(row.flags & MessageFlag::Seen);

    // The body: fetched from the server (BODY.PEEK: still unseen), byte for byte what Postfix delivered.
    mc.fetchBody(row.id);
    ASSERT_TRUE(waitUntil([&] { return seen.bodies.contains(row.id); }));
    EXPECT_EQ(seen.bodies.value(row.id), onDisk);
    bool fetched = false;
    for (const TraceEvent &e : hub.history())
        fetched |= e.direction == Direction::ClientToServer && e.bytes.contains("UID FETCH") &&
                   e.bytes.contains("BODY.PEEK[]");
    EXPECT_TRUE(fetched) << "the inspector's hub saw the FETCH";

    // Flags: set through the server, then the row follows.
    mc.setFlags({row.id}, MessageFlag::Seen | MessageFlag::Flagged, 0);
    ASSERT_TRUE(waitUntil([&] {
        const StoredMessage *m = seen.withSubject(subject);
        return m && (m->flags & MessageFlag::Seen) && (m->flags & MessageFlag::Flagged);
    })) << seen.failures.join(QLatin1Char('\n')).toStdString();

    // Delete: to the Trash, so the row leaves the inbox.
    const qint64 trashBefore = byName(seen.folders, QStringLiteral("Trash"))->total;
    mc.deleteToTrash({row.id});
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(subject) == nullptr; }))
        << seen.failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(seen.failures.isEmpty()) << seen.failures.join(QLatin1Char('\n')).toStdString();
    (void)trashBefore;

    // The password never reached the inspector's stream.
    const QByteArray text = TraceText::format(hub.history(), false);
    EXPECT_FALSE(text.contains(bob.password.toUtf8()));
    EXPECT_FALSE(text.contains(bob.password.toUtf8().toBase64()));
}

TEST_F(ReadingLab, IdleAnnouncesNewMailWhileTheInboxIsOpen)
{
    TraceHub hub;
    const LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    AccountEngine mc(&hub, dir.filePath(QStringLiteral("store.sqlite")));
    Collector seen(mc);
    mc.openAccount(bob.account, bob.password);
    ASSERT_TRUE(waitUntil([&] { return byName(seen.folders, QStringLiteral("INBOX")) != nullptr; }));
    seen.folder = byName(seen.folders, QStringLiteral("INBOX"))->id;
    mc.openFolder(seen.folder);
    // Wait until the session idles on the inbox.
    ASSERT_TRUE(waitUntil([&] {
        for (const TraceEvent &e : hub.history())
            if (e.direction == Direction::ClientToServer && e.bytes.endsWith(" IDLE"))
                return true;
        return false;
    })) << seen.failures.join(QLatin1Char('\n')).toStdString();

    const QString subject = QStringLiteral("IDLE news %1").arg(marker);
    ASSERT_FALSE(sendToBob(subject).isEmpty());
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(subject) != nullptr; }, 60000))
        << "IDLE did not bring the new message: " << seen.failures.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(waitUntil([&] { return !seen.newMail.isEmpty(); }));
    EXPECT_EQ(seen.newMail.last().first, seen.folder);
    EXPECT_GE(seen.newMail.last().second, 1);
}

TEST_F(ReadingLab, Pop3DownloadsIntoTheStoreOnceAndKeepsOnServer)
{
    const QString subject = QStringLiteral("POP3 reading %1").arg(marker);
    ASSERT_FALSE(sendToBob(subject).isEmpty());

    TraceHub hub;
    LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    bob.account.incomingProtocol = AccountSettings::IncomingProtocol::Pop3;
    bob.account.pop3DeleteAfterDownload = false;
    const QString storePath = dir.filePath(QStringLiteral("pop.sqlite"));
    AccountEngine mc(&hub, storePath);
    Collector seen(mc);
    mc.openAccount(bob.account, bob.password);
    ASSERT_TRUE(waitUntil([&] { return byName(seen.folders, QStringLiteral("INBOX")) != nullptr; }));
    seen.folder = byName(seen.folders, QStringLiteral("INBOX"))->id;
    mc.openFolder(seen.folder);
    mc.refresh();
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(subject) != nullptr; }, 60000))
        << seen.failures.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(waitUntil([&] { return !seen.newMail.isEmpty(); }));
    const qint64 rowsAfterFirst = seen.rows.size();
    const qint64 id = seen.withSubject(subject)->id;
    mc.fetchBody(id);
    ASSERT_TRUE(waitUntil([&] { return seen.bodies.contains(id); }));
    EXPECT_TRUE(seen.bodies.value(id).contains(subject.toUtf8()));

    // Keep on server: a second Send/Receive downloads nothing it has already (other
    // tests may deliver new mail to bob meanwhile: only those may be downloaded).
    const QList<qint64> firstIds = seen.rows.keys();
    const int syncedBefore = seen.synced;
    const int before = hub.history().size();
    mc.refresh();
    ASSERT_TRUE(waitUntil([&] { return seen.synced > syncedBefore; }, 60000));
    int retrieved = 0;
    bool quit = false;
    const QList<TraceEvent> h = hub.history();
    for (int i = before; i < h.size(); ++i) {
        if (h[i].direction != Direction::ClientToServer)
            continue;
        retrieved += h[i].bytes.startsWith("RETR ") ? 1 : 0;
        quit |= h[i].bytes == "QUIT";
    }
    EXPECT_TRUE(quit);
    EXPECT_EQ(seen.rows.size(), rowsAfterFirst + retrieved)
        << "UIDL de-duplication: every RETR of the second run was a message not stored yet";
    for (qint64 known : firstIds)
        EXPECT_TRUE(seen.rows.contains(known));
    int copies = 0;
    for (const StoredMessage &m : std::as_const(seen.rows))
        copies += m.subject == subject ? 1 : 0;
    EXPECT_EQ(copies, 1);

    // Deleting POP3 mail here hides it and never downloads it again.
    mc.deleteToTrash({id});
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(subject) == nullptr; }));
}

TEST_F(ReadingLab, MainWindowShowsTheInboxMessageWithImageAudioAndTheFetchInTheInspector)
{
    const QString subject = QStringLiteral("Window reading %1").arg(marker);
    ASSERT_FALSE(sendToBob(subject).isEmpty());

    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("window.sqlite")));
    w.passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    w.show();
    w.installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));

    // The inbox opens by itself, and the message arrives in the list.
    ASSERT_TRUE(waitUntil([&] {
        for (int r = 0; r < w.messageModel()->rowCount(); ++r)
            if (w.messageModel()->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
                return true;
        return false;
    }, 60000)) << w.statusText()->text().toStdString();
    qint64 id = 0;
    for (int r = 0; r < w.messageModel()->rowCount(); ++r)
        if (w.messageModel()->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
            id = w.messageModel()->messageId(r);
    ASSERT_TRUE(w.selectMessage(id));
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == id; })) << w.statusText()->text().toStdString();

    // Decoded off the GUI thread: it appears below the text a moment later.
    EXPECT_TRUE(waitUntil([&] { return w.reader()->inlineImageCount() >= 1; })) << "the photo is shown inline";
    EXPECT_TRUE(w.reader()->attachmentNames().contains(QStringLiteral("recado.wav")))
        << w.reader()->attachmentNames().join(QLatin1Char(',')).toStdString();
    EXPECT_NE(w.reader()->playButton(w.reader()->attachmentNames().indexOf(QStringLiteral("recado.wav"))), nullptr);
    EXPECT_FALSE(w.inspectorDock()->mime()->model()->isEmpty()) << "the MIME tab shows the selected message";

    bool fetch = false, fetchReply = false;
    for (const TraceEvent &e : w.traceHub()->history()) {
        fetch |= e.direction == Direction::ClientToServer && e.bytes.contains("UID FETCH") &&
                 e.bytes.contains("BODY.PEEK[]");
        fetchReply |= e.direction == Direction::ServerToClient && e.bytes.contains("FETCH") &&
                      e.protocol == Protocol::Imap;
    }
    EXPECT_TRUE(fetch);
    EXPECT_TRUE(fetchReply);
    // Shown = read: \Seen goes to the server and the row stops being bold.
    const QModelIndex row = w.messageModel()->indexForId(id);
    ASSERT_TRUE(waitUntil([&] { return !w.messageModel()->indexForId(id).data(MessageListModel::UnreadRole).toBool(); }));
    (void)row;
    EXPECT_TRUE(w.replyAction()->isEnabled());
    EXPECT_TRUE(w.forwardAction()->isEnabled());
}

namespace {
bool listHas(MainWindow &w, const QString &subject, qint64 *id = nullptr)
{
    for (int r = 0; r < w.messageModel()->rowCount(); ++r)
        if (w.messageModel()->index(r, MessageListModel::SubjectColumn).data().toString() == subject) {
            if (id)
                *id = w.messageModel()->messageId(r);
            return true;
        }
    return false;
}
} // namespace

TEST_F(ReadingLab, MainWindowRepliesFlagsMovesByDropAndDeletesToTrash)
{
    const QString subject = QStringLiteral("Window actions %1").arg(marker);
    ASSERT_FALSE(sendToBob(subject).isEmpty());

    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("actions.sqlite")));
    w.passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    w.show();
    w.installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    qint64 id = 0;
    ASSERT_TRUE(waitUntil([&] { return listHas(w, subject, &id); }, 60000)) << w.statusText()->text().toStdString();
    ASSERT_TRUE(w.selectMessage(id));
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == id; }));

    // Reply: a composer addressed to alice, "Re: " once, threaded on the original.
    ComposerWindow *reply = w.respond(MainWindow::ReplyKind::Reply);
    ASSERT_NE(reply, nullptr);
    EXPECT_TRUE(reply->toField()->text().contains(lab.alice)) << reply->toField()->text().toStdString();
    EXPECT_EQ(reply->subjectEdit()->text(), QStringLiteral("Re: ") + subject);
    reply->close();
    ComposerWindow *forward = w.respond(MainWindow::ReplyKind::ForwardInline);
    ASSERT_NE(forward, nullptr);
    EXPECT_TRUE(forward->toField()->text().isEmpty());
    EXPECT_EQ(forward->subjectEdit()->text(), QStringLiteral("Fwd: ") + subject);
    forward->close();

    // Flag from the toolbar: the server agrees, then the row shows it.
    w.flagAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return w.messageModel()->indexForId(id).data(MessageListModel::FlaggedRole).toBool(); }))
        << w.statusText()->text().toStdString();

    // Drag and drop onto Archive: what the folder view does with a drop.
    const QModelIndex row = w.messageModel()->indexForId(id);
    std::unique_ptr<QMimeData> payload(w.messageModel()->mimeData({row}));
    ASSERT_TRUE(payload);
    ASSERT_TRUE(w.selectFolder(QStringLiteral("\\Inbox")));
    QModelIndex archive;
    {
        const QModelIndex account = w.folderModel()->accountIndex(QStringLiteral("lab-bob"));
        for (int r = 0; r < w.folderModel()->rowCount(account); ++r) {
            const QModelIndex i = w.folderModel()->index(r, 0, account);
            if (i.data(FolderTreeModel::SpecialUseRole).toByteArray() == "\\Archive")
                archive = i;
        }
    }
    ASSERT_TRUE(archive.isValid());
    ASSERT_TRUE(w.folderModel()->dropMimeData(payload.get(), Qt::MoveAction, -1, -1, archive));
    ASSERT_TRUE(waitUntil([&] { return !listHas(w, subject); })) << w.statusText()->text().toStdString();

    // It is in Archive now (the folder syncs when opened); delete sends it to Trash.
    ASSERT_TRUE(w.selectFolder(QStringLiteral("\\Archive")));
    ASSERT_TRUE(waitUntil([&] { return listHas(w, subject, &id); }, 60000)) << w.statusText()->text().toStdString();
    EXPECT_TRUE(w.messageModel()->indexForId(id).data(MessageListModel::FlaggedRole).toBool())
        << "the flag moved with the message";
    ASSERT_TRUE(w.selectMessage(id));
    w.deleteAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return !listHas(w, subject); })) << w.statusText()->text().toStdString();
    ASSERT_TRUE(w.selectFolder(QStringLiteral("\\Trash")));
    ASSERT_TRUE(waitUntil([&] { return listHas(w, subject); }, 60000)) << w.statusText()->text().toStdString();
}

TEST_F(ReadingLab, ANewUidValidityReplacesTheRowsTheWindowHolds)
{
    // A folder deleted and created again on the server has a new UIDVALIDITY
    // (RFC 3501 §2.3.1.1): the rows shown must be the new folder's only.
    TraceHub raw;
    const LabAccountPreset bob = LabAccountPreset::make(QStringLiteral("bob"));
    const QString folder = QStringLiteral("Rebuilt-%1").arg(marker);
    auto server = [&](const std::function<void(ImapConnection &)> &work) {
        ImapConnection c(&raw, bob.account.imapChannel(), bob.account.imapConfig(bob.password));
        QSignalSpy ready(&c, &ImapConnection::ready);
        c.open();
        ASSERT_TRUE(waitUntil([&] { return ready.count() > 0; }));
        work(c);
        c.close();
    };
    auto finish = [](ImapConnection &c, quint64 job) {
        bool ok = false, done = false;
        QObject::connect(&c, &ImapConnection::jobFinished, [&](quint64 id, const ImapCompletion &r) {
            if (id == job) {
                ok = r.ok;
                done = true;
            }
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return ok;
    };
    const QByteArray first = "From: alice@example.test\r\nSubject: before " + marker.toUtf8() + "\r\n\r\nold\r\n";
    const QByteArray second = "From: alice@example.test\r\nSubject: after " + marker.toUtf8() + "\r\n\r\nnew\r\n";
    server([&](ImapConnection &c) {
        EXPECT_TRUE(finish(c, c.createMailbox(folder)));
        EXPECT_TRUE(finish(c, c.append(folder, first)));
    });

    TraceHub hub;
    AccountEngine mc(&hub, dir.filePath(QStringLiteral("rebuild.sqlite")));
    Collector seen(mc);
    mc.openAccount(bob.account, bob.password);
    ASSERT_TRUE(waitUntil([&] { return byName(seen.folders, folder) != nullptr; }))
        << seen.failures.join(QLatin1Char('\n')).toStdString();
    seen.folder = byName(seen.folders, folder)->id;
    mc.openFolder(seen.folder);
    ASSERT_TRUE(waitUntil([&] { return seen.withSubject(QStringLiteral("before ") + marker) != nullptr; }));

    server([&](ImapConnection &c) {
        EXPECT_TRUE(finish(c, c.deleteMailbox(folder)));
        EXPECT_TRUE(finish(c, c.createMailbox(folder)));
        EXPECT_TRUE(finish(c, c.append(folder, second)));
    });
    const int synced = seen.synced;
    mc.refresh();
    ASSERT_TRUE(waitUntil([&] {
        return seen.synced > synced && seen.withSubject(QStringLiteral("after ") + marker) != nullptr;
    }, 60000)) << seen.failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(seen.withSubject(QStringLiteral("before ") + marker), nullptr) << "the old folder's row is gone";
    EXPECT_EQ(seen.rows.size(), 1);
    server([&](ImapConnection &c) { EXPECT_TRUE(finish(c, c.deleteMailbox(folder))); });
}
