// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli: the command-line face of Carteiro's core (send now; fetch later).
#include "CliCommon.h"
#include "OutboxCommands.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace carteiro::cli {
int runSync(const QStringList &args); // SyncCommand.cpp
int runDiagram(const QStringList &args); // DiagramCommand.cpp
int runConsole(const QStringList &args); // ConsoleCommand.cpp
int runSearch(const QStringList &args); // SearchCommand.cpp
int runJourney(const QStringList &args); // JourneyCommand.cpp
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carteiro-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Carteiro"));
    QCoreApplication::setApplicationVersion(carteiro::applicationVersion());
    carteiro::installTranslations(QLocale::system());

    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QStringLiteral("send"))
        return carteiro::cli::runSend(args.mid(1));
    if (command == QStringLiteral("fetch"))
        return carteiro::cli::runFetch(args.mid(1));
    if (command == QStringLiteral("outbox"))
        return carteiro::cli::runOutbox(args.mid(1));
    if (command == QStringLiteral("sync"))
        return carteiro::cli::runSync(args.mid(1));
    if (command == QStringLiteral("search"))
        return carteiro::cli::runSearch(args.mid(1));
    if (command == QStringLiteral("diagram"))
        return carteiro::cli::runDiagram(args.mid(1));
    if (command == QStringLiteral("console"))
        return carteiro::cli::runConsole(args.mid(1));
    if (command == QStringLiteral("journey"))
        return carteiro::cli::runJourney(args.mid(1));
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        carteiro::cli::out(carteiro::versionText(QStringLiteral("carteiro-cli"), carteiro::coreLibraries()));
        return 0;
    }
    const QString usage = QCoreApplication::translate(
        "Cli", "usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR "
               "--to ADDR --subject TEXT [...]\n       carteiro-cli fetch --server imaps://HOST[:PORT] --user NAME "
               "[--list [--json] | --raw ID | --mime-tree ID | --folders]\n"
               "       carteiro-cli send ... --queue [--store FILE]\n"
               "       carteiro-cli outbox list [--json] | flush | retry ID | drop ID [--store FILE]\n"
               "       carteiro-cli sync --server imaps://HOST[:PORT] --user NAME [--folder NAME] "
               "[--store FILE] [--stats]\n"
               "       carteiro-cli search --server imaps://HOST[:PORT] --user NAME [--folder NAME | --all-folders] "
               "[--store FILE] [--local] QUERY [--json]\n"
               "       carteiro-cli console --server URL [--user NAME] [--explain] [--classroom]\n"
               "       carteiro-cli diagram TRANSCRIPT -o FILE.svg\n"
               "       carteiro-cli journey FILE.eml [--json] [--store FILE]\n"
               "       carteiro-cli send --help | fetch --help | outbox --help | sync --help | console --help | "
               "search --help | diagram --help | journey --help");
    // Asked for: the usage on standard output; a mistake: on standard error, naming it.
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h")) {
        carteiro::cli::out(usage);
        return 0;
    }
    if (!command.isEmpty())
        carteiro::cli::err(QCoreApplication::translate("Cli", "carteiro-cli: unknown command \"%1\"").arg(command));
    carteiro::cli::err(usage);
    return 1;
}
