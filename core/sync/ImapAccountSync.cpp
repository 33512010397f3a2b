// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapAccountSync.h"

#include "sync/ImapAppendOp.h"
#include "sync/ImapDeleteOp.h"
#include "sync/ImapFetchBodyOp.h"
#include "sync/ImapFolderOp.h"
#include "sync/ImapIdleOp.h"
#include "sync/ImapListFoldersOp.h"
#include "sync/ImapMoveOp.h"
#include "sync/ImapPrefetchOp.h"
#include "sync/ImapStoreFlagsOp.h"
#include "sync/ImapSyncFolderOp.h"

#include <QTimer>

#include <algorithm>

namespace carteiro {

class ImapAccountSync::Events : public ImapOperationEvents
{
public:
    explicit Events(ImapAccountSync *s) : q(s) {}
    void foldersChanged() override { Q_EMIT q->foldersChanged(q->m_accountId); }
    void syncProgress(qint64 f, qint64 known, qint64 total) override { Q_EMIT q->syncProgress(f, known, total); }
    void folderCountKnown(qint64 f, qint64 exists) override { Q_EMIT q->folderCountKnown(f, exists); }
    void chunkStored(qint64 f, const QList<StoredMessage> &rows) override { Q_EMIT q->chunkStored(f, rows); }
    void folderSynced(qint64 f, int a, int c, int r) override { Q_EMIT q->folderSynced(f, a, c, r); }
    void syncStats(qint64, const ImapFolderSync::Stats &s) override { q->m_lastStats = s; }
    void newMail(qint64 f, int unseen) override { Q_EMIT q->newMail(f, unseen); }
    void bodyReady(qint64 id) override { Q_EMIT q->bodyReady(id); }
    void prefetchProgress(qint64 f, qint64 done, qint64 total) override { Q_EMIT q->prefetchProgress(f, done, total); }
    void flagsChanged(const QList<StoredMessage> &rows) override { Q_EMIT q->flagsChanged(rows); }
    void messagesMoved(const QList<qint64> &ids, qint64 t) override { Q_EMIT q->messagesMoved(ids, t); }
    void messagesRemoved(const QList<qint64> &ids) override { Q_EMIT q->messagesRemoved(ids); }
    void appended(const QString &folder, quint32 uid) override { Q_EMIT q->appended(folder, uid); }
    void conflict(const QString &message) override { Q_EMIT q->conflict(message); }
    void searchDone(quint64 token, const QList<ImapSearchHits> &hits, const QStringList &notes) override
    {
        Q_EMIT q->searchDone(token, hits, notes);
    }

private:
    ImapAccountSync *q;
};

const char *ImapAccountSync::stateName(State state)
{
    switch (state) {
    case State::Idle: return "IDLE";
    case State::Connecting: return "CONNECTING";
    case State::Ready: return "READY";
    case State::Working: return "WORKING";
    case State::Watching: return "WATCHING";
    case State::Closed: return "CLOSED";
    case State::Failed: return "FAILED";
    }
    return "?";
}

ImapAccountSync::ImapAccountSync(TraceHub *hub, ChannelOptions channel, ImapSession::Config config,
                                 MailStore *store, QString accountId, QObject *parent)
    : QObject(parent), m_hub(hub), m_channel(std::move(channel)), m_config(std::move(config)), m_store(store),
      m_accountId(std::move(accountId)), m_events(std::make_unique<Events>(this))
{
    m_ctx.store = m_store;
    m_ctx.accountId = m_accountId;
    m_ctx.events = m_events.get();
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(60 * 1000);
    connect(m_pollTimer, &QTimer::timeout, this, &ImapAccountSync::poll);
    m_ctx.finished = [this](ImapOperation *op) {
        // Later, not inside the operation's own call stack.
        QTimer::singleShot(0, this, [this, op] {
            if (op == m_current.get())
                settle(op->status());
        });
    };
}

ImapAccountSync::~ImapAccountSync()
{
    m_queue.clear();
    m_current.reset();
    delete m_conn;
}

void ImapAccountSync::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(QString::fromLatin1(stateName(s)));
}

