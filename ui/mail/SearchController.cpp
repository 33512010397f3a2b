// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchController.h"

#include "FolderTreeModel.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageListView.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace carteiro {

SearchController::SearchController(MainWindow *window) : QObject(window), m_window(window)
{
    m_filterAction = new QAction(tr("&Quick Filter"), window);
    m_filterAction->setObjectName(QStringLiteral("quickFilterAction"));
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_filterAction->setStatusTip(tr("Filter the messages of this folder by sender, recipient or subject"));
    m_searchAction = new QAction(tr("&Search Messages..."), window);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setStatusTip(tr("Search the text of your mail, in this folder, this account or all accounts"));
    window->addAction(m_filterAction);
    window->addAction(m_searchAction);
}

void SearchController::install(QSplitter *splitter, MessageListView *list)
{
    auto *pane = new QWidget;
    pane->setObjectName(QStringLiteral("messagePane"));
    auto *v = new QVBoxLayout(pane);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);

    // Full search: hidden until Ctrl+Shift+F.
    m_searchRow = new QWidget(pane);
    m_searchRow->setObjectName(QStringLiteral("searchBar"));
    auto *sv = new QVBoxLayout(m_searchRow);
    sv->setContentsMargins(4, 4, 4, 0);
    auto *sh = new QHBoxLayout;
    m_query = new QLineEdit(m_searchRow);
    m_query->setObjectName(QStringLiteral("searchField"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Search: words, from:, to:, subject:, body:, since:2024-03-01, has:attachment, "
                                   "is:unread"));
    m_query->setAccessibleName(tr("Search messages"));
    m_query->setToolTip(tr("Words are found in the sender, recipients, subject and text, with or without "
                           "accents.\nTerms: from:joao to:bob subject:\"aula 3\" body:carteiro since:2024-03-01 "
                           "before:2024-04-01 has:attachment is:unread is:flagged"));
    m_scope = new QComboBox(m_searchRow);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("Where to search"));
    m_scope->addItem(tr("This folder"), int(Scope::Folder));
    m_scope->addItem(tr("All folders of this account"), int(Scope::Account));
    m_scope->addItem(tr("All accounts"), int(Scope::AllAccounts));
    m_scope->setCurrentIndex(1);
    auto *go = new QPushButton(tr("Search"), m_searchRow);
    go->setObjectName(QStringLiteral("searchButton"));
    auto *close = new QToolButton(m_searchRow);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the search bar (Esc)"));
    close->setAccessibleName(tr("Close the search bar"));
    sh->addWidget(m_query, 1);
    sh->addWidget(m_scope);
    sh->addWidget(go);
    sh->addWidget(close);
    sv->addLayout(sh);
    m_status = new QLabel(m_searchRow);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sv->addWidget(m_status);
    m_searchRow->hide();
    auto run = [this] { search(m_query->text(), Scope(m_scope->currentData().toInt())); };
    connect(m_query, &QLineEdit::returnPressed, this, run);
    connect(go, &QPushButton::clicked, this, run);
    connect(close, &QToolButton::clicked, m_searchRow, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_searchRow, &QWidget::hide);

    // The quick filter: always there, above the list.
    m_filterRow = new QWidget(pane);
    m_filterRow->setObjectName(QStringLiteral("quickFilterBar"));
    auto *fh = new QHBoxLayout(m_filterRow);
    fh->setContentsMargins(4, 2, 4, 0);
    m_filter = new QLineEdit(m_filterRow);
    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by sender, recipient or subject (Ctrl+K)"));
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filterCount = new QLabel(m_filterRow);
    m_filterCount->setObjectName(QStringLiteral("quickFilterCount"));
    fh->addWidget(m_filter, 1);
    fh->addWidget(m_filterCount);
    connect(m_filter, &QLineEdit::textChanged, this, &SearchController::applyFilter);
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, m_filter, &QLineEdit::clear);

    const int at = splitter->indexOf(list);
    v->addWidget(m_searchRow);
    v->addWidget(m_filterRow);
    v->addWidget(list, 1);
    splitter->insertWidget(qMax(at, 0), pane);

    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchRow->show();
        m_query->setFocus(Qt::ShortcutFocusReason);
        m_query->selectAll();
    });
    // The rows change with the folder; the filter's count follows them.
    MessageListModel *model = m_window->messageModel();
    connect(model, &QAbstractItemModel::modelReset, this, &SearchController::updateFilterCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SearchController::updateFilterCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SearchController::updateFilterCount);
    // "This folder" is the last real folder opened.
    connect(m_window->folderView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(FolderTreeModel::FolderIdRole).toLongLong();
                if (id) {
                    m_lastFolder = id;
                    m_lastAccount = current.data(FolderTreeModel::AccountIdRole).toString();
                }
            });
    AccountEngines *engines = m_window->engines();
    connect(engines, &AccountEngines::engineAdded, this, &SearchController::watch);
    for (const QString &id : engines->accountIds())
        watch(engines->find(id), id);
}

void SearchController::watch(AccountEngine *engine, const QString &accountId)
{
    if (!engine || m_watched.contains(engine))
        return;
    m_watched.insert(engine);
    connect(engine, &AccountEngine::searchReport, this,
            [this, accountId](const SearchReport &r) { onReport(accountId, r); });
    connect(engine, &QObject::destroyed, this, [this, engine, accountId] {
        m_watched.remove(engine);
        if (m_waiting.remove(accountId) && m_waiting.isEmpty()) {
            showStatus();
            Q_EMIT finished(int(m_hits.size()));
        }
    });
}

