// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/LocalSearch.h"

#include "store/MailStore.h"

#include <QCoreApplication>
#include <QHash>

namespace carteiro {

namespace {

SearchHit hitOf(const StoredMessage &m, const StoredFolder &folder, SearchHit::Where where)
{
    SearchHit h;
    h.message = m;
    h.accountId = folder.accountId;
    h.folder = folder.name;
    h.where = where;
    return h;
}

} // namespace

bool LocalSearch::catchUp(MailStore &store, const QString &accountId, QString *error,
                          const std::function<void(qint64, qint64)> &progress)
{
    const qint64 total = store.searchBacklog(accountId);
    qint64 done = 0;
    while (done < total) {
        const int n = store.indexForSearch(accountId, kSlice);
        if (n < 0) {
            if (error)
                *error = store.error();
            return false;
        }
        if (n == 0)
            break;
        done += n;
        if (progress)
            progress(qMin(done, total), total);
    }
    return true;
}

QList<SearchHit> LocalSearch::local(const MailStore &store, const SearchQuery &query, const QList<qint64> &folderIds,
                                    QString *error, int limit)
{
    QList<SearchHit> out;
    bool ok = true;
    const QList<StoredMessage> rows = store.searchMessages(query, folderIds, limit, &ok);
    if (!ok) {
        if (error)
            *error = store.error();
        return out;
    }
    QHash<qint64, StoredFolder> folders;
    out.reserve(rows.size());
    for (const StoredMessage &m : rows) {
        auto it = folders.find(m.folderId);
        if (it == folders.end())
            it = folders.insert(m.folderId, store.folder(m.folderId, MailStore::Counts::Without).value_or(StoredFolder()));
        out.append(hitOf(m, *it, SearchHit::Where::Local));
    }
    return out;
}

QList<SearchHit> LocalSearch::fromServer(const MailStore &store, const SearchQuery &query,
                                         const QList<ImapSearchHits> &answer, const QSet<qint64> &alreadyFound)
{
    QList<SearchHit> out;
    for (const ImapSearchHits &folderHits : answer) {
        const auto folder = store.folder(folderHits.folderId, MailStore::Counts::Without);
        if (!folder)
            continue;
        for (const quint32 uid : folderHits.uids) {
            const auto m = store.messageByUid(folder->id, uid);
            if (!m || alreadyFound.contains(m->id))
                continue; // not synchronised yet, or found locally too
            // SEARCH has no key for attachments (RFC 3501 §6.4.4): the row says.
            if (query.hasAttachment && m->envelopeKnown && !m->hasAttachments)
                continue;
            out.append(hitOf(*m, *folder, SearchHit::Where::Server));
        }
    }
    return out;
}

QSet<qint64> LocalSearch::ids(const QList<SearchHit> &hits)
{
    QSet<qint64> out;
    for (const SearchHit &h : hits)
        out.insert(h.message.id);
    return out;
}

} // namespace carteiro
