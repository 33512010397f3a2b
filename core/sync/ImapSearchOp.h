// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's SEARCH over some folders of the account, for what the local
// index cannot answer (core/search/README.md): in each folder, the UIDs whose
// body is not cached (or whose envelope is not known yet) are searched with
// UID SEARCH (ImapSearchRequest: RFC 3501 §6.4.4 / RFC 9051 §6.4.4, ESEARCH
// RFC 4731). A folder whose every message is indexed is not selected at all.
// A folder refused (NO to SELECT or SEARCH, CHARSET not taken) is reported in
// the notes; the others go on. Nothing is written to the store.
#include "search/SearchQuery.h"
#include "sync/ImapOperation.h"
#include "sync/ImapSearchRequest.h"

#include <optional>

namespace carteiro {

class ImapSearchOp : public ImapOperation
{
public:
    ImapSearchOp(quint64 token, SearchQuery query, QList<qint64> folderIds)
        : ImapOperation(QStringLiteral("SEARCH")), m_token(token), m_query(std::move(query)),
          m_folderIds(std::move(folderIds))
    {
    }
    void cancel(ImapOperationContext &ctx) override;

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status selected(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    Status nextFolder(ImapOperationContext &ctx);
    Status send(ImapOperationContext &ctx);
    Status report(ImapOperationContext &ctx);

    quint64 m_token;
    SearchQuery m_query;
    QList<qint64> m_folderIds;
    int m_next = 0;
    qint64 m_folderId = 0;
    QString m_folder;
    std::optional<ImapSearchRequest> m_request;
    quint64 m_job = 0;
    QList<ImapSearchHits> m_hits;
    QStringList m_notes;
    bool m_searchedText = false; // words went to the server: say it may not fold accents
};

} // namespace carteiro
