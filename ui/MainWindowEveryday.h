// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window's everyday actions (issue 12 §6, §7), kept apart from
// MainWindow.cpp and installed by it once its panes and menus exist:
//   Edit > Undo (Ctrl+Z)          the last move or delete goes back
//   Message > Move to... (M)      a folder chooser; Copy to... (C) likewise
//   Go > Next unread (N), Previous unread (P), Space: the next page of the
//        message, then the next unread one
// the status bar's line on offline accounts and the Outbox (ConnectionStatus),
// and the welcome page in place of the panes while there is no account (WelcomePage);
// after a delete or a move, the next message is selected (the one below,
// else the one above) so the reader never goes blank in the middle of a folder.
// The keys without a modifier work where messages are read (the list and the
// reader), never while typing in a field.
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;

namespace carteiro {

class ConnectionStatus;
class MainWindow;
class WelcomePage;

class EverydayActions : public QObject
{
    Q_OBJECT
public:
    explicit EverydayActions(MainWindow *window);

    QAction *undoAction() const { return m_undo; }
    QAction *moveToAction() const { return m_moveTo; }
    QAction *copyToAction() const { return m_copyTo; }
    QAction *nextUnreadAction() const { return m_nextUnread; }
    QAction *previousUnreadAction() const { return m_previousUnread; }
    QAction *pageAction() const { return m_page; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ConnectionStatus *connectionStatus() const { return m_connection; }
    bool welcomeShown() const;

    // Picks the target folder: (title, account, the folder the messages are in) -> folder id, 0 = cancel.
    using FolderChooser = std::function<qint64(const QString &title, const QString &accountId, qint64 current)>;
    void setFolderChooser(FolderChooser chooser) { m_choose = std::move(chooser); }

    // The actions themselves (tests call them as the keys would).
    bool nextUnread();
    bool previousUnread();
    void pageOrNextUnread();
    void moveOrCopyTo(bool copy);
    void undo();

private:
    struct Change
    {
        QString accountId;
        qint64 from = 0, to = 0;          // the messages went from -> to
        QList<QByteArray> messageIds;     // their Message-ID fields
        QString what;                     // "Undo move of 2 messages"
    };
    void buildMenus();
    void installWelcome();
    void installConnectionStatus();
    void updateWelcome();
    bool selectUnread(int step);
    // The row that takes the place of the selected ones once they leave the list.
    qint64 successorOfSelection() const;
    void rememberChange(qint64 target, bool deleted);
    void afterRemoval(qint64 successor);
    qint64 trashOf(const QString &accountId) const;
    void status(const QString &text);

    MainWindow *m_window;
    QAction *m_undo, *m_moveTo, *m_copyTo, *m_nextUnread, *m_previousUnread, *m_page;
    FolderChooser m_choose;
    WelcomePage *m_welcome = nullptr;
    ConnectionStatus *m_connection = nullptr;
    Change m_last;
};

} // namespace carteiro
