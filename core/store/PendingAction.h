// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A pending IMAP action (MailStorePending.cpp): a plain record like those of
// store/StoreRecords.h, in its own header so that only the store and the sync see it.
#include <QDateTime>
#include <QList>
#include <QString>

namespace carteiro {

// An IMAP action on messages or folders, kept durably until the server said OK: made
// while the server was away it is replayed, in id order, when it is back.
struct PendingAction
{
    // Expunge: \Deleted + UID EXPUNGE. The folder kinds (CreateFolder..DeleteFolder,
    // Subscribe, Unsubscribe) name the folder in
    // `folder` (and RenameFolder the new name in `target`); they carry no UIDs.
    enum class Kind { Flags = 1, Move = 2, Expunge = 3, CreateFolder = 4, RenameFolder = 5, DeleteFolder = 6,
                      Copy = 7, Subscribe = 8, Unsubscribe = 9 };
    qint64 id = 0;
    QString accountId;
    Kind kind = Kind::Flags;
    QString folder;           // the messages' folder (decoded name)
    QList<quint32> uids;
    QString target;           // Move, Copy: the destination folder
    quint32 add = 0, remove = 0; // Flags: MessageFlag bits
    QDateTime created;        // UTC
};

} // namespace carteiro
