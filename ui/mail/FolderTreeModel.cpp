// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderTreeModel.h"
#include "FolderTreeModelNode.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>
#include <array>

namespace carteiro {

QByteArray encodeMessageIds(const QList<qint64> &ids)
{
    QByteArray out;
    out.reserve(ids.size() * 8);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    return out;
}

QList<qint64> decodeMessageIds(const QByteArray &payload, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<qint64>();
    };
    if (payload.trimmed().isEmpty())
        return fail(QCoreApplication::translate("FolderTreeModel", "The list of messages is empty."));
    QList<qint64> ids;
    QSet<qint64> seen;
    const QList<QByteArray> parts = payload.split(',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0) {
            return fail(QCoreApplication::translate("FolderTreeModel",
                                                    "Item %1 of the list of messages (\u201c%2\u201d) "
                                                    "is not a message id.")
                            .arg(i + 1)
                            .arg(QString::fromLatin1(part.left(40))));
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (error)
        error->clear();
    return ids;
}


FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_bold.setBold(true);
}

FolderTreeModel::~FolderTreeModel() = default;

FolderTreeModel::Special FolderTreeModel::specialOf(const StoredFolder &folder)
{
    // Attribute names are case-insensitive (RFC 3501 §9 flag-extension / RFC 6154 §2);
    // INBOX is case-insensitive by RFC 3501 §5.1.
    const QByteArray use = folder.specialUse.toLower();
    if (use == "\\inbox" || folder.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return Special::Inbox;
    if (use == "\\drafts")
        return Special::Drafts;
    if (use == "\\sent")
        return Special::Sent;
    if (use == "\\archive")
        return Special::Archive;
    if (use == "\\junk")
        return Special::Junk;
    if (use == "\\trash")
        return Special::Trash;
    return Special::None;
}

QString FolderTreeModel::specialName(Special special)
{
    switch (special) {
    case Special::Inbox:
        return tr("Inbox");
    case Special::Drafts:
        return tr("Drafts");
    case Special::Sent:
        return tr("Sent");
    case Special::Archive:
        return tr("Archive");
    case Special::Junk:
        return tr("Junk");
    case Special::Trash:
        return tr("Trash");
    case Special::None:
        break;
    }
    return {};
}

namespace {
// Siblings: special-use folders first in the fixed order, then by name
// (case-insensitive, then exact so the order is total).
bool siblingLess(const std::unique_ptr<FolderTreeModel::Node> &a,
                 const std::unique_ptr<FolderTreeModel::Node> &b)
{
    if (a->special != b->special)
        return int(a->special) < int(b->special);
    const int folded = a->label.compare(b->label, Qt::CaseInsensitive);
    if (folded != 0)
        return folded < 0;
    return a->label < b->label;
}

void sortTree(std::vector<std::unique_ptr<FolderTreeModel::Node>> &level)
{
    std::sort(level.begin(), level.end(), siblingLess);
    for (auto &n : level)
        sortTree(n->children);
}
} // namespace

FolderTreeModel::Node *FolderTreeModel::findAccount(const QString &accountId) const
{
    for (const auto &a : m_root->children) {
        if (a->account && a->accountId == accountId)
            return a.get();
    }
    return nullptr;
}

void FolderTreeModel::setAccount(const QString &accountId, const QString &displayName)
{
    if (Node *a = findAccount(accountId)) {
        if (a->label != displayName) {
            a->label = displayName;
            const QModelIndex i = indexOf(a);
            Q_EMIT dataChanged(i, i);
        }
        return;
    }
    // Accounts in the order they came, the Outbox and Search results after them.
    const Node *after = outboxNode() ? outboxNode() : searchNode();
    const int row = after ? after->row() : int(m_root->children.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->parent = m_root.get();
    node->account = true;
    node->accountId = accountId;
    node->label = displayName;
    m_root->children.insert(m_root->children.begin() + row, std::move(node));
    endInsertRows();
}

void FolderTreeModel::removeAccount(const QString &accountId)
{
    Node *a = findAccount(accountId);
    if (!a)
        return;
    const int row = a->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
    m_given.remove(accountId);
    m_byFolderId.clear();
    indexFolders(m_root.get());
}

void FolderTreeModel::setFolders(const QString &accountId, const QList<StoredFolder> &folders)
{
    m_given.insert(accountId, folders);
    buildFolders(accountId, folders);
    unifiedCountsChanged(nullptr);
}

void FolderTreeModel::setSubscribedOnly(bool on)
{
    if (on == m_subscribedOnly)
        return;
    m_subscribedOnly = on;
    for (auto it = m_given.cbegin(); it != m_given.cend(); ++it)
        if (findAccount(it.key()))
            buildFolders(it.key(), it.value());
}

void FolderTreeModel::buildFolders(const QString &accountId, const QList<StoredFolder> &folders)
{
    Node *account = findAccount(accountId);
    if (!account) {
        setAccount(accountId, accountId);
        account = findAccount(accountId);
    }

    // The wanted tree, built apart and then merged into the live one.
    Node wanted;
    QHash<QString, Node *> byPath; // "Archive" + '\n' + "2024": path segments joined
    for (const StoredFolder &f : folders) {
        // INBOX and the special-use folders show whatever the subscriptions say.
        if (m_subscribedOnly && !f.subscribed && f.specialUse.isEmpty()
            && f.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0)
            continue;
        QStringList segments;
        if (!f.delimiter.isNull())
            segments = f.name.split(f.delimiter, Qt::SkipEmptyParts);
        if (segments.isEmpty())
            segments = QStringList{f.name};
        const Special special = specialOf(f);
        // RFC 3501 §5.1: INBOX in any case is the inbox; keep one spelling.
        if (segments.first().compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            segments.first() = QStringLiteral("INBOX");
        Node *level = &wanted;
        QString path;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (i)
                path += QLatin1Char('\n');
            path += segments[i];
            Node *node = byPath.value(path);
            if (!node) {
                auto fresh = std::make_unique<Node>();
                fresh->parent = level;
                fresh->accountId = accountId;
                fresh->label = segments[i];
                fresh->fullName = f.delimiter.isNull()
                                      ? f.name
                                      : segments.mid(0, i + 1).join(f.delimiter);
                node = fresh.get();
                level->children.push_back(std::move(fresh));
                byPath.insert(path, node);
            }
            level = node;
        }
        level->fullName = f.name;
        level->folderId = f.id;
        level->specialUse = f.specialUse;
        level->special = special;
        level->unread = f.unread;
        level->total = f.total;
        level->selectable = f.selectable;
        level->readOnly = f.readOnly;
        level->location = f.location;
        level->format = f.format;
        level->subscribed = f.subscribed || f.local;
        level->keepOffline = f.keepOffline;
    }
    sortTree(wanted.children);
    mergeChildren(account, wanted.children);
    m_byFolderId.clear();
    indexFolders(m_root.get());
}

// Merges `wanted` (sorted) into parent's children: removals, a reorder of the
// survivors when their order changed, in-place updates, insertions; then the
// same one level down. Nodes are matched by their label (the path segment).
void FolderTreeModel::mergeChildren(Node *parent, std::vector<std::unique_ptr<Node>> &wanted)
{
    const QModelIndex parentIndex = indexOf(parent);
    QHash<QString, int> wantedPos;
    for (size_t i = 0; i < wanted.size(); ++i)
        wantedPos.insert(wanted[i]->label, int(i));

    auto &live = parent->children;
    for (int i = int(live.size()) - 1; i >= 0; --i) {
        if (!wantedPos.contains(live[size_t(i)]->label)) {
            beginRemoveRows(parentIndex, i, i);
            live.erase(live.begin() + i);
            endRemoveRows();
        }
    }

    const auto posOf = [&](const std::unique_ptr<Node> &n) { return wantedPos.value(n->label); };
    const bool ordered = std::is_sorted(live.begin(), live.end(),
                                        [&](const auto &a, const auto &b) { return posOf(a) < posOf(b); });
    if (!ordered) {
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(parentIndex)});
        const QModelIndexList before = persistentIndexList();
        std::stable_sort(live.begin(), live.end(),
                         [&](const auto &a, const auto &b) { return posOf(a) < posOf(b); });
        QModelIndexList from, to;
        for (const QModelIndex &p : before) {
            Node *n = nodeOf(p);
            if (n && n->parent == parent) {
                from.append(p);
                to.append(createIndex(n->row(), p.column(), n));
            }
        }
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({QPersistentModelIndex(parentIndex)});
    }

    // Survivors take the new counts and names; new nodes go in at their place.
    for (size_t pos = 0; pos < wanted.size(); ++pos) {
        Node *w = wanted[pos].get();
        if (pos < live.size() && live[pos]->label == w->label) {
            Node *n = live[pos].get();
            if (!n->sameContent(*w)) {
                n->takeContent(*w);
                const QModelIndex i = indexOf(n);
                Q_EMIT dataChanged(i, i);
            }
            mergeChildren(n, w->children);
        } else {
            beginInsertRows(parentIndex, int(pos), int(pos));
            wanted[pos]->parent = parent;
            live.insert(live.begin() + qsizetype(pos), std::move(wanted[pos]));
            endInsertRows();
        }
    }
}

