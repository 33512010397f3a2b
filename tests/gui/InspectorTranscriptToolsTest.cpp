// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript's tools for a class: Clear that can be undone, following the
// newest connection, the text export with explanation lines, Export and Clear
// reachable at a narrow width, and long lines wrapped instead of cut.
#include "Fixtures.h"
#include "InspectorFixtures.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "trace/TraceText.h"

#include <QAction>
#include <QFrame>
#include <QMenu>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

TEST(InspectorTranscriptTools, ClearThenUndoRestoresTheRows)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    pane.show();
    TraceModel *model = pane.model();
    model->flushPending();
    const int rows = model->rowCount();
    ASSERT_GT(rows, 10);
    const quint64 firstId = model->event(0).id;

    pane.clearAction()->trigger();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(pane.undoBar()->isVisible());
    // A row arriving after the clear stays, after the restored ones.
    const quint32 c = hub.connections().constFirst().id;
    hub.record(
        fixtureEvent(c, Direction::ServerToClient, TraceKind::Line, "221 2.0.0 Bye again", true));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 1; }));

    auto *undo = pane.undoBar()->findChild<QToolButton *>(QStringLiteral("undoClearButton"));
    ASSERT_NE(undo, nullptr);
    undo->click();
    EXPECT_FALSE(pane.undoBar()->isVisible());
    ASSERT_EQ(model->rowCount(), rows + 1);
    EXPECT_EQ(model->event(0).id, firstId);
    EXPECT_EQ(model->event(rows).bytes, QByteArray("221 2.0.0 Bye again"));
    EXPECT_FALSE(pane.undoClear()) << "nothing left to undo";
}

TEST(InspectorTranscriptTools, UndoKeepsTheRowBound)
{
    TraceModel::Options options;
    options.maxRows = 10;
    TraceModel model(options);
    QList<TraceEvent> events;
    for (int i = 1; i <= 8; ++i) {
        TraceEvent e = fixtureEvent(1, Direction::ClientToServer, TraceKind::Line, "NOOP", false);
        e.id = quint64(i);
        events << e;
    }
    model.appendEvents(events);
    model.flushPending();
    model.clear();
    events.clear();
    for (int i = 9; i <= 14; ++i) {
        TraceEvent e = fixtureEvent(1, Direction::ClientToServer, TraceKind::Line, "NOOP", false);
        e.id = quint64(i);
        events << e;
    }
    model.appendEvents(events);
    model.flushPending();
    ASSERT_TRUE(model.undoClear());
    ASSERT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.event(0).id, 5u); // the newest four of the cleared rows fit
    EXPECT_EQ(model.event(9).id, 14u);
}

TEST(InspectorTranscriptTools, FollowNewestConnectionSwitchesTheTab)
{
    TraceHub hub;
    const quint32 first = recordSmtpSubmission(hub, QStringLiteral("smtp://first"));
    TranscriptPane pane(&hub);
    pane.show();
    pane.model()->flushPending();
    ASSERT_TRUE(pane.showConnection(first));
    EXPECT_FALSE(pane.followNewestAction()->isChecked());

    // Off: a new connection does not take the view away.
    const quint32 second = recordSmtpSubmission(hub, QStringLiteral("smtp://second"));
    ASSERT_TRUE(waitUntil([&] { return pane.connectionTabs()->count() == 3; }));
    EXPECT_EQ(pane.connectionTabs()->tabData(pane.connectionTabs()->currentIndex()).toUInt(),
              first);

    // On: it switches to the newest now, and to each new one as it opens.
    pane.followNewestAction()->trigger();
    EXPECT_EQ(pane.connectionTabs()->tabData(pane.connectionTabs()->currentIndex()).toUInt(),
              second);
    const quint32 third = recordSmtpSubmission(hub, QStringLiteral("smtp://third"));
    ASSERT_TRUE(waitUntil([&] { return pane.connectionTabs()->count() == 4; }));
    EXPECT_EQ(pane.connectionTabs()->tabData(pane.connectionTabs()->currentIndex()).toUInt(),
              third);
    EXPECT_EQ(pane.proxy()->connectionFilter(), third);
}

