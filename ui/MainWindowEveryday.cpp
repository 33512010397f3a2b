// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowEveryday.h"

#include "MainWindow.h"
#include "WelcomePage.h"
#include "account/LabAccountPreset.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "mail/ConnectionStatus.h"
#include "mail/FolderChooserDialog.h"
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"
#include "reader/SafeTextBrowser.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

namespace carteiro {

EverydayActions::EverydayActions(MainWindow *window)
    : QObject(window), m_window(window), m_undo(new QAction(tr("&Undo"), this)),
      m_moveTo(new QAction(tr("&Move to..."), this)), m_copyTo(new QAction(tr("&Copy to..."), this)),
      m_nextUnread(new QAction(tr("&Next unread message"), this)),
      m_previousUnread(new QAction(tr("&Previous unread message"), this)),
      m_page(new QAction(tr("Next &page, then next unread"), this))
{
    setObjectName(QStringLiteral("everydayActions"));
    m_choose = [this](const QString &title, const QString &accountId, qint64 current) {
        return FolderChooserDialog::ask(m_window, m_window->folderModel(), accountId, current, title);
    };
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &EverydayActions::undo);

    m_moveTo->setShortcut(QKeySequence(Qt::Key_M));
    m_moveTo->setToolTip(tr("Move the selected messages to a folder you choose"));
    connect(m_moveTo, &QAction::triggered, this, [this] { moveOrCopyTo(false); });
    m_copyTo->setShortcut(QKeySequence(Qt::Key_C));
    m_copyTo->setToolTip(tr("Copy the selected messages to a folder you choose"));
    connect(m_copyTo, &QAction::triggered, this, [this] { moveOrCopyTo(true); });
    m_nextUnread->setShortcut(QKeySequence(Qt::Key_N));
    connect(m_nextUnread, &QAction::triggered, this, &EverydayActions::nextUnread);
    m_previousUnread->setShortcut(QKeySequence(Qt::Key_P));
    connect(m_previousUnread, &QAction::triggered, this, &EverydayActions::previousUnread);
    m_page->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_page, &QAction::triggered, this, &EverydayActions::pageOrNextUnread);

    // Keys without a modifier act only where messages are read (the list and
    // the reader), never in the folder tree's type-to-find or in a text field.
    QWidget *reading = m_window->messageView()->parentWidget();
    for (QAction *a : {m_moveTo, m_copyTo, m_nextUnread, m_previousUnread, m_page}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        reading->addAction(a);
    }
    m_window->messageView()->addActions({m_moveTo, m_copyTo}); // the list's context menu

    // After a delete the next message is selected, and the delete can be undone.
    connect(m_window->deleteAction(), &QAction::triggered, this, [this] {
        const qint64 successor = successorOfSelection();
        rememberChange(trashOf(m_window->mail() ? m_window->mail()->accountId() : QString()), true);
        afterRemoval(successor);
    });
    for (QAction *a : {m_moveTo, m_copyTo})
        a->setEnabled(false);
    connect(m_window->deleteAction(), &QAction::changed, this, [this] {
        const bool any = m_window->deleteAction()->isEnabled();
        m_moveTo->setEnabled(any);
        m_copyTo->setEnabled(any);
    });
    // The reader's calm state: nothing selected, or several messages.
    connect(m_window->messageView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qsizetype n = m_window->messageView()->selectedMessageIds().size();
        if (n == 1)
            return;
        m_window->reader()->clear();
        m_window->reader()->setEmptyText(n == 0 ? QString()
                                                : tr("%n messages selected.\n\nDelete, Move to... and the "
                                                     "flags work on all of them.", nullptr, int(n)));
    });
    buildMenus();
    installWelcome();
    installConnectionStatus();
}

void EverydayActions::installConnectionStatus()
{
    m_connection = new ConnectionStatus(m_window);
    m_window->statusBar()->addPermanentWidget(m_connection);
    auto names = [this] {
        QHash<QString, QString> out;
        for (const AccountSettings &a : m_window->accounts())
            out.insert(a.id, a.name);
        m_connection->setAccounts(out);
    };
    connect(m_window->engines(), &AccountEngines::engineAdded, m_connection, &ConnectionStatus::watch);
    for (const AccountSettings &a : m_window->accounts())
        if (AccountEngine *e = m_window->engines()->find(a.id))
            m_connection->watch(e, a.id);
    connect(m_window, &MainWindow::accountsChanged, this, names);
    names();
    if (m_window->outboxModel())
        m_connection->watchOutbox(m_window->outboxModel());
}

