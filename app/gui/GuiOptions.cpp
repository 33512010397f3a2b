// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"

#include "desktop/AboutDialog.h"
#include "mime/MailtoLink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace carteiro {
namespace {
struct TrGuiMain { Q_DECLARE_TR_FUNCTIONS(carteiro::GuiMain) };
} // namespace

GuiOptions::GuiOptions()
    : lab(QStringLiteral("lab"), TrGuiMain::tr("add the mail lab's account \"Lab (alice)\" (tests/lab/mail-lab.sh) and "
                                              "make it current; implied when CARTEIRO_LAB_HOST is set")),
      labUser(QStringLiteral("lab-user"), TrGuiMain::tr("with --lab: alice (default) or bob on example.test, dave or erin on the lab's second domain (acme.test)"), QStringLiteral("user"),
              QStringLiteral("alice")),
      screenshot(QStringLiteral("screenshot"), TrGuiMain::tr("write a PNG of the main window after start-up, then quit"),
                 QStringLiteral("file")),
      compose(QStringLiteral("compose"), TrGuiMain::tr("open a new message at start-up")),
      demoSend(QStringLiteral("demo-send"),
               TrGuiMain::tr("with --lab: send a postcard with these attachments (repeatable) from "
                             "the lab account to the other lab user at start-up, so the inspector "
                             "shows a whole exchange; with --screenshot the picture is taken after it"),
               QStringLiteral("file")),
      demoRead(QStringLiteral("demo-read"), TrGuiMain::tr("Open the inbox and show its newest message (with --screenshot "
                                                         "the picture is taken once it is shown).")),
      openMailbox(QStringLiteral("open-mailbox"),
                  TrGuiMain::tr("open this mbox file, Maildir or MH folder read-only and show its newest message "
                                "(with --screenshot the picture is taken once it is shown)"),
                  QStringLiteral("path")),
      demoSearch(QStringLiteral("demo-search"),
                 TrGuiMain::tr("Once the inbox is synchronised, search all accounts for QUERY and open the first hit "
                               "(with --screenshot the picture is taken then)."),
                 QStringLiteral("query")),
      demoJourney(QStringLiteral("demo-journey"),
                  TrGuiMain::tr("With --demo-read: open the journey of that message (with --screenshot the picture "
                                "is of the journey's window).")),
      version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
              TrGuiMain::tr("print the version and the libraries' versions and licenses, then quit"))
{
    parser.setApplicationDescription(
        TrGuiMain::tr("Carteiro, a mail client with a live protocol inspector.") + QLatin1Char('\n') +
        TrGuiMain::tr("A second launch hands its links and files to the window already open."));
    parser.addHelpOption();
    parser.addOptions({version, lab, labUser, screenshot, compose, demoSend, demoRead, openMailbox, demoSearch, demoJourney});
    parser.addPositionalArgument(QStringLiteral("mailto:URL|FILE.eml"),
                                 TrGuiMain::tr("mailto: links to write to (RFC 6068; attach= and any "
                                               "parameter naming a file are refused), message files to read"),
                                 QStringLiteral("[mailto:URL|FILE.eml...]"));
}

bool GuiOptions::wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}

void GuiOptions::printVersion()
{
    const QString text = versionText(QStringLiteral("carteiro"), AboutDialog::libraries());
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

bool GuiOptions::scripted() const
{
    // Every option but those of an everyday start makes a scripted run: a new
    // --demo-* option is one without being listed here.
    QStringList everyday;
    for (const QCommandLineOption *o : {&lab, &labUser, &compose, &version})
        everyday << o->names();
    const QStringList given = parser.optionNames();
    return std::any_of(given.begin(), given.end(), [&](const QString &name) { return !everyday.contains(name); });
}

QStringList GuiOptions::handOverArguments() const
{
    QStringList out;
    if (parser.isSet(compose))
        out << QStringLiteral("--compose");
    for (const QString &item : parser.positionalArguments()) {
        if (MailtoLink::isMailto(item) || QUrl(item).isLocalFile())
            out << item;
        else
            out << QFileInfo(item).absoluteFilePath();
    }
    return out;
}

} // namespace carteiro
