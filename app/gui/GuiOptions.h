// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// carteiro's command line: the options, --help and --version (answered
// without a display), the positional mailto: links and message files, and
// what a second launch hands over to the running window.
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace carteiro {

struct GuiOptions
{
    GuiOptions(); // the options, translated: create after installTranslations()

    QCommandLineParser parser;
    QCommandLineOption lab, labUser, screenshot, compose, demoSend, demoRead, openMailbox, demoSearch, demoJourney, version;

    // True when argv asks only for --help or --version (no display needed).
    static bool wantsHelpOrVersion(int argc, char **argv);
    // Prints the version text (the libraries included) on standard output.
    static void printVersion();
    // A scripted run (--screenshot, --demo-*, --open-mailbox) never hands over: it runs alone.
    bool scripted() const;
    // What a second launch sends to the running window: --compose and the
    // positional items, file paths made absolute (the running one has another
    // working folder).
    QStringList handOverArguments() const;
};

} // namespace carteiro
