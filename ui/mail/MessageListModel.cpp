#include "MessageListModel.h"

#include "FolderTreeModel.h"
#include "ThreadBuilder.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QMimeData>

#include <algorithm>
#include <limits>
#include <string>

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

namespace {

// Chunks up to this size are inserted row by row at their sorted place; larger
// ones are appended and merged in one layout change.
constexpr size_t kSmallChunk = 256;
constexpr quint64 kSignBit = quint64(1) << 63;

// Eight UTF-16 code units, big-endian, in two words: comparing these as
// integers is comparing the strings' first eight units (0 pads short strings).
using Prefix = std::pair<quint64, quint64>; // (units 0-3, units 4-7)

Prefix prefixOf(const QString &s)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    Prefix p{0, 0};
    for (qsizetype i = 0; i < 4; ++i)
        p.first = (p.first << 16) | (i < n ? quint64(d[i]) : 0);
    for (qsizetype i = 4; i < 8; ++i)
        p.second = (p.second << 16) | (i < n ? quint64(d[i]) : 0);
    return p;
}

// Full comparison once the inline prefixes tie: Qt's vectorised comparison.
// Any total order is right here, because both strings share the prefix.
int compareFull(const QString &a, const QString &b)
{
    return QStringView(a).compare(QStringView(b), Qt::CaseSensitive);
}

qint64 dateKeyOf(const StoredMessage &m)
{
    if (m.date.isValid())
        return m.date.toMSecsSinceEpoch();
    if (m.internalDate.isValid())
        return m.internalDate.toMSecsSinceEpoch();
    return std::numeric_limits<qint64>::min(); // unknown: the oldest
}

QString fromDisplay(const StoredMessage &m)
{
    return m.fromName.isEmpty() ? m.fromAddress : m.fromName;
}

