// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel, the quick filter (MessageListModel.h): sender,
// recipients and subject, every word typed, case and accents folded as the
// search index folds them (SearchQuery::fold).
#include "MessageListModel.h"

#include "engine/SearchRecords.h"

#include <QRegularExpression>

#include <algorithm>

namespace carteiro {

void MessageListModel::computeFilterKey(int record)
{
    const StoredMessage &m = m_records[size_t(record)];
    QString text;
    text.reserve(m.fromName.size() + m.fromAddress.size() + m.to.size() + m.cc.size() + m.subject.size() + 4);
    text += m.fromName;
    text += QLatin1Char('\n');
    text += m.fromAddress;
    text += QLatin1Char('\n');
    text += m.to;
    text += QLatin1Char('\n');
    text += m.cc;
    text += QLatin1Char('\n');
    text += m.subject;
    m_filterKeys[size_t(record)] = SearchQuery::fold(text);
}

bool MessageListModel::matchesFilter(int record) const
{
    const QString &key = m_filterKeys[size_t(record)];
    for (const QString &w : m_filterWords)
        if (!QStringView(key).contains(QStringView(w)))
            return false;
    return true;
}

void MessageListModel::applyFilter()
{
    if (m_hidden.empty())
        return;
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), [this](int r) { return m_hidden[size_t(r)] != 0; }),
                  m_order.end());
    m_viewRowDirty = true;
}

void MessageListModel::setQuickFilter(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = SearchQuery::fold(text).split(spaces, Qt::SkipEmptyParts);
    if (words == m_filterWords)
        return;
    // Narrowing: every old word lies inside a new one, so no row comes back;
    // only the rows shown are checked, and their order stays as it is.
    bool narrowing = !m_filterWords.isEmpty() && !words.isEmpty();
    for (const QString &old : std::as_const(m_filterWords))
        narrowing = narrowing && std::any_of(words.cbegin(), words.cend(),
                                             [&](const QString &w) { return w.contains(old); });
    beginResetModel();
    m_filterWords = words;
    const size_t n = m_records.size();
    if (words.isEmpty()) {
        m_filterKeys.clear();
        m_filterKeys.shrink_to_fit();
        m_hidden.clear();
        sortAll();
    } else if (narrowing) {
        for (const int r : m_order)
            m_hidden[size_t(r)] = !matchesFilter(r);
        applyFilter();
    } else {
        if (m_filterKeys.size() != n) {
            m_filterKeys.assign(n, QString());
            for (size_t i = 0; i < n; ++i)
                computeFilterKey(int(i));
        }
        m_hidden.assign(n, 0);
        for (size_t i = 0; i < n; ++i)
            m_hidden[i] = !matchesFilter(int(i));
        sortAll();
    }
    m_loading = 0;
    endResetModel();
    updateLoadingRows(); // unfiltered again: the rows still on their way show again
}

} // namespace carteiro