bool ImapAccountSync::isOnline() const
{
    return m_conn && m_conn->isReady() &&
           (m_state == State::Ready || m_state == State::Working || m_state == State::Watching);
}

void ImapAccountSync::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_store || !m_store->isOpen()) {
        setState(State::Failed);
        Q_EMIT operationFailed(QStringLiteral("STORE"), tr("the local store is not open"));
        return;
    }
    m_conn = new ImapConnection(m_hub, m_channel, m_config);
    m_conn->setStepGate(m_gate);
    m_ctx.connection = m_conn;
    connect(m_conn, &ImapConnection::ready, this, [this] {
        setState(State::Ready);
        replayPending(); // actions made offline go first, in the order they were made
        Q_EMIT ready();
        runNext();
    });
    connect(m_conn, &ImapConnection::untagged, this, &ImapAccountSync::onUntagged);
    connect(m_conn, &ImapConnection::jobFinished, this, &ImapAccountSync::onJobFinished);
    connect(m_conn, &ImapConnection::failed, this, [this](const QString &m) {
        if (m_state == State::Closed)
            return;
        const QString step = m_conn->session().failedStep();
        if (step == QLatin1String("LOGIN") || step == QLatin1String("AUTHENTICATE")) {
            m_loginRefused = true;
            setState(State::Failed);
            Q_EMIT loginFailed(m_conn->session().error());
            return;
        }
        setState(State::Failed);
        Q_EMIT operationFailed(QStringLiteral("CONNECTION"), m);
    });
    connect(m_conn, &ImapConnection::closed, this, [this] {
        m_queue.clear();
        m_current.reset();
        if (m_state != State::Failed)
            setState(State::Closed);
        Q_EMIT closed();
    });
    setState(State::Connecting);
    m_conn->open();
}

void ImapAccountSync::close()
{
    m_watch.clear();
    m_queue.clear();
    if (m_current && m_current->isIdle())
        m_conn->stopIdle();
    if (m_conn)
        m_conn->close(); // LOGOUT (RFC 3501 §6.1.3) after what is in flight
}

void ImapAccountSync::cancel()
{
    m_queue.clear();
    if (m_current && !m_current->isIdle())
        m_current->cancel(m_ctx);
}

void ImapAccountSync::enqueue(OpPtr op)
{
    m_queue.push_back(std::move(op));
    runNext();
}

