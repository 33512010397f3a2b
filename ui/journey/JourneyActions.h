// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Message > Journey of the message (Ctrl+J), also on the toolbar and in the
// message list's menu: opens a JourneyWindow for the message shown in the
// reader - a received message, or one in Sent that Carteiro sent itself - and
// fills it once JourneyLoader has read the store's records off the GUI thread.
#include "journey/JourneyWindow.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace carteiro {

class JourneyLoader;
class MainWindow;

class JourneyActions : public QObject
{
    Q_OBJECT
public:
    JourneyActions(MainWindow *window, const QString &storePath);
    // Adds the action to the message menu and the toolbar (after the other message actions).
    void addTo(QMenu *messageMenu, QToolBar *toolbar);
    QAction *action() const { return m_action; }
    // Opens the journey of the message shown; nullptr when none is shown.
    JourneyWindow *openShown();
    // Opens the journey of `raw` (store row `messageId`, 0 when not stored).
    JourneyWindow *open(const QByteArray &raw, qint64 messageId);
    JourneyLoader *loader() const { return m_loader; }
    JourneyWindow *window() const { return m_window; }

private:
    void updateEnabled();

    MainWindow *m_main;
    QAction *m_action;
    JourneyLoader *m_loader;
    QPointer<JourneyWindow> m_window;
};

} // namespace carteiro
