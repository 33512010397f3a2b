// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The folder pane: accounts as top-level rows, their folders nested by the
// hierarchy delimiter (RFC 3501 §6.3.8 LIST), special-use folders (RFC 6154)
// first in a fixed order with translated names, then the rest alphabetically.
// One column: "Name (unread)", bold while unread > 0.
//
// The model is fed plain records (StoredFolder) by a controller; it never talks
// to the store or the network. setFolders() merges in place (rows are inserted,
// removed or updated, never reset), so expansion and selection survive a sync.
//
// Drops: message ids dragged from MessageListModel arrive under
// MessageIdsMimeType on a folder row; the model only reports them
// (messagesDropped): whoever owns the store and the sessions moves them.
#include "engine/MailRecords.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QIcon>

#include <memory>
#include <vector>

class QMimeData;

namespace carteiro {

// Drag and drop payload between the message list and the folder tree: the
// store ids of the messages as ASCII decimals separated by commas ("12,15,99").
inline constexpr char MessageIdsMimeType[] = "application/x-carteiro-message-ids";
QByteArray encodeMessageIds(const QList<qint64> &ids);
// Empty list and *error set (naming the bad part) when the payload is not valid.
QList<qint64> decodeMessageIds(const QByteArray &payload, QString *error = nullptr);

class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        FolderIdRole = Qt::UserRole + 1, // qint64; 0 for accounts and for path-only nodes
        AccountIdRole,                   // QString
        SpecialUseRole,                  // QByteArray ("\\Sent"...), empty when none
        UnreadRole,                      // qint64
        TotalRole,                       // qint64
        FullNameRole,                    // QString, the folder's full decoded name
        IsAccountRole,                   // bool
        IsOutboxRole,                    // bool: the Outbox node (see setOutbox)
        AttentionRole,                   // qint64: outbox messages that need the user
        ReadOnlyRole,                    // bool: a mailbox opened from disk (never written to)
        LocationRole,                    // QString: that mailbox's path
        SubscribedRole,                  // bool: in the server's subscription list
        KeepOfflineRole,                 // bool: "Keep messages for offline use"
        IsSearchRole,                    // bool: the Search results node (see setSearchResults)
        IsUnifiedRole,                   // bool: the All Inboxes node (see setUnifiedInbox)
    };
    // Special-use folders in the order they are listed (RFC 6154 §2 attributes).
    enum class Special { Inbox, Drafts, Sent, Archive, Junk, Trash, None };

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    // Adds the account, or renames it. Accounts keep the order they were added in.
    void setAccount(const QString &accountId, const QString &displayName);
    void removeAccount(const QString &accountId);
    // Replaces the folder list of an account (created when unknown), in place.
    void setFolders(const QString &accountId, const QList<StoredFolder> &folders);
    // Only the subscribed folders (and INBOX and the special-use ones, always):
    // the folder lists given so far are shown again through the filter.
    void setSubscribedOnly(bool on);
    bool subscribedOnly() const { return m_subscribedOnly; }
    // Count changes only (e.g. after a flag change): no structural work.
    void setCounts(qint64 folderId, qint64 unread, qint64 total);

    // The Outbox: one top-level node after the accounts, "Outbox (n)", bold with a
    // warning icon while `attention` messages (Failed, PossiblySent, not filed)
    // wait for the user. Made on the first call.
    void setOutbox(qint64 count, qint64 attention);
    QModelIndex outboxIndex() const;
    // Search results: a virtual folder, the last top-level node, "Search
    // results (n)" with the query as its tooltip (FolderTreeModelSearch.cpp).
    // Made on the first call; removeSearchResults() takes it away.
    void setSearchResults(const QString &query, qint64 count, bool running);
    void removeSearchResults();
    QModelIndex searchResultsIndex() const;
    // All Inboxes: the first top-level node while `shown` (the window shows it
    // with two or more mail accounts), its counts the sums of the accounts'
    // inboxes (FolderTreeModelUnified.cpp).
    void setUnifiedInbox(bool shown);
    QModelIndex unifiedInboxIndex() const;
    // Each mail account's Inbox folder id (accounts without one are left out).
    QHash<QString, qint64> inboxes() const;

    QModelIndex accountIndex(const QString &accountId) const;
    QModelIndex indexForFolder(qint64 folderId) const;
    static Special specialOf(const StoredFolder &folder);
    static QString specialName(Special special); // translated ("Inbox", "Sent"...)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void messagesDropped(const QList<qint64> &messageIds, qint64 targetFolderId,
                         Qt::DropAction action);
    // A drop that was not accepted, with the reason (bad payload, not a folder...).
    void dropRefused(const QString &reason);

public:
    struct Node; // the tree's node (defined in the .cpp)

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *findAccount(const QString &accountId) const;
    Node *outboxNode() const;
    void mergeChildren(Node *parent, std::vector<std::unique_ptr<Node>> &wanted);
    void indexFolders(Node *node);
    QIcon iconFor(const Node *node) const;
    QVariant outboxData(const Node *node, int role) const;
    Node *searchNode() const;
    QVariant searchData(const Node *node, int role) const;
    Node *unifiedNode() const;
    QVariant unifiedData(const Node *node, int role) const;
    void unifiedCountsChanged(const Node *changed); // nullptr: the folder lists changed
    bool acceptsDrop(const QMimeData *data, const QModelIndex &parent, int row,
                     QList<qint64> *ids, QString *why) const;

    void buildFolders(const QString &accountId, const QList<StoredFolder> &folders);

    std::unique_ptr<Node> m_root;
    QHash<QString, QList<StoredFolder>> m_given; // accountId -> the last setFolders list
    bool m_subscribedOnly = false;
    QHash<qint64, Node *> m_byFolderId;
    QFont m_bold;
};

} // namespace carteiro
