// carteiro-cli: the command-line face of Carteiro's core (send now; fetch later).
#include "CliCommon.h"
#include "OutboxCommands.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace carteiro::cli {
int runSync(const QStringList &args); // SyncCommand.cpp
int runDiagram(const QStringList &args); // DiagramCommand.cpp
int runConsole(const QStringList &args); // ConsoleCommand.cpp
int runJourney(const QStringList &args); // JourneyCommand.cpp
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carteiro-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Carteiro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARTEIRO_VERSION));
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
    if (command == QStringLiteral("diagram"))
        return carteiro::cli::runDiagram(args.mid(1));
    if (command == QStringLiteral("console"))
        return carteiro::cli::runConsole(args.mid(1));
    if (command == QStringLiteral("journey"))
        return carteiro::cli::runJourney(args.mid(1));
    if (command == QStringLiteral("--version")) {
        carteiro::cli::out(QStringLiteral("carteiro-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    carteiro::cli::err(QCoreApplication::translate(
        "Cli", "usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR "
               "--to ADDR --subject TEXT [...]\n       carteiro-cli fetch --server imaps://HOST[:PORT] --user NAME "
               "[--list [--json] | --raw ID | --mime-tree ID | --folders]\n"
               "       carteiro-cli send ... --queue [--store FILE]\n"
               "       carteiro-cli outbox list [--json] | flush | retry ID | drop ID [--store FILE]\n"
               "       carteiro-cli sync --server imaps://HOST[:PORT] --user NAME [--folder NAME] "
               "[--store FILE] [--stats]\n"
               "       carteiro-cli console --server URL [--user NAME] [--explain] [--classroom]\n"
               "       carteiro-cli diagram TRANSCRIPT -o FILE.svg\n"
               "       carteiro-cli journey FILE.eml [--json] [--store FILE]\n"
               "       carteiro-cli send --help | fetch --help | outbox --help | sync --help | console --help | "
               "diagram --help | journey --help"));
    return command.isEmpty() || command == QStringLiteral("--help") ? 0 : 1;
}