void EverydayActions::installWelcome()
{
    // In the mail stack beside the folder tree: the Outbox stays reachable, and
    // choosing it shows it (MainWindow switches the stack's page).
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("mailStack"));
    m_welcome = new WelcomePage(stack);
    stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::addAccount, m_window, [this] { m_window->newAccount(); });
    connect(m_welcome, &WelcomePage::openLab, m_window,
            [this] { m_window->installLabAccount(LabAccountPreset::make(QStringLiteral("alice"))); });
    connect(m_window, &MainWindow::accountsChanged, this, &EverydayActions::updateWelcome);
    // Without an account, the empty list and reader are never what shows.
    connect(stack, &QStackedWidget::currentChanged, this, [this, stack](int index) {
        if (index == 0 && m_window->accounts().isEmpty())
            stack->setCurrentWidget(m_welcome);
    });
    updateWelcome();
}

void EverydayActions::updateWelcome()
{
    auto *stack = qobject_cast<QStackedWidget *>(m_welcome->parentWidget());
    m_welcome->setLabAvailable(LabAccountPreset::environmentPresent());
    if (m_window->accounts().isEmpty()) {
        if (!m_window->isOutboxShown())
            stack->setCurrentWidget(m_welcome);
    } else if (stack->currentWidget() == m_welcome) {
        stack->setCurrentIndex(0); // the message list and the reader
    }
}

bool EverydayActions::welcomeShown() const
{
    auto *stack = qobject_cast<QStackedWidget *>(m_welcome->parentWidget());
    return stack && stack->currentWidget() == m_welcome;
}

void EverydayActions::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    auto *message = bar->findChild<QMenu *>(QStringLiteral("messageMenu"));
    auto *view = bar->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *edit = new QMenu(tr("&Edit"), bar);
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undo);
    auto *go = new QMenu(tr("&Go"), bar);
    go->setObjectName(QStringLiteral("goMenu"));
    go->addActions({m_nextUnread, m_previousUnread, m_page});
    if (message) {
        bar->insertMenu(message->menuAction(), edit);
        message->insertActions(m_window->deleteAction(), {m_moveTo, m_copyTo});
    } else {
        bar->addMenu(edit);
    }
    if (view)
        bar->insertMenu(view->menuAction(), go);
    else
        bar->addMenu(go);
}

void EverydayActions::status(const QString &text)
{
    m_window->statusBar()->showMessage(text, 6000);
}

bool EverydayActions::nextUnread()
{
    return selectUnread(+1);
}

bool EverydayActions::previousUnread()
{
    return selectUnread(-1);
}

bool EverydayActions::selectUnread(int step)
{
    const MessageListModel *model = m_window->messageModel();
    const int rows = model->rowCount();
    const int current = m_window->messageView()->currentIndex().isValid() ? m_window->messageView()->currentIndex().row()
                                                                         : (step > 0 ? -1 : rows);
    for (int r = current + step; r >= 0 && r < rows; r += step) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(MessageListModel::UnreadRole).toBool() && !i.data(MessageListModel::LoadingRole).toBool())
            return m_window->selectMessage(i.data(MessageListModel::MessageIdRole).toLongLong());
    }
    status(step > 0 ? tr("No unread message below this one in the folder.")
                    : tr("No unread message above this one in the folder."));
    return false;
}

void EverydayActions::pageOrNextUnread()
{
    QScrollBar *bar = m_window->reader()->bodyBrowser()->verticalScrollBar();
    if (!m_window->reader()->emptyStateShown() && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    }
    nextUnread();
}