void ImapAccountSync::runNext()
{
    if (!m_conn || !m_conn->isReady())
        return;
    if (m_current) {
        if (m_current->isIdle() && !m_queue.empty())
            m_conn->stopIdle(); // RFC 2177 §3: DONE, then the queued work
        return;
    }
    if (m_queue.empty()) {
        if (m_watch.isEmpty()) {
            setState(State::Ready);
        } else if (m_conn->session().hasCapability("IDLE")) {
            enqueue(std::make_unique<ImapIdleOp>(m_watch));
        } else { // no IDLE (RFC 2177): poll, spaced by the timer
            setState(State::Watching);
            if (!m_pollTimer->isActive())
                m_pollTimer->start();
        }
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    setState(m_current->isIdle() ? State::Watching : State::Working);
    settle(m_current->start(m_ctx));
}

void ImapAccountSync::settle(ImapOperation::Status status)
{
    if (status == ImapOperation::Status::Running || !m_current)
        return;
    OpPtr op = std::move(m_current);
    if (status == ImapOperation::Status::Failed) {
        if (op->isIdle())
            m_watch.clear();
        if (op->checksUids() && isOnline())
            Q_EMIT conflict(tr("%1 was refused by the server and is dropped: %2").arg(op->step(), op->error()));
        else
            Q_EMIT operationFailed(op->step(), op->error());
        // A refused folder change made offline was already shown: LIST puts
        // the server's folders back (RFC 3501 §6.3.8).
        if (dynamic_cast<const ImapFolderOp *>(op.get()) && isOnline())
            m_queue.push_front(std::make_unique<ImapListFoldersOp>());
    }
    // A folder made or renamed: LIST brings its attributes and wire name.
    if (status == ImapOperation::Status::Done && dynamic_cast<const ImapFolderOp *>(op.get())) {
        const bool listQueued = std::any_of(m_queue.cbegin(), m_queue.cend(), [](const OpPtr &q) {
            return dynamic_cast<const ImapListFoldersOp *>(q.get()) != nullptr;
        });
        if (!listQueued)
            m_queue.push_back(std::make_unique<ImapListFoldersOp>());
    }
    // Answered by the server (OK or NO): the durable action is done with. A
    // connection lost midway keeps it for the next login.
    if (op->pendingId() != 0 && isOnline())
        m_store->removePendingAction(op->pendingId());
    if (const auto *idle = dynamic_cast<const ImapIdleOp *>(op.get()); idle && idle->news() && !m_watch.isEmpty())
        m_queue.push_front(std::make_unique<ImapSyncFolderOp>(idle->folder(), true, m_syncOptions)); // before queued work
    op.reset();
    QTimer::singleShot(0, this, &ImapAccountSync::runNext);
}

void ImapAccountSync::onJobFinished(quint64 job, const ImapCompletion &c)
{
    if (!m_current || !m_current->owns(job))
        return;
    if (c.cancelled && !m_current->isIdle()) {
        settle(ImapOperation::Status::Done);
        return;
    }
    settle(m_current->onCompleted(m_ctx, job, c));
}

void ImapAccountSync::onUntagged(const ImapResponse &r)
{
    if (m_current)
        m_current->onUntagged(m_ctx, r);
}

// --- folders and messages ---------------------------------------------------

void ImapAccountSync::refreshFolders()
{
    enqueue(std::make_unique<ImapListFoldersOp>());
}

std::optional<StoredFolder> ImapAccountSync::specialFolder(const QByteArray &use) const
{
    for (const StoredFolder &f : m_store->folders(m_accountId))
        if (!f.local && f.specialUse.compare(use, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

void ImapAccountSync::prefetch(qint64 folderId)
{
    const auto f = m_store->folder(folderId);
    if (!f || f->local || !f->selectable) {
        Q_EMIT operationFailed(QStringLiteral("FETCH"), tr("FETCH: folder %1 is not a folder on the server").arg(folderId));
        return;
    }
    for (const OpPtr &queued : m_queue) // one is enough: it fetches whatever is missing when it runs
        if (const auto *p = dynamic_cast<const ImapPrefetchOp *>(queued.get()); p && p->folderId() == folderId)
            return;
    enqueue(std::make_unique<ImapPrefetchOp>(folderId, f->name));
}

void ImapAccountSync::syncFolder(const QString &name)
{
    enqueue(std::make_unique<ImapSyncFolderOp>(name, false, m_syncOptions));
}

void ImapAccountSync::syncFolderFirst(const QString &name)
{
    const auto list = std::find_if(m_queue.begin(), m_queue.end(), [](const OpPtr &op) {
        return dynamic_cast<const ImapListFoldersOp *>(op.get()) != nullptr;
    });
    m_queue.insert(list, std::make_unique<ImapSyncFolderOp>(name, false, m_syncOptions));
    runNext();
}

QHash<qint64, QList<StoredMessage>> ImapAccountSync::byFolder(const QList<qint64> &ids, const QString &step)
{
    QHash<qint64, QList<StoredMessage>> out;
    for (const qint64 id : ids) {
        const auto m = m_store->message(id);
        if (!m || m->uid == 0) {
            Q_EMIT operationFailed(step, tr("%1: message %2 is not an IMAP message in the store").arg(step).arg(id));
            continue;
        }
        out[m->folderId].append(*m);
    }
    return out;
}

namespace {
QList<quint32> uidsOf(const QList<StoredMessage> &messages)
{
    QList<quint32> uids;
    for (const StoredMessage &m : messages)
        uids << m.uid;
    return uids;
}
} // namespace

void ImapAccountSync::fetchMessage(qint64 messageId)
{
    enqueue(std::make_unique<ImapFetchBodyOp>(messageId));
}

void ImapAccountSync::setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove)
{
    const QString step = QStringLiteral("STORE");
    const auto groups = byFolder(messageIds, step);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto folder = m_store->folder(it.key());
        if (!folder) {
            Q_EMIT operationFailed(step, tr("STORE: the folder of message %1 is gone").arg(it.value().first().id));
            continue;
        }
        PendingAction a;
        a.kind = PendingAction::Kind::Flags;
        a.folder = folder->name;
        a.uids = uidsOf(it.value());
        a.add = add;
        a.remove = remove;
        record(a);
    }
}

void ImapAccountSync::move(const QList<qint64> &messageIds, qint64 targetFolderId, bool copy)
{
    const QString step = copy ? QStringLiteral("COPY") : QStringLiteral("MOVE");
    const auto groups = byFolder(messageIds, step);
    const auto target = m_store->folder(targetFolderId);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto source = m_store->folder(it.key());
        if (!source || !target) {
            Q_EMIT operationFailed(step, tr("%1: folder %2 is not in the store").arg(step).arg(source ? targetFolderId : it.key()));
            continue;
        }
        if (source->id == target->id)
            continue;
        PendingAction a;
        a.kind = copy ? PendingAction::Kind::Copy : PendingAction::Kind::Move;
        a.folder = source->name;
        a.uids = uidsOf(it.value());
        a.target = target->name;
        record(a);
    }
}

void ImapAccountSync::deleteToTrash(const QList<qint64> &messageIds)
{
    const QString step = QStringLiteral("DELETE");
    const auto trash = specialFolder("\\Trash");
    if (!trash) {
        Q_EMIT operationFailed(step, tr("DELETE: the server names no \\Trash folder (RFC 6154); "
                                        "refresh the folder list, or move the messages instead"));
        return;
    }
    const auto groups = byFolder(messageIds, step);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto source = m_store->folder(it.key());
        if (!source)
            continue;
        PendingAction a;
        a.folder = source->name;
        a.uids = uidsOf(it.value());
        if (it.key() != trash->id) {
            a.kind = PendingAction::Kind::Move;
            a.target = trash->name;
        } else {
            a.kind = PendingAction::Kind::Expunge;
        }
        record(a);
    }
}

