// SPDX-License-Identifier: GPL-3.0-or-later
// FolderTreeModel: accounts, nesting by delimiter, special-use order, counts,
// in-place updates that keep persistent indexes, and drops of message ids.
#include "mail/FolderTreeModel.h"

#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <memory>

using namespace carteiro;

namespace {

StoredFolder folder(qint64 id, const QString &name, const char *specialUse = "", qint64 unread = 0,
                    qint64 total = 0)
{
    StoredFolder f;
    f.id = id;
    f.accountId = QStringLiteral("alice");
    f.name = name;
    f.delimiter = QLatin1Char('/');
    f.specialUse = QByteArray(specialUse);
    f.unread = unread;
    f.total = total;
    return f;
}

QList<StoredFolder> aliceFolders()
{
    return {
        folder(10, QStringLiteral("Zeta")),
        folder(11, QStringLiteral("Trash"), "\\Trash"),
        folder(12, QStringLiteral("alpha"), "", 0, 4),
        folder(13, QStringLiteral("Archive/2024"), "", 2, 9),
        folder(14, QStringLiteral("Junk"), "\\Junk"),
        folder(15, QStringLiteral("Sent"), "\\Sent"),
        folder(16, QStringLiteral("inbox"), "", 3, 10), // INBOX in any case (RFC 3501 §5.1)
        folder(17, QStringLiteral("Drafts"), "\\Drafts"),
        folder(18, QStringLiteral("Archive"), "\\Archive"),
        folder(19, QStringLiteral("Projects/Carteiro/Docs")), // parents not listed
    };
}

QStringList childNames(const FolderTreeModel &m, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < m.rowCount(parent); ++r)
        names << m.index(r, 0, parent).data(FolderTreeModel::FullNameRole).toString();
    return names;
}

struct FolderTreeFixture : ::testing::Test
{
    FolderTreeModel model;
    QModelIndex account;
    void SetUp() override
    {
        model.setAccount(QStringLiteral("alice"), QStringLiteral("Alice (lab)"));
        model.setFolders(QStringLiteral("alice"), aliceFolders());
        account = model.accountIndex(QStringLiteral("alice"));
        ASSERT_TRUE(account.isValid());
    }
};

} // namespace

