// SPDX-License-Identifier: GPL-3.0-or-later
// ImapAccountSync: the server's half of a search (ImapSearchOp).
#include "sync/ImapAccountSync.h"

#include "sync/ImapSearchOp.h"

namespace carteiro {

void ImapAccountSync::search(quint64 token, const SearchQuery &query, const QList<qint64> &folderIds)
{
    enqueue(std::make_unique<ImapSearchOp>(token, query, folderIds));
}

} // namespace carteiro