void FolderTreeModel::indexFolders(Node *node)
{
    if (node->folderId)
        m_byFolderId.insert(node->folderId, node);
    for (auto &c : node->children)
        indexFolders(c.get());
}

void FolderTreeModel::setCounts(qint64 folderId, qint64 unread, qint64 total)
{
    Node *n = m_byFolderId.value(folderId);
    if (!n || (n->unread == unread && n->total == total))
        return;
    n->unread = unread;
    n->total = total;
    const QModelIndex i = indexOf(n);
    Q_EMIT dataChanged(i, i);
    unifiedCountsChanged(n);
}

QModelIndex FolderTreeModel::accountIndex(const QString &accountId) const
{
    const Node *a = findAccount(accountId);
    return a ? indexOf(a) : QModelIndex();
}

QModelIndex FolderTreeModel::indexForFolder(qint64 folderId) const
{
    const Node *n = m_byFolderId.value(folderId);
    return n ? indexOf(n) : QModelIndex();
}

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex FolderTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!p || column != 0 || row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return indexOf(n->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QIcon FolderTreeModel::iconFor(const Node *node) const
{
    // Freedesktop theme names where a theme exists (Linux), QStyle's standard
    // pixmaps elsewhere.
    QStyle *style = QApplication::style();
    const auto themed = [&](const char *name, const char *second, QStyle::StandardPixmap fallback) {
        const QIcon styleIcon = style ? style->standardIcon(fallback) : QIcon();
        return QIcon::fromTheme(QString::fromLatin1(name),
                                QIcon::fromTheme(QString::fromLatin1(second), styleIcon));
    };
    if (node->account && node->accountId.startsWith(QLatin1String("carteiro:")))
        return themed("drive-harddisk", "folder", QStyle::SP_DriveHDIcon); // on this computer
    if (node->account)
        return themed("network-server", "folder-remote", QStyle::SP_DriveNetIcon);
    if (node->readOnly)
        return themed("folder-locked", "emblem-readonly", QStyle::SP_FileDialogInfoView);
    if (node->search)
        return themed("edit-find", "system-search", QStyle::SP_FileDialogContentsView);
    if (node->unified)
        return themed("mail-folder-inbox", "folder-inbox", QStyle::SP_DirHomeIcon);
    if (node->outbox)
        return node->unread > 0 ? themed("dialog-warning", "mail-mark-important", QStyle::SP_MessageBoxWarning)
                                : themed("mail-folder-outbox", "mail-send", QStyle::SP_ArrowUp);
    switch (node->special) {
    case Special::Inbox:
        return themed("mail-folder-inbox", "folder-inbox", QStyle::SP_DirHomeIcon);
    case Special::Drafts:
        return themed("folder-drafts", "document-edit", QStyle::SP_FileDialogDetailedView);
    case Special::Sent:
        return themed("mail-folder-sent", "mail-send", QStyle::SP_ArrowForward);
    case Special::Archive:
        return themed("folder-archive", "folder-documents", QStyle::SP_DialogSaveButton);
    case Special::Junk:
        return themed("mail-mark-junk", "dialog-warning", QStyle::SP_MessageBoxWarning);
    case Special::Trash:
        return themed("user-trash", "edit-delete", QStyle::SP_TrashIcon);
    case Special::None:
        break;
    }
    return themed("folder", "inode-directory", QStyle::SP_DirIcon);
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    if (n->outbox)
        return outboxData(n, role);
    if (n->search)
        return searchData(n, role);
    if (n->unified)
        return unifiedData(n, role);
    switch (role) {
    case Qt::DisplayRole: {
        QString name = n->special != Special::None ? specialName(n->special) : n->label;
        if (n->readOnly && !n->format.isEmpty())
            name = tr("%1 · %2", "a mailbox opened from disk: its name and format (mboxrd, Maildir, MH)")
                       .arg(name, n->format);
        if (n->unread > 0)
            return tr("%1 (%2)").arg(name, QLocale().toString(n->unread));
        return name;
    }
    case Qt::ToolTipRole:
        if (n->account)
            return n->accountId;
        if (!n->folderId)
            return tr("%1 (not a folder on the server)").arg(n->fullName);
        if (n->readOnly)
            return tr("%1 (%2), read directly from disk and never changed: %n message(s) read so far", nullptr,
                      int(qMin<qint64>(n->total, INT_MAX)))
                .arg(n->location, n->format);
        return tr("%1: %n message(s)", nullptr, int(qMin<qint64>(n->total, INT_MAX)))
            .arg(n->fullName);
    case Qt::FontRole: {
        // Read-only mailboxes from disk, and folders shown although not subscribed: italic.
        if (!n->readOnly && n->subscribed)
            return n->unread > 0 || n->account ? QVariant(m_bold) : QVariant();
        QFont italic = n->unread > 0 ? m_bold : QFont();
        italic.setItalic(true);
        return italic;
    }
    case Qt::DecorationRole:
        return iconFor(n);
    case FolderIdRole:
        return n->folderId;
    case AccountIdRole:
        return n->accountId;
    case SpecialUseRole:
        return n->special == Special::Inbox && n->specialUse.isEmpty() ? QByteArray("\\Inbox")
                                                                       : n->specialUse;
    case UnreadRole:
        return n->unread;
    case TotalRole:
        return n->total;
    case FullNameRole:
        return n->account ? QString() : n->fullName;
    case IsAccountRole:
        return n->account;
    case IsOutboxRole:
        return false;
    case ReadOnlyRole:
        return n->readOnly;
    case LocationRole:
        return n->location;
    case SubscribedRole:
        return n->subscribed;
    case KeepOfflineRole:
        return n->keepOffline;
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    if (n->account || n->folderId || n->outbox || n->search || n->unified)
        f |= Qt::ItemIsSelectable;
    if (!n->account && n->folderId && n->selectable && !n->readOnly) // nothing is written to a mailbox on disk
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MessageIdsMimeType)};
}

