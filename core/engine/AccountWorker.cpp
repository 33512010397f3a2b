// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AccountWorker.h"

#include "engine/PlainError.h"
#include "local/LocalFolders.h"
#include "net/StepGate.h"
#include "pop3/Pop3RetrieveJob.h"
#include "pop3/Pop3StoreSink.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QCoreApplication>
#include <QSet>
#include <utility>

namespace carteiro {

AccountWorker::AccountWorker(TraceHub *hub, const QString &storePath)
    : m_hub(hub), m_storePath(storePath), m_publishTimer(new QTimer(this)), m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &AccountWorker::startImap);
    m_publishTimer->setSingleShot(true);
    m_publishTimer->setInterval(250); // a sync's chunks land faster than a view needs them
    connect(m_publishTimer, &QTimer::timeout, this, &AccountWorker::publishNew);
    m_indexTimer = new QTimer(this);
    m_indexTimer->setSingleShot(true);
    connect(m_indexTimer, &QTimer::timeout, this, &AccountWorker::indexSlice);
}

AccountWorker::~AccountWorker()
{
    shutdown();
}

void AccountWorker::shutdown()
{
    m_publishTimer->stop();
    m_reconnectTimer->stop();
    m_indexTimer->stop();
    // At once, not deleteLater(): the store goes below, and a sync still
    // reading a chunk from its socket must never write to a store that is gone.
    stopImap(true);
    if (m_pop3) {
        m_pop3->disconnect(this);
        m_pop3->cancel(); // no QUIT: nothing marked for deletion is deleted
        delete m_pop3;
        m_pop3 = nullptr;
    }
    m_pop3Sink.reset();
    m_store.reset();
}

bool AccountWorker::ensureStore()
{
    if (m_store)
        return true;
    auto store = std::make_unique<MailStore>(m_storePath);
    if (!store->open()) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Local store: %1").arg(store->error()));
        return false;
    }
    m_store = std::move(store);
    return true;
}

void AccountWorker::openAccount(const AccountSettings &account, const QString &password)
{
    stopImap();
    m_account = account;
    m_password = password;
    m_accountOpen = true;
    m_loginRefused = false;
    m_reconnect.reset();
    m_folderId = 0;
    m_shown.clear();
    if (!ensureStore())
        return;
    if (isPop3())
        pop3Inbox(); // the POP3 account's one folder exists before the first download
    publishFolders(); // at once, from the store
    scheduleIndex();  // rows stored before the index existed, or by another process
    if (!isPop3())
        startImap();
}

void AccountWorker::reconnect(const AccountSettings &account, const QString &password)
{
    if (!m_accountOpen || account.id != m_account.id) {
        openAccount(account, password);
        return;
    }
    stopImap();
    m_account = account;
    m_password = password;
    m_loginRefused = false;
    m_reconnect.reset();
    if (!ensureStore())
        return;
    publishFolders();
    if (isPop3())
        startPop3();
    else
        startImap(); // the open folder is synchronised again and watched
}

bool AccountWorker::isLocalFolders() const
{
    return m_account.id == LocalFolders::accountId();
}

bool AccountWorker::checkLoginRefused(const QString &message)
{
    const PlainError e = PlainError::fromMessage(message);
    if (!e.isLoginRefused())
        return false;
    const bool told = m_loginRefused; // ImapAccountSync::loginFailed may have said it already
    m_loginRefused = true;
    if (!told)
        Q_EMIT loginFailed(m_account.id, e.detail, e.step);
    return true;
}

qint64 AccountWorker::pop3Inbox()
{
    if (const auto f = m_store->folderByName(m_account.id, QStringLiteral("INBOX"), MailStore::Counts::Without))
        return f->id;
    StoredFolder inbox;
    inbox.accountId = m_account.id;
    inbox.name = QStringLiteral("INBOX");
    inbox.specialUse = QByteArrayLiteral("\\Inbox");
    inbox.local = true;
    const qint64 id = m_store->upsertFolder(inbox);
    if (!id)
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Local store: %1").arg(m_store->error()));
    return id;
}