void ImapAccountSync::expunge(const QList<qint64> &messageIds)
{
    const auto groups = byFolder(messageIds, QStringLiteral("EXPUNGE"));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto folder = m_store->folder(it.key());
        if (!folder)
            continue;
        PendingAction a;
        a.kind = PendingAction::Kind::Expunge;
        a.folder = folder->name;
        a.uids = uidsOf(it.value());
        record(a);
    }
}

void ImapAccountSync::appendMessage(const QString &target, const QByteArray &raw, quint32 flags)
{
    QString name = target;
    if (target.startsWith(QLatin1Char('\\'))) {
        const auto f = specialFolder(target.toLatin1());
        if (!f) {
            Q_EMIT operationFailed(QStringLiteral("APPEND"),
                                   tr("APPEND: the server names no %1 folder (RFC 6154); refresh the folder list")
                                       .arg(target));
            return;
        }
        name = f->name;
    }
    enqueue(std::make_unique<ImapAppendOp>(name, raw, flags));
}

// --- actions kept until the server answered them -----------------------------

ImapAccountSync::OpPtr ImapAccountSync::opFor(const PendingAction &a) const
{
    OpPtr op;
    switch (a.kind) {
    case PendingAction::Kind::Flags: op = std::make_unique<ImapStoreFlagsOp>(a.folder, a.uids, a.add, a.remove); break;
    case PendingAction::Kind::Move: op = std::make_unique<ImapMoveOp>(a.folder, a.uids, a.target); break;
    case PendingAction::Kind::Copy: op = std::make_unique<ImapMoveOp>(a.folder, a.uids, a.target, true); break;
    case PendingAction::Kind::Expunge: op = std::make_unique<ImapDeleteOp>(a.folder, a.uids); break;
    case PendingAction::Kind::CreateFolder:
    case PendingAction::Kind::RenameFolder:
    case PendingAction::Kind::DeleteFolder:
    case PendingAction::Kind::Subscribe:
    case PendingAction::Kind::Unsubscribe:
        op = std::make_unique<ImapFolderOp>(*folderOpKind(a.kind), a.folder, a.target);
        break;
    }
    if (op)
        op->setPendingId(a.id);
    return op;
}

