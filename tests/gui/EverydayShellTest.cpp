// SPDX-License-Identifier: GPL-3.0-or-later
// Everyday use of the main window (issue 12 §6, §7), offline on a seeded store
// (an IMAP account whose server is away: everything comes from the store):
// N / P / Space walk the unread mail, Delete selects the next message, Move
// to... uses the folder chooser and Undo names what it undoes, the reader
// shows a calm empty state, the welcome page stands in for empty panes, every
// interactive control has an accessible name and Tab reaches the panes.
#include "MainWindow.h"
#include "MainWindowEveryday.h"
#include "ShellTestSupport.h"
#include "WelcomePage.h"
#include "account/AccountDialog.h"
#include "account/AccountStore.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/ComposerWindow.h"
#include "mail/FolderChooserDialog.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"
#include "store/MailStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

QByteArray rawMessage(int n)
{
    return QStringLiteral("From: Alice <alice@example.test>\r\nTo: bob@example.test\r\nSubject: Note %1\r\n"
                          "Message-ID: <note-%1@example.test>\r\nDate: Mon, 7 Dec 2026 10:%2:00 +0000\r\n\r\n"
                          "Line one of note %1.\r\n")
        .arg(n)
        .arg(n, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

class Everyday : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        clearSettings();
        storePath = dir.filePath(QStringLiteral("everyday.sqlite"));
        MailStore store(storePath);
        ASSERT_TRUE(store.open()) << store.error().toStdString();
        auto folder = [&](const QString &name, const QByteArray &use) {
            StoredFolder f;
            f.accountId = QStringLiteral("acct");
            f.name = name;
            f.delimiter = QLatin1Char('/');
            f.specialUse = use;
            return store.upsertFolder(f);
        };
        inbox = folder(QStringLiteral("INBOX"), "\\Inbox");
        trash = folder(QStringLiteral("Trash"), "\\Trash");
        archive = folder(QStringLiteral("Archive"), "");
        QList<StoredMessage> rows;
        for (int n = 1; n <= 6; ++n) { // newest first in the list: note 6 at the top
            StoredMessage m;
            m.uid = quint32(n);
            m.envelopeKnown = true;
            m.flags = (n == 5 || n == 2) ? 0u : quint32(MessageFlag::Seen); // notes 5 and 2 unread
            m.date = QDateTime(QDate(2026, 12, 7), QTime(10, n), Qt::UTC);
            m.internalDate = m.date;
            m.fromName = QStringLiteral("Alice");
            m.fromAddress = QStringLiteral("alice@example.test");
            m.subject = QStringLiteral("Note %1").arg(n);
            m.messageId = QStringLiteral("<note-%1@example.test>").arg(n).toUtf8();
            m.size = rawMessage(n).size();
            rows << m;
        }
        QList<qint64> ids;
        ASSERT_TRUE(store.upsertMessages(inbox, rows, &ids)) << store.error().toStdString();
        for (int i = 0; i < ids.size(); ++i) {
            ASSERT_TRUE(store.storeBody(ids[i], rawMessage(i + 1)));
            noteIds[i + 1] = ids[i];
        }
        AccountSettings a;
        a.id = QStringLiteral("acct");
        a.name = QStringLiteral("Away");
        a.address = QStringLiteral("bob@example.test");
        a.username = QStringLiteral("bob");
        a.smtpHost = a.imapHost = QStringLiteral("127.0.0.1");
        a.imapPort = 1; // nobody there: the engine is offline, the rows come from the store
        AccountStore().save(a);
        keychain.writeSecret(a.id, QStringLiteral("pw"));
    }

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(&keychain, nullptr, storePath);
        w->passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
        w->resize(1400, 900);
        w->show();
        EXPECT_TRUE(waitUntil([&] { return w->messageModel()->messageCount() == 6; }, 20000));
        actions = w->findChild<EverydayActions *>();
        EXPECT_NE(actions, nullptr);
        return w;
    }

    qint64 currentId(MainWindow &w) const
    {
        return w.messageView()->currentIndex().data(MessageListModel::MessageIdRole).toLongLong();
    }

    QTemporaryDir dir;
    QString storePath;
    MemorySecretStore keychain;
    qint64 inbox = 0, trash = 0, archive = 0;
    QHash<int, qint64> noteIds;
    EverydayActions *actions = nullptr;
};

} // namespace

