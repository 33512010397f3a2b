// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/FolderChooserDialog.h"

#include "mail/FolderTreeModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carteiro {

namespace {
constexpr int kFolderIdRole = Qt::UserRole + 1;
} // namespace

FolderChooserDialog::FolderChooserDialog(const QAbstractItemModel *folders, const QString &accountId, qint64 exclude,
                                         const QString &title, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("folderChooser"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_tree);
    layout->addWidget(label);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Folders"));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    for (int r = 0; r < folders->rowCount(); ++r) {
        const QModelIndex account = folders->index(r, 0);
        if (account.data(FolderTreeModel::IsAccountRole).toBool()
            && account.data(FolderTreeModel::AccountIdRole).toString() == accountId)
            addChildren(folders, account, m_tree->invisibleRootItem(), exclude);
    }
    m_tree->expandAll();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FolderChooserDialog::updateOk);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsSelectable))
            accept();
    });
    updateOk();
    resize(360, 420);
}

void FolderChooserDialog::addChildren(const QAbstractItemModel *folders, const QModelIndex &parent,
                                      QTreeWidgetItem *into, qint64 exclude)
{
    for (int r = 0; r < folders->rowCount(parent); ++r) {
        const QModelIndex i = folders->index(r, 0, parent);
        const qint64 id = i.data(FolderTreeModel::FolderIdRole).toLongLong();
        auto *item = new QTreeWidgetItem(into);
        // The name without the unread count the tree adds: the full name's last part, or the translated special name.
        QString name = i.data(Qt::DisplayRole).toString();
        if (const qint64 unread = i.data(FolderTreeModel::UnreadRole).toLongLong(); unread > 0)
            name = name.section(QLatin1String(" ("), 0, -2);
        item->setText(0, name);
        item->setIcon(0, i.data(Qt::DecorationRole).value<QIcon>());
        item->setData(0, kFolderIdRole, id);
        const bool canHold = id != 0 && id != exclude && (folders->flags(i) & Qt::ItemIsDropEnabled);
        if (!canHold)
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        if (id == exclude)
            item->setToolTip(0, tr("The messages are in this folder"));
        addChildren(folders, i, item, exclude);
    }
}

void FolderChooserDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenFolder() != 0);
}

qint64 FolderChooserDialog::chosenFolder() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return 0;
    return item->data(0, kFolderIdRole).toLongLong();
}

bool FolderChooserDialog::choose(qint64 folderId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kFolderIdRole).toLongLong() == folderId && ((*it)->flags() & Qt::ItemIsSelectable)) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

qint64 FolderChooserDialog::ask(QWidget *parent, const QAbstractItemModel *folders, const QString &accountId,
                                qint64 exclude, const QString &title)
{
    FolderChooserDialog d(folders, accountId, exclude, title, parent);
    return d.exec() == QDialog::Accepted ? d.chosenFolder() : 0;
}

} // namespace carteiro
