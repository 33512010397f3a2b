// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One folder brought up to date (ImapFolderSync: SELECT with QRESYNC or
// CONDSTORE, expunges, flags, new mail). What it wrote is handed on as it is
// written: new rows with their ids, rows whose flags changed, ids removed.
#include "sync/ImapFolderSync.h"
#include "sync/ImapOperation.h"

#include <QPointer>

namespace carteiro {

class ImapSyncFolderOp : public ImapOperation
{
public:
    // `announceNewMail`: after IDLE news, report newMail for new unseen rows.
    // `options`: how ImapFolderSync works (first chunk, chunk size, EXAMINE, QRESYNC).
    ImapSyncFolderOp(QString folder, bool announceNewMail = false, ImapFolderSync::Options options = {})
        : ImapOperation(QStringLiteral("SYNC")), m_folder(std::move(folder)), m_announce(announceNewMail),
          m_options(options)
    {
    }
    ~ImapSyncFolderOp() override;
    // The store's row for the account's folder `name`, made when the store has
    // none yet (a new store, before the LIST): its id, 0 when the store refused.
    static qint64 folderRow(MailStore *store, const QString &accountId, const QString &name);
    void cancel(ImapOperationContext &ctx) override;
    QString folder() const { return m_folder; }

protected:
    Status begin(ImapOperationContext &ctx) override;
    Status completed(ImapOperationContext &, quint64, const ImapCompletion &) override { return status(); }

private:
    void onFinished(ImapOperationContext &ctx, bool ok, const QString &error);

    QString m_folder;
    bool m_announce;
    ImapFolderSync::Options m_options;
    QPointer<ImapFolderSync> m_sync;
    QList<qint64> m_removedIds; // rows expunged on the server, reported once the sync ended well
};

} // namespace carteiro
