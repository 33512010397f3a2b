// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Move to..." and "Copy to..." (issue 12 §7): the folders of one account, as
// the folder tree shows them, to pick the target from. A folder the server
// cannot hold messages in (\Noselect) and the folder the messages are in are
// shown but cannot be chosen. Type to jump to a folder; Enter or a double click
// chooses it.
#include <QDialog>

class QAbstractItemModel;
class QDialogButtonBox;
class QModelIndex;
class QTreeWidget;
class QTreeWidgetItem;

namespace carteiro {

class FolderChooserDialog : public QDialog
{
    Q_OBJECT
public:
    // `folders`: a FolderTreeModel; `accountId`: whose folders; `exclude`: the
    // folder the messages are in (0: none).
    FolderChooserDialog(const QAbstractItemModel *folders, const QString &accountId, qint64 exclude,
                        const QString &title, QWidget *parent = nullptr);
    // The chosen folder's id, 0 when none is chosen.
    qint64 chosenFolder() const;
    QTreeWidget *tree() const { return m_tree; }
    // Chooses the folder with this id (tests, keyboard); false when it cannot be chosen.
    bool choose(qint64 folderId);

    // Asks modally; 0 when cancelled.
    static qint64 ask(QWidget *parent, const QAbstractItemModel *folders, const QString &accountId, qint64 exclude,
                      const QString &title);

private:
    void addChildren(const QAbstractItemModel *folders, const QModelIndex &parent, QTreeWidgetItem *into,
                     qint64 exclude);
    void updateOk();

    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace carteiro
