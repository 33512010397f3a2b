// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens a mailbox from disk in a LocalMailboxes (engine/LocalMailboxes.h),
// shows it and waits until every message is read (a hang guard, not a timing
// check): the rows in the order they were handed over.
#include "engine/LocalMailboxes.h"

class QSignalSpy;

namespace carteiro::test {

// The rows of (folderId, rows) signals caught by two spies: folderLoaded, then
// messagesUpserted (LocalMailboxes and AccountEngine alike).
QList<StoredMessage> rowsFrom(const QSignalSpy &loaded, const QSignalSpy &more);
QList<StoredMessage> openAndList(LocalMailboxes &boxes, const QString &path, qint64 *folderId = nullptr);

} // namespace carteiro::test
