// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/FolderMenu.h"

#include "engine/AccountEngine.h"
#include "mail/FolderTreeModel.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTreeView>

namespace carteiro {

namespace {
const QString kSubscribedOnly = QStringLiteral("folders/subscribedOnly");
} // namespace

FolderMenu::FolderMenu(QTreeView *view, EngineFor engineFor)
    : QObject(view), m_view(view), m_engineFor(std::move(engineFor))
{
    m_prompt = [this](const QString &title, const QString &label, const QString &text) {
        bool ok = false;
        const QString answer = QInputDialog::getText(m_view->window(), title, label, QLineEdit::Normal, text, &ok);
        return ok ? answer : QString();
    };
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::warning(m_view->window(), title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FolderMenu::showMenu);
    if (auto *model = qobject_cast<FolderTreeModel *>(m_view->model()))
        model->setSubscribedOnly(subscribedOnlySetting());
}

bool FolderMenu::subscribedOnlySetting()
{
    return QSettings().value(kSubscribedOnly, false).toBool();
}

void FolderMenu::setSubscribedOnly(bool on)
{
    QSettings().setValue(kSubscribedOnly, on);
    if (auto *model = qobject_cast<FolderTreeModel *>(m_view->model()))
        model->setSubscribedOnly(on);
}

void FolderMenu::toggleSubscribed(const QModelIndex &at)
{
    const qint64 id = at.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (id == 0 || at.data(FolderTreeModel::IsAccountRole).toBool()) {
        Q_EMIT refused(tr("Choose a folder to subscribe to or unsubscribe from."));
        return;
    }
    if (AccountEngine *engine = engineAt(at))
        engine->setSubscribed(id, !at.data(FolderTreeModel::SubscribedRole).toBool());
}

bool FolderMenu::isEditable(const QModelIndex &at)
{
    if (!at.isValid() || at.data(FolderTreeModel::IsAccountRole).toBool()
        || at.data(FolderTreeModel::FolderIdRole).toLongLong() == 0)
        return false;
    const QString name = at.data(FolderTreeModel::FullNameRole).toString();
    return name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0
           && at.data(FolderTreeModel::SpecialUseRole).toByteArray().isEmpty();
}

void FolderMenu::showMenu(const QPoint &pos)
{
    const QPersistentModelIndex at = m_view->indexAt(pos);
    if (!at.isValid() || at.data(FolderTreeModel::AccountIdRole).toString().isEmpty())
        return;
    const bool account = at.data(FolderTreeModel::IsAccountRole).toBool();
    const bool folder = at.data(FolderTreeModel::FolderIdRole).toLongLong() != 0;
    QMenu menu(m_view);
    if (at.data(FolderTreeModel::ReadOnlyRole).toBool()) { // a mailbox on disk: nothing here changes it
        if (m_extend)
            m_extend(&menu, at);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    QAction *create = menu.addAction(account || !folder ? tr("&New Folder...") : tr("&New Subfolder..."));
    create->setEnabled(account || folder);
    QAction *renameAction = menu.addAction(tr("&Rename..."));
    QAction *removeAction = menu.addAction(tr("&Delete..."));
    renameAction->setEnabled(isEditable(at));
    removeAction->setEnabled(isEditable(at));
    menu.addSeparator();
    QAction *readAction = menu.addAction(tr("Mark All as Rea&d"));
    readAction->setEnabled(folder && at.data(FolderTreeModel::UnreadRole).toLongLong() > 0);
    QAction *subscribedAction = menu.addAction(tr("&Subscribed"));
    subscribedAction->setCheckable(true);
    subscribedAction->setChecked(at.data(FolderTreeModel::SubscribedRole).toBool());
    subscribedAction->setEnabled(folder);
    subscribedAction->setToolTip(tr("Subscribed folders are the ones your mail programs show"));
    QAction *onlyAction = menu.addAction(tr("Show &Only Subscribed Folders"));
    onlyAction->setCheckable(true);
    onlyAction->setChecked(subscribedOnlySetting());
    QAction *offlineAction = menu.addAction(tr("&Keep Messages for Offline Use"));
    offlineAction->setCheckable(true);
    offlineAction->setChecked(at.data(FolderTreeModel::KeepOfflineRole).toBool());
    offlineAction->setEnabled(folder);
    QAction *emptyAction = nullptr;
    if (isEmptiable(at)) {
        const bool trash = at.data(FolderTreeModel::SpecialUseRole).toByteArray() == "\\Trash";
        emptyAction = menu.addAction(trash ? tr("&Empty Trash...") : tr("&Empty Junk..."));
        emptyAction->setEnabled(at.data(FolderTreeModel::TotalRole).toLongLong() > 0);
    }
    if (m_extend) {
        menu.addSeparator();
        m_extend(&menu, at);
    }
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (!at.isValid())
        return; // the tree changed while the menu was open
    if (chosen == create)
        newFolder(at);
    else if (chosen == renameAction)
        rename(at);
    else if (chosen == removeAction)
        remove(at);
    else if (chosen == readAction)
        markRead(at);
    else if (chosen == subscribedAction)
        toggleSubscribed(at);
    else if (chosen == onlyAction)
        setSubscribedOnly(onlyAction->isChecked());
    else if (chosen == offlineAction)
        toggleKeepOffline(at);
    else if (chosen && chosen == emptyAction)
        empty(at);
}

void FolderMenu::toggleKeepOffline(const QModelIndex &at)
{
    const qint64 id = at.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (id == 0 || at.data(FolderTreeModel::IsAccountRole).toBool()) {
        Q_EMIT refused(tr("Choose a folder to keep for offline use."));
        return;
    }
    if (AccountEngine *engine = engineAt(at))
        engine->setKeepOffline(id, !at.data(FolderTreeModel::KeepOfflineRole).toBool());
}

bool FolderMenu::isEmptiable(const QModelIndex &at)
{
    const QByteArray use = at.data(FolderTreeModel::SpecialUseRole).toByteArray();
    return at.data(FolderTreeModel::FolderIdRole).toLongLong() != 0 && (use == "\\Trash" || use == "\\Junk");
}

void FolderMenu::markRead(const QModelIndex &at)
{
    const qint64 id = at.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (id == 0)
        return;
    if (AccountEngine *engine = engineAt(at))
        engine->markFolderRead(id);
}

void FolderMenu::empty(const QModelIndex &at)
{
    if (!isEmptiable(at)) {
        Q_EMIT refused(tr("Only Trash and Junk are emptied; delete the messages of other folders instead."));
        return;
    }
    const qint64 total = at.data(FolderTreeModel::TotalRole).toLongLong();
    const QString text = tr("Delete the %n message(s) in “%1” for good, on the server too? This cannot be undone.",
                            nullptr, int(total))
                             .arg(at.data(Qt::DisplayRole).toString().section(QLatin1String(" ("), 0, 0));
    if (!m_confirm(tr("Empty folder"), text))
        return;
    if (AccountEngine *engine = engineAt(at))
        engine->emptyFolder(at.data(FolderTreeModel::FolderIdRole).toLongLong());
}

AccountEngine *FolderMenu::engineAt(const QModelIndex &at)
{
    AccountEngine *engine = m_engineFor ? m_engineFor(at.data(FolderTreeModel::AccountIdRole).toString()) : nullptr;
    if (!engine)
        Q_EMIT refused(tr("This account is not connected: open it first."));
    return engine;
}

QString FolderMenu::leafOf(const QModelIndex &at)
{
    // The tree nests folders by the server's separator: the leaf is what the
    // full name adds to its parent's (one separator character between them).
    const QString full = at.data(FolderTreeModel::FullNameRole).toString();
    const QString parent = at.parent().data(FolderTreeModel::FullNameRole).toString();
    if (!parent.isEmpty() && full.size() > parent.size() + 1 && full.startsWith(parent))
        return full.mid(parent.size() + 1);
    return full;
}

void FolderMenu::newFolder(const QModelIndex &at)
{
    const bool account = at.data(FolderTreeModel::IsAccountRole).toBool();
    const qint64 parent = account ? 0 : at.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (!account && parent == 0) {
        Q_EMIT refused(tr("Choose a folder or an account to make the new folder in."));
        return;
    }
    const QString where = account ? tr("at the top of this account")
                                  : tr("inside “%1”").arg(at.data(FolderTreeModel::FullNameRole).toString());
    const QString name = m_prompt(tr("New folder"), tr("Name of the new folder, %1:").arg(where), QString()).trimmed();
    if (name.isEmpty())
        return;
    if (AccountEngine *engine = engineAt(at))
        engine->createFolder(parent, name);
}

void FolderMenu::rename(const QModelIndex &at)
{
    if (!isEditable(at)) {
        Q_EMIT refused(tr("INBOX and the special folders (Sent, Drafts, Trash...) keep their names."));
        return;
    }
    const QString full = at.data(FolderTreeModel::FullNameRole).toString();
    const QString name = m_prompt(tr("Rename folder"), tr("New name for “%1”:").arg(full), leafOf(at)).trimmed();
    if (name.isEmpty() || name == leafOf(at))
        return;
    if (AccountEngine *engine = engineAt(at))
        engine->renameFolder(at.data(FolderTreeModel::FolderIdRole).toLongLong(), name);
}

void FolderMenu::remove(const QModelIndex &at)
{
    if (!isEditable(at)) {
        Q_EMIT refused(tr("INBOX and the special folders (Sent, Drafts, Trash...) cannot be deleted here."));
        return;
    }
    const QString full = at.data(FolderTreeModel::FullNameRole).toString();
    const qint64 total = at.data(FolderTreeModel::TotalRole).toLongLong();
    const QString text = tr("Delete the folder “%1” on the server, with the %n message(s) in it? "
                            "This cannot be undone.", nullptr, int(total)).arg(full);
    if (!m_confirm(tr("Delete folder"), text))
        return;
    if (AccountEngine *engine = engineAt(at))
        engine->deleteFolder(at.data(FolderTreeModel::FolderIdRole).toLongLong());
}

} // namespace carteiro