bool isReplyPrefix(QStringView token)
{
    // English and the prefixes Brazilian Portuguese clients write (RES:, ENC:),
    // and the German AW: that reaches everyone's inbox.
    static const char *const prefixes[] = {"re", "fw", "fwd", "res", "enc", "aw"};
    for (const char *p : prefixes) {
        if (token.compare(QLatin1String(p), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

MessageListModel::MessageListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_bold.setBold(true);
    m_wantTimer.setSingleShot(true);
    m_wantTimer.setInterval(40);
    connect(&m_wantTimer, &QTimer::timeout, this, &MessageListModel::flushEnvelopeRequests);
}

QString MessageListModel::strippedSubject(const QString &subject)
{
    qsizetype i = 0;
    const qsizetype n = subject.size();
    for (;;) {
        while (i < n && subject.at(i).isSpace())
            ++i;
        // "Re:", "RE[2]:", "Fwd(3):": a short token, an optional counter, a colon.
        qsizetype j = i;
        while (j < n && j - i < 4 && subject.at(j).isLetter())
            ++j;
        if (j == i)
            break;
        const QStringView token = QStringView(subject).sliced(i, j - i);
        qsizetype k = j;
        if (k < n && (subject.at(k) == QLatin1Char('[') || subject.at(k) == QLatin1Char('('))) {
            const QChar close = subject.at(k) == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')');
            qsizetype d = k + 1;
            while (d < n && subject.at(d).isDigit())
                ++d;
            if (d > k + 1 && d < n && subject.at(d) == close)
                k = d + 1;
        }
        if (k < n && subject.at(k) == QLatin1Char(':') && isReplyPrefix(token))
            i = k + 1;
        else
            break;
    }
    if (i == 0)
        return subject.trimmed();
    return subject.mid(i).trimmed();
}

void MessageListModel::computeKeys(int record)
{
    const StoredMessage &m = m_records[size_t(record)];
    m_dateKeys[size_t(record)] = dateKeyOf(m);
    m_subjectKeys[size_t(record)] = strippedSubject(m.subject).toCaseFolded();
    m_fromKeys[size_t(record)] = fromDisplay(m).toCaseFolded();
}

std::pair<quint64, quint64> MessageListModel::primaryKey(int record) const
{
    const StoredMessage &m = m_records[size_t(record)];
    switch (m_sortColumn) {
    case FlagColumn:
        return {(m.flags & MessageFlag::Flagged) ? 1 : 0, 0};
    case AttachmentColumn:
        return {m.hasAttachments ? 1 : 0, 0};
    case FromColumn:
        return prefixOf(m_fromKeys[size_t(record)]);
    case SubjectColumn:
        return prefixOf(m_subjectKeys[size_t(record)]);
    case SizeColumn:
        return {quint64(m.size) ^ kSignBit, 0};
    case DateColumn:
    default:
        return {quint64(m_dateKeys[size_t(record)]) ^ kSignBit, 0};
    }
}

bool MessageListModel::lessRecord(int a, int b) const
{
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    const std::pair<quint64, quint64> pa = primaryKey(a), pb = primaryKey(b);
    if (pa != pb)
        return asc ? pa < pb : pa > pb;
    const std::vector<QString> *strings = m_sortColumn == SubjectColumn ? &m_subjectKeys
                                          : m_sortColumn == FromColumn  ? &m_fromKeys
                                                                        : nullptr;
    if (strings) {
        const int c = compareFull((*strings)[size_t(a)], (*strings)[size_t(b)]);
        if (c != 0)
            return asc ? c < 0 : c > 0;
    }
    return m_records[size_t(a)].id < m_records[size_t(b)].id;
}

void MessageListModel::sortAll()
{
    const size_t n = m_records.size();
    m_viewRowDirty = true;
    if (m_threaded) {
        ThreadLayout layout =
            ThreadBuilder::build(m_records, m_dateKeys, m_sortOrder == Qt::DescendingOrder);
        m_order = std::move(layout.order);
        m_depth = std::move(layout.depth);
        return;
    }
    m_depth.clear();
    // Sort small contiguous entries (key, id, record), not the records: the
    // comparisons stay in cache; strings are read only when four units tie.
    struct Entry
    {
        std::pair<quint64, quint64> primary;
        qint64 id;
        int record;
    };
    std::vector<Entry> entries(n);
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    const std::vector<QString> *strings = m_sortColumn == SubjectColumn ? &m_subjectKeys
                                          : m_sortColumn == FromColumn  ? &m_fromKeys
                                                                        : nullptr;
    if (strings) {
        // Text columns: rank the distinct keys first (a thread shares its
        // subject, a list its sender), then sort the rows on integer ranks.
        // The ranks follow the same order as lessRecord().
        QHash<QString, int> distinct;
        distinct.reserve(qsizetype(n / 4 + 16));
        std::vector<int> keyOfRow(n);
        std::vector<int> firstRow; // per distinct key: a row holding it
        for (size_t i = 0; i < n; ++i) {
            auto it = distinct.constFind((*strings)[i]);
            if (it == distinct.cend()) {
                it = distinct.insert((*strings)[i], int(firstRow.size()));
                firstRow.push_back(int(i));
            }
            keyOfRow[i] = *it;
        }
        std::vector<int> byKey(firstRow.size());
        for (size_t k = 0; k < byKey.size(); ++k)
            byKey[k] = int(k);
        std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
            const QString &sa = (*strings)[size_t(firstRow[size_t(a)])];
            const QString &sb = (*strings)[size_t(firstRow[size_t(b)])];
            const Prefix pa = prefixOf(sa), pb = prefixOf(sb);
            if (pa != pb)
                return pa < pb;
            return compareFull(sa, sb) < 0;
        });
        std::vector<quint64> rank(byKey.size());
        for (size_t r = 0; r < byKey.size(); ++r)
            rank[size_t(byKey[r])] = r;
        for (size_t i = 0; i < n; ++i)
            entries[i] = Entry{{rank[size_t(keyOfRow[i])], 0}, m_records[i].id, int(i)};
        strings = nullptr; // the ranks decide alone
    } else {
        for (size_t i = 0; i < n; ++i)
            entries[i] = Entry{primaryKey(int(i)), m_records[i].id, int(i)};
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.primary != b.primary)
            return asc ? a.primary < b.primary : a.primary > b.primary;
        if (strings) {
            const int c = compareFull((*strings)[size_t(a.record)], (*strings)[size_t(b.record)]);
            if (c != 0)
                return asc ? c < 0 : c > 0;
        }
        return a.id < b.id;
    });
    m_order.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_order[i] = entries[i].record;
}

void MessageListModel::ensureViewRows() const
{
    if (!m_viewRowDirty)
        return;
    m_viewRow.assign(m_records.size(), -1);
    for (size_t row = 0; row < m_order.size(); ++row)
        m_viewRow[size_t(m_order[row])] = int(row);
    m_viewRowDirty = false;
}