void AccountWorker::openFolder(qint64 folderId)
{
    if (!ensureStore())
        return;
    m_folderId = folderId;
    m_shown.clear();
    m_arrived.clear();
    m_firstRowsDue = false;
    m_publishTimer->stop();
    QList<StoredMessage> rows = m_tuning.publishRows ? m_store->messages(folderId) : QList<StoredMessage>();
    QList<StoredMessage> shown;
    shown.reserve(rows.size());
    m_maxShownId = 0;
    const auto f = m_store->folder(folderId);
    m_openValidity = f ? f->uidValidity : 0;
    for (StoredMessage &m : rows) {
        m_maxShownId = qMax(m_maxShownId, m.id);
        if (!visible(m))
            continue;
        m_shown.insert(m.id, rowDigest(m));
        shown.append(std::move(m));
    }
    Q_EMIT folderLoaded(folderId, shown); // the list opens from the store at once
    if (m_imap) {
        const QString name = folderName(folderId);
        m_imap->syncFolderFirst(name); // before a folder list still waiting for the login
        if (m_tuning.watch)
            m_imap->watch(name); // IDLE: new mail announced while the folder is open
    }
}

void AccountWorker::setNextStepGate(Protocol protocol, StepGate *gate)
{
    (protocol == Protocol::Pop3 ? m_nextPop3Gate : m_nextImapGate) = gate;
}

void AccountWorker::refresh()
{
    if (!m_accountOpen || !ensureStore())
        return;
    if (m_loginRefused) { // never a silent retry with the secret the server refused
        Q_EMIT loginFailed(m_account.id, QString());
        return;
    }
    if (isLocalFolders()) { // nothing to ask a server: what the store holds now
        publishFolders();
        if (m_folderId)
            openFolder(m_folderId);
        return;
    }
    if (isPop3())
        startPop3();
    else if (m_nextImapGate || m_reconnectTimer->isActive())
        startImap(); // step mode: the sync is shown from the greeting on, on a new connection
    else if (m_imap && m_imap->state() != ImapAccountSync::State::Failed &&
             m_imap->state() != ImapAccountSync::State::Closed) {
        m_imap->refreshFolders();
        if (const QString name = folderName(m_folderId); !name.isEmpty())
            m_imap->syncFolder(name);
    } else {
        startImap();
    }
}

void AccountWorker::fetchBody(qint64 messageId)
{
    if (!ensureStore())
        return;
    if (const auto raw = m_store->body(messageId)) {
        Q_EMIT bodyReady(messageId, *raw);
        return;
    }
    if (m_imap && !isPop3() && m_imap->state() != ImapAccountSync::State::Failed &&
        m_imap->state() != ImapAccountSync::State::Closed) {
        m_imap->fetchMessage(messageId);
        return;
    }
    Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Opening the message: it is not in the local store "
                                                            "and no IMAP server is connected."));
}

void AccountWorker::setFlags(const QList<qint64> &messageIds, quint32 add, quint32 remove)
{
    if (!ensureStore())
        return;
    if (storeOnly()) { // POP3 and Local Folders have no flags on a server: they live here only
        for (const StoredMessage &m : load(messageIds))
            m_store->setFlags(m.id, (m.flags | add) & ~remove);
        publishRows(messageIds);
        return;
    }
    if (m_imap)
        m_imap->setFlags(messageIds, add, remove);
}

void AccountWorker::move(const QList<qint64> &messageIds, qint64 targetFolderId, bool keepOriginal)
{
    if (isPop3() || !m_imap) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Moving messages needs an IMAP account: "
                                                                "POP3 mail has only its Inbox."));
        return;
    }
    m_imap->move(messageIds, targetFolderId, keepOriginal);
}

void AccountWorker::deleteToTrash(const QList<qint64> &messageIds)
{
    if (!ensureStore())
        return;
    if (storeOnly()) {
        // Hidden here, kept as a row so the UIDL is never downloaded again; the
        // server copy follows the account's POP3 mode. Local Folders: kept likewise.
        for (const StoredMessage &m : load(messageIds))
            m_store->setFlags(m.id, m.flags | MessageFlag::Deleted | MessageFlag::Seen);
        publishRows(messageIds);
        return;
    }
    if (m_imap)
        m_imap->deleteToTrash(messageIds);
}

