// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro: the desktop mail client.
//   carteiro                      the main window with the saved accounts
//   carteiro --lab                ... plus the mail lab's account "Lab (alice)"
//                                 (also when CARTEIRO_LAB_* is set), ready to
//                                 send to bob
//   carteiro --screenshot FILE    renders the window after start-up, writes a
//                                 PNG and quits (works offscreen:
//                                 QT_QPA_PLATFORM=offscreen)
//   carteiro mailto:... FILE.eml  the composer filled from the link, the
//                                 message in a reader window; handed to the
//                                 window already running, if there is one
//   carteiro --version | --help   answered without a display (GuiOptions)
#include <QCoreApplication>
#include "MainWindow.h"
#include "engine/AccountEngine.h"
#include "engine/LocalMailboxes.h"
#include "mail/MessageListModel.h"
#include "mail/SearchController.h"
#include "reader/MessageView.h"
#include "compose/ComposerWindow.h"
#include "compose/ComposerTextEdit.h"
#include "engine/JourneyLoader.h"
#include "engine/OutboxEngine.h"
#include "journey/JourneyActions.h"
#include "journey/JourneyWindow.h"
#include "account/LabAccountPreset.h"
#include "util/AppInfo.h"
#include "util/SingleInstance.h"
#include "util/Translations.h"
#include "desktop/AboutDialog.h"
#include "desktop/LaunchHandler.h"
#include "GuiOptions.h"

#include <QApplication>
#include <QLineEdit>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QElapsedTimer>
#include <memory>
#include <utility>

#include <cstdio>

namespace {
struct TrGuiMain { Q_DECLARE_TR_FUNCTIONS(carteiro::GuiMain) };

// Without a display Qt aborts with a terse message; say what to do instead.
bool hasDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Carteiro"));
    QCoreApplication::setOrganizationName(QStringLiteral("Carteiro"));
    QCoreApplication::setApplicationVersion(carteiro::applicationVersion());
}

// --help and --version, with a QCoreApplication: no display is needed.
int answerHelpOrVersion(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    carteiro::installTranslations(QLocale::system());
    carteiro::GuiOptions options;
    options.parser.process(app); // --help prints and exits here
    if (options.parser.isSet(options.version))
        carteiro::GuiOptions::printVersion();
    return 0;
}

// The window's icon from the theme where the package installed it, else the
// copies built in (app/gui/CMakeLists.txt).
QIcon applicationIcon()
{
    QIcon builtIn;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(carteiro::applicationId()),
                        QSize(size, size));
    return QIcon::fromTheme(carteiro::applicationId(), builtIn);
}
} // namespace

