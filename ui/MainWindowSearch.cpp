// MainWindow: finding mail (ui/mail/SearchController.h). Search hits come
// from several folders and accounts: each is read, flagged or moved through
// the engine of its own account.
#include "MainWindow.h"

#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/SearchController.h"
#include "reader/MessageView.h"

#include <QSplitter>

namespace carteiro {

void MainWindow::installSearch(QSplitter *readingSplitter)
{
    m_search = new SearchController(this);
    m_search->install(readingSplitter, m_messages);
}

void MainWindow::openSearchResults()
{
    m_openFolder = kSearchResults; // no folder's rows reach the list meanwhile
    m_reader->clear();
    m_shownRaw.clear();
    m_wantedBody = 0;
    m_search->showResults();
    updateMessageActions();
}

void MainWindow::followSearchHit(const QList<qint64> &selectedIds)
{
    if (m_openFolder != kSearchResults || selectedIds.isEmpty())
        return;
    if (const QString account = m_search->accountOf(selectedIds.first()); !account.isEmpty())
        m_engines->setCurrent(account);
}

void MainWindow::markShownRead(const QModelIndex &row)
{
    const qint64 id = row.data(MessageListModel::MessageIdRole).toLongLong();
    mail()->setFlags({id}, MessageFlag::Seen, 0);
    if (m_openFolder == kSearchResults) // no folder's rows follow here: the hit itself changes
        m_messageModel->updateFlags(id, row.data(MessageListModel::FlagsRole).toUInt() | MessageFlag::Seen);
}

} // namespace carteiro
