// The protocol console window without a server: Tools > Protocol console in the
// main window's menu, the inspector's font size followed, export to a file,
// presets per protocol, a clear message when nothing is connected.
#include "console/ConsoleLineEdit.h"
#include "console/ConsoleMenu.h"
#include "console/ConsoleServerForm.h"
#include "console/ConsoleWindow.h"
#include "inspector/InspectorDock.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace carteiro;

TEST(ConsoleWindow, MenuActionOpensAConsoleThatFollowsTheInspectorFont)
{
    TraceHub hub;
    QMainWindow main;
    auto *dock = new InspectorDock(&hub, &main);
    addProtocolConsoleAction(&main, &hub, nullptr, dock);
    auto *action = main.menuBar()->findChild<QAction *>(QStringLiteral("protocolConsoleAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *console = main.findChild<ConsoleWindow *>();
    ASSERT_NE(console, nullptr);
    auto *transcript = console->findChild<QPlainTextEdit *>(QStringLiteral("consoleTranscript"));
    ASSERT_NE(transcript, nullptr);
    Q_EMIT dock->fontPointSizeChanged(27);
    EXPECT_EQ(transcript->font().pointSize(), 27);
    EXPECT_EQ(console->input()->font().pointSize(), 27);
    console->close();
}

TEST(ConsoleWindow, PresetsFollowTheProtocolAndTypingWithoutConnectionIsExplained)
{
    TraceHub hub;
    AccountSettings a;
    a.name = QStringLiteral("Work");
    a.smtpHost = QStringLiteral("smtp.example.org");
    a.smtpPort = 465;
    a.smtpSecurity = TransportSecurity::ImplicitTls;
    a.imapHost = QStringLiteral("imap.example.org");
    a.username = QStringLiteral("ana");
    ConsoleWindow w(&hub, {a});
    w.serverForm()->setProtocol(Protocol::Smtp);
    ASSERT_TRUE(w.serverForm()->choosePreset(QStringLiteral("Work")));
    EXPECT_EQ(w.serverForm()->options().host, QStringLiteral("smtp.example.org"));
    EXPECT_EQ(w.serverForm()->options().port, 465);
    EXPECT_EQ(w.serverForm()->options().security, TransportSecurity::ImplicitTls);
    EXPECT_EQ(w.serverForm()->user(), QStringLiteral("ana"));
    w.serverForm()->setProtocol(Protocol::Pop3);
    EXPECT_FALSE(w.serverForm()->choosePreset(QStringLiteral("Work"))); // no POP3 server in that account
    ASSERT_TRUE(w.serverForm()->choosePreset(QStringLiteral("POP3")));
    EXPECT_EQ(w.serverForm()->options().security, TransportSecurity::StartTls);

    w.submitLine(QStringLiteral("NOOP"));
    EXPECT_TRUE(w.transcriptText().contains(QStringLiteral("not connected")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.txt"));
    QString error;
    EXPECT_TRUE(w.exportTo(path, &error)) << error.toStdString();
    EXPECT_FALSE(w.exportTo(dir.filePath(QStringLiteral("missing/t.txt")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing")));
}

TEST(ConsoleLineEdit, HistoryWalksUpAndDownAndKeepsTheDraft)
{
    ConsoleLineEdit e;
    e.addHistory(QStringLiteral("EHLO a"));
    e.addHistory(QStringLiteral("MAIL FROM:<a@b>"));
    e.setText(QStringLiteral("RC"));
    QTest::keyClick(&e, Qt::Key_Up);
    EXPECT_EQ(e.text(), QStringLiteral("MAIL FROM:<a@b>"));
    QTest::keyClick(&e, Qt::Key_Up);
    EXPECT_EQ(e.text(), QStringLiteral("EHLO a"));
    QTest::keyClick(&e, Qt::Key_Up);
    EXPECT_EQ(e.text(), QStringLiteral("EHLO a"));
    QTest::keyClick(&e, Qt::Key_Down);
    QTest::keyClick(&e, Qt::Key_Down);
    EXPECT_EQ(e.text(), QStringLiteral("RC"));
}
