// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"
#include "FakeLabPreset.h"
#include "ShellTestSupport.h"

#include <QHeaderView>

#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/AddressField.h"
#include "compose/ComposerWindow.h"
#include "inspector/InspectorDock.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
LabAccountPreset preset()
{
    return fakeLabPreset();
}
} // namespace

TEST(ShellMainWindow, ToolbarAndInspectorVisibleByDefault)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_TRUE(w.inspectorDock()->isVisible());
    EXPECT_TRUE(w.inspectorAction()->isChecked());
    const auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(w.toolBarArea(const_cast<QToolBar *>(bar)), Qt::TopToolBarArea);
    const auto actions = bar->actions();
    EXPECT_TRUE(actions.contains(w.writeAction()));
    EXPECT_TRUE(actions.contains(w.receiveAction()));
    EXPECT_TRUE(actions.contains(w.inspectorAction()));
    EXPECT_TRUE(w.keychainAvailable());
}

TEST(ShellMainWindow, RemembersGeometryAndDockLayout)
{
    clearSettings();
    MemorySecretStore keychain;
    {
        MainWindow w(&keychain);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.resize(1010, 707);
        w.inspectorDock()->hide();
        w.close();
    }
    EXPECT_TRUE(QSettings().contains(QStringLiteral("mainWindow/state")));
    MainWindow again(&keychain);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_FALSE(again.inspectorDock()->isVisible()); // the hidden dock stays hidden
    EXPECT_EQ(again.size(), QSize(1010, 707));
}

// A 1366x768 laptop leaves about 700 pixels below a panel and a title bar:
// the window, with the inspector docked below, still fits there.
TEST(ShellMainWindow, FitsASmallLaptopScreen)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.inspectorDock()->isVisible());
    EXPECT_LE(w.minimumSizeHint().height(), 680);
    w.resize(1000, 640);
    EXPECT_EQ(w.size(), QSize(1000, 640));
}

// At its first size, with the inspector below, the list still shows several
// rows above the reader, which keeps the larger share.
TEST(ShellMainWindow, TheListShowsSeveralRowsAndTheReaderMore)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    const MessageListView *list = w.messageView();
    EXPECT_GE(list->viewport()->height() / list->verticalHeader()->defaultSectionSize(), 5)
        << list->viewport()->height();
    EXPECT_GT(w.reader()->height(), w.messageView()->height());
}

TEST(ShellMainWindow, LabPresetBecomesCurrentWithoutWritingThePassword)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.installLabAccount(preset());
    EXPECT_EQ(w.currentAccount().id, QStringLiteral("lab-alice"));
    EXPECT_EQ(w.currentAccount().address, QStringLiteral("alice@example.test"));
    EXPECT_TRUE(w.passwords()->session()->contains(QStringLiteral("lab-alice")));
    EXPECT_FALSE(keychain.contains(QStringLiteral("lab-alice"))); // memory of this session only
    // Installing again updates, never duplicates.
    w.installLabAccount(preset());
    EXPECT_EQ(w.accounts().size(), 1);

    QSettings s;
    s.sync();
    QFile f(s.fileName());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << s.fileName().toStdString();
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("alice@example.test"));
    EXPECT_FALSE(text.contains("alice-secret-pw"));
    EXPECT_FALSE(text.contains(QByteArray("alice-secret-pw").toBase64()));

    // A new message starts from the lab account, addressed to bob.
    ComposerWindow *c = w.compose();
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->account().id, QStringLiteral("lab-alice"));
    EXPECT_EQ(c->toField()->text(), QStringLiteral("bob@example.test"));
    c->close();
}

TEST(ShellMainWindow, SaysWhenNoKeychainIsAvailable)
{
    clearSettings();
    UnavailableSecretStore keychain;
    MainWindow w(&keychain);
    EXPECT_FALSE(w.keychainAvailable());
}

TEST(ShellMainWindow, ScreenshotWritesAPng)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.installLabAccount(preset());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shell.png"));
    QString error;
    ASSERT_TRUE(w.writeScreenshot(path, &error)) << error.toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), w.size() * w.devicePixelRatio());
}