int MessageListModel::viewRowOf(int record) const
{
    ensureViewRows();
    return record >= 0 && size_t(record) < m_viewRow.size() ? m_viewRow[size_t(record)] : -1;
}

void MessageListModel::relayout(const std::function<void()> &reorder)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> records;
    records.reserve(size_t(before.size()));
    for (const QModelIndex &p : before)
        records.push_back(p.row() >= 0 && size_t(p.row()) < m_order.size() ? m_order[size_t(p.row())] : -1);
    reorder();
    m_viewRowDirty = true;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = viewRowOf(records[size_t(i)]);
        after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int MessageListModel::sortedInsertPosition(int record, int skipRow) const
{
    // Binary search over the view order without skipRow (the record's own old
    // place when it moves): the first row whose record sorts after `record`.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_order.size()) - (skipRow >= 0 ? 1 : 0);
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const qsizetype row = (skipRow >= 0 && mid >= skipRow) ? mid + 1 : mid;
        if (lessRecord(m_order[size_t(row)], record))
            lo = mid + 1;
        else
            hi = mid;
    }
    return int(lo);
}

// Room for `needed` records with headroom, so a sync's chunks do not move a
// million records (and their keys) to a new buffer every time.
void MessageListModel::reserveFor(size_t needed)
{
    if (m_records.capacity() >= needed)
        return;
    const size_t target = std::max(needed + needed / 8, m_records.size() + m_records.size() / 2) + 64;
    m_records.reserve(target);
    m_dateKeys.reserve(target);
    m_subjectKeys.reserve(target);
    m_fromKeys.reserve(target);
    m_requested.reserve(target);
}

void MessageListModel::setMessages(QList<StoredMessage> messages)
{
    beginResetModel();
    m_records.clear();
    m_byId.clear();
    reserveFor(size_t(messages.size()));
    m_byId.reserve(messages.size());
    for (StoredMessage &m : messages) {
        const auto it = m_byId.constFind(m.id);
        if (it != m_byId.cend()) {
            m_records[size_t(*it)] = std::move(m); // a repeated id: the later copy wins
            continue;
        }
        m_byId.insert(m.id, int(m_records.size()));
        m_records.push_back(std::move(m));
    }
    messages.clear();
    const size_t n = m_records.size();
    m_dateKeys.assign(n, 0);
    m_subjectKeys.assign(n, QString());
    m_fromKeys.assign(n, QString());
    m_requested.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
        computeKeys(int(i));
    sortAll();
    endResetModel();
}

void MessageListModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_dateKeys.clear();
    m_subjectKeys.clear();
    m_fromKeys.clear();
    m_depth.clear();
    m_requested.clear();
    m_order.clear();
    m_viewRow.clear();
    m_viewRowDirty = true;
    m_byId.clear();
    m_wanted.clear();
    endResetModel();
}