void ImapAccountSync::record(PendingAction action)
{
    action.accountId = m_accountId;
    action.id = m_store->addPendingAction(action); // durable before anything else
    if (action.id == 0) {
        Q_EMIT operationFailed(QStringLiteral("STORE"), m_store->error());
        return;
    }
    if (isOnline()) {
        enqueue(opFor(action));
        return;
    }
    applyLocally(action); // the user sees it now; the server hears of it at the next login
}

void ImapAccountSync::applyLocally(const PendingAction &a)
{
    if (const auto kind = folderOpKind(a.kind)) {
        QString error;
        if (!ImapFolderOp::applyToStore(*m_store, m_accountId, *kind, a.folder, a.target, &error))
            Q_EMIT operationFailed(QStringLiteral("STORE"), error);
        Q_EMIT foldersChanged(m_accountId);
        return;
    }
    const auto folder = m_store->folderByName(m_accountId, a.folder, MailStore::Counts::Without);
    if (!folder || a.kind == PendingAction::Kind::Copy) // a copy shows in the target once it is synced
        return;
    if (a.kind == PendingAction::Kind::Flags) {
        QList<StoredMessage> rows;
        for (const quint32 uid : a.uids) {
            auto m = m_store->messageByUid(folder->id, uid);
            if (!m)
                continue;
            m->flags = (m->flags | a.add) & ~a.remove;
            if (m_store->setFlags(m->id, m->flags))
                rows << *m;
        }
        Q_EMIT flagsChanged(rows);
        return;
    }
    const QList<qint64> ids = imapop::idsOf(*m_store, folder->id, a.uids);
    if (!m_store->removeMessages(folder->id, a.uids)) {
        Q_EMIT operationFailed(QStringLiteral("STORE"), m_store->error());
        return;
    }
    if (a.kind == PendingAction::Kind::Move) {
        const auto target = m_store->folderByName(m_accountId, a.target, MailStore::Counts::Without);
        Q_EMIT messagesMoved(ids, target ? target->id : 0);
    } else {
        Q_EMIT messagesRemoved(ids);
    }
}

void ImapAccountSync::replayPending()
{
    const QList<PendingAction> actions = m_store->pendingActions(m_accountId);
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        OpPtr op = opFor(*it);
        if (!op)
            continue;
        op->setCheckUids(true);
        m_queue.push_front(std::move(op));
    }
}

// --- IDLE -------------------------------------------------------------------

void ImapAccountSync::setPollIntervals(int noopMs, int checkMs)
{
    m_pollTimer->setInterval(qMax(noopMs, 100));
    m_checkMs = qMax(checkMs, 0);
}

void ImapAccountSync::poll()
{
    if (m_watch.isEmpty() || !isOnline())
        return;
    if (m_checkMs > 0 && m_lastCheck.isValid() && m_lastCheck.elapsed() >= m_checkMs) {
        m_lastCheck.restart(); // the check: an incremental sync, as after news
        enqueue(std::make_unique<ImapSyncFolderOp>(m_watch, true, m_syncOptions));
    } else {
        enqueue(std::make_unique<ImapIdleOp>(m_watch, true));
    }
}

void ImapAccountSync::watch(const QString &folder)
{
    if (folder != m_watch)
        m_lastCheck.start();
    m_watch = folder;
    if (m_current && m_current->isIdle()) {
        m_conn->stopIdle(); // re-enter IDLE on the new folder
        return;
    }
    runNext();
}

void ImapAccountSync::stopWatching()
{
    m_watch.clear();
    if (m_current && m_current->isIdle())
        m_conn->stopIdle();
}

} // namespace carteiro