void AccountWorker::appendMessage(const QByteArray &specialUse, const QByteArray &raw, quint32 flags)
{
    if (m_imap && !isPop3())
        m_imap->appendMessage(QString::fromLatin1(specialUse), raw, flags);
}

// --- drafts ------------------------------------------------------------------

void AccountWorker::saveDraft(quint64 token, const DraftEntry &draft)
{
    if (!ensureStore())
        return;
    const qint64 id = m_store->saveDraft(draft); // durable before it returns
    if (!id) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Saving the draft: %1").arg(m_store->error()));
        return;
    }
    Q_EMIT draftSaved(token, id);
}

void AccountWorker::removeDraft(qint64 draftId)
{
    if (ensureStore() && !m_store->removeDraft(draftId))
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Removing the draft: %1").arg(m_store->error()));
}

void AccountWorker::loadDrafts()
{
    if (ensureStore())
        Q_EMIT draftsLoaded(m_store->drafts());
}

// --- POP3 --------------------------------------------------------------------

void AccountWorker::startPop3()
{
    if (m_pop3)
        return; // one download at a time
    const qint64 inbox = pop3Inbox();
    if (!inbox)
        return;
    Pop3RetrieveJob::Options options;
    options.mode = m_account.pop3DeleteAfterDownload ? Pop3RetrieveJob::Mode::DownloadAndDelete
                                                     : Pop3RetrieveJob::Mode::KeepOnServer;
    for (const QByteArray &uidl : m_store->uidls(inbox))
        options.knownUidls.insert(uidl);
    options.onlyUidls = m_tuning.pop3Only;
    m_pop3Sink = std::make_unique<Pop3StoreSink>(m_store.get(), inbox);
    m_pop3 = new Pop3RetrieveJob(m_hub, pop3Channel(), pop3Config(), m_pop3Sink.get(), options, this);
    if (m_nextPop3Gate) {
        m_pop3->setStepGate(m_nextPop3Gate);
        m_nextPop3Gate = nullptr;
    }
    connect(m_pop3, &Pop3RetrieveJob::progress, this, [this](int done, int total) {
        Q_EMIT progress(done, total);
        if (m_folderId == pop3Inbox())
            schedulePublish(); // rows appear as they are stored
    });
    connect(m_pop3, &Pop3RetrieveJob::finished, this, &AccountWorker::onPop3Finished);
    Q_EMIT activity(QCoreApplication::translate("AccountWorker", "Downloading mail (POP3) from %1...")
                        .arg(m_account.pop3Host),
                    true);
    m_pop3->start();
}

void AccountWorker::onPop3Finished()
{
    Pop3RetrieveJob *job = m_pop3;
    m_pop3 = nullptr;
    job->deleteLater();
    const int stored = job->storedUidls().size();
    if (job->outcome() == Pop3RetrieveJob::Outcome::Failed && !checkLoginRefused(job->errorMessage()))
        Q_EMIT failed(job->errorMessage());
    if (m_folderId)
        publishNew();
    publishFolders();
    if (stored > 0)
        announceNewMail(pop3Inbox(), stored);
    scheduleIndex();
    Q_EMIT folderSynced(pop3Inbox());
    if (job->stoppedByUser()) {
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "POP3: stopped by the user."), false);
        return;
    }
    Q_EMIT activity(QCoreApplication::translate("AccountWorker", "%n new message(s) downloaded.", nullptr, stored),
                    false);
}

// --- IMAP --------------------------------------------------------------------

