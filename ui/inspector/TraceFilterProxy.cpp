// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TraceFilterProxy.h"

#include "inspector/TraceModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace carteiro {

TraceFilterProxy::TraceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows stay in arrival order: sorting a live transcript would only confuse.
    setDynamicSortFilter(true);
}

void TraceFilterProxy::setTraceModel(TraceModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TraceFilterProxy::refilter()
{
    // invalidate(), not invalidateFilter(): the latter removes every non-contiguous
    // run of rows with its own rowsRemoved (a search hiding every other row of
    // 50,000 cost ~0.4 s); invalidate() rebuilds the mapping in one layout change.
    invalidate();
}

void TraceFilterProxy::setConnectionFilter(quint32 connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    refilter();
}

void TraceFilterProxy::setProtocolFilter(std::optional<Protocol> protocol)
{
    if (m_protocol == protocol)
        return;
    m_protocol = protocol;
    refilter();
}

void TraceFilterProxy::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_needle = text.toLower().toUtf8();
    m_meanings.clear();
    if (m_narrows)
        refilter();
    else if (rowCount() > 0) // only the highlight changes
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

void TraceFilterProxy::setSearchNarrows(bool narrows)
{
    if (m_narrows == narrows)
        return;
    m_narrows = narrows;
    if (!m_search.isEmpty())
        refilter();
}

bool TraceFilterProxy::sourceRowMatches(int sourceRow) const
{
    if (m_search.isEmpty() || !m_model)
        return true;
    const TraceEvent &e = m_model->event(sourceRow);
    // The raw bytes first: cheap, and what a search for "RCPT" means. (ASCII
    // lower-casing of the bytes; a non-ASCII search falls through to QString.)
    if (e.bytes.toLower().contains(m_needle))
        return true;
    if (e.kind != TraceKind::Line && TraceModel::displayText(e).contains(m_search, Qt::CaseInsensitive))
        return true;
    return cachedMeaning(e).contains(m_search, Qt::CaseInsensitive);
}

QString TraceFilterProxy::cachedMeaning(const TraceEvent &e) const
{
    // A meaning is a function of its explanation key: many rows share one.
    auto it = m_meanings.constFind(e.explanationKey);
    if (it == m_meanings.constEnd())
        it = m_meanings.insert(e.explanationKey, TraceModel::meaning(e));
    return *it;
}

bool TraceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const TraceEvent &e = m_model->event(sourceRow);
    if (m_connection != 0 && e.connection != m_connection)
        return false;
    if (m_protocol && e.protocol != *m_protocol)
        return false;
    return !m_narrows || sourceRowMatches(sourceRow);
}

int TraceFilterProxy::findMatch(int fromRow, bool forward) const
{
    const int n = rowCount();
    if (n == 0)
        return -1;
    for (int step = 1; step <= n; ++step) {
        int row = forward ? fromRow + step : fromRow - step;
        row = ((row % n) + n) % n;
        if (sourceRowMatches(mapToSource(index(row, 0)).row()))
            return row;
    }
    return -1;
}

QVariant TraceFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && !m_search.isEmpty() && !m_narrows && index.isValid() &&
        sourceRowMatches(mapToSource(index).row())) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return QBrush(dark ? QColor(0x6b, 0x5a, 0x00) : QColor(0xff, 0xf1, 0x9c));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace carteiro
