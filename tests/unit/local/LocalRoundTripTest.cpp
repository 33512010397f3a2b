// SPDX-License-Identifier: GPL-3.0-or-later
// Import then export (engine/MailTransfer.h): an mbox with every quoting case is
// imported into a Local Folders folder (durably, in the store), exported as
// mboxrd, and the export read back gives the same messages byte for byte; a
// failed export leaves no file; a move out of a mailbox on disk is refused.
#include "LocalMailboxWait.h"
#include "LocalTestFiles.h"
#include "engine/LocalMailboxes.h"
#include "engine/MailTransfer.h"
#include "local/LocalFolders.h"
#include "local/LocalMailbox.h"
#include "store/MailStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::openAndList;
using carteiro::test::message;
using carteiro::test::writeFile;

namespace {

struct Finished
{
    int done = -1, total = -1;
    qint64 folderId = 0;
    QString error;
};

Finished waitFinished(MailTransfer &t)
{
    QSignalSpy spy(&t, &MailTransfer::finished);
    EXPECT_TRUE(spy.wait(20000));
    Finished f;
    if (spy.isEmpty())
        return f;
    const QList<QVariant> a = spy.takeFirst();
    f.done = a.at(0).toInt();
    f.total = a.at(1).toInt();
    f.folderId = a.at(2).toLongLong();
    f.error = a.at(3).toString();
    return f;
}

QByteArray bytesOf(const QString &spec, int i)
{
    QString error;
    auto box = LocalMailbox::openSpec(spec, &error);
    EXPECT_TRUE(box && box->indexAll(&error)) << error.toStdString();
    if (!box || i >= box->count())
        return {};
    return box->raw(i, &error).value_or(QByteArray());
}

} // namespace

TEST(LocalRoundTrip, ImportIntoLocalFoldersThenExportAsMboxrd)
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QList<QByteArray> messages = {
        message("plain", "Hello\n"),
        message("quoted", "a\n\nFrom the top, unquoted after an empty line? No: quoted below.\n"),
        message("deep", ">From once\n>>From twice\nFrom at a line start\n"),
        "Subject: crlf\r\nFrom: c@example.test\r\n\r\nbody\r\n",
    };
    // Written as mboxrd by our own writer, then read as a user's mailbox.
    const QString source = dir.filePath(QStringLiteral("inbox.mbox"));
    {
        MboxWriter w(source);
        QString error;
        ASSERT_TRUE(w.open(&error)) << error.toStdString();
        for (const QByteArray &m : messages)
            ASSERT_TRUE(w.add(m, "alice@example.test", QDateTime::currentDateTimeUtc(), &error));
        ASSERT_TRUE(w.commit(&error)) << error.toStdString();
    }
    for (int i = 0; i < messages.size(); ++i)
        EXPECT_EQ(bytesOf(QStringLiteral("mbox:") + source, i), messages[i]) << i;

    LocalMailboxes boxes(storePath);
    const QList<StoredMessage> rows = openAndList(boxes, source);
    ASSERT_EQ(rows.size(), messages.size());

    MailTransfer importer(&boxes, nullptr);
    MailTransfer::Target local;
    local.newFolderName = QStringLiteral("inbox");
    QString error;
    ASSERT_TRUE(importer.start(rows, LocalMailboxes::accountId(), local, MailTransfer::Mode::Copy, &error))
        << error.toStdString();
    const Finished imported = waitFinished(importer);
    EXPECT_TRUE(imported.error.isEmpty()) << imported.error.toStdString();
    EXPECT_EQ(imported.done, messages.size());
    ASSERT_NE(imported.folderId, 0);

    // In the store, durably: another connection sees every message.
    MailStore store(storePath);
    ASSERT_TRUE(store.open());
    const auto f = store.folder(imported.folderId);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->accountId, LocalFolders::accountId());
    EXPECT_TRUE(f->local);
    QList<StoredMessage> stored = store.messages(imported.folderId);
    ASSERT_EQ(stored.size(), messages.size());
    std::sort(stored.begin(), stored.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (int i = 0; i < messages.size(); ++i)
        EXPECT_EQ(store.body(stored[i].id).value_or(QByteArray()), messages[i]) << i;

    // The stored messages exported as mboxrd read back the same.
    const QString exported = dir.filePath(QStringLiteral("export.mbox"));
    MailTransfer exporter(&boxes, nullptr);
    MailTransfer::Target file;
    file.kind = MailTransfer::Target::Kind::MboxFile;
    file.path = exported;
    // Rows read from the mailbox again (their bytes come from the file: no account engine here).
    ASSERT_TRUE(exporter.start(rows, LocalMailboxes::accountId(), file, MailTransfer::Mode::Copy, &error));
    const Finished done = waitFinished(exporter);
    EXPECT_TRUE(done.error.isEmpty()) << done.error.toStdString();
    QString readError;
    auto back = LocalMailbox::openSpec(QStringLiteral("mbox:") + exported, &readError);
    ASSERT_TRUE(back && back->indexAll(&readError)) << readError.toStdString();
    EXPECT_EQ(back->formatName(), QStringLiteral("mboxrd"));
    ASSERT_EQ(back->count(), messages.size());
    for (int i = 0; i < messages.size(); ++i)
        EXPECT_EQ(back->raw(i, &readError).value_or(QByteArray()), messages[i]) << i;
}

TEST(LocalRoundTrip, AFailedExportLeavesNoFileAndAMoveFromDiskIsRefused)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("a.mbox"));
    ASSERT_TRUE(writeFile(source, "From a@example.test Mon Dec  7 11:00:00 2026\n" + message("one", "x\n")));
    LocalMailboxes boxes(dir.filePath(QStringLiteral("store.sqlite")));
    qint64 folder = 0;
    const QList<StoredMessage> rows = openAndList(boxes, source, &folder);
    ASSERT_EQ(rows.size(), 1);

    MailTransfer t(&boxes, nullptr);
    QString error;
    MailTransfer::Target local;
    local.newFolderName = QStringLiteral("x");
    EXPECT_FALSE(t.start(rows, LocalMailboxes::accountId(), local, MailTransfer::Mode::Move, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("never changed"))) << error.toStdString();

    // A folder name that cannot be: refused, named.
    local.newFolderName = QStringLiteral("a/b");
    ASSERT_TRUE(t.start(rows, LocalMailboxes::accountId(), local, MailTransfer::Mode::Copy, &error));
    Finished bad = waitFinished(t);
    EXPECT_EQ(bad.done, 0);
    EXPECT_TRUE(bad.error.contains(QStringLiteral("a/b"))) << bad.error.toStdString();

    // An export into a folder that does not exist: the error names the path, no file appears.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/dir/out.mbox"));
    MailTransfer::Target file;
    file.kind = MailTransfer::Target::Kind::MboxFile;
    file.path = nowhere;
    ASSERT_TRUE(t.start(rows, LocalMailboxes::accountId(), file, MailTransfer::Mode::Copy, &error));
    const Finished failed = waitFinished(t);
    EXPECT_EQ(failed.done, 0);
    EXPECT_TRUE(failed.error.contains(nowhere)) << failed.error.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));

    // A message whose mailbox was closed meanwhile: named, nothing written.
    boxes.close(folder);
    const QString out = dir.filePath(QStringLiteral("out.mbox"));
    file.path = out;
    ASSERT_TRUE(t.start(rows, LocalMailboxes::accountId(), file, MailTransfer::Mode::Copy, &error));
    const Finished closed = waitFinished(t);
    EXPECT_TRUE(closed.error.contains(QStringLiteral("no longer open"))) << closed.error.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}