void AccountWorker::startImap()
{
    stopImap();
    if (!m_account.hasImap() || !hasSecret())
        return; // offline: the store is shown, nothing connects
    m_reconnectTimer->stop();
    if (!ensureStore())
        return;
    m_imap = new ImapAccountSync(m_hub, imapChannel(), imapConfig(), m_store.get(), m_account.id, this);
    if (m_nextImapGate) {
        m_imap->setStepGate(m_nextImapGate);
        m_nextImapGate = nullptr;
    }
    connect(m_imap, &ImapAccountSync::stateChanged, this, [this](const QString &state) {
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: %1").arg(state),
                        state != QLatin1String("WATCHING") && state != QLatin1String("READY") &&
                            state != QLatin1String("CLOSED") && state != QLatin1String("FAILED") &&
                            state != QLatin1String("IDLE"));
    });
    connect(m_imap, &ImapAccountSync::foldersChanged, this, [this] {
        publishFolders();
        Q_EMIT foldersListed(m_account.id);
    });
    connect(m_imap, &ImapAccountSync::ready, this, [this] {
        m_reconnect.reset();
        Q_EMIT online(m_account.id); // the provider answers again (the outbox may try now)
    });
    m_imap->setSyncOptions(syncOptions());
    m_imap->setPollIntervals(60 * 1000, m_account.checkMinutes * 60 * 1000); // used without IDLE only
    connect(m_imap, &ImapAccountSync::folderCountKnown, this, [this](qint64 folderId, qint64 exists) {
        if (folderId != m_folderId)
            return;
        m_firstRowsDue = true;
        Q_EMIT folderCountKnown(folderId, exists);
    });
    connect(m_imap, &ImapAccountSync::chunkStored, this, [this](qint64 folderId, const QList<StoredMessage> &rows) {
        if (folderId != m_folderId || (!m_tuning.publishRows && !m_firstRowsDue))
            return;
        m_arrived += rows;
        if (std::exchange(m_firstRowsDue, false))
            publishNew(); // the first screen of rows: at once
        else
            schedulePublish(); // new rows only, throttled
    });
    connect(m_imap, &ImapAccountSync::syncProgress, this,
            [this](qint64, qint64 known, qint64 total) { Q_EMIT progress(known, total); });
    connect(m_imap, &ImapAccountSync::folderSynced, this, [this](qint64 folderId) {
        if (folderId == m_folderId) {
            const auto f = m_store->folder(folderId);
            const bool rebuilt = f && f->uidValidity != m_openValidity;
            if (f)
                m_openValidity = f->uidValidity;
            // The cache rebuilt (new UIDVALIDITY): compare every row once. Else
            // changed flags and expunges were handed over as they were stored
            // (flagsChanged, messagesRemoved) and the new rows suffice.
            if (rebuilt && m_tuning.publishRows)
                publishFolder();
            else
                publishNew();
        }
        publishFolders();
        scheduleIndex();
        const ImapFolderSync::Stats &s = m_imap->lastSyncStats();
        Q_EMIT syncSummary(folderId, SyncSummary{s.total, s.added, s.changed, s.removed, s.rebuilt, s.qresync,
                                                 s.selectMs, s.headersMs});
        Q_EMIT folderSynced(folderId);
        Q_EMIT activity(QString(), false);
        if (const auto f = m_store->folder(folderId); f && f->keepOffline)
            m_imap->prefetch(folderId); // what the sync brought, for offline use too
    });
    connect(m_imap, &ImapAccountSync::bodyReady, this, [this](qint64 messageId) {
        if (const auto raw = m_store->body(messageId))
            Q_EMIT bodyReady(messageId, *raw);
        scheduleIndex();
    });
    connectSearch();
    connect(m_imap, &ImapAccountSync::flagsChanged, this, &AccountWorker::publishChanged);
    connect(m_imap, &ImapAccountSync::messagesRemoved, this, &AccountWorker::publishGone);
    connect(m_imap, &ImapAccountSync::messagesMoved, this, &AccountWorker::publishGone);
    connect(m_imap, &ImapAccountSync::conflict, this, &AccountWorker::actionConflict);
    connect(m_imap, &ImapAccountSync::loginFailed, this, [this](const QString &words) {
        m_reconnectTimer->stop(); // never again with the same secret: the user decides
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: the server refused the login: %1").arg(words),
                        false);
        const bool told = m_loginRefused;
        m_loginRefused = true;
        const ImapConnection *c = m_imap ? m_imap->connection() : nullptr;
        if (!told) // the step as the inspector names it: LOGIN or AUTHENTICATE
            Q_EMIT loginFailed(m_account.id, words, c ? c->session().failedStep() : QString());
    });
    // A connection that fails before the greeting closes before its failure is
    // told (ImapAccountSync drops a failure after close): it is said here, before
    // offline, so whoever hears offline has heard the cause first.
    m_imapFailureSeen = false;
    connect(m_imap, &ImapAccountSync::closed, this, [this, sync = m_imap] {
        if (m_imap == sync && !m_imapFailureSeen && !sync->stoppedByUser() && sync->connection()) {
            if (const QString error = sync->connection()->errorMessage(); !error.isEmpty()) {
                m_imapFailureSeen = true;
                failFilings(error);
                if (!checkLoginRefused(error))
                    Q_EMIT failed(QStringLiteral("CONNECTION: %1").arg(error));
            }
        }
        Q_EMIT offline(m_account.id);
        if (m_imap && !m_imap->loginRefused() && !m_loginRefused && !m_imap->stoppedByUser())
            scheduleReconnect();
    });
    connect(m_imap, &ImapAccountSync::prefetchProgress, this, &AccountWorker::reportOffline);
    connect(m_imap, &ImapAccountSync::newMail, this, &AccountWorker::announceNewMail);
    connect(m_imap, &ImapAccountSync::appended, this, [this](const QString &folder, quint32 uid) {
        if (!m_filingInFlight.isEmpty()) // operations run in order: the oldest filing
            Q_EMIT filedInSent(m_filingInFlight.takeFirst(), true, folder, uid, QString());
    });
    connect(m_imap, &ImapAccountSync::operationFailed, this, [this](const QString &step, const QString &message) {
        if (m_imap && m_imap->stoppedByUser()) {
            Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: stopped by the user."), false);
            return; // step mode's Stop: a polite LOGOUT, not a failure
        }
        if (step == QLatin1String("APPEND") && !m_filingInFlight.isEmpty())
            Q_EMIT filedInSent(m_filingInFlight.takeFirst(), false, QString(), 0, message);
        const bool connection = step == QLatin1String("CONNECTION");
        if (connection) {
            m_imapFailureSeen = true;
            failFilings(message);
            if (checkLoginRefused(message)) {
                m_reconnectTimer->stop(); // never again with the same secret: the user decides
                return;
            }
        }
        // A lost connection is said once; "reconnecting in N s" follows each further try.
        if (!connection || m_reconnect.attempts() == 0)
            Q_EMIT failed(step.isEmpty() ? message : QStringLiteral("%1: %2").arg(step, message));
        if (connection)
            scheduleReconnect(); // the cached rows stay; the server is tried again later
    });
    m_imap->start();
    // Queued behind the login: the open folder (its rows first), the folder
    // list, then IDLE on the open folder.
    const QString open = folderName(m_folderId);
    if (!open.isEmpty())
        m_imap->syncFolder(open);
    m_imap->refreshFolders();
    if (!open.isEmpty() && m_tuning.watch)
        m_imap->watch(open);
    prefetchKeptFolders();
}

QString AccountWorker::folderName(qint64 folderId) const
{
    if (!folderId || !m_store)
        return {};
    const auto f = m_store->folder(folderId);
    return f ? f->name : QString();
}

void AccountWorker::stopImap(bool now)
{
    if (!m_imap)
        return;
    failFilings(QCoreApplication::translate("AccountWorker", "the connection was closed before the APPEND finished"));
    endServerSearches();
    m_imap->disconnect(this);
    m_imap->close();
    if (now)
        delete m_imap; // the connection drops without waiting for LOGOUT
    else
        m_imap->deleteLater(); // LOGOUT is on its way; the object goes when it is written
    m_imap = nullptr;
}

} // namespace carteiro
