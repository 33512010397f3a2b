// SPDX-License-Identifier: GPL-3.0-or-later
// File > Save inspector session / Open inspector session in the main window:
// the menu entries exist, and what the main window's inspector holds is what
// a session saved from it reopens with.
#include "InspectorFixtures.h"
#include "MainWindow.h"
#include "account/MemorySecretStore.h"
#include "inspector/InspectorDock.h"
#include "inspector/InspectorSession.h"
#include "inspector/SessionReplayWindow.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;

TEST(InspectorSessionMenu, FileMenuSavesAndOpensSessions)
{
    QSettings().clear();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    QMenu *file = nullptr;
    for (QAction *a : w.menuBar()->actions())
        if (a->menu() && a->menu()->actions().contains(w.writeAction()))
            file = a->menu();
    ASSERT_NE(file, nullptr);
    QStringList names;
    for (QAction *a : file->actions())
        names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("saveInspectorSession")));
    EXPECT_TRUE(names.contains(QStringLiteral("openInspectorSession")));

    const quint32 c = test::recordSmtpSubmission(*w.traceHub());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.carteiro-session"));
    QString error;
    ASSERT_TRUE(InspectorSession::save(path, w.traceHub(), w.inspectorDock(), &error)) << error.toStdString();
    std::unique_ptr<SessionReplayWindow> replay(InspectorSession::open(path, nullptr, &error));
    ASSERT_NE(replay, nullptr) << error.toStdString();
    replay->setAttribute(Qt::WA_DeleteOnClose, false);
    const QList<TraceEvent> recorded = w.traceHub()->history(c);
    ASSERT_TRUE(test::waitUntil([&] { return replay->hub()->history(c).size() == recorded.size(); }));
    EXPECT_TRUE(replay->dock()->transcript()->model()->connectionLabel(c).contains(QStringLiteral("smtp://127.0.0.1:10587")));
}