void MessageListModel::upsert(const QList<StoredMessage> &messages)
{
    const int firstFresh = int(m_records.size());
    reserveFor(m_records.size() + size_t(messages.size()));
    std::vector<int> updated;
    std::vector<quint8> keyChanged;
    std::vector<int> fresh;
    bool threadingChanged = false;
    for (const StoredMessage &m : messages) {
        const auto it = m_byId.constFind(m.id);
        if (it == m_byId.cend()) {
            const int r = int(m_records.size());
            m_records.push_back(m);
            m_dateKeys.push_back(0);
            m_subjectKeys.emplace_back();
            m_fromKeys.emplace_back();
            m_requested.push_back(0);
            computeKeys(r);
            m_byId.insert(m.id, r);
            fresh.push_back(r);
            continue;
        }
        const int r = *it;
        StoredMessage &old = m_records[size_t(r)];
        if (old.messageId != m.messageId || old.inReplyTo != m.inReplyTo || old.references != m.references)
            threadingChanged = true;
        const auto primaryBefore = primaryKey(r);
        const QString subjectBefore = m_subjectKeys[size_t(r)];
        const QString fromBefore = m_fromKeys[size_t(r)];
        const qint64 dateBefore = m_dateKeys[size_t(r)];
        old = m;
        computeKeys(r);
        m_requested[size_t(r)] = 0;
        if (r >= firstFresh)
            continue; // repeated within this chunk: not in the view yet
        updated.push_back(r);
        keyChanged.push_back(primaryKey(r) != primaryBefore || m_subjectKeys[size_t(r)] != subjectBefore ||
                             m_fromKeys[size_t(r)] != fromBefore || m_dateKeys[size_t(r)] != dateBefore);
    }

    if (m_threaded) {
        if (!fresh.empty()) {
            const int n = int(m_order.size());
            beginInsertRows({}, n, n + int(fresh.size()) - 1);
            m_order.insert(m_order.end(), fresh.begin(), fresh.end());
            m_depth.resize(m_records.size(), 0);
            m_viewRowDirty = true;
            endInsertRows();
        }
        if (!fresh.empty() || threadingChanged || std::find(keyChanged.begin(), keyChanged.end(), 1) != keyChanged.end())
            relayout([this] { sortAll(); });
        repositionOrUpdate(updated, false);
        return;
    }

    // Updates first: moving a row needs the view rows, which inserts invalidate.
    if (!updated.empty()) {
        std::vector<int> moving, staying;
        for (size_t i = 0; i < updated.size(); ++i)
            (keyChanged[i] ? moving : staying).push_back(updated[i]);
        repositionOrUpdate(moving, true);
        repositionOrUpdate(staying, false);
    }

    if (fresh.empty())
        return;
    if (fresh.size() <= kSmallChunk) {
        for (int r : fresh) {
            const int pos = sortedInsertPosition(r);
            beginInsertRows({}, pos, pos);
            m_order.insert(m_order.begin() + pos, r);
            m_viewRowDirty = true;
            endInsertRows();
        }
        return;
    }
    const int n = int(m_order.size());
    beginInsertRows({}, n, n + int(fresh.size()) - 1);
    m_order.insert(m_order.end(), fresh.begin(), fresh.end());
    m_viewRowDirty = true;
    endInsertRows();
    relayout([this, n] {
        const auto less = [this](int a, int b) { return lessRecord(a, b); };
        std::sort(m_order.begin() + n, m_order.end(), less);
        std::inplace_merge(m_order.begin(), m_order.begin() + n, m_order.end(), less);
    });
}

