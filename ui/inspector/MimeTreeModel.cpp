// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/MimeTreeModel.h"
#include "util/DataSize.h"

#include "mime/MimeStrings.h"

#include <QBrush>
#include <QColor>

namespace carteiro {

MimeTreeModel::MimeTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void MimeTreeModel::setRoot(const MimeNode &root)
{
    beginResetModel();
    m_places.clear();
    m_root = root;
    indexNodes(&*m_root, nullptr, 0);
    endResetModel();
}

void MimeTreeModel::clear()
{
    beginResetModel();
    m_places.clear();
    m_root.reset();
    endResetModel();
}

void MimeTreeModel::indexNodes(const MimeNode *node, const MimeNode *parent, int row)
{
    // Iterative: MimeTree bounds the depth, but a deep tree must not need a deep stack here either.
    struct Item { const MimeNode *node, *parent; int row; };
    QList<Item> stack{{node, parent, row}};
    while (!stack.isEmpty()) {
        const Item it = stack.takeLast();
        m_places.insert(it.node, Place{it.parent, it.row});
        for (int i = 0; i < it.node->children.size(); ++i)
            stack.append({&it.node->children.at(i), it.node, i});
    }
}

const MimeNode *MimeTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const MimeNode *>(index.internalPointer()) : nullptr;
}

QModelIndexList MimeTreeModel::allIndexes() const
{
    QModelIndexList out;
    QList<QModelIndex> stack;
    if (m_root)
        stack.append(index(0, 0));
    while (!stack.isEmpty()) {
        const QModelIndex i = stack.takeFirst();
        out.append(i);
        QList<QModelIndex> kids;
        for (int r = 0; r < rowCount(i); ++r)
            kids.append(index(r, 0, i));
        stack = kids + stack;
    }
    return out;
}

QModelIndex MimeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_root || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, const_cast<MimeNode *>(&*m_root)) : QModelIndex();
    const MimeNode *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, const_cast<MimeNode *>(&p->children.at(row)));
}

QModelIndex MimeTreeModel::parent(const QModelIndex &child) const
{
    const MimeNode *n = node(child);
    if (!n)
        return {};
    const Place place = m_places.value(n);
    if (!place.parent)
        return {};
    return createIndex(m_places.value(place.parent).row, 0, const_cast<MimeNode *>(place.parent));
}

int MimeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_root)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const MimeNode *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int MimeTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant MimeTreeModel::data(const QModelIndex &index, int role) const
{
    const MimeNode *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return QString::fromLatin1(n->mediaType);
        // Message-supplied names may hold controls or a right-to-left override
        // (tests/README.md, case 17-18): shown made visible, never raw.
        case FileNameColumn: return MimeStrings::printable(n->fileName);
        case EncodingColumn: return QString::fromLatin1(n->transferEncoding);
        case CharsetColumn: return QString::fromLatin1(n->charset);
        case EncodedColumn: return formatDataSize(n->encodedSize);
        case DecodedColumn: return formatDataSize(n->decodedSize);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!n->disposition.isEmpty())
            lines << tr("Disposition: %1").arg(QString::fromLatin1(n->disposition));
        lines << tr("Body: %1 bytes encoded, %2 bytes decoded").arg(n->encodedSize).arg(n->decodedSize);
        for (const QString &d : n->defects)
            lines << tr("Defect: %1").arg(d);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (!n->defects.isEmpty())
            return QBrush(QColor(0x9b, 0x00, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EncodedColumn || index.column() == DecodedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EncodedBytesRole: return n->encodedSize;
    case DecodedBytesRole: return n->decodedSize;
    case MediaTypeRole: return QString::fromLatin1(n->mediaType);
    }
    return {};
}

QVariant MimeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case FileNameColumn: return tr("File name");
    case EncodingColumn: return tr("Encoding");
    case CharsetColumn: return tr("Charset");
    case EncodedColumn: return tr("Encoded");
    case DecodedColumn: return tr("Decoded");
    }
    return {};
}

} // namespace carteiro
