// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// All Inboxes (issue 12 §5): the inboxes of every mail account in one list.
// Opening the node opens each account's Inbox in its engine (synchronised,
// then watched with IDLE) and asks each for the Inbox rows as stored
// (AccountEngine::search with no terms: no index, no server); the list then
// follows each inbox's news (new mail, a finished sync, expunges) with a
// short delay, updating rows in place so the selection stays. Which account
// a row belongs to is kept, so opening, flagging or deleting it goes to that
// account's engine.
#include "engine/SearchRecords.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace carteiro {

class AccountEngine;
class MainWindow;

class UnifiedInbox : public QObject
{
    Q_OBJECT
public:
    explicit UnifiedInbox(MainWindow *window);

    // The node was opened (or the window wants it shown again).
    void show();
    // Left for another folder: news no longer reaches the list.
    void hide();
    bool isShown() const { return m_shown; }
    // The account of a row shown (empty when unknown).
    QString accountOf(qint64 messageId) const { return m_accountOf.value(messageId); }
    // How many accounts' answers are still awaited.
    int waiting() const { return int(m_waiting.size()); }

Q_SIGNALS:
    // Every account answered and the list shows their rows.
    void loaded(int rows);

private:
    void watch(AccountEngine *engine, const QString &accountId);
    void onReport(const QString &accountId, const SearchReport &report);
    void ask();
    void apply();

    MainWindow *m_window;
    QSet<AccountEngine *> m_watched;
    QTimer m_refresh;
    bool m_shown = false;
    bool m_fresh = true;              // the next answer replaces the list (after show())
    quint64 m_token;
    QHash<QString, qint64> m_inboxes; // account -> its Inbox folder id, as asked
    QSet<QString> m_waiting;
    QHash<QString, QList<StoredMessage>> m_rows; // account -> its Inbox rows, last answer
    QHash<qint64, QString> m_accountOf;
};

} // namespace carteiro
