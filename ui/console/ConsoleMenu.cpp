// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleMenu.h"

#include "account/AccountStore.h"
#include "console/ConsoleWindow.h"
#include "inspector/InspectorDock.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>

namespace carteiro {

namespace {
struct TrConsoleMenu { Q_DECLARE_TR_FUNCTIONS(ConsoleMenu) };
} // namespace

void addProtocolConsoleAction(QMainWindow *window, TraceHub *hub, AccountStore *accounts, InspectorDock *dock)
{
    // One Tools menu whoever adds to it first (objectName "toolsMenu").
    QMenu *tools = window->menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    if (!tools) {
        tools = window->menuBar()->addMenu(TrConsoleMenu::tr("&Tools"));
        tools->setObjectName(QStringLiteral("toolsMenu"));
    }
    auto *action = tools->addAction(TrConsoleMenu::tr("&Protocol console"));
    action->setObjectName(QStringLiteral("protocolConsoleAction"));
    action->setToolTip(TrConsoleMenu::tr("Type SMTP, IMAP or POP3 commands by hand, every line in the inspector"));
    QObject::connect(action, &QAction::triggered, window, [window, hub, accounts, dock] {
        // A new console each time: several can run side by side (one per protocol).
        auto *console = new ConsoleWindow(hub, accounts ? accounts->accounts() : QList<AccountSettings>(), window);
        console->setAttribute(Qt::WA_DeleteOnClose);
        if (dock) {
            console->setFontPointSize(dock->fontPointSize());
            QObject::connect(dock, &InspectorDock::fontPointSizeChanged, console, &ConsoleWindow::setFontPointSize);
        }
        console->show();
    });
}

} // namespace carteiro
