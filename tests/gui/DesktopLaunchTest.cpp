// SPDX-License-Identifier: GPL-3.0-or-later
// What a launch asks of the window (ui/desktop): a mailto: link fills the
// composer and never attaches a file, a .eml opens in a reader window, bad
// links and files are refused naming what is wrong, a second launch's
// hand-over and macOS's QEvent::FileOpen do the same; the About dialog.
#include "MainWindow.h"
#include "FakeLabPreset.h"
#include "ShellTestSupport.h"

#include "account/LabAccountPreset.h"
#include "account/MemorySecretStore.h"
#include "compose/AddressField.h"
#include "compose/AttachmentList.h"
#include "compose/ComposerTextEdit.h"
#include "compose/ComposerWindow.h"
#include "desktop/AboutDialog.h"
#include "desktop/LaunchHandler.h"
#include "desktop/MessageFileWindow.h"
#include "reader/MessageView.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
LabAccountPreset preset()
{
    return fakeLabPreset();
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct ClearedSettings
{
    ClearedSettings() { clearSettings(); }
};

struct Fixture
{
    Fixture() : window(&keychain), launcher(&window), opened(&launcher, &LaunchHandler::composerOpened)
    {
        window.installLabAccount(preset());
    }
    ~Fixture()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != &window && (qobject_cast<ComposerWindow *>(w) || qobject_cast<MessageFileWindow *>(w)))
                w->close();
    }
    ComposerWindow *lastComposer() const
    {
        return opened.isEmpty() ? nullptr : opened.last().at(0).value<ComposerWindow *>();
    }
    ClearedSettings cleared; // before the window reads them
    MemorySecretStore keychain;
    MainWindow window;
    LaunchHandler launcher;
    QSignalSpy opened;
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}
} // namespace

TEST(DesktopLaunch, AMailtoLinkFillsTheComposer)
{
    Fixture f;
    const QStringList problems = f.launcher.open(
        {u("mailto:ana@example.org,%22Silva%2C%20Bia%22%20%3Cbia@example.org%3E?cc=carlos@example.org&bcc=dora@"
           "example.org&subject=Ol%C3%A1%2C%20turma&body=Linha%201%0D%0ALinha%202&In-Reply-To=%3Cabc@example.org%3E")});
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u("; ")).toStdString();
    ComposerWindow *c = f.lastComposer();
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->toField()->text(), u("ana@example.org, \"Silva, Bia\" <bia@example.org>"));
    EXPECT_TRUE(c->toField()->isValid()) << c->toField()->errorText().toStdString();
    EXPECT_EQ(c->toField()->addresses().size(), 2);
    EXPECT_EQ(c->ccField()->text(), u("carlos@example.org"));
    EXPECT_EQ(c->bccField()->text(), u("dora@example.org"));
    EXPECT_EQ(c->subjectEdit()->text(), u("Olá, turma"));
    EXPECT_EQ(c->bodyEdit()->toPlainText(), u("Linha 1\nLinha 2"));
    EXPECT_EQ(c->draft().inReplyTo, u("<abc@example.org>"));
    EXPECT_EQ(c->account().id, u("lab-alice")); // sent from the current account
    EXPECT_EQ(f.launcher.problemBox(), nullptr);
}

TEST(DesktopLaunch, AttachAndFileParametersAreRefusedAndNamedNothingIsAttached)
{
    Fixture f;
    f.launcher.open({u("mailto:thief@evil.example?subject=Invoice&attach=/etc/passwd&attachment=%2Fhome%2Fu%2F.ssh%2Fid_rsa")});
    ComposerWindow *c = f.lastComposer();
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->attachments()->topLevelItemCount(), 0);
    EXPECT_EQ(c->toField()->text(), u("thief@evil.example"));
    EXPECT_EQ(c->subjectEdit()->text(), u("Invoice"));
    QMessageBox *box = f.launcher.problemBox();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(box->parentWidget(), c); // said beside the message
    EXPECT_TRUE(box->text().contains(u("attach=/etc/passwd"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(u("attachment=/home/u/.ssh/id_rsa"))) << box->text().toStdString();
    box->close();
}

TEST(DesktopLaunch, AnUnreadableLinkIsRefusedSayingWhyAndOpensNothing)
{
    Fixture f;
    const QStringList problems = f.launcher.open({u("mailto:ana@example.org?subject=%ZZ")});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u("\"%ZZ\""))) << problems.first().toStdString();
    EXPECT_EQ(f.opened.count(), 0);
    ASSERT_NE(f.launcher.problemBox(), nullptr);
    EXPECT_TRUE(f.launcher.problemBox()->text().contains(u("%ZZ")));
    f.launcher.problemBox()->close();
}

TEST(DesktopLaunch, ALinkBeforeAnyAccountOpensOnceOneIsMade)
{
    clearSettings();
    MemorySecretStore keychain;
    MainWindow window(&keychain);
    ASSERT_TRUE(window.accounts().isEmpty());
    LaunchHandler launcher(&window);
    QSignalSpy opened(&launcher, &LaunchHandler::composerOpened);
    EXPECT_TRUE(launcher.open({u("mailto:bob@example.test?subject=Depois")}).isEmpty());
    EXPECT_EQ(opened.count(), 0);
    for (QWidget *w : QApplication::topLevelWidgets()) // compose() asked for an account
        if (w->isVisible() && w != &window && w->inherits("QDialog"))
            w->close();
    window.installLabAccount(preset());
    ASSERT_EQ(opened.count(), 1);
    auto *c = opened.first().at(0).value<ComposerWindow *>();
    EXPECT_EQ(c->subjectEdit()->text(), u("Depois"));
    EXPECT_EQ(c->toField()->text(), u("bob@example.test"));
    c->close();
}

