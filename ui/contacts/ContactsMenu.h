// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where contacts join the main window: the engine (on the window's store),
// Tools > Address book (Ctrl+Shift+B), "Add sender to address book" in the
// Message menu and the message list's context menu, the composer's completion,
// and the user's own addresses kept out of it.
#include <QString>

namespace carteiro {

class ComposerWindow;
class ContactsEngine;
class MainWindow;

namespace ContactsMenu {

ContactsEngine *install(MainWindow *window, const QString &storePath);
// Completion in a new composer's To, Cc and Bcc (and a harvest of new mail).
void attach(MainWindow *window, ComposerWindow *composer);

} // namespace ContactsMenu

} // namespace carteiro
