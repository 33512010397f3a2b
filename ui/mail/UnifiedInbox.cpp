// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnifiedInbox.h"

#include "FolderTreeModel.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "engine/AccountEngine.h"
#include "engine/AccountEngines.h"

#include <QtGlobal>

namespace carteiro {

namespace {
// Tokens of their own: SearchController numbers its searches from 1, and both
// listen to every engine's searchReport.
constexpr quint64 kFirstToken = quint64(1) << 62;
constexpr int kRefreshDelayMs = 300; // news of several accounts in a burst: one refresh
} // namespace

UnifiedInbox::UnifiedInbox(MainWindow *window) : QObject(window), m_window(window), m_token(kFirstToken)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &UnifiedInbox::ask);
    AccountEngines *engines = window->engines();
    connect(engines, &AccountEngines::engineAdded, this, &UnifiedInbox::watch);
    for (const QString &id : engines->accountIds())
        watch(engines->find(id), id);
}

void UnifiedInbox::watch(AccountEngine *engine, const QString &accountId)
{
    if (!engine || m_watched.contains(engine))
        return;
    m_watched.insert(engine);
    connect(engine, &AccountEngine::searchReport, this,
            [this, accountId](const SearchReport &r) { onReport(accountId, r); });
    // An inbox's news: asked again shortly (several in a burst make one refresh).
    auto news = [this, accountId](qint64 folderId) {
        if (m_shown && m_inboxes.value(accountId) == folderId)
            m_refresh.start();
    };
    connect(engine, &AccountEngine::newMail, this, news);
    connect(engine, &AccountEngine::folderSynced, this, news);
    connect(engine, &AccountEngine::messagesRemoved, this, news);
    connect(engine, &QObject::destroyed, this, [this, engine, accountId] {
        m_watched.remove(engine);
        m_rows.remove(accountId);
        if (m_waiting.remove(accountId) && m_waiting.isEmpty())
            apply();
    });
}

void UnifiedInbox::show()
{
    m_shown = true;
    m_fresh = true;
    m_rows.clear();
    m_accountOf.clear();
    m_window->messageModel()->clear();
    // Each account's engine opens its Inbox: synchronised now and watched
    // (IDLE) from then on, so news of any account reaches the list.
    const QHash<QString, qint64> boxes = m_window->folderModel()->inboxes();
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (AccountEngine *engine = m_window->engines()->find(it.key()))
            engine->openFolder(it.value());
    ask();
}

void UnifiedInbox::hide()
{
    m_shown = false;
    m_refresh.stop();
    m_waiting.clear();
}

void UnifiedInbox::ask()
{
    if (!m_shown)
        return;
    ++m_token;
    m_inboxes = m_window->folderModel()->inboxes();
    m_waiting.clear();
    for (auto it = m_inboxes.cbegin(); it != m_inboxes.cend(); ++it) {
        AccountEngine *engine = m_window->engines()->find(it.key());
        if (!engine)
            continue;
        watch(engine, it.key());
        m_waiting.insert(it.key());
        engine->search(m_token, SearchQuery{}, {it.value()});
    }
    if (m_waiting.isEmpty())
        apply();
}

void UnifiedInbox::onReport(const QString &accountId, const SearchReport &report)
{
    if (report.token != m_token || !m_waiting.contains(accountId))
        return;
    QList<StoredMessage> &rows = m_rows[accountId];
    rows.clear();
    rows.reserve(report.hits.size());
    for (const SearchHit &h : report.hits)
        rows.append(h.message);
    if (report.finished && m_waiting.remove(accountId) && m_waiting.isEmpty())
        apply();
}

void UnifiedInbox::apply()
{
    if (!m_shown)
        return;
    QList<StoredMessage> all;
    QHash<qint64, QString> accountOf;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        for (const StoredMessage &m : it.value()) {
            all.append(m);
            accountOf.insert(m.id, it.key());
        }
    }
    MessageListModel *model = m_window->messageModel();
    if (m_fresh) {
        model->setMessages(all);
        m_fresh = false;
    } else {
        // In place: new rows added, changed ones updated, gone ones removed; the
        // selection and the scroll position stay.
        QList<qint64> gone;
        for (auto it = m_accountOf.cbegin(); it != m_accountOf.cend(); ++it)
            if (!accountOf.contains(it.key()))
                gone << it.key();
        if (!gone.isEmpty())
            model->remove(gone);
        model->upsert(all);
    }
    m_accountOf = std::move(accountOf);
    Q_EMIT loaded(int(all.size()));
}

} // namespace carteiro