int main(int argc, char **argv)
{
    if (carteiro::GuiOptions::wantsHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);
    if (!hasDisplay()) {
        std::fputs("carteiro: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "  On a machine without a desktop, run it under a virtual X server:\n"
                   "    xvfb-run -a carteiro --lab            (Debian: apt install xvfb)\n"
                   "  or render one picture of the window without any display:\n"
                   "    QT_QPA_PLATFORM=offscreen carteiro --lab --screenshot window.png\n",
                   stderr);
        return 2;
    }
    // Qt 6.4's GStreamer media backend crashes (NULL element in
    // gst_element_link_many) where GStreamer is installed only in part; FFmpeg
    // is Qt's own default from 6.5 on. The user may still choose.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(carteiro::applicationId());
    QApplication::setWindowIcon(applicationIcon());
    carteiro::installTranslations(QLocale::system());

    carteiro::GuiOptions options;
    QCommandLineParser &p = options.parser;
    const QCommandLineOption &lab = options.lab, &labUser = options.labUser, &screenshot = options.screenshot,
                             &compose = options.compose, &demo = options.demoSend, &demoRead = options.demoRead,
                             &openMailbox = options.openMailbox, &demoSearch = options.demoSearch,
                             &demoJourney = options.demoJourney;
    p.process(app);

    // One window per user and data folder: a second launch hands over and ends.
    std::unique_ptr<carteiro::SingleInstance> instance;
    if (!options.scripted()) {
        const QString name = carteiro::SingleInstance::defaultServerName();
        QString error;
        if (carteiro::SingleInstance::sendToRunning(name, options.handOverArguments(), 10000, &error))
            return 0;
        instance = std::make_unique<carteiro::SingleInstance>(name);
        if (!instance->listen(&error))
            std::fputs(qPrintable(TrGuiMain::tr("carteiro: %1; this window will not receive links from "
                                                "other launches\n").arg(error)), stderr);
    }

    carteiro::MainWindow window;
    const QString user = p.value(labUser);
    if (!carteiro::LabAccountPreset::users().contains(user)) {
        std::fputs(qPrintable(TrGuiMain::tr("carteiro: --lab-user must be alice, bob, dave or erin (not \"%1\")\n")
                                  .arg(user)),
                   stderr);
        return 1;
    }
    if (p.isSet(lab) || carteiro::LabAccountPreset::environmentPresent())
        window.installLabAccount(carteiro::LabAccountPreset::make(user));
    carteiro::AboutDialog::addHelpMenu(&window);
    carteiro::LaunchHandler launcher(&window);
    app.installEventFilter(&launcher); // macOS: links and files as QEvent::FileOpen
    if (instance)
        QObject::connect(instance.get(), &carteiro::SingleInstance::argumentsReceived, &launcher,
                         &carteiro::LaunchHandler::handOver);
    window.show();
    if (p.isSet(compose))
        window.compose();
    launcher.open(p.positionalArguments());

    // The classroom demo: one real exchange in the inspector right away.
    bool demoRunning = false;
    if (p.isSet(demo)) {
        carteiro::ComposerWindow *composer = window.compose();
        composer->subjectEdit()->setText(TrGuiMain::tr("Cartão-postal do laboratório"));
        composer->bodyEdit()->setPlainText(TrGuiMain::tr("Olá! Segue uma foto e um recado de voz."));
        for (const QString &file : p.values(demo)) {
            QString error;
            if (!composer->attachFile(file, &error)) {
                std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
                return 1;
            }
        }
        window.outbox()->setUndoDelay(0); // the demo goes at once (no Undo bar)
        demoRunning = composer->send();
        if (!demoRunning) {
            std::fputs(qPrintable(TrGuiMain::tr("carteiro: the demo message could not be sent\n")), stderr);
            return 1;
        }
    }

    // The reading demo: the newest message of the inbox in the reader.
    bool readRunning = false;
    if (p.isSet(demoRead) || p.isSet(demoJourney)) {
        readRunning = true;
        auto *poll = new QTimer(&window);
        poll->setInterval(200);
        auto deadline = std::make_shared<QElapsedTimer>();
        deadline->start();
        // The list opens from the store at once; the newest message is known once synced.
        auto synced = std::make_shared<bool>(false);
        QObject::connect(window.mail(), &carteiro::AccountEngine::folderSynced, &window,
                         [synced] { *synced = true; });
        QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, deadline, synced] {
            carteiro::MessageListModel *model = window.messageModel();
            if (*synced && model->rowCount() > 0 && window.reader()->messageId() <= 0) {
                model->sort(carteiro::MessageListModel::DateColumn, Qt::DescendingOrder);
                window.selectMessage(model->messageId(0));
            }
            if (window.reader()->messageId() > 0 || deadline->elapsed() > 30000) {
                poll->stop();
                QTimer::singleShot(1200, &window, [&window] { Q_EMIT window.demoReady(); });
            }
        });
        poll->start();
    }

    // A mailbox from disk, read directly: its newest message once every row is read.
    if (p.isSet(openMailbox)) {
        readRunning = true;
        const qint64 folder = window.openMailbox(p.value(openMailbox));
        QObject::connect(window.mailboxes(), &carteiro::LocalMailboxes::folderSynced, &window,
                         [&window, folder](qint64 id) {
                             carteiro::MessageListModel *model = window.messageModel();
                             if (id != folder || model->rowCount() == 0)
                                 return;
                             model->sort(carteiro::MessageListModel::DateColumn, Qt::DescendingOrder);
                             window.selectMessage(model->messageId(0));
                             QTimer::singleShot(1500, &window, [&window] { Q_EMIT window.demoReady(); });
                         });
        QObject::connect(window.mailboxes(), &carteiro::LocalMailboxes::failed, &window, [&window] {
            QTimer::singleShot(500, &window, [&window] { Q_EMIT window.demoReady(); });
        });
    }

    // The search demo: the Search results folder with the first hit open.
    if (p.isSet(demoSearch)) {
        readRunning = true;
        const QString query = p.value(demoSearch);
        auto started = std::make_shared<bool>(false);
        QObject::connect(window.mail(), &carteiro::AccountEngine::folderSynced, &window, [&window, query, started] {
            if (std::exchange(*started, true))
                return;
            carteiro::SearchController *search = window.search();
            QObject::connect(search, &carteiro::SearchController::finished, &window, [&window] {
                carteiro::MessageListModel *model = window.messageModel();
                if (model->rowCount() > 0)
                    window.selectMessage(model->messageId(0));
                QTimer::singleShot(2000, &window, [&window] { Q_EMIT window.demoReady(); });
            });
            if (!search->search(query, carteiro::SearchController::Scope::AllAccounts))
                QTimer::singleShot(500, &window, [&window] { Q_EMIT window.demoReady(); });
        });
    }

    if (p.isSet(demoJourney) && !p.isSet(screenshot))
        QObject::connect(&window, &carteiro::MainWindow::demoReady, &window,
                         [&window] { window.findChild<carteiro::JourneyActions *>()->openShown(); });
    if (p.isSet(screenshot)) {
        const QString path = p.value(screenshot);
        const bool journey = p.isSet(demoJourney);
        auto shoot = [&window, path, journey] {
            QString error;
            carteiro::JourneyWindow *shown = journey ? window.findChild<carteiro::JourneyActions *>()->window() : nullptr;
            const bool ok = shown ? shown->grab().save(path, "PNG") : window.writeScreenshot(path, &error);
            if (shown && !ok)
                error = TrGuiMain::tr("cannot write the screenshot to %1").arg(path);
            if (!ok)
                std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
            QCoreApplication::exit(ok ? 0 : 1);
        };
        if (readRunning && journey) {
            // The journey of the message shown, once Carteiro's records are read.
            QObject::connect(window.findChild<carteiro::JourneyActions *>()->loader(), &carteiro::JourneyLoader::loaded, &window,
                             [shoot] { QTimer::singleShot(800, shoot); });
            QObject::connect(&window, &carteiro::MainWindow::demoReady, &window, [&window] {
                if (!window.findChild<carteiro::JourneyActions *>()->openShown())
                    QCoreApplication::exit(1);
            });
        } else if (readRunning) {
            QObject::connect(&window, &carteiro::MainWindow::demoReady, &window, shoot);
        } else if (demoRunning) {
            // After the send, once the inspector's batched rows are painted.
            QObject::connect(window.outbox(), &carteiro::OutboxEngine::sendFinished, &window,
                             [shoot] { QTimer::singleShot(1200, shoot); });
        } else {
            // Let the first layout and paint happen (and the keychain probe answer)
            // before the picture is taken.
            QTimer::singleShot(800, &window, shoot);
        }
    }
    return app.exec();
}
