// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, part 2 of 3: the sort keys and the view order (flat or
// threaded), kept sorted by every change (MessageListModel.h).
#include "MessageListModel.h"

#include "ThreadBuilder.h"

#include "mime/AddressHeader.h"

#include <algorithm>
#include <limits>

namespace carteiro {

namespace {

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

QString MessageListModel::senderOf(const StoredMessage &m)
{
    // A name that could pass for an address is shown quoted beside the real one.
    return AddressHeader::shortForm(m.fromName, m.fromAddress);
}

void MessageListModel::computeKeys(int record)
{
    const StoredMessage &m = m_records[size_t(record)];
    m_dateKeys[size_t(record)] = dateKeyOf(m);
    m_subjectKeys[size_t(record)] = strippedSubject(m.subject).toCaseFolded();
    m_fromKeys[size_t(record)] = senderOf(m).toCaseFolded();
    if (!m_filterKeys.empty())
        computeFilterKey(record);
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
        applyFilter();
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
    applyFilter();
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
    // A record, or -2 - n for the n-th placeholder (they stay after the rows).
    const int rows = int(m_order.size());
    for (const QModelIndex &p : before)
        records.push_back(p.row() < 0 ? -1 : p.row() < rows ? m_order[size_t(p.row())] : -2 - (p.row() - rows));
    reorder();
    m_viewRowDirty = true;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int record = records[size_t(i)];
        const int row = record >= 0 ? viewRowOf(record) : record == -1 ? -1 : rows + (-2 - record);
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
    if (isFiltered()) {
        m_filterKeys.reserve(target);
        m_hidden.reserve(target);
    }
}

} // namespace carteiro