void SearchController::applyFilter(const QString &text)
{
    MessageListModel *model = m_window->messageModel();
    const QList<qint64> selected = m_window->messageView()->selectedMessageIds();
    model->setQuickFilter(text);
    if (selected.size() == 1)
        m_window->selectMessage(selected.first()); // still shown: stays selected
    updateFilterCount();
}

void SearchController::updateFilterCount()
{
    const MessageListModel *model = m_window->messageModel();
    m_filterCount->setText(model->isFiltered()
                               ? tr("%1 of %2").arg(QLocale().toString(model->shownCount()),
                                                    QLocale().toString(model->messageCount()))
                               : QString());
}

bool SearchController::resultsShown() const
{
    return m_window->folderView()->currentIndex().data(FolderTreeModel::IsSearchRole).toBool();
}

QHash<QString, QList<qint64>> SearchController::foldersFor(Scope scope) const
{
    const FolderTreeModel *tree = m_window->folderModel();
    auto collect = [tree](const QModelIndex &account) {
        QList<qint64> ids;
        QList<QModelIndex> stack{account};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int r = 0; r < tree->rowCount(parent); ++r) {
                const QModelIndex i = tree->index(r, 0, parent);
                if (const qint64 id = i.data(FolderTreeModel::FolderIdRole).toLongLong())
                    ids << id;
                stack << i;
            }
        }
        return ids;
    };
    QHash<QString, QList<qint64>> out;
    const QString account = !m_lastAccount.isEmpty() ? m_lastAccount : m_window->engines()->currentAccountId();
    switch (scope) {
    case Scope::Folder:
        if (m_lastFolder)
            out.insert(m_lastAccount, {m_lastFolder});
        break;
    case Scope::Account:
        if (const QModelIndex a = tree->accountIndex(account); a.isValid())
            out.insert(account, collect(a));
        break;
    case Scope::AllAccounts:
        for (int r = 0; r < tree->rowCount(); ++r) {
            const QModelIndex a = tree->index(r, 0);
            if (a.data(FolderTreeModel::IsAccountRole).toBool())
                out.insert(a.data(FolderTreeModel::AccountIdRole).toString(), collect(a));
        }
        break;
    }
    for (auto it = out.begin(); it != out.end();)
        it = it.value().isEmpty() ? out.erase(it) : std::next(it);
    return out;
}

bool SearchController::search(const QString &text, Scope scope)
{
    m_searchRow->show();
    if (m_query->text() != text)
        m_query->setText(text);
    QString error;
    const auto query = SearchQuery::parse(text, &error);
    if (!query || query->isEmpty()) {
        m_status->setText(query ? tr("Type words to search for, or terms such as from:joao, subject:aula or "
                                     "is:unread.")
                                : error);
        return false;
    }
    const QHash<QString, QList<qint64>> folders = foldersFor(scope);
    if (folders.isEmpty()) {
        m_status->setText(tr("There is no folder to search yet: open a folder first."));
        return false;
    }
    ++m_token;
    m_queryText = text.simplified();
    m_hits.clear();
    m_accountOf.clear();
    m_notes.clear();
    m_serverHits = 0;
    m_waiting.clear();
    FolderTreeModel *tree = m_window->folderModel();
    tree->setSearchResults(m_queryText, 0, true);
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        AccountEngine *engine = m_window->engines()->find(it.key());
        if (!engine)
            continue;
        watch(engine, it.key());
        m_waiting.insert(it.key());
        engine->search(m_token, *query, it.value());
    }
    // The virtual folder opens (MainWindow::onFolderActivated calls showResults).
    if (resultsShown())
        showResults();
    else
        m_window->folderView()->setCurrentIndex(tree->searchResultsIndex());
    showStatus();
    return true;
}

void SearchController::onReport(const QString &accountId, const SearchReport &report)
{
    if (report.token != m_token || !m_waiting.contains(accountId))
        return;
    QList<StoredMessage> fresh;
    for (const SearchHit &h : report.hits) {
        if (m_accountOf.contains(h.message.id))
            continue;
        m_accountOf.insert(h.message.id, h.accountId);
        m_hits.append(h);
        fresh.append(h.message);
        if (h.where == SearchHit::Where::Server)
            ++m_serverHits;
    }
    for (const QString &note : report.notes)
        if (!m_notes.contains(note))
            m_notes << note;
    if (report.finished)
        m_waiting.remove(accountId);
    if (resultsShown() && !fresh.isEmpty())
        m_window->messageModel()->upsert(fresh);
    m_window->folderModel()->setSearchResults(m_queryText, m_hits.size(), isRunning());
    showStatus();
    if (!isRunning())
        Q_EMIT finished(int(m_hits.size()));
}

void SearchController::showResults()
{
    QList<StoredMessage> rows;
    rows.reserve(m_hits.size());
    for (const SearchHit &h : std::as_const(m_hits))
        rows.append(h.message);
    m_window->messageModel()->setMessages(std::move(rows));
    updateFilterCount();
}

void SearchController::showStatus()
{
    QString text;
    const int n = int(m_hits.size());
    if (isRunning())
        text = tr("Searching for \u201c%1\u201d... %n message(s) so far.", nullptr, n).arg(m_queryText);
    else if (m_serverHits > 0)
        text = tr("%n message(s) found for \u201c%1\u201d", nullptr, n).arg(m_queryText) + QLatin1Char(' ') +
               tr("(%n by the server's SEARCH, not yet downloaded).", nullptr, m_serverHits);
    else
        text = tr("%n message(s) found for \u201c%1\u201d.", nullptr, n).arg(m_queryText);
    for (const QString &note : std::as_const(m_notes))
        text += QLatin1Char('\n') + note;
    m_status->setText(text);
}

} // namespace carteiro
