// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds Tools > Protocol console to a main window (one call from MainWindow).
class QMainWindow;

namespace carteiro {

class AccountStore;
class InspectorDock;
class TraceHub;

void addProtocolConsoleAction(QMainWindow *window, TraceHub *hub, AccountStore *accounts, InspectorDock *dock);

} // namespace carteiro