TEST_F(FolderTreeFixture, SpecialUseFirstInFixedOrderThenAlphabetical)
{
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(account.data().toString(), QStringLiteral("Alice (lab)"));
    EXPECT_TRUE(account.data(FolderTreeModel::IsAccountRole).toBool());
    EXPECT_EQ(childNames(model, account),
              (QStringList{QStringLiteral("inbox"), QStringLiteral("Drafts"), QStringLiteral("Sent"),
                           QStringLiteral("Archive"), QStringLiteral("Junk"), QStringLiteral("Trash"),
                           QStringLiteral("alpha"), QStringLiteral("Projects"), QStringLiteral("Zeta")}));
    const QModelIndex inbox = model.index(0, 0, account);
    EXPECT_EQ(inbox.data(FolderTreeModel::SpecialUseRole).toByteArray(), QByteArray("\\Inbox"));
    EXPECT_EQ(inbox.data(FolderTreeModel::AccountIdRole).toString(), QStringLiteral("alice"));
    EXPECT_FALSE(inbox.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(model.index(2, 0, account).data().toString(), FolderTreeModel::specialName(FolderTreeModel::Special::Sent));
}

TEST_F(FolderTreeFixture, NestsByDelimiterWithPathOnlyParents)
{
    const QModelIndex archive = model.indexForFolder(18);
    ASSERT_TRUE(archive.isValid());
    EXPECT_EQ(archive.parent(), account);
    ASSERT_EQ(model.rowCount(archive), 1);
    const QModelIndex y2024 = model.index(0, 0, archive);
    EXPECT_EQ(y2024.data(FolderTreeModel::FolderIdRole).toLongLong(), 13);
    EXPECT_EQ(y2024.parent(), archive);
    EXPECT_EQ(model.indexForFolder(13), y2024);

    const QModelIndex projects = model.index(7, 0, account);
    EXPECT_EQ(projects.data(FolderTreeModel::FolderIdRole).toLongLong(), 0); // not listed
    EXPECT_FALSE(projects.flags() & Qt::ItemIsDropEnabled);
    const QModelIndex carteiro = model.index(0, 0, projects);
    EXPECT_EQ(carteiro.data(FolderTreeModel::FullNameRole).toString(), QStringLiteral("Projects/Carteiro"));
    const QModelIndex docs = model.index(0, 0, carteiro);
    EXPECT_EQ(docs.data(FolderTreeModel::FolderIdRole).toLongLong(), 19);
    EXPECT_EQ(docs.data().toString(), QStringLiteral("Docs"));
    EXPECT_EQ(model.parent(docs), carteiro);
}

TEST_F(FolderTreeFixture, UnreadCountShownAndBold)
{
    const QModelIndex inbox = model.indexForFolder(16);
    EXPECT_EQ(inbox.data().toString(), QStringLiteral("%1 (3)").arg(FolderTreeModel::specialName(FolderTreeModel::Special::Inbox)));
    EXPECT_TRUE(inbox.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(inbox.data(FolderTreeModel::UnreadRole).toLongLong(), 3);
    EXPECT_EQ(inbox.data(FolderTreeModel::TotalRole).toLongLong(), 10);
    const QModelIndex alpha = model.indexForFolder(12);
    EXPECT_EQ(alpha.data().toString(), QStringLiteral("alpha"));
    EXPECT_FALSE(alpha.data(Qt::FontRole).value<QFont>().bold());
}

TEST_F(FolderTreeFixture, CountChangesUpdateInPlaceWithoutReset)
{
    QPersistentModelIndex y2024(model.indexForFolder(13));
    QPersistentModelIndex alpha(model.indexForFolder(12));
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<StoredFolder> next = aliceFolders();
    next[2].unread = 5; // alpha
    next[3].unread = 0; // Archive/2024
    model.setFolders(QStringLiteral("alice"), next);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(changed.count(), 2);
    ASSERT_TRUE(y2024.isValid());
    EXPECT_EQ(y2024.data(FolderTreeModel::FolderIdRole).toLongLong(), 13);
    EXPECT_EQ(y2024.data().toString(), QStringLiteral("2024"));
    EXPECT_EQ(alpha.data().toString(), QStringLiteral("alpha (5)"));

    model.setCounts(12, 0, 4);
    EXPECT_EQ(alpha.data().toString(), QStringLiteral("alpha"));
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(FolderTreeFixture, AddedRemovedAndReorderedFoldersKeepPersistentIndexes)
{
    QPersistentModelIndex y2024(model.indexForFolder(13));
    QPersistentModelIndex alpha(model.indexForFolder(12));
    QPersistentModelIndex zeta(model.indexForFolder(10));
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    QList<StoredFolder> next = aliceFolders();
    next.removeAt(0);                                   // Zeta gone
    next.append(folder(20, QStringLiteral("beta")));    // new, between alpha and Projects
    next.append(folder(21, QStringLiteral("Archive/2023")));
    for (StoredFolder &f : next) {
        if (f.id == 11)
            f.specialUse.clear(); // Trash is now an ordinary folder: it moves
    }
    model.setFolders(QStringLiteral("alice"), next);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_FALSE(zeta.isValid());
    ASSERT_TRUE(y2024.isValid());
    ASSERT_TRUE(alpha.isValid());
    EXPECT_EQ(y2024.data(FolderTreeModel::FolderIdRole).toLongLong(), 13);
    EXPECT_EQ(alpha.data(FolderTreeModel::FolderIdRole).toLongLong(), 12);
    EXPECT_EQ(childNames(model, account),
              (QStringList{QStringLiteral("inbox"), QStringLiteral("Drafts"), QStringLiteral("Sent"),
                           QStringLiteral("Archive"), QStringLiteral("Junk"), QStringLiteral("alpha"),
                           QStringLiteral("beta"), QStringLiteral("Projects"), QStringLiteral("Trash")}));
    EXPECT_EQ(childNames(model, model.indexForFolder(18)),
              (QStringList{QStringLiteral("Archive/2023"), QStringLiteral("Archive/2024")}));
    EXPECT_EQ(model.indexForFolder(11).data().toString(), QStringLiteral("Trash"));
    EXPECT_EQ(model.indexForFolder(11).data(FolderTreeModel::SpecialUseRole).toByteArray(), QByteArray());
    EXPECT_FALSE(model.indexForFolder(10).isValid());
}

TEST_F(FolderTreeFixture, AccountsStayInTheOrderAdded)
{
    model.setFolders(QStringLiteral("bob"), {folder(30, QStringLiteral("INBOX"))});
    model.setAccount(QStringLiteral("bob"), QStringLiteral("Bob"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Bob"));
    EXPECT_EQ(model.index(0, 0, model.index(1, 0)).data(FolderTreeModel::FolderIdRole).toLongLong(), 30);
    QPersistentModelIndex bobInbox(model.indexForFolder(30));
    model.removeAccount(QStringLiteral("alice"));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(bobInbox.isValid());
    EXPECT_FALSE(model.indexForFolder(16).isValid());
}

TEST_F(FolderTreeFixture, DropOnFolderEmitsMessagesDropped)
{
    QSignalSpy dropped(&model, &FolderTreeModel::messagesDropped);
    QMimeData mime;
    mime.setData(QString::fromLatin1(MessageIdsMimeType), encodeMessageIds({42, 7, 42, 9}));
    const QModelIndex trash = model.indexForFolder(11);
    EXPECT_TRUE(trash.flags() & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, trash));
    ASSERT_TRUE(model.dropMimeData(&mime, Qt::MoveAction, -1, -1, trash));
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped[0][0].value<QList<qint64>>(), (QList<qint64>{42, 7, 9}));
    EXPECT_EQ(dropped[0][1].toLongLong(), 11);
    EXPECT_EQ(dropped[0][2].value<Qt::DropAction>(), Qt::MoveAction);

    ASSERT_TRUE(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, model.indexForFolder(12)));
    ASSERT_EQ(dropped.count(), 2);
    EXPECT_EQ(dropped[1][1].toLongLong(), 12);
    EXPECT_EQ(dropped[1][2].value<Qt::DropAction>(), Qt::CopyAction);
}

TEST_F(FolderTreeFixture, BadDropsAreRefusedWithAReason)
{
    QSignalSpy dropped(&model, &FolderTreeModel::messagesDropped);
    QSignalSpy refused(&model, &FolderTreeModel::dropRefused);
    const QModelIndex trash = model.indexForFolder(11);

    QMimeData garbage;
    garbage.setData(QString::fromLatin1(MessageIdsMimeType), QByteArray("5,x7"));
    EXPECT_FALSE(model.canDropMimeData(&garbage, Qt::MoveAction, -1, -1, trash));
    EXPECT_FALSE(model.dropMimeData(&garbage, Qt::MoveAction, -1, -1, trash));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused[0][0].toString().contains(QStringLiteral("x7"))) << refused[0][0].toString().toStdString();

    QMimeData text;
    text.setText(QStringLiteral("5"));
    EXPECT_FALSE(model.dropMimeData(&text, Qt::MoveAction, -1, -1, trash));

    QMimeData good;
    good.setData(QString::fromLatin1(MessageIdsMimeType), encodeMessageIds({5}));
    EXPECT_FALSE(model.dropMimeData(&good, Qt::MoveAction, -1, -1, account)); // an account
    const QModelIndex projects = model.index(7, 0, account);
    EXPECT_FALSE(model.dropMimeData(&good, Qt::MoveAction, -1, -1, projects)); // path only
    EXPECT_FALSE(model.dropMimeData(&good, Qt::MoveAction, 0, 0, trash));      // between rows
    EXPECT_EQ(refused.count(), 5);
    EXPECT_EQ(dropped.count(), 0);
}

TEST(MessageIdsPayload, RoundTripAndErrors)
{
    QString error;
    EXPECT_EQ(decodeMessageIds(encodeMessageIds({1, 99999999999LL, 3}), &error),
              (QList<qint64>{1, 99999999999LL, 3}));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(decodeMessageIds(QByteArray(), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(decodeMessageIds(QByteArray("1,,2"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("2"))) << error.toStdString(); // item 2 is empty
    EXPECT_TRUE(decodeMessageIds(QByteArray("-4"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("-4"))) << error.toStdString();
}

// Issue 12 §3: the tree can show only the subscribed folders; INBOX and the
// special-use folders stay whatever the subscriptions say; an unsubscribed
// folder shown anyway is in italics; the switch works on the lists already given.
TEST(FolderTreeSubscriptions, OnlySubscribedFoldersShowWhenAsked)
{
    FolderTreeModel model;
    model.setAccount(QStringLiteral("alice"), QStringLiteral("Alice"));
    QList<StoredFolder> folders = aliceFolders();
    for (StoredFolder &f : folders)
        f.subscribed = f.name == QLatin1String("alpha"); // the server lists only alpha in LSUB
    model.setFolders(QStringLiteral("alice"), folders);
    const QModelIndex account = model.accountIndex(QStringLiteral("alice"));
    const QModelIndex zeta = model.indexForFolder(10);
    ASSERT_TRUE(zeta.isValid());
    EXPECT_FALSE(zeta.data(FolderTreeModel::SubscribedRole).toBool());
    EXPECT_TRUE(zeta.data(Qt::FontRole).value<QFont>().italic()) << "shown although not subscribed";
    EXPECT_TRUE(model.indexForFolder(12).data(FolderTreeModel::SubscribedRole).toBool());

    model.setSubscribedOnly(true);
    EXPECT_TRUE(model.subscribedOnly());
    EXPECT_FALSE(model.indexForFolder(10).isValid()) << "Zeta is not subscribed";
    EXPECT_FALSE(model.indexForFolder(19).isValid());
    EXPECT_TRUE(model.indexForFolder(12).isValid());
    for (const qint64 kept : {11, 14, 15, 16, 17, 18})
        EXPECT_TRUE(model.indexForFolder(kept).isValid()) << "INBOX and the special folders stay: " << kept;

    // A later list goes through the same filter; switching back shows everything again.
    folders[0].subscribed = true;
    model.setFolders(QStringLiteral("alice"), folders);
    EXPECT_TRUE(model.indexForFolder(10).isValid());
    model.setSubscribedOnly(false);
    EXPECT_TRUE(model.indexForFolder(19).isValid());
    EXPECT_EQ(model.rowCount(account), 9) << "the ten folders, Archive/2024 inside Archive";
}

// All Inboxes: first of the top-level rows while shown, the sums of the mail
// accounts' inboxes (Local Folders left out), refusing drops, gone when hidden.
TEST_F(FolderTreeFixture, AllInboxesSumsTheAccountsInboxesAndFollowsTheirCounts)
{
    StoredFolder bobInbox = folder(30, QStringLiteral("INBOX"), "\\Inbox", 1, 5);
    bobInbox.accountId = QStringLiteral("bob");
    model.setAccount(QStringLiteral("bob"), QStringLiteral("Bob"));
    model.setFolders(QStringLiteral("bob"), {bobInbox});
    StoredFolder local = folder(40, QStringLiteral("INBOX"), "\\Inbox", 7, 70);
    local.accountId = QStringLiteral("carteiro:local");
    model.setAccount(local.accountId, QStringLiteral("Local Folders"));
    model.setFolders(local.accountId, {local});
    EXPECT_EQ(model.inboxes(), (QHash<QString, qint64>{{QStringLiteral("alice"), 16}, {QStringLiteral("bob"), 30}}));

    EXPECT_FALSE(model.unifiedInboxIndex().isValid());
    model.setUnifiedInbox(true);
    const QModelIndex all = model.unifiedInboxIndex();
    ASSERT_TRUE(all.isValid());
    EXPECT_EQ(all.row(), 0);
    EXPECT_EQ(model.index(1, 0), model.accountIndex(QStringLiteral("alice"))); // the accounts follow
    EXPECT_TRUE(all.data(FolderTreeModel::IsUnifiedRole).toBool());
    EXPECT_FALSE(all.data(FolderTreeModel::IsAccountRole).toBool());
    EXPECT_EQ(all.data(FolderTreeModel::UnreadRole).toLongLong(), 4);
    EXPECT_EQ(all.data(FolderTreeModel::TotalRole).toLongLong(), 15);
    EXPECT_EQ(all.data().toString(), QStringLiteral("All Inboxes (4)"));
    EXPECT_TRUE(all.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(all.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_TRUE(all.flags() & Qt::ItemIsSelectable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCounts(30, 0, 5); // bob read his mail
    EXPECT_EQ(model.unifiedInboxIndex().data(FolderTreeModel::UnreadRole).toLongLong(), 3);
    bool allChanged = false;
    for (const QList<QVariant> &args : changed)
        allChanged = allChanged || args.at(0).value<QModelIndex>() == model.unifiedInboxIndex();
    EXPECT_TRUE(allChanged);

    QMimeData payload;
    payload.setData(QString::fromLatin1(MessageIdsMimeType), encodeMessageIds({1}));
    EXPECT_FALSE(model.canDropMimeData(&payload, Qt::MoveAction, -1, 0, model.unifiedInboxIndex()));

    model.setUnifiedInbox(false);
    EXPECT_FALSE(model.unifiedInboxIndex().isValid());
    EXPECT_EQ(model.index(0, 0), model.accountIndex(QStringLiteral("alice")));
}
