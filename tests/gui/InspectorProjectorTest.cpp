// SPDX-License-Identifier: GPL-3.0-or-later
// The projector size: the inspector's A+ scales the whole application (message
// list, reader, folder tree, menus, composers open and opened later) and is
// remembered for the next start.
#include "MainWindow.h"
#include "ProjectorScale.h"
#include "ShellTestSupport.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "inspector/InspectorDock.h"
#include "inspector/TranscriptPane.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"

#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(InspectorProjector, APlusScalesTheWholeWindowAndIsRemembered)
{
    clearSettings();
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    MemorySecretStore keychain;
    const int base = ProjectorScale::defaultPointSize();
    ASSERT_EQ(QApplication::font().pointSize(), base);
    int projector = 0;
    {
        MainWindow w(&keychain, nullptr, store);
        w.passwords()->setPrompt(
            [](const AccountSettings &, const QString &) { return std::nullopt; });
        w.installLabAccount(LabAccountPreset::make(QStringLiteral("alice")));
        w.show();
        ComposerWindow *open = w.compose();
        ASSERT_NE(open, nullptr);
        EXPECT_EQ(w.messageView()->font().pointSize(), base);
        EXPECT_EQ(open->bodyEdit()->font().pointSize(), base);

        InspectorDock *dock = w.inspectorDock();
        for (int i = 0; i < 4; ++i)
            dock->increaseFont();
        projector = dock->fontPointSize();
        ASSERT_GT(projector, base);
        EXPECT_EQ(QApplication::font().pointSize(), projector);
        EXPECT_EQ(w.messageView()->font().pointSize(), projector);
        EXPECT_EQ(w.reader()->font().pointSize(), projector);
        for (const QWidget *child : w.reader()->findChildren<QWidget *>())
            EXPECT_EQ(child->font().pointSize(), projector) << child->metaObject()->className();
        EXPECT_EQ(w.folderView()->font().pointSize(), projector);
        EXPECT_EQ(w.menuBar()->font().pointSize(), projector);
        EXPECT_EQ(open->bodyEdit()->font().pointSize(), projector) << "a composer already open";
        EXPECT_EQ(dock->transcript()->view()->font().pointSize(), projector);
        ComposerWindow *later = w.compose();
        ASSERT_NE(later, nullptr);
        EXPECT_EQ(later->bodyEdit()->font().pointSize(), projector)
            << "a composer opened afterwards";
        open->close();
        later->close();
    }
    {
        // The next start comes back at the projector size.
        MainWindow w(&keychain, nullptr, store);
        EXPECT_EQ(w.inspectorDock()->fontPointSize(), projector);
        EXPECT_EQ(QApplication::font().pointSize(), projector);
        EXPECT_EQ(w.messageView()->font().pointSize(), projector);
        w.inspectorDock()->resetFont();
        EXPECT_EQ(QApplication::font().pointSize(), base);
        EXPECT_EQ(w.messageView()->font().pointSize(), base);
    }
    EXPECT_FALSE(QSettings().contains(ProjectorScale::kSettingsKey))
        << "the default size is not stored";
}

TEST(InspectorProjector, OwnFontsKeepTheirProportion)
{
    QWidget top;
    auto *title = new QWidget(&top);
    QFont big = title->font();
    big.setPointSize(ProjectorScale::defaultPointSize() * 2);
    title->setFont(big);
    auto *plain = new QWidget(&top);
    ProjectorScale::apply(ProjectorScale::defaultPointSize() * 2, nullptr);
    EXPECT_EQ(plain->font().pointSize(), ProjectorScale::defaultPointSize() * 2);
    EXPECT_EQ(title->font().pointSize(), ProjectorScale::defaultPointSize() * 4);
    ProjectorScale::apply(ProjectorScale::defaultPointSize(), nullptr);
    EXPECT_EQ(plain->font().pointSize(), ProjectorScale::defaultPointSize());
    EXPECT_EQ(title->font().pointSize(), ProjectorScale::defaultPointSize() * 2);
}