qint64 EverydayActions::successorOfSelection() const
{
    const QList<qint64> selected = m_window->messageView()->selectedMessageIds();
    if (selected.isEmpty())
        return 0;
    const QSet<qint64> gone(selected.cbegin(), selected.cend());
    const MessageListModel *model = m_window->messageModel();
    int last = -1, first = model->rowCount();
    for (const qint64 id : selected) {
        const int row = model->indexForId(id).row();
        last = qMax(last, row);
        first = qMin(first, row);
    }
    auto usable = [&](int r) {
        const QModelIndex i = model->index(r, 0);
        const qint64 id = i.data(MessageListModel::MessageIdRole).toLongLong();
        return id != 0 && !gone.contains(id) && !i.data(MessageListModel::LoadingRole).toBool() ? id : 0;
    };
    for (int r = last + 1; r < model->rowCount(); ++r)
        if (const qint64 id = usable(r))
            return id;
    for (int r = first - 1; r >= 0; --r)
        if (const qint64 id = usable(r))
            return id;
    return 0;
}

void EverydayActions::afterRemoval(qint64 successor)
{
    if (successor)
        m_window->selectMessage(successor);
}

qint64 EverydayActions::trashOf(const QString &accountId) const
{
    const QAbstractItemModel *folders = m_window->folderModel();
    QList<QModelIndex> stack{m_window->folderModel()->accountIndex(accountId)};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        if (!parent.isValid())
            continue;
        for (int r = 0; r < folders->rowCount(parent); ++r) {
            const QModelIndex i = folders->index(r, 0, parent);
            if (i.data(FolderTreeModel::SpecialUseRole).toByteArray() == "\\Trash")
                return i.data(FolderTreeModel::FolderIdRole).toLongLong();
            stack << i;
        }
    }
    return 0;
}

void EverydayActions::rememberChange(qint64 target, bool deleted)
{
    AccountEngine *engine = m_window->mail();
    const qint64 from = m_window->folderView()->currentIndex().data(FolderTreeModel::FolderIdRole).toLongLong();
    Change c;
    c.accountId = engine ? engine->accountId() : QString();
    c.from = from;
    c.to = target;
    for (const qint64 id : m_window->messageView()->selectedMessageIds())
        if (const StoredMessage *m = m_window->messageModel()->message(m_window->messageModel()->indexForId(id)))
            if (!m->messageId.isEmpty())
                c.messageIds << m->messageId;
    const bool pop3 = engine && engine->account().incomingProtocol != AccountSettings::IncomingProtocol::Imap;
    if (c.accountId.isEmpty() || from == 0 || target == 0 || target == from || c.messageIds.isEmpty() || pop3) {
        // Deleted inside Trash (gone for good), or without a Message-ID to find them again.
        m_last = Change();
        m_undo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        m_undo->setToolTip(deleted ? tr("A message deleted in Trash is gone for good: there is nothing to undo.")
                                   : QString());
        return;
    }
    c.what = deleted ? tr("&Undo delete of %n message(s)", nullptr, int(c.messageIds.size()))
                     : tr("&Undo move of %n message(s)", nullptr, int(c.messageIds.size()));
    m_last = c;
    m_undo->setText(c.what);
    m_undo->setToolTip(QString());
    m_undo->setEnabled(true);
}

void EverydayActions::moveOrCopyTo(bool copy)
{
    AccountEngine *engine = m_window->mail();
    const QList<qint64> ids = m_window->messageView()->selectedMessageIds();
    if (!engine || ids.isEmpty()) {
        status(tr("Select the messages to move or copy first."));
        return;
    }
    const qint64 from = m_window->folderView()->currentIndex().data(FolderTreeModel::FolderIdRole).toLongLong();
    const qint64 target = m_choose(copy ? tr("Copy to folder") : tr("Move to folder"), engine->accountId(), from);
    if (target == 0 || target == from)
        return;
    if (copy) {
        engine->copy(ids, target);
        return;
    }
    const qint64 successor = successorOfSelection();
    rememberChange(target, false);
    engine->move(ids, target);
    afterRemoval(successor);
}

void EverydayActions::undo()
{
    if (m_last.accountId.isEmpty())
        return;
    const Change c = m_last;
    m_last = Change();
    m_undo->setEnabled(false);
    m_undo->setText(tr("&Undo"));
    AccountEngine *engine = m_window->engines() ? m_window->engines()->find(c.accountId) : nullptr;
    if (!engine) {
        status(tr("Undo: that account is not open any more."));
        return;
    }
    engine->moveBack(c.to, c.messageIds, c.from);
    status(tr("Putting %n message(s) back.", nullptr, int(c.messageIds.size())));
}

} // namespace carteiro
