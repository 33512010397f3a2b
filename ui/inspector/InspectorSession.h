// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving the inspector as a session file and opening one again (the format is
// core/trace/SessionFile.h, described in core/trace/README.md): what the main
// window's File menu calls. A session opens in its own window
// (SessionReplayWindow), fed by its own TraceHub, with no network.
#include "trace/SessionFile.h"

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace carteiro {

class InspectorDock;
class SessionReplayWindow;
class TraceHub;

class InspectorSession
{
    Q_DECLARE_TR_FUNCTIONS(InspectorSession)
public:
    // Every connection and event the hub holds, and the message of the MIME tab.
    static SessionData collect(const TraceHub *hub, const InspectorDock *dock);
    // Writes collect() to path, masking the hub's secrets once more.
    static bool save(const QString &path, TraceHub *hub, const InspectorDock *dock, QString *error);
    // Loads a file into a new replay window (shown); nullptr and *error when refused.
    static SessionReplayWindow *open(const QString &path, QWidget *parent, QString *error);

    // "Save inspector session..." and "Open inspector session..." in a menu.
    static void addMenuActions(QMenu *menu, QWidget *window, TraceHub *hub, InspectorDock *dock);
    static QString fileFilter();
};

} // namespace carteiro
