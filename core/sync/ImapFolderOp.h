// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Folder-level commands on the account's one connection: CREATE (RFC 3501
// §6.3.3), RENAME (§6.3.5), DELETE (§6.3.4), SUBSCRIBE and UNSUBSCRIBE
// (RFC 9051 §6.3.7-6.3.8). A folder that is selected is
// left first (UNSELECT, RFC 3691, when offered) so no server has to delete or
// rename the mailbox under an open selection. The store follows only once the
// server said OK (a renamed folder keeps its cached messages, its children are
// renamed with it); a refusal comes back in the server's words.
#include "sync/ImapOperation.h"

namespace carteiro {

class ImapFolderOp : public ImapOperation
{
public:
    enum class Kind { Create, Rename, Delete, Subscribe, Unsubscribe };
    // `folder`: the decoded full name; `newName`: Rename's new full name.
    ImapFolderOp(Kind kind, QString folder, QString newName = {});
    // The store side alone (after the server's OK, or at once while offline):
    // false with `error` set when the store refused.
    static bool applyToStore(MailStore &store, const QString &accountId, Kind kind, const QString &folder,
                             const QString &newName, QString *error);

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &ctx, quint64 job, const ImapCompletion &c) override;

private:
    Status issue(ImapOperationContext &ctx);

    Kind m_kind;
    QString m_folder;
    QString m_newName;
    quint64 m_unselectJob = 0;
};

} // namespace carteiro