TEST_F(Everyday, NextAndPreviousUnreadAndSpaceWalkTheUnreadMail)
{
    auto w = window();
    ASSERT_TRUE(w->selectMessage(noteIds[6]));
    ASSERT_TRUE(waitUntil([&] { return w->reader()->messageId() == noteIds[6]; }))
        << w->reader()->messageId() << " " << w->statusBar()->currentMessage().toStdString() << " / "
        << w->statusText()->text().toStdString();
    EXPECT_TRUE(actions->nextUnread());
    EXPECT_EQ(currentId(*w), noteIds[5]) << "note 5 is the first unread one below";
    ASSERT_TRUE(waitUntil([&] { return w->reader()->messageId() == noteIds[5]; }));
    // Space: the short message has no next page, so the next unread message opens.
    actions->pageOrNextUnread();
    EXPECT_EQ(currentId(*w), noteIds[2]);
    EXPECT_FALSE(actions->nextUnread()) << "nothing unread below note 2";
    EXPECT_FALSE(w->statusBar()->currentMessage().isEmpty()) << "the status bar says so";
    // Note 5 was marked read when it was shown: nothing unread above note 2 any more.
    ASSERT_TRUE(waitUntil([&] {
        return !w->messageModel()->indexForId(noteIds[5]).data(MessageListModel::UnreadRole).toBool();
    })) << "read once shown, offline too";
    EXPECT_FALSE(actions->previousUnread());

    // The keys themselves, where messages are read; shown in the Go menu.
    EXPECT_EQ(actions->nextUnreadAction()->shortcut(), QKeySequence(Qt::Key_N));
    EXPECT_EQ(actions->previousUnreadAction()->shortcut(), QKeySequence(Qt::Key_P));
    EXPECT_EQ(actions->pageAction()->shortcut(), QKeySequence(Qt::Key_Space));
    auto *go = w->menuBar()->findChild<QMenu *>(QStringLiteral("goMenu"));
    ASSERT_NE(go, nullptr);
    EXPECT_TRUE(go->actions().contains(actions->nextUnreadAction()));
}

