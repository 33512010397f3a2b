// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FolderTreeModel's node, shared by its two source files (FolderTreeModel.cpp:
// accounts and folders; FolderTreeModelOutbox.cpp: the Outbox node;
// FolderTreeModelSearch.cpp: the Search results node).
#include "FolderTreeModel.h"

namespace carteiro {

struct FolderTreeModel::Node
{
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool account = false;
    bool outbox = false;
    bool unified = false; // the All Inboxes node (FolderTreeModelUnified.cpp)
    bool search = false; // the Search results node: label = the query, total = hits, unread = running
    QString accountId;
    QString label;    // account display name, or the folder's last path segment
    QString fullName; // folders: the full decoded name ("Archive/2024")
    qint64 folderId = 0; // 0: a path-only node (a parent the server did not list)
    QByteArray specialUse;
    Special special = Special::None;
    qint64 unread = 0;
    qint64 total = 0;
    bool selectable = false;
    bool readOnly = false; // a mailbox opened from disk (engine/LocalMailboxes.h)
    QString location, format;
    bool subscribed = true;
    bool keepOffline = false;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return 0;
    }
    bool sameContent(const Node &o) const
    {
        return label == o.label && fullName == o.fullName && folderId == o.folderId &&
               specialUse == o.specialUse && special == o.special && unread == o.unread &&
               total == o.total && selectable == o.selectable && readOnly == o.readOnly &&
               location == o.location && format == o.format && subscribed == o.subscribed &&
               keepOffline == o.keepOffline;
    }
    void takeContent(const Node &o)
    {
        label = o.label;
        fullName = o.fullName;
        folderId = o.folderId;
        specialUse = o.specialUse;
        special = o.special;
        unread = o.unread;
        total = o.total;
        selectable = o.selectable;
        readOnly = o.readOnly;
        location = o.location;
        format = o.format;
        subscribed = o.subscribed;
        keepOffline = o.keepOffline;
    }
};

} // namespace carteiro
