#pragma once
// A pending IMAP action (MailStorePending.cpp): a plain record like those of
// store/StoreRecords.h, in its own header so that only the store and the sync see it.
#include <QDateTime>
#include <QList>
#include <QString>

namespace carteiro {

// An IMAP action on messages, kept durably until the server said OK: made
// while the server was away it is replayed, in id order, when it is back.
struct PendingAction
{
    enum class Kind { Flags = 1, Move = 2, Expunge = 3 }; // Expunge: \Deleted + UID EXPUNGE
    qint64 id = 0;
    QString accountId;
    Kind kind = Kind::Flags;
    QString folder;           // the messages' folder (decoded name)
    QList<quint32> uids;
    QString target;           // Move: the destination folder
    quint32 add = 0, remove = 0; // Flags: MessageFlag bits
    QDateTime created;        // UTC
};

} // namespace carteiro