// Records already in the view changed: repaint them and, when their sort key
// changed, move each to its new place (one beginMoveRows per row, so a view's
// selection follows), or re-sort in one layout change when many moved.
void MessageListModel::repositionOrUpdate(const std::vector<int> &records, bool keysChanged)
{
    if (records.empty())
        return;
    if (keysChanged && !m_threaded) {
        if (records.size() > kSmallChunk) {
            relayout([this] { sortAll(); });
        } else {
            for (int r : records) {
                const int from = viewRowOf(r);
                if (from < 0)
                    continue;
                const int to = sortedInsertPosition(r, from);
                if (to == from)
                    continue;
                // beginMoveRows counts the destination before the move.
                beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
                m_order.erase(m_order.begin() + from);
                m_order.insert(m_order.begin() + to, r);
                for (int row = std::min(from, to); row <= std::max(from, to); ++row)
                    m_viewRow[size_t(m_order[size_t(row)])] = row;
                endMoveRows();
            }
        }
    }
    int first = std::numeric_limits<int>::max(), last = -1;
    for (int r : records) {
        const int row = viewRowOf(r);
        if (row < 0)
            continue;
        if (records.size() <= 64)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (records.size() > 64 && last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void MessageListModel::remove(const QList<qint64> &ids)
{
    std::vector<int> records;
    for (qint64 id : ids) {
        const auto it = m_byId.constFind(id);
        if (it != m_byId.cend())
            records.push_back(*it);
    }
    std::sort(records.begin(), records.end());
    records.erase(std::unique(records.begin(), records.end()), records.end());
    if (records.empty())
        return;

    std::vector<int> rows;
    rows.reserve(records.size());
    for (int r : records)
        rows.push_back(viewRowOf(r));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Contiguous runs of view rows, last run first: one rowsRemoved per run.
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        const int lastRow = rows[i], firstRow = rows[j];
        beginRemoveRows({}, firstRow, lastRow);
        m_order.erase(m_order.begin() + firstRow, m_order.begin() + lastRow + 1);
        m_viewRowDirty = true;
        endRemoveRows();
        i = j + 1;
    }

    // Compact the records: the last record fills each hole (descending, so
    // the last one is never a removed one).
    ensureViewRows();
    for (auto it = records.rbegin(); it != records.rend(); ++it) {
        const int r = *it;
        const int last = int(m_records.size()) - 1;
        m_byId.remove(m_records[size_t(r)].id);
        if (r != last) {
            m_records[size_t(r)] = std::move(m_records[size_t(last)]);
            m_dateKeys[size_t(r)] = m_dateKeys[size_t(last)];
            m_subjectKeys[size_t(r)] = std::move(m_subjectKeys[size_t(last)]);
            m_fromKeys[size_t(r)] = std::move(m_fromKeys[size_t(last)]);
            m_requested[size_t(r)] = m_requested[size_t(last)];
            if (!m_depth.empty())
                m_depth[size_t(r)] = m_depth[size_t(last)];
            const int row = m_viewRow[size_t(last)];
            m_order[size_t(row)] = r;
            m_viewRow[size_t(r)] = row;
            m_byId.insert(m_records[size_t(r)].id, r);
        }
        m_records.pop_back();
        m_dateKeys.pop_back();
        m_subjectKeys.pop_back();
        m_fromKeys.pop_back();
        m_requested.pop_back();
        if (!m_depth.empty())
            m_depth.pop_back();
        m_viewRow.pop_back();
    }
    if (m_threaded)
        relayout([this] { sortAll(); }); // orphaned replies find their new parent
}

void MessageListModel::updateFlags(qint64 id, quint32 flags)
{
    updateFlags(QHash<qint64, quint32>{{id, flags}});
}

void MessageListModel::updateFlags(const QHash<qint64, quint32> &flagsById)
{
    std::vector<int> moving, staying;
    for (auto it = flagsById.cbegin(); it != flagsById.cend(); ++it) {
        const auto found = m_byId.constFind(it.key());
        if (found == m_byId.cend())
            continue;
        const int r = *found;
        StoredMessage &m = m_records[size_t(r)];
        if (m.flags == it.value())
            continue;
        const auto before = primaryKey(r);
        m.flags = it.value();
        (primaryKey(r) != before ? moving : staying).push_back(r);
    }
    repositionOrUpdate(moving, true);
    repositionOrUpdate(staying, false);
}

void MessageListModel::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    m_threaded = threaded;
    relayout([this] { sortAll(); });
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // The rows are kept in this order by every change: a view that re-applies
    // its sort indicator (setModel, setSortingEnabled) costs nothing.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout([this] { sortAll(); });
}

void MessageListModel::requestEnvelope(int record) const
{
    if (m_requested[size_t(record)])
        return;
    m_requested[size_t(record)] = 1;
    const quint32 uid = m_records[size_t(record)].uid;
    if (uid == 0)
        return;
    m_wanted.append(uid);
    if (!m_wantTimer.isActive())
        m_wantTimer.start();
}

void MessageListModel::flushEnvelopeRequests()
{
    if (m_wanted.isEmpty())
        return;
    QList<quint32> uids;
    uids.swap(m_wanted);
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    Q_EMIT envelopesWanted(uids);
}

void MessageListModel::forgetEnvelopeRequests()
{
    for (size_t r = 0; r < m_records.size(); ++r) {
        if (!m_records[r].envelopeKnown)
            m_requested[r] = 0;
    }
    m_wanted.clear();
    m_wantTimer.stop();
}

QModelIndex MessageListModel::indexForId(qint64 id, int column) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return {};
    const int row = viewRowOf(*it);
    return row >= 0 ? index(row, column) : QModelIndex();
}

const StoredMessage *MessageListModel::message(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || size_t(index.row()) >= m_order.size())
        return nullptr;
    return &m_records[size_t(m_order[size_t(index.row())])];
}

qint64 MessageListModel::messageId(int row) const
{
    if (row < 0 || size_t(row) >= m_order.size())
        return 0;
    return m_records[size_t(m_order[size_t(row)])].id;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

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
    if (!index.isValid() || index.row() < 0 || size_t(index.row()) >= m_order.size())
        return {};
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
            return fromDisplay(m);
        case SubjectColumn:
            return m.subject.isEmpty() ? tr("(no subject)") : m.subject;
        case DateColumn:
            return displayDate(m);
        case SizeColumn:
            return m.size > 0 ? QLocale().formattedDataSize(m.size) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case FlagColumn:
            return (m.flags & MessageFlag::Flagged) ? tr("Flagged") : QVariant();
        case AttachmentColumn:
            return m.hasAttachments ? tr("Has attachments") : QVariant();
        case FromColumn:
            if (m.fromName.isEmpty())
                return m.fromAddress;
            return tr("%1 <%2>").arg(m.fromName, m.fromAddress);
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

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
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
