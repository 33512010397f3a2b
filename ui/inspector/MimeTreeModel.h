// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The MIME tree of one message (MimeNode) as an item model: one row per entity
// (RFC 2045 §2.4) with its type, file name, transfer encoding, charset, and
// encoded vs decoded body size (base64 makes a 3.6 kB photo 4.9 kB).
#include "mime/MimeNode.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace carteiro {

class MimeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, FileNameColumn, EncodingColumn, CharsetColumn, EncodedColumn, DecodedColumn, ColumnCount };
    enum Role { EncodedBytesRole = Qt::UserRole + 1, DecodedBytesRole, MediaTypeRole };

    explicit MimeTreeModel(QObject *parent = nullptr);

    void setRoot(const MimeNode &root);
    void clear();
    bool isEmpty() const { return !m_root.has_value(); }
    // The node behind an index (nullptr for an invalid one).
    const MimeNode *node(const QModelIndex &index) const;
    // Depth-first list of every node's index, the root first (for views and tests).
    QModelIndexList allIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Place
    {
        const MimeNode *parent = nullptr;
        int row = 0;
    };
    void indexNodes(const MimeNode *node, const MimeNode *parent, int row);

    std::optional<MimeNode> m_root; // never modified after setRoot: child pointers stay valid
    QHash<const MimeNode *, Place> m_places;
};

} // namespace carteiro