Qt::DropActions FolderTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool FolderTreeModel::acceptsDrop(const QMimeData *data, const QModelIndex &parent, int row,
                                  QList<qint64> *ids, QString *why) const
{
    const QString type = QString::fromLatin1(MessageIdsMimeType);
    if (!data || !data->hasFormat(type)) {
        *why = tr("Only messages can be dropped on a folder.");
        return false;
    }
    const Node *n = nodeOf(parent);
    // row != -1: the drop fell between two rows, not on a folder.
    if (!n || row != -1) {
        *why = tr("Drop the messages on a folder.");
        return false;
    }
    if (n->outbox) {
        *why = tr("The Outbox holds only messages being sent: write a new message instead.");
        return false;
    }
    if (n->search || n->unified) {
        *why = n->search ? tr("Search results are not a folder: drop the messages on a folder.")
                         : tr("All Inboxes shows several folders: drop the messages on one of them.");
        return false;
    }
    if (n->account) {
        *why = tr("Drop the messages on a folder, not on the account \u201c%1\u201d.").arg(n->label);
        return false;
    }
    if (!n->folderId || !n->selectable) {
        *why = tr("The folder \u201c%1\u201d cannot hold messages.").arg(n->fullName);
        return false;
    }
    QString error;
    *ids = decodeMessageIds(data->data(type), &error);
    if (ids->isEmpty()) {
        *why = tr("The dropped messages were not understood: %1").arg(error);
        return false;
    }
    return true;
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    QList<qint64> ids;
    QString why;
    return acceptsDrop(data, parent, row, &ids, &why);
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    QList<qint64> ids;
    QString why;
    if (action != Qt::MoveAction && action != Qt::CopyAction) {
        Q_EMIT dropRefused(tr("Messages can only be moved or copied to a folder."));
        return false;
    }
    if (!acceptsDrop(data, parent, row, &ids, &why)) {
        Q_EMIT dropRefused(why);
        return false;
    }
    Q_EMIT messagesDropped(ids, nodeOf(parent)->folderId, action);
    return true;
}

} // namespace carteiro
