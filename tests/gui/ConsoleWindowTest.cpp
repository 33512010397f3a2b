// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol console window without a server: Tools > Protocol console in the
// main window's menu, the inspector's font size followed, export to a file,
// presets per protocol, a clear message when nothing is connected.
#include "console/ConsoleCommandHelp.h"
#include "console/ConsoleLineEdit.h"
#include "console/ConsoleMenu.h"
#include "console/ConsoleServerForm.h"
#include "console/ConsoleWindow.h"
#include "inspector/InspectorDock.h"
#include "trace/CommandCatalog.h"
#include "trace/TraceHub.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardItemModel>
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


TEST(ConsoleWindow, CompletionOffersTheCommandsOfTheStateWithSummaryAndRfc)
{
    TraceHub hub;
    ConsoleWindow w(&hub, {});
    w.serverForm()->setProtocol(Protocol::Smtp);
    QStandardItemModel *model = w.commandHelp()->model();
    ASSERT_GT(model->rowCount(), 0);
    QStringList verbs;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        verbs << i.data(ConsoleCommandHelp::VerbRole).toString();
        EXPECT_TRUE(i.data().toString().contains(QStringLiteral("RFC"))) << i.data().toString().toStdString();
    }
    EXPECT_TRUE(verbs.contains(QStringLiteral("EHLO")));
    EXPECT_TRUE(verbs.contains(QStringLiteral("HELO")));
    for (const CommandInfo &c : CommandCatalog::commandsFor(Protocol::Smtp, QStringLiteral("greeting")))
        EXPECT_TRUE(verbs.contains(c.verb)) << c.verb.toStdString();

    // Obsolete commands are marked wherever they are offered.
    bool sawObsolete = false;
    for (const QString &state : {QStringLiteral("ready"), QStringLiteral("greeting"), QStringLiteral("mail")}) {
        w.commandHelp()->setContext(Protocol::Smtp, state);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data(ConsoleCommandHelp::VerbRole).toString() == QStringLiteral("TURN")) {
                EXPECT_TRUE(i.data(ConsoleCommandHelp::ObsoleteRole).toBool());
                sawObsolete = true;
            }
        }
    }
    EXPECT_TRUE(sawObsolete);

    // The help line shows the syntax of the command being typed.
    w.commandHelp()->setContext(Protocol::Smtp, QStringLiteral("ready"));
    w.input()->setText(QStringLiteral("MAIL FROM: sender@mydomain.com"));
    auto *help = w.findChild<QLabel *>(QStringLiteral("consoleCommandHelp"));
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->text().contains(QStringLiteral("MAIL FROM:"))) << help->text().toStdString();
    EXPECT_TRUE(help->text().contains(QStringLiteral("RFC 5321")));

    // IMAP: the states follow the console's names.
    w.serverForm()->setProtocol(Protocol::Imap);
    verbs.clear();
    for (int r = 0; r < model->rowCount(); ++r)
        verbs << model->index(r, 0).data(ConsoleCommandHelp::VerbRole).toString();
    EXPECT_TRUE(verbs.contains(QStringLiteral("LOGIN")));
    EXPECT_FALSE(verbs.contains(QStringLiteral("FETCH"))); // not before authentication
    w.input()->setText(QStringLiteral("x1 SELECT INBOX"));
    EXPECT_TRUE(help->text().contains(QStringLiteral("SELECT"))) << help->text().toStdString();
    EXPECT_TRUE(help->text().contains(QStringLiteral("RFC")));
}
