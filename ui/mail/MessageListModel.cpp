// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, part 1 of 3: the records and their changes (a folder's
// rows, a sync's chunks, removals, flags) and the rows still loading.
// The order lives in MessageListModelOrder.cpp, the display in
// MessageListModelDisplay.cpp.
#include "MessageListModel.h"

#include <algorithm>
#include <limits>

namespace carteiro {

namespace {
// Chunks up to this size are inserted row by row at their sorted place; larger
// ones are appended and merged in one layout change.
constexpr size_t kSmallChunk = 256;
} // namespace

MessageListModel::MessageListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_bold.setBold(true);
    m_loadingFont.setItalic(true);
    m_wantTimer.setSingleShot(true);
    m_wantTimer.setInterval(40);
    connect(&m_wantTimer, &QTimer::timeout, this, &MessageListModel::flushEnvelopeRequests);
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
    m_expected = 0; // a new folder: its count comes with its next SELECT
    m_loading = 0;
    const size_t n = m_records.size();
    m_dateKeys.assign(n, 0);
    m_subjectKeys.assign(n, QString());
    m_fromKeys.assign(n, QString());
    m_requested.assign(n, 0);
    m_filterKeys.assign(isFiltered() ? n : 0, QString());
    m_hidden.assign(isFiltered() ? n : 0, 0);
    for (size_t i = 0; i < n; ++i) {
        computeKeys(int(i));
        if (isFiltered())
            m_hidden[i] = !matchesFilter(int(i));
    }
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
    m_filterKeys.clear(); // the words stay: the next folder is filtered the same way
    m_hidden.clear();
    m_depth.clear();
    m_requested.clear();
    m_order.clear();
    m_viewRow.clear();
    m_viewRowDirty = true;
    m_byId.clear();
    m_wanted.clear();
    m_expected = 0;
    m_loading = 0;
    endResetModel();
}

void MessageListModel::setExpectedCount(qint64 count)
{
    m_expected = qMax<qint64>(0, count);
    updateLoadingRows();
}

void MessageListModel::loadingFinished()
{
    m_expected = 0;
    updateLoadingRows();
}

void MessageListModel::updateLoadingRows()
{
    constexpr qint64 kMostRows = 50000000; // far past any folder, far below INT_MAX
    // A filtered list shows no "loading" rows: they could not be matched.
    const int want =
        isFiltered() ? 0 : int(qBound<qint64>(0, m_expected - qint64(m_records.size()), kMostRows));
    const int first = int(m_order.size()); // the placeholders follow the real rows
    if (want < m_loading) {
        beginRemoveRows({}, first + want, first + m_loading - 1);
        m_loading = want;
        endRemoveRows();
    } else if (want > m_loading) {
        beginInsertRows({}, first + m_loading, first + want - 1);
        m_loading = want;
        endInsertRows();
    }
}

void MessageListModel::upsert(const QList<StoredMessage> &messages)
{
    upsertRecords(messages);
    updateLoadingRows(); // each new record took a placeholder's place
}

void MessageListModel::upsertRecords(const QList<StoredMessage> &messages)
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
            if (isFiltered()) {
                m_filterKeys.emplace_back();
                m_hidden.push_back(0);
            }
            computeKeys(r);
            if (isFiltered())
                m_hidden[size_t(r)] = !matchesFilter(r);
            m_byId.insert(m.id, r);
            if (m_hidden.empty() || !m_hidden[size_t(r)])
                fresh.push_back(r); // a record the quick filter leaves out gets no row
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
        if (const int row = viewRowOf(r); row >= 0) // not left out by the quick filter
            rows.push_back(row);
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
            if (!m_filterKeys.empty()) {
                m_filterKeys[size_t(r)] = std::move(m_filterKeys[size_t(last)]);
                m_hidden[size_t(r)] = m_hidden[size_t(last)];
            }
            const int row = m_viewRow[size_t(last)];
            if (row >= 0)
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
        if (!m_filterKeys.empty()) {
            m_filterKeys.pop_back();
            m_hidden.pop_back();
        }
        m_viewRow.pop_back();
    }
    if (m_threaded)
        relayout([this] { sortAll(); }); // orphaned replies find their new parent
    if (m_expected > 0) { // expunged: the server's count fell as well
        m_expected = qMax<qint64>(0, m_expected - qint64(records.size()));
        updateLoadingRows();
    }
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
    return parent.isValid() ? 0 : int(m_order.size()) + m_loading;
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

} // namespace carteiro
