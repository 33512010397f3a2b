// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The search engine's steps over one store, shared by the window's account
// workers and carteiro-cli search (core/search/README.md):
//   catchUp      the rows waiting for the index, indexed in slices
//   local        the index's hits in some folders
//   fromServer   the server's SEARCH answer (UIDs per folder) as hits, minus
//                what the index already found, checked against the store for
//                what SEARCH cannot ask (has:attachment)
#include "search/SearchHit.h"
#include "search/SearchQuery.h"
#include "sync/ImapOperation.h"

#include <QSet>
#include <functional>

namespace carteiro {

class MailStore;

class LocalSearch
{
public:
    static constexpr int kSlice = 500;      // rows per index transaction
    static constexpr int kMaxHits = 10000;  // hits shown per request

    // Indexes every waiting row of the account; `progress(done, total)` after
    // each slice. False with *error when the store failed.
    static bool catchUp(MailStore &store, const QString &accountId, QString *error,
                        const std::function<void(qint64, qint64)> &progress = {});
    static QList<SearchHit> local(const MailStore &store, const SearchQuery &query, const QList<qint64> &folderIds,
                                  QString *error, int limit = kMaxHits);
    static QList<SearchHit> fromServer(const MailStore &store, const SearchQuery &query,
                                       const QList<ImapSearchHits> &answer, const QSet<qint64> &alreadyFound);
    // The message ids of some hits.
    static QSet<qint64> ids(const QList<SearchHit> &hits);
};

} // namespace carteiro
