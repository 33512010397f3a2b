// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Filtering of the transcript by connection, protocol and a search text, as a
// proxy over TraceModel (qBittorrent's shape): the model stays the one bounded
// store, the proxy only decides which rows a view sees. Search matches the line
// and its decoded meaning, case-insensitively; with narrowing off it only marks
// matching rows, so that next/previous can jump between them in context.
#include "trace/TraceEvent.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace carteiro {

class TraceModel;

class TraceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TraceFilterProxy(QObject *parent = nullptr);

    void setTraceModel(TraceModel *model);
    TraceModel *traceModel() const { return m_model; }

    void setConnectionFilter(quint32 connection); // 0: every connection
    quint32 connectionFilter() const { return m_connection; }
    void setProtocolFilter(std::optional<Protocol> protocol); // nullopt: every protocol
    std::optional<Protocol> protocolFilter() const { return m_protocol; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setSearchNarrows(bool narrows); // true (default): only matching rows are shown
    bool searchNarrows() const { return m_narrows; }

    // Does the source row match the search text (true when there is none)?
    bool sourceRowMatches(int sourceRow) const;
    // The next / previous proxy row after `fromRow` that matches the search,
    // wrapping around; -1 when none.
    int findMatch(int fromRow, bool forward) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    QString cachedMeaning(const TraceEvent &e) const;

    TraceModel *m_model = nullptr;
    quint32 m_connection = 0;
    std::optional<Protocol> m_protocol;
    QString m_search;
    bool m_narrows = true;
    QByteArray m_needle; // the search in lower-case UTF-8, for a byte-level first test
    // Meanings by explanation key during one search: thousands of "250 2.1.5"
    // rows cost one catalog lookup. Cleared whenever the search changes.
    mutable QHash<QString, QString> m_meanings;
};

} // namespace carteiro