TEST(DesktopLaunch, AMessageFileOpensInAReaderWindow)
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = writeFile(dir, u("cartão.eml"),
                                   "From: Alice <alice@example.test>\r\nTo: bob@example.test\r\n"
                                   "Subject: =?UTF-8?Q?Cart=C3=A3o_postal?=\r\n"
                                   "Content-Type: text/plain; charset=utf-8\r\n\r\nOl\xc3\xa1 Bob!\r\n");
    QSignalSpy files(&f.launcher, &LaunchHandler::messageFileOpened);
    EXPECT_TRUE(f.launcher.open({QUrl::fromLocalFile(path).toString()}).isEmpty()); // a file: URL works too
    ASSERT_EQ(files.count(), 1);
    auto *w = files.first().at(0).value<MessageFileWindow *>();
    // Parsed off the GUI thread (a small one may already be shown): the title says so.
    ASSERT_TRUE(waitUntil([w] { return w->windowTitle() == u("Cartão postal - Carteiro"); }, 10000))
        << w->windowTitle().toStdString();
    EXPECT_TRUE(w->isVisible());
    EXPECT_EQ(w->windowTitle(), u("Cartão postal - Carteiro"));
    EXPECT_EQ(w->view()->content().from.text, u("Alice <alice@example.test>"));
    EXPECT_EQ(w->path(), QFileInfo(path).absoluteFilePath());
}

TEST(DesktopLaunch, FilesThatAreNotMessagesAreRefusedNamingWhy)
{
    Fixture f;
    QTemporaryDir dir;
    const QString empty = writeFile(dir, u("empty.eml"), "");
    const QString png = writeFile(dir, u("photo.eml"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString text = writeFile(dir, u("notes.eml"), "Just some notes\nwithout any header\n");
    const QStringList problems =
        f.launcher.open({dir.filePath(u("missing.eml")), dir.path(), empty, png, text});
    ASSERT_EQ(problems.size(), 5);
    EXPECT_TRUE(problems[0].contains(u("there is no such file"))) << problems[0].toStdString();
    EXPECT_TRUE(problems[1].contains(u("it is a folder"))) << problems[1].toStdString();
    EXPECT_TRUE(problems[2].contains(u("the file is empty"))) << problems[2].toStdString();
    EXPECT_TRUE(problems[3].contains(u("does not look like a mail message"))) << problems[3].toStdString();
    EXPECT_TRUE(problems[4].contains(u("notes.eml"))) << problems[4].toStdString();
    ASSERT_NE(f.launcher.problemBox(), nullptr);
    EXPECT_TRUE(f.launcher.problemBox()->text().contains(u("missing.eml")));
    f.launcher.problemBox()->close();

    EXPECT_TRUE(LaunchHandler::looksLikeMessage("Received: from x\r\n\tby y\r\nSubject: a\r\n\r\nbody"));
    EXPECT_TRUE(LaunchHandler::looksLikeMessage("From alice@example.test Mon Dec  7 10:00:00 2026\nSubject: a\n"));
    EXPECT_FALSE(LaunchHandler::looksLikeMessage("<html><body>hi</body></html>"));
}

TEST(DesktopLaunch, AHandOverRaisesTheWindowAndOpensWhatWasAsked)
{
    Fixture f;
    f.window.showMinimized();
    f.launcher.handOver({u("--compose")});
    EXPECT_FALSE(f.window.windowState() & Qt::WindowMinimized);
    EXPECT_EQ(f.opened.count(), 0); // --compose: a plain new message (compose())
    f.launcher.handOver({u("--lab"), u("mailto:carol@example.test?subject=Oi")});
    ASSERT_EQ(f.opened.count(), 1);
    EXPECT_EQ(f.lastComposer()->subjectEdit()->text(), u("Oi"));
    EXPECT_TRUE(f.window.isVisible());
}

TEST(DesktopLaunch, MacOsFileOpenEventsAreHandled)
{
    Fixture f;
    qApp->installEventFilter(&f.launcher);
    QFileOpenEvent link(QUrl(u("mailto:dave@example.test?subject=Mac")));
    QCoreApplication::sendEvent(qApp, &link);
    qApp->removeEventFilter(&f.launcher);
    ASSERT_EQ(f.opened.count(), 1);
    EXPECT_EQ(f.lastComposer()->toField()->text(), u("dave@example.test"));
}

TEST(DesktopAbout, NamesTheVersionLicenceAndEveryLibrary)
{
    QMainWindow window;
    AboutDialog::addHelpMenu(&window);
    auto *help = window.menuBar()->findChild<QMenu *>(u("helpMenu"));
    ASSERT_NE(help, nullptr);
    QAction *about = window.findChild<QAction *>(u("aboutAction"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *title = dialog->findChild<QLabel *>(u("aboutTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().contains(applicationVersion()));
    EXPECT_TRUE(title->text().contains(u("GPL-3.0-or-later")));
    QStringList names;
    for (int row = 0; row < dialog->libraryTable()->rowCount(); ++row) {
        names << dialog->libraryTable()->item(row, 0)->text();
        EXPECT_FALSE(dialog->libraryTable()->item(row, 1)->text().isEmpty()) << names.last().toStdString();
        EXPECT_FALSE(dialog->libraryTable()->item(row, 2)->text().isEmpty()) << names.last().toStdString();
    }
    for (const char *lib : {"Qt", "VMime", "GNU SASL", "OpenSSL", "QtKeychain", "SQLite"})
        EXPECT_TRUE(names.contains(u(lib))) << lib << " in " << names.join(u(", ")).toStdString();
    dialog->close();
}
