// SPDX-License-Identifier: GPL-3.0-or-later
// New-mail notices and the tray: what a notice says (one message, several, and
// names from the network cleaned of controls and Bidi overrides), the inboxes'
// unread count, the switches kept in the settings; and against the real lab:
// mail delivered by Postfix to the open inbox raises a notice whose click
// selects that message in the window.
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "LabEnv.h"
#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordResolver.h"
#include "mail/MailNotifier.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QWidget>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
StoredMessage row(qint64 id, const QString &name, const QString &address, const QString &subject)
{
    StoredMessage m;
    m.id = id;
    m.fromName = name;
    m.fromAddress = address;
    m.subject = subject;
    return m;
}
} // namespace

TEST(MailNotifier, OneMessageNamesItsSenderAndSubject)
{
    const auto [title, text] = MailNotifier::noticeFor(QStringLiteral("Work"),
                                                       {row(1, QStringLiteral("João"), QStringLiteral("j@x.br"),
                                                            QStringLiteral("Reunião amanhã"))});
    EXPECT_EQ(title, QStringLiteral("New mail from João"));
    EXPECT_EQ(text, QStringLiteral("Reunião amanhã"));
    const auto noName = MailNotifier::noticeFor(QStringLiteral("Work"), {row(1, {}, QStringLiteral("j@x.br"), {})});
    EXPECT_EQ(noName.first, QStringLiteral("New mail from j@x.br"));
    EXPECT_EQ(noName.second, QStringLiteral("(no subject)"));
}

TEST(MailNotifier, SeveralAreListedAndNamesFromTheNetworkAreCleaned)
{
    QList<StoredMessage> rows;
    rows << row(1, QStringLiteral("Eve\u202Egnp.exe"), QStringLiteral("e@x"), QStringLiteral("line\r\nbreak"));
    for (int i = 2; i <= 5; ++i)
        rows << row(i, QStringLiteral("S%1").arg(i), QStringLiteral("s@x"), QStringLiteral("T%1").arg(i));
    const auto [title, text] = MailNotifier::noticeFor(QStringLiteral("Lab"), rows);
    EXPECT_EQ(title, QStringLiteral("5 new message(s) in Lab")); // English source text; pt_BR has the plural forms
    const QStringList lines = text.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << text.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Evegnp.exe: line break")) << "no Bidi override, no line break";
    EXPECT_EQ(lines[3], QStringLiteral("and 2 more"));
    const auto longOne = MailNotifier::noticeFor({}, {row(1, QString(500, QLatin1Char('a')), {}, QString(500, QLatin1Char('b')))});
    EXPECT_LE(longOne.first.size(), 60);
    EXPECT_LE(longOne.second.size(), 80);
}

TEST(MailNotifier, CountsTheInboxesOnlyAndKeepsItsSwitches)
{
    clearSettings();
    QWidget window;
    MailNotifier n(&window);
    QStringList shown;
    n.setSink([&](const QString &t, const QString &) { shown << t; });
    StoredFolder inbox, other;
    inbox.name = QStringLiteral("INBOX");
    inbox.unread = 3;
    other.name = QStringLiteral("Lists");
    other.unread = 40;
    n.setFolders(QStringLiteral("a"), {inbox, other});
    inbox.unread = 2;
    n.setFolders(QStringLiteral("b"), {inbox});
    EXPECT_EQ(n.unread(), 5);
    EXPECT_EQ(n.toolTip(), QStringLiteral("Carteiro: 5 unread message(s)"));
    n.removeAccount(QStringLiteral("a"));
    EXPECT_EQ(n.unread(), 2);
    EXPECT_FALSE(MailNotifier::iconFor(7).pixmap(32).isNull());

    n.newMessages(QStringLiteral("b"), QStringLiteral("B"), 9, {row(1, QStringLiteral("X"), {}, QStringLiteral("s"))});
    EXPECT_EQ(shown.size(), 1);
    n.noticeAction()->setChecked(false);
    n.newMessages(QStringLiteral("b"), QStringLiteral("B"), 9, {row(2, QStringLiteral("Y"), {}, QStringLiteral("s"))});
    EXPECT_EQ(shown.size(), 1) << "switched off: no notice";
    EXPECT_FALSE(QSettings().value(QStringLiteral("notify/messages")).toBool()) << "kept for the next start";
    MailNotifier again(&window);
    EXPECT_FALSE(again.noticeAction()->isChecked());
    EXPECT_TRUE(again.trayAction()->isChecked());
}

TEST(MailNotifierLab, MailDeliveredByPostfixRaisesANoticeThatOpensTheMessage)
{
    const LabEnv lab = LabEnv::fromEnvironment();
    ASSERT_TRUE(lab.valid) << "the mail lab is not running (missing " << lab.missing.toStdString() << ")";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("notify.sqlite")));
    w.passwords()->setPrompt([](const AccountSettings &, const QString &) { return std::nullopt; });
    QStringList titles, texts;
    w.notifier()->setSink([&](const QString &t, const QString &x) {
        titles << t;
        texts << x;
    });
    w.show();
    w.installLabAccount(LabAccountPreset::make(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil([&] { return w.messageModel()->rowCount() > 0 || w.statusText()->text().contains(QLatin1String("IDLE")); }, 60000));
    waitUntil([] { return false; }, 1500); // the inbox is synced and watched (IDLE)

    const QString subject = QStringLiteral("Notice %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const CliRun run = runCli(
        {QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("smtps://%1:%2").arg(lab.host).arg(lab.submissions),
         QStringLiteral("--user"), lab.alice, QStringLiteral("--from"), QStringLiteral("Alice <%1>").arg(lab.alice),
         QStringLiteral("--to"), lab.bob, QStringLiteral("--subject"), subject, QStringLiteral("--body"),
         QStringLiteral("hello\n"), QStringLiteral("--ca-file"), lab.caFile},
        {QStringLiteral("CARTEIRO_PASSWORD=") + lab.alicePassword});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    ASSERT_TRUE(waitUntil([&] { return texts.contains(subject); }, 60000))
        << titles.join(QLatin1Char('|')).toStdString() << " / " << w.statusText()->text().toStdString();
    EXPECT_EQ(titles[texts.indexOf(subject)], QStringLiteral("New mail from Alice"));

    // The click: the message is selected and shown.
    qint64 id = 0;
    for (int r = 0; r < w.messageModel()->rowCount(); ++r)
        if (w.messageModel()->index(r, MessageListModel::SubjectColumn).data().toString() == subject)
            id = w.messageModel()->messageId(r);
    ASSERT_NE(id, 0);
    w.selectMessage(0);
    w.notifier()->openLast();
    ASSERT_TRUE(waitUntil([&] { return w.reader()->messageId() == id; })) << w.statusText()->text().toStdString();
}
