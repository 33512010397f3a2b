// carteiro: the desktop mail client.
//   carteiro                      the main window with the saved accounts
//   carteiro --lab                ... plus the mail lab's account "Lab (alice)"
//                                 (also when CARTEIRO_LAB_* is set), ready to
//                                 send to bob
//   carteiro --screenshot FILE    renders the window after start-up, writes a
//                                 PNG and quits (works offscreen:
//                                 QT_QPA_PLATFORM=offscreen)
#include <QCoreApplication>
#include "MainWindow.h"
#include "engine/AccountEngine.h"
#include "mail/MessageListModel.h"
#include "reader/MessageView.h"
#include "compose/ComposerWindow.h"
#include "compose/ComposerTextEdit.h"
#include "engine/JourneyLoader.h"
#include "engine/OutboxEngine.h"
#include "journey/JourneyActions.h"
#include "journey/JourneyWindow.h"
#include "account/LabAccountPreset.h"
#include "util/Translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QElapsedTimer>
#include <memory>

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
} // namespace

int main(int argc, char **argv)
{
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
    QApplication::setApplicationName(QStringLiteral("Carteiro"));
    QApplication::setOrganizationName(QStringLiteral("Carteiro"));
    carteiro::installTranslations(QLocale::system());

    QCommandLineParser p;
    p.setApplicationDescription(TrGuiMain::tr("Carteiro, a mail client with a live protocol inspector."));
    p.addHelpOption();
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 TrGuiMain::tr("add the mail lab's account \"Lab (alice)\" (tests/lab/mail-lab.sh) and "
                                    "make it current; implied when CARTEIRO_LAB_HOST is set"));
    const QCommandLineOption labUser(QStringLiteral("lab-user"), TrGuiMain::tr("with --lab: alice (default) or bob"),
                                     QStringLiteral("user"), QStringLiteral("alice"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        TrGuiMain::tr("write a PNG of the main window after start-up, then quit"),
                                        QStringLiteral("file"));
    const QCommandLineOption compose(QStringLiteral("compose"), TrGuiMain::tr("open a new message at start-up"));
    const QCommandLineOption demo(QStringLiteral("demo-send"),
                                  TrGuiMain::tr("with --lab: send a postcard with these attachments (repeatable) from "
                                     "the lab account to the other lab user at start-up, so the inspector "
                                     "shows a whole exchange; with --screenshot the picture is taken after it"),
                                  QStringLiteral("file"));
    const QCommandLineOption demoRead(QStringLiteral("demo-read"),
                                      TrGuiMain::tr("Open the inbox and show its newest message (with --screenshot "
                                                    "the picture is taken once it is shown)."));
    const QCommandLineOption demoJourney(QStringLiteral("demo-journey"),
                                         TrGuiMain::tr("With --demo-read: open the journey of that message (with "
                                                       "--screenshot the picture is of the journey's window)."));
    p.addOptions({lab, labUser, screenshot, compose, demo, demoRead, demoJourney});
    p.process(app);

    carteiro::MainWindow window;
    const QString user = p.value(labUser);
    if (user != QLatin1String("alice") && user != QLatin1String("bob")) {
        std::fputs(qPrintable(TrGuiMain::tr("carteiro: --lab-user must be alice or bob\n")), stderr);
        return 1;
    }
    if (p.isSet(lab) || carteiro::LabAccountPreset::environmentPresent())
        window.installLabAccount(carteiro::LabAccountPreset::make(user));
    window.show();
    if (p.isSet(compose))
        window.compose();

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