TEST_F(Everyday, StandardShortcutsAreOnTheActionsAndInTheMenus)
{
    auto w = window();
    EXPECT_EQ(w->writeAction()->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(w->replyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    EXPECT_EQ(w->replyAllAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    EXPECT_EQ(w->forwardAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_EQ(w->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(w->receiveAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(actions->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    // Every action of every menu with a shortcut is in a menu (so the menu shows the key).
    QSet<QAction *> inMenus;
    for (QAction *top : w->menuBar()->actions())
        if (top->menu())
            for (QAction *a : top->menu()->actions())
                inMenus.insert(a);
    for (QAction *a : {w->writeAction(), w->replyAction(), w->replyAllAction(), w->forwardAction(),
                       w->deleteAction(), w->receiveAction(), actions->undoAction(), actions->moveToAction(),
                       actions->copyToAction(), actions->nextUnreadAction(), actions->previousUnreadAction(),
                       actions->pageAction()})
        EXPECT_TRUE(inMenus.contains(a)) << a->text().toStdString();
    // The composer sends with Ctrl+Enter.
    ComposerWindow *c = w->compose();
    ASSERT_NE(c, nullptr);
    ASSERT_NE(c->sendAction(), nullptr);
    EXPECT_TRUE(c->sendAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    c->sendAction()->trigger(); // no recipient: refused, and said
    EXPECT_TRUE(c->problemLabel()->isVisible());
    c->close();
}

TEST_F(Everyday, DeleteSelectsTheNextMessageAndTheReaderNeverGoesBlank)
{
    auto w = window();
    ASSERT_TRUE(w->selectMessage(noteIds[4]));
    ASSERT_TRUE(waitUntil([&] { return w->reader()->messageId() == noteIds[4]; }));
    w->deleteAction()->trigger();
    EXPECT_EQ(currentId(*w), noteIds[3]) << "the one below takes its place";
    ASSERT_TRUE(waitUntil([&] { return !w->messageModel()->indexForId(noteIds[4]).isValid(); }));
    ASSERT_TRUE(waitUntil([&] { return w->reader()->messageId() == noteIds[3]; }));
    EXPECT_TRUE(actions->undoAction()->isEnabled());
    EXPECT_TRUE(actions->undoAction()->text().contains(QLatin1String("delete"))) << actions->undoAction()->text().toStdString();

    // The last row: the one above takes its place.
    ASSERT_TRUE(w->selectMessage(noteIds[1]));
    w->deleteAction()->trigger();
    EXPECT_EQ(currentId(*w), noteIds[2]);
}

TEST_F(Everyday, MoveToUsesTheChooserAndUndoSaysWhyItMustWaitOffline)
{
    auto w = window();
    QStringList asked;
    actions->setFolderChooser([&](const QString &title, const QString &account, qint64 current) {
        asked << title + QLatin1Char('|') + account + QLatin1Char('|') + QString::number(current);
        return archive;
    });
    ASSERT_TRUE(w->selectMessage(noteIds[6]));
    EXPECT_TRUE(actions->moveToAction()->isEnabled());
    actions->moveToAction()->trigger();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0], QStringLiteral("Move to folder|acct|%1").arg(inbox));
    EXPECT_EQ(currentId(*w), noteIds[5]);
    ASSERT_TRUE(waitUntil([&] { return !w->messageModel()->indexForId(noteIds[6]).isValid(); }));
    EXPECT_EQ(actions->undoAction()->text(), QStringLiteral("&Undo move of 1 message(s)"));
    // Offline the move has not reached Archive yet: Undo says so instead of doing nothing.
    actions->undoAction()->trigger();
    EXPECT_FALSE(actions->undoAction()->isEnabled());
    ASSERT_TRUE(waitUntil([&] {
        return w->statusText()->text().contains(QLatin1String("Archive"))
               || w->statusText()->toolTip().contains(QLatin1String("Archive"));
    })) << w->statusText()->text().toStdString();

    // Cancelling the chooser does nothing.
    actions->setFolderChooser([](const QString &, const QString &, qint64) { return qint64(0); });
    actions->copyToAction()->trigger();
    EXPECT_TRUE(w->messageModel()->indexForId(noteIds[5]).isValid());
}

TEST_F(Everyday, TheFolderChooserOffersTheAccountsFoldersButNotTheCurrentOne)
{
    auto w = window();
    ASSERT_TRUE(waitUntil([&] { return w->folderModel()->indexForFolder(archive).isValid(); }));
    FolderChooserDialog d(w->folderModel(), QStringLiteral("acct"), inbox, QStringLiteral("Move"));
    EXPECT_EQ(d.chosenFolder(), 0);
    EXPECT_FALSE(d.choose(inbox)) << "the messages are there already";
    EXPECT_TRUE(d.choose(archive));
    EXPECT_EQ(d.chosenFolder(), archive);
    EXPECT_TRUE(d.choose(trash));
    FolderChooserDialog other(w->folderModel(), QStringLiteral("nobody"), 0, QStringLiteral("Move"));
    EXPECT_EQ(other.tree()->topLevelItemCount(), 0);
}

TEST_F(Everyday, TheReaderShowsACalmEmptyStateWhenNothingIsSelected)
{
    auto w = window();
    EXPECT_TRUE(w->reader()->emptyStateShown());
    EXPECT_FALSE(w->reader()->emptyText().isEmpty());
    auto *empty = w->reader()->findChild<QLabel *>(QStringLiteral("readerEmptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    ASSERT_TRUE(w->selectMessage(noteIds[3]));
    ASSERT_TRUE(waitUntil([&] { return !w->reader()->emptyStateShown(); }));
    EXPECT_FALSE(empty->isVisible());
    // The reader has the larger share of the right-hand side.
    EXPECT_GT(w->reader()->height(), w->messageView()->height()) << w->reader()->height() << " vs "
                                                                  << w->messageView()->height();
}

TEST_F(Everyday, FirstStartWithoutAnAccountShowsTheWelcomePage)
{
    clearSettings(); // no account at all
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("empty.sqlite")));
    w.show();
    auto *everyday = w.findChild<EverydayActions *>();
    ASSERT_NE(everyday, nullptr);
    EXPECT_TRUE(everyday->welcomeShown());
    WelcomePage *page = everyday->welcomePage();
    EXPECT_TRUE(page->addAccountButton()->isVisible());
    EXPECT_EQ(page->openLabButton()->isVisible(), LabAccountPreset::environmentPresent())
        << "the lab button only where the lab is running";
    // The paragraph is whole: as tall as its wrapped text needs at its width.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    const auto *text = page->findChild<QLabel *>(QStringLiteral("welcomeText"));
    ASSERT_NE(text, nullptr);
    EXPECT_GE(text->height(), text->heightForWidth(text->width())) << text->width() << "x" << text->height();
    EXPECT_GE(text->width(), 400);
    page->addAccountButton()->click();
    auto *dialog = w.findChild<AccountDialog *>();
    ASSERT_NE(dialog, nullptr) << "Add an account opens the account dialog";
    dialog->close();
    AccountSettings a;
    a.id = QStringLiteral("later");
    a.name = QStringLiteral("Later");
    a.address = QStringLiteral("later@example.test");
    AccountStore().save(a); // as the account dialog's OK does, then says so
    Q_EMIT w.accountsChanged();
    EXPECT_FALSE(everyday->welcomeShown()) << "an account: the panes are back";
}

// Every control a keyboard or a screen reader reaches has a name a screen
// reader can say (its own accessible name, its text, or its label's).
TEST_F(Everyday, EveryInteractiveControlHasAnAccessibleName)
{
    auto w = window();
    ComposerWindow *composer = w->compose();
    QStringList nameless;
    for (QWidget *top : {static_cast<QWidget *>(w.get()), static_cast<QWidget *>(composer)}) {
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(top) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                                     || qobject_cast<QAbstractItemView *>(widget)
                                     || qobject_cast<QComboBox *>(widget) || qobject_cast<QTextEdit *>(widget)
                                     || qobject_cast<QAbstractSlider *>(widget);
            if (!interactive || qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                continue; // an item view's own scroll bars and editors belong to it
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
            const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                nameless << QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                              widget->objectName(),
                                                              QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
        }
    }
    composer->close();
    EXPECT_TRUE(nameless.isEmpty()) << nameless.join(QLatin1String(", ")).toStdString();
}

// Tab alone goes from the folders to the message list and on to the reader.
TEST_F(Everyday, TabReachesThePanesInOrder)
{
    auto w = window();
    QList<QWidget *> chain;
    QWidget *start = w->folderView();
    QWidget *at = start;
    do {
        if (at->isVisibleTo(w.get()) && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus))
            chain << at;
        at = at->nextInFocusChain();
    } while (at && at != start && chain.size() < 500);
    const qsizetype folders = chain.indexOf(w->folderView());
    const qsizetype list = chain.indexOf(w->messageView());
    ASSERT_GE(folders, 0);
    ASSERT_GE(list, 0);
    EXPECT_LT(folders, list);
    ASSERT_TRUE(w->selectMessage(noteIds[2]));
    ASSERT_TRUE(waitUntil([&] { return !w->reader()->emptyStateShown(); }));
    EXPECT_TRUE(chain.contains(w->reader()->bodyBrowser()) || w->reader()->bodyBrowser()->focusPolicy() & Qt::TabFocus);
}
