// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the actions, the toolbar and the menus (the rooms they open live
// in their own files: MainWindowEveryday.cpp, MainWindowOutbox.cpp, ...).
#include "MainWindow.h"

#include "console/ConsoleMenu.h"
#include "contacts/ContactsMenu.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "inspector/InspectorDock.h"
#include "inspector/InspectorSession.h"
#include "journey/JourneyActions.h"
#include "mail/MailNotifier.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/SearchController.h"
#include "mime/ReplyBuilder.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace carteiro {

void MainWindow::buildActions()
{
    m_writeAction = new QAction(tr("&Write"), this);
    m_writeAction->setShortcut(QKeySequence::New);
    m_writeAction->setToolTip(tr("Write a new message"));
    connect(m_writeAction, &QAction::triggered, this, [this] { compose(); });

    m_receiveAction = new QAction(tr("Send/&Receive"), this);
    m_receiveAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_receiveAction->setToolTip(tr("Check for new mail and bring the folders up to date"));
    connect(m_receiveAction, &QAction::triggered, this, [this] {
        // Every account: those online look for news, the current one asks for its password.
        const QString current = currentAccount().id;
        for (const AccountSettings &a : accounts()) {
            AccountEngine *e = m_engines->find(a.id);
            if (e && m_online.contains(a.id))
                e->refresh();
            else if (a.id == current || !e)
                openAccountEngine(a, a.id == current);
        }
    });

    m_replyAction = new QAction(tr("&Reply"), this);
    m_replyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replyAction->setToolTip(tr("Reply to the sender"));
    connect(m_replyAction, &QAction::triggered, this, [this] { respond(ReplyKind::Reply); });
    m_replyAllAction = new QAction(tr("Reply &all"), this);
    m_replyAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_replyAllAction->setToolTip(tr("Reply to the sender and every other recipient"));
    connect(m_replyAllAction, &QAction::triggered, this, [this] { respond(ReplyKind::ReplyAll); });
    m_forwardAction = new QAction(tr("&Forward"), this);
    m_forwardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_forwardAction->setToolTip(tr("Forward the message in the body of a new one"));
    connect(m_forwardAction, &QAction::triggered, this, [this] { respond(ReplyKind::ForwardInline); });
    m_forwardAttachedAction = new QAction(tr("Forward as a&ttachment"), this);
    m_forwardAttachedAction->setToolTip(tr("Forward the whole message, unchanged, as an attachment"));
    connect(m_forwardAttachedAction, &QAction::triggered, this, [this] { respond(ReplyKind::ForwardAsAttachment); });
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Move the selected messages to the Trash"));
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedMessageIds();
        if (!ids.isEmpty())
            mail()->deleteToTrash(ids);
    });
    m_markReadAction = new QAction(tr("Mark as r&ead"), this);
    connect(m_markReadAction, &QAction::triggered, this, [this] { changeFlags(MessageFlag::Seen, 0); });
    m_markUnreadAction = new QAction(tr("Mark as &unread"), this);
    m_markUnreadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_markUnreadAction, &QAction::triggered, this, [this] { changeFlags(0, MessageFlag::Seen); });
    m_flagAction = new QAction(tr("&Flag / unflag"), this);
    m_flagAction->setShortcut(QKeySequence(Qt::Key_Asterisk));
    connect(m_flagAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedMessageIds();
        if (ids.isEmpty())
            return;
        const QModelIndex first = m_messageModel->indexForId(ids.first());
        const bool flagged = first.data(MessageListModel::FlaggedRole).toBool();
        changeFlags(flagged ? 0u : quint32(MessageFlag::Flagged), flagged ? quint32(MessageFlag::Flagged) : 0u);
    });
    m_threadsAction = new QAction(tr("Group by &conversation"), this);
    m_threadsAction->setCheckable(true);
    m_threadsAction->setChecked(QSettings().value(QStringLiteral("messageList/threaded"), false).toBool());
    m_messageModel->setThreaded(m_threadsAction->isChecked());
    connect(m_threadsAction, &QAction::toggled, this, [this](bool on) {
        m_messageModel->setThreaded(on);
        QSettings().setValue(QStringLiteral("messageList/threaded"), on);
    });
    // The list's context menu offers the message actions.
    m_messages->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_messages->addActions({m_replyAction, m_replyAllAction, m_forwardAction, m_forwardAttachedAction,
                            m_markReadAction, m_markUnreadAction, m_flagAction, m_deleteAction});
    updateMessageActions();

    m_inspectorAction = m_dock->toggleViewAction();
    m_inspectorAction->setText(tr("&Inspector"));
    m_inspectorAction->setShortcut(QKeySequence(Qt::Key_F12));

    auto *accountsAction = new QAction(tr("&Account settings..."), this);
    connect(accountsAction, &QAction::triggered, this, [this] { editAccount(); });
    auto *newAccountAction = new QAction(tr("&New account..."), this);
    connect(newAccountAction, &QAction::triggered, this, &MainWindow::newAccount);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_writeAction);
    tools->addAction(m_receiveAction);
    tools->addSeparator();
    tools->addAction(m_replyAction);
    tools->addAction(m_replyAllAction);
    tools->addAction(m_forwardAction);
    tools->addAction(m_deleteAction);
    tools->addSeparator();
    tools->addAction(m_inspectorAction);
    tools->addSeparator();
    tools->addAction(accountsAction);

    m_draftsAction = new QAction(tr("Open unsent &drafts"), this);
    m_draftsAction->setToolTip(tr("Reopen the messages you were writing and did not send"));
    connect(m_draftsAction, &QAction::triggered, this, [this] {
        m_openDraftsWhenLoaded = true;
        m_engines->drafts()->loadDrafts();
    });
    auto *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu")); // Open Mailbox joins it (MainWindowMailboxes.cpp)
    file->addAction(m_writeAction);
    file->addAction(m_draftsAction);
    file->addAction(m_receiveAction);
    file->addSeparator();
    InspectorSession::addMenuActions(file, this, m_hub, m_dock); // save / open a session
    file->addSeparator();
    file->addAction(quit);
    auto *message = menuBar()->addMenu(tr("&Message"));
    message->setObjectName(QStringLiteral("messageMenu")); // Move to... / Copy to... join it (MainWindowEveryday.cpp)
    message->addActions({m_replyAction, m_replyAllAction, m_forwardAction, m_forwardAttachedAction});
    message->addSeparator();
    message->addActions({m_markReadAction, m_markUnreadAction, m_flagAction});
    message->addSeparator();
    message->addAction(m_deleteAction);
    message->addSeparator();
    message->addActions({m_search->quickFilterAction(), m_search->searchAction()});
    auto *journey = new JourneyActions(this, m_engines->storePath()); // Message > Journey of the message
    journey->addTo(message, tools);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_threadsAction);
    view->addAction(m_inspectorAction);
    auto *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu")); // Settings > Sending joins it (MainWindowOutbox.cpp)
    settings->addAction(accountsAction);
    settings->addAction(newAccountAction);
    m_notifier = new MailNotifier(this);
    settings->addSeparator();
    settings->addAction(m_notifier->trayAction());
    settings->addAction(m_notifier->noticeAction());
    connect(m_notifier, &MailNotifier::openMessage, this, &MainWindow::openNotifiedMessage);
    addProtocolConsoleAction(this, m_hub, m_store, m_dock); // Tools > Protocol console
    m_contacts = ContactsMenu::install(this, m_storePath); // Tools > Address book, add the sender
}

} // namespace carteiro
