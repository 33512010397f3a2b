// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalMailboxWait.h"

#include <QSignalSpy>
#include <QTest>

namespace carteiro::test {

QList<StoredMessage> openAndList(LocalMailboxes &boxes, const QString &path, qint64 *folderId)
{
    QSignalSpy synced(&boxes, &LocalMailboxes::folderSynced);
    QSignalSpy loaded(&boxes, &LocalMailboxes::folderLoaded);
    QSignalSpy more(&boxes, &LocalMailboxes::messagesUpserted);
    QSignalSpy opened(&boxes, &LocalMailboxes::opened);
    const qint64 folder = boxes.open(path);
    if (folderId)
        *folderId = folder;
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30000))
        return {};
    boxes.openFolder(folder);
    (void)QTest::qWaitFor([&] { return !synced.isEmpty(); }, 60000); // the caller checks the rows
    return rowsFrom(loaded, more);
}

QList<StoredMessage> rowsFrom(const QSignalSpy &loaded, const QSignalSpy &more)
{
    QList<StoredMessage> rows;
    for (const QSignalSpy *spy : {&loaded, &more})
        for (const QList<QVariant> &args : *spy)
            rows += args.at(1).value<QList<StoredMessage>>();
    return rows;
}

} // namespace carteiro::test
