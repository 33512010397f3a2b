// SPDX-License-Identifier: GPL-3.0-or-later
// AccountWorker: search (core/search/README.md). The index is kept up to date
// in the background, a slice at a time, after each sync, new body or POP3
// download; a search first indexes what is still waiting, answers from the
// index at once, then asks the server (IMAP, online) for what is not cached.
#include "engine/AccountWorker.h"

#include "search/LocalSearch.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QCoreApplication>

#include <algorithm>

namespace carteiro {

namespace {
constexpr int kBackgroundSlice = 200; // rows per background transaction: the worker stays responsive
}

void AccountWorker::scheduleIndex()
{
    if (m_tuning.indexInBackground && !m_indexTimer->isActive())
        m_indexTimer->start(0);
}

void AccountWorker::indexSlice()
{
    if (!m_store || !m_accountOpen)
        return;
    const int n = m_store->indexForSearch(m_account.id, kBackgroundSlice);
    if (n < 0) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Search index: %1").arg(m_store->error()));
        return;
    }
    if (n == kBackgroundSlice)
        m_indexTimer->start(0); // more waiting: the next slice after what else is queued
}

void AccountWorker::search(quint64 token, const SearchQuery &query, const QList<qint64> &folderIds)
{
    SearchReport report;
    report.token = token;
    if (!ensureStore()) {
        report.finished = true;
        report.notes << QCoreApplication::translate("AccountWorker", "The local store could not be opened.");
        Q_EMIT searchReport(report);
        return;
    }
    QString error;
    if (query.isEmpty()) {
        // No terms: the folders' rows as stored, newest first (All Inboxes,
        // ui/mail/UnifiedInbox.h). Nothing to index, nothing to ask the server.
        report.hits = LocalSearch::local(*m_store, query, folderIds, &error);
        if (!error.isEmpty())
            report.notes << QCoreApplication::translate("AccountWorker", "Local index: %1").arg(error);
        report.finished = true;
        Q_EMIT searchReport(report);
        return;
    }
    const qint64 waiting = m_store->searchBacklog(m_account.id);
    // The count is computed before the call: lupdate's parser hangs on a
    // template argument list inside translate()'s arguments.
    const int count = int(std::min(waiting, qint64(INT_MAX)));
    if (waiting > 0)
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "Indexing %n message(s) for search...", nullptr,
                                                    count),
                        true);
    const bool indexed = LocalSearch::catchUp(*m_store, m_account.id, &error, [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
    });
    if (waiting > 0)
        Q_EMIT activity(QString(), false);
    if (indexed)
        report.hits = LocalSearch::local(*m_store, query, folderIds, &error);
    if (!error.isEmpty())
        report.notes << QCoreApplication::translate("AccountWorker", "Local index: %1").arg(error);
    const bool server = m_imap && !isPop3() && m_imap->isOnline();
    if (!server && !isPop3() && m_account.hasImap())
        report.notes << QCoreApplication::translate("AccountWorker",
                                                    "The server is not connected: only the local index was "
                                                    "searched.");
    report.finished = !server;
    Q_EMIT searchReport(report);
    if (!server)
        return;
    m_searches.insert(token, {query, LocalSearch::ids(report.hits)});
    m_imap->search(token, query, folderIds);
}

void AccountWorker::endServerSearch(quint64 token, const QList<ImapSearchHits> &hits, const QStringList &notes)
{
    const auto it = m_searches.constFind(token);
    if (it == m_searches.constEnd())
        return;
    SearchReport report;
    report.token = token;
    report.finished = true;
    report.notes = notes;
    if (m_store)
        report.hits = LocalSearch::fromServer(*m_store, it->query, hits, it->found);
    m_searches.erase(it);
    Q_EMIT searchReport(report);
}

void AccountWorker::connectSearch()
{
    connect(m_imap, &ImapAccountSync::searchDone, this, &AccountWorker::endServerSearch);
    // A SEARCH refused as a whole (its SELECT, say) ends the oldest one: operations run in order.
    connect(m_imap, &ImapAccountSync::operationFailed, this, [this](const QString &step, const QString &message) {
        if (step == QLatin1String("SEARCH") && !m_searches.isEmpty())
            endServerSearch(m_searches.firstKey(), {}, {message});
    });
    connect(m_imap, &ImapAccountSync::closed, this, &AccountWorker::endServerSearches);
}

void AccountWorker::endServerSearches()
{
    const QString why = QCoreApplication::translate("AccountWorker",
                                                    "The connection closed before the server's search ended.");
    while (!m_searches.isEmpty())
        endServerSearch(m_searches.firstKey(), {}, {why});
}

} // namespace carteiro
