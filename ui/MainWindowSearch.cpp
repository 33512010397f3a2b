// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the virtual folders, Search results (ui/mail/SearchController.h)
// and All Inboxes (ui/mail/UnifiedInbox.h). Their rows come from several
// folders and accounts: each is read, flagged or moved through the engine of
// its own account.
#include "MainWindow.h"

#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/SearchController.h"
#include "mail/UnifiedInbox.h"
#include "reader/MessageView.h"

#include <QSplitter>

namespace carteiro {

void MainWindow::installSearch(QSplitter *readingSplitter)
{
    m_search = new SearchController(this);
    m_search->install(readingSplitter, m_messages);
    m_unified = new UnifiedInbox(this);
}

void MainWindow::openUnifiedInbox()
{
    m_openFolder = kUnifiedInbox; // no single folder's rows reach the list meanwhile
    m_reader->clear();
    m_shownRaw.clear();
    m_wantedBody = 0;
    m_unified->show();
    updateMessageActions();
}

void MainWindow::openSearchResults()
{
    m_unified->hide();
    m_openFolder = kSearchResults; // no folder's rows reach the list meanwhile
    m_reader->clear();
    m_shownRaw.clear();
    m_wantedBody = 0;
    m_search->showResults();
    updateMessageActions();
}

void MainWindow::followSearchHit(const QList<qint64> &selectedIds)
{
    if (m_openFolder >= 0 || selectedIds.isEmpty())
        return;
    const qint64 first = selectedIds.first();
    const QString account = m_openFolder == kSearchResults ? m_search->accountOf(first) : m_unified->accountOf(first);
    if (!account.isEmpty())
        m_engines->setCurrent(account);
}

void MainWindow::markShownRead(const QModelIndex &row)
{
    const qint64 id = row.data(MessageListModel::MessageIdRole).toLongLong();
    mail()->setFlags({id}, MessageFlag::Seen, 0);
    if (m_openFolder < 0) // a virtual folder: no folder's rows follow here, the row itself changes
        m_messageModel->updateFlags(id, row.data(MessageListModel::FlagsRole).toUInt() | MessageFlag::Seen);
}

} // namespace carteiro
