// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding mail in the main window (core/search/README.md):
//   - the quick filter above the message list (Ctrl+K): sender, recipients and
//     subject of the rows shown, as you type (MessageListModel::setQuickFilter);
//   - full search (Ctrl+Shift+F): the search bar takes a query (words and
//     from: to: subject: body: since: before: has:attachment is:unread
//     is:flagged) and a scope (this folder, every folder of the account, all
//     accounts); each account's engine answers from its local index at once
//     and then from its server's SEARCH, and the hits gather in the "Search
//     results" virtual folder of the folder tree.
// The window tells it when the Search results node is opened (showResults)
// and asks which account a hit belongs to (accountOf).
#include "engine/SearchRecords.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolButton;
class QWidget;

namespace carteiro {

class AccountEngine;
class MainWindow;
class MessageListView;

class SearchController : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Folder, Account, AllAccounts };

    explicit SearchController(MainWindow *window);

    // Puts the quick filter and the (hidden) search bar above `list`, in its
    // place in `splitter`.
    void install(QSplitter *splitter, MessageListView *list);
    QAction *quickFilterAction() const { return m_filterAction; }
    QAction *searchAction() const { return m_searchAction; }

    // Runs a search (the bar's Search button does this): false with the reason
    // shown in the bar when the query cannot be read or there is nothing to search.
    bool search(const QString &text, Scope scope);
    // The Search results node was opened: the hits fill the message list.
    void showResults();
    // The account of a hit shown in the list (empty when not a hit).
    QString accountOf(qint64 messageId) const { return m_accountOf.value(messageId); }
    bool isRunning() const { return !m_waiting.isEmpty(); }
    const QList<SearchHit> &hits() const { return m_hits; }
    QStringList notes() const { return m_notes; }

    QLineEdit *quickFilter() const { return m_filter; }
    QLineEdit *searchField() const { return m_query; }
    QComboBox *scopeBox() const { return m_scope; }
    QLabel *searchStatus() const { return m_status; }

Q_SIGNALS:
    // Every engine asked has answered (local index and server).
    void finished(int hits);

private:
    void watch(AccountEngine *engine, const QString &accountId);
    void onReport(const QString &accountId, const SearchReport &report);
    void applyFilter(const QString &text);
    void updateFilterCount();
    void showStatus();
    // The folders the scope covers, by account.
    QHash<QString, QList<qint64>> foldersFor(Scope scope) const;
    bool resultsShown() const;

    MainWindow *m_window;
    QWidget *m_filterRow = nullptr, *m_searchRow = nullptr;
    QLineEdit *m_filter = nullptr, *m_query = nullptr;
    QLabel *m_filterCount = nullptr, *m_status = nullptr;
    QComboBox *m_scope = nullptr;
    QAction *m_filterAction = nullptr, *m_searchAction = nullptr;
    QSet<AccountEngine *> m_watched;

    quint64 m_token = 0;             // the search under way (or the last one)
    QString m_queryText;
    QSet<QString> m_waiting;         // accounts whose report is not finished
    QList<SearchHit> m_hits;
    QHash<qint64, QString> m_accountOf; // hit message id -> its account
    QStringList m_notes;
    int m_serverHits = 0;
    qint64 m_lastFolder = 0;         // the folder open before the results (scope "this folder")
    QString m_lastAccount;
};

} // namespace carteiro
