// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, part 3 of 3: what the views show (text, icons, fonts, the
// "loading" look of the rows still on their way) and what a drag carries.
#include "MessageListModel.h"
#include "util/DataSize.h"

#include "FolderTreeModel.h"

#include "mime/AddressHeader.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace carteiro {

namespace {
// A paperclip drawn once: the emoji (U+1F4CE) is missing from many fonts and
// showed as a box; the theme's icon is used when there is one.
QIcon attachmentIcon()
{
    static const QIcon icon = [] {
        const QIcon themed = QIcon::fromTheme(QStringLiteral("mail-attachment"));
        if (!themed.isNull())
            return themed;
        QPixmap pm(32, 32);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(16, 16);
        p.rotate(40);
        QPen pen(QColor(0x55, 0x55, 0x55));
        pen.setWidthF(2.6);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        QPainterPath clip;
        clip.moveTo(3, 6);
        clip.lineTo(3, -9);
        clip.arcTo(-4, -13, 7, 8, 0, 180);
        clip.lineTo(-4, 9);
        clip.arcTo(-4, 5, 10, 9, 180, 180);
        clip.lineTo(6, -6);
        p.drawPath(clip);
        p.end();
        return QIcon(pm);
    }();
    return icon;
}
} // namespace

QString MessageListModel::displayDate(const StoredMessage &m) const
{
    const QDateTime when = m.date.isValid() ? m.date : m.internalDate;
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    if (size_t(index.row()) >= m_order.size())
        return loadingData(index.column(), role);
    const int r = m_order[size_t(index.row())];
    const StoredMessage &m = m_records[size_t(r)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (!m.envelopeKnown) {
            requestEnvelope(r); // the view paints this row: fetch it first
            if (column == SubjectColumn)
                return tr("Loading\u2026");
            if (column == FromColumn)
                return QStringLiteral("\u2026");
        }
        switch (column) {
        case FlagColumn:
            return (m.flags & MessageFlag::Flagged) ? QStringLiteral("\u2691") : QString();
        case AttachmentColumn:
            return QString(); // an icon (DecorationRole)
        case FromColumn:
            return senderOf(m);
        case SubjectColumn:
            return m.subject.isEmpty() ? tr("(no subject)") : m.subject;
        case DateColumn:
            return displayDate(m);
        case SizeColumn:
            return m.size > 0 ? formatDataSize(m.size) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case FlagColumn:
            return (m.flags & MessageFlag::Flagged) ? tr("Flagged") : QVariant();
        case AttachmentColumn:
            return m.hasAttachments ? tr("Has attachments") : QVariant();
        case FromColumn:
            return AddressHeader::format(m.fromName, m.fromAddress);
        case SubjectColumn:
            return m.subject;
        case DateColumn: {
            const QDateTime when = m.date.isValid() ? m.date : m.internalDate;
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        case SizeColumn:
            return tr("%n byte(s)", nullptr, int(qMin<qint64>(m.size, INT_MAX)));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == FlagColumn)
            return (m.flags & MessageFlag::Flagged) ? tr("Flagged") : tr("Not flagged");
        if (column == AttachmentColumn)
            return m.hasAttachments ? tr("Has attachments") : tr("No attachments");
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == AttachmentColumn && m.hasAttachments)
            return attachmentIcon();
        return {};
    case Qt::FontRole:
        if (!(m.flags & MessageFlag::Seen))
            return m_bold;
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == FlagColumn || column == AttachmentColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case MessageIdRole:
        return m.id;
    case UidRole:
        return m.uid;
    case FlagsRole:
        return m.flags;
    case UnreadRole:
        return !(m.flags & MessageFlag::Seen);
    case FlaggedRole:
        return bool(m.flags & MessageFlag::Flagged);
    case HasAttachmentsRole:
        return m.hasAttachments;
    case DepthRole:
        return m_depth.empty() ? 0 : m_depth[size_t(r)];
    case EnvelopeKnownRole:
        return m.envelopeKnown;
    case LoadingRole:
        return false;
    case SortKeyRole:
        switch (column) {
        case FlagColumn:
            return bool(m.flags & MessageFlag::Flagged);
        case AttachmentColumn:
            return m.hasAttachments;
        case FromColumn:
            return m_fromKeys[size_t(r)];
        case SubjectColumn:
            return m_subjectKeys[size_t(r)];
        case DateColumn:
            return m_dateKeys[size_t(r)];
        case SizeColumn:
            return m.size;
        }
        return {};
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FlagColumn:
            return QStringLiteral("\u2691");
        case AttachmentColumn:
            return QString();
        case FromColumn:
            return tr("From");
        case SubjectColumn:
            return tr("Subject");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            return tr("Size");
        }
    } else if (role == Qt::DecorationRole && section == AttachmentColumn) {
        return attachmentIcon();
    } else if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (section == FlagColumn)
            return tr("Flagged");
        if (section == AttachmentColumn)
            return tr("Attachments");
    }
    return {};
}

// A row the server counted (EXISTS) whose record has not arrived yet.
QVariant MessageListModel::loadingData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return column == SubjectColumn ? tr("Loading\u2026") : QVariant();
    case Qt::FontRole:
        return m_loadingFont;
    case Qt::ForegroundRole:
        return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
    case MessageIdRole:
        return qint64(0);
    case UidRole:
    case FlagsRole:
        return 0u;
    case UnreadRole:
    case FlaggedRole:
    case HasAttachmentsRole:
    case EnvelopeKnownRole:
        return false;
    case DepthRole:
        return 0;
    case LoadingRole:
        return true;
    default:
        return {};
    }
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (size_t(index.row()) >= m_order.size())
        return Qt::ItemNeverHasChildren; // a placeholder: not selectable, not draggable, not opened
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList MessageListModel::mimeTypes() const
{
    return {QString::fromLatin1(MessageIdsMimeType)};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    // One id per selected row (a row arrives once per column), in view order.
    std::vector<int> rows;
    rows.reserve(size_t(indexes.size()));
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && size_t(i.row()) < m_order.size())
            rows.push_back(i.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return nullptr;
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    for (int row : rows)
        ids.append(messageId(row));
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MessageIdsMimeType), encodeMessageIds(ids));
    return mime;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace carteiro