TEST(InspectorTranscriptTools, TextExportHasTheExplanationLines)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    pane.model()->flushPending();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.txt"));
    QString error;
    ASSERT_TRUE(pane.exportText(path, &error, false)) << error.toStdString();
    const QList<QByteArray> lines = readFile(path).split('\n');
    // Every server line is followed by its one "*:" explanation citing the RFC,
    // as carteiro-cli --explain prints it.
    const qsizetype ok = lines.indexOf("S: 250 2.1.0 Ok");
    ASSERT_GE(ok, 0);
    // The row's own event: its meaning comes from the explanation key the
    // model gave it, read in the context of the lines before.
    TraceEvent reply;
    for (const TraceEvent &e : pane.visibleEvents())
        if (e.bytes == "250 2.1.0 Ok")
            reply = e;
    const QString meaning = TraceModel::meaning(reply);
    ASSERT_FALSE(meaning.isEmpty());
    EXPECT_EQ(lines.value(ok + 1), "*: " + meaning.simplified().toUtf8());
    // Every explained event is followed by exactly its one "*:" line; the C:/S: lines are all there.
    const QList<TraceEvent> events = pane.visibleEvents();
    int serverLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith("S: ")) {
            ++serverLines;
            EXPECT_TRUE(lines.value(i + 1).startsWith("*: ")) << lines[i].constData();
        }
    }
    EXPECT_GT(serverLines, 5);
    for (const TraceEvent &e : events)
        EXPECT_TRUE(lines.contains(TraceText::line(e))) << TraceText::line(e).constData();
    // Without explanations: the plain transcript.
    ASSERT_TRUE(pane.exportText(path, &error, false, false));
    EXPECT_EQ(readFile(path), TraceText::format(events, false));
}

TEST(InspectorTranscriptTools, ExportAndClearStayReachableWhenNarrow)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    pane.resize(1200, 400);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    for (const int width : {1200, 420, 260}) {
        pane.resize(width, 400);
        QCoreApplication::processEvents();
        for (QAction *action : {pane.exportAction(), pane.clearAction()}) {
            QWidget *button = pane.actionsBar()->widgetForAction(action);
            ASSERT_NE(button, nullptr) << width;
            EXPECT_TRUE(button->isVisible()) << action->text().toStdString() << " at " << width;
            EXPECT_TRUE(pane.rect().contains(button->mapTo(&pane, button->rect().bottomRight())))
                << action->text().toStdString() << " at " << width;
        }
    }
    // Export's menu offers both formats.
    ASSERT_NE(pane.exportAction()->menu(), nullptr);
    EXPECT_EQ(pane.exportAction()->menu()->actions().size(), 2);
}

TEST(InspectorTranscriptTools, LongLinesWrapInsteadOfBeingCut)
{
    TraceHub hub;
    const quint32 c = recordSmtpSubmission(hub);
    const QByteArray longLine = "250-XLONG " + QByteArray(600, 'A');
    hub.record(fixtureEvent(c, Direction::ServerToClient, TraceKind::Line, longLine, true));
    TranscriptPane pane(&hub);
    pane.resize(900, 500);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    pane.model()->flushPending();
    QTreeView *view = pane.view();
    const int last = pane.proxy()->rowCount() - 1;
    ASSERT_EQ(pane.model()->event(last).bytes, longLine);
    EXPECT_TRUE(pane.wrapAction()->isChecked());
    EXPECT_FALSE(view->uniformRowHeights());
    const QModelIndex longIndex = pane.proxy()->index(last, TraceModel::TextColumn);
    const QModelIndex shortIndex = pane.proxy()->index(0, TraceModel::TextColumn);
    view->scrollTo(longIndex);
    QCoreApplication::processEvents();
    const int shortHeight = view->visualRect(shortIndex).height();
    ASSERT_TRUE(waitUntil([&] { return view->visualRect(longIndex).height() > 3 * shortHeight; }))
        << view->visualRect(longIndex).height() << " vs " << shortHeight;

    // Off: every row one line high again (the fast uniform path).
    pane.wrapAction()->trigger();
    EXPECT_TRUE(view->uniformRowHeights());
    QCoreApplication::processEvents();
    EXPECT_EQ(view->visualRect(pane.proxy()->index(last, TraceModel::TextColumn)).height(),
              view->visualRect(pane.proxy()->index(0, TraceModel::TextColumn)).height());
}

TEST(InspectorTranscriptTools, ColumnsFitTheirTextAtAnyFontSize)
{
    TraceHub hub;
    recordSmtpSubmission(hub);
    TranscriptPane pane(&hub);
    pane.model()->flushPending();
    const int small = pane.view()->columnWidth(TraceModel::ConnectionColumn);
    QFont big = pane.model()->baseFont();
    big.setPointSize(big.pointSize() * 3);
    pane.model()->setBaseFont(big);
    pane.setFont(big);
    const int large = pane.view()->columnWidth(TraceModel::ConnectionColumn);
    EXPECT_GT(large, small * 2);
    const QFontMetrics fm(big);
    EXPECT_GE(large, fm.horizontalAdvance(QStringLiteral("#1 SMTP")));
    EXPECT_GE(pane.view()->columnWidth(TraceModel::TimeColumn),
              fm.horizontalAdvance(QStringLiteral("99999.9")));
}
