#include "engine/AccountWorker.h"

#include "net/StepGate.h"
#include "pop3/Pop3RetrieveJob.h"
#include "pop3/Pop3StoreSink.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace carteiro {

namespace {
// What the GUI needs to know changed about a row: flags and the state bits.
// What the GUI needs to know changed about a row: which message it is (a store
// id can be reused after the folder was rebuilt), its flags and state bits.
quint64 digest(const StoredMessage &m)
{
    const quint64 identity =
        quint32(qHashMulti(0, m.uid, m.uidl, m.size, m.internalDate.toMSecsSinceEpoch(), m.messageId, m.subject));
    return (identity << 32) | (quint64(m.flags) & 0x3fffff) | (quint64(m.envelopeKnown) << 22) |
           (quint64(m.bodyCached) << 23) | ((m.modSeq & 0xff) << 24);
}
} // namespace

AccountWorker::AccountWorker(TraceHub *hub, const QString &storePath)
    : m_hub(hub), m_storePath(storePath), m_publishTimer(new QTimer(this)), m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &AccountWorker::startImap);
    m_publishTimer->setSingleShot(true);
    m_publishTimer->setInterval(250); // a sync's chunks land faster than a view needs them
    connect(m_publishTimer, &QTimer::timeout, this, &AccountWorker::publishNew);
}

AccountWorker::~AccountWorker()
{
    shutdown();
}

void AccountWorker::shutdown()
{
    m_publishTimer->stop();
    m_reconnectTimer->stop();
    stopImap();
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
    m_reconnect.reset();
    m_folderId = 0;
    m_shown.clear();
    if (!ensureStore())
        return;
    if (isPop3())
        pop3Inbox(); // the POP3 account's one folder exists before the first download
    publishFolders(); // at once, from the store
    if (!isPop3())
        startImap();
}

void AccountWorker::publishFolders()
{
    if (!m_store || !m_accountOpen)
        return;
    Q_EMIT foldersChanged(m_account.id, m_store->folders(m_account.id));
}

qint64 AccountWorker::pop3Inbox()
{
    if (const auto f = m_store->folderByName(m_account.id, QStringLiteral("INBOX")))
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

bool AccountWorker::visible(const StoredMessage &m) const
{
    // POP3 mail deleted here keeps its row (its UIDL must not be downloaded
    // again) but is not listed.
    return !(isPop3() && (m.flags & MessageFlag::Deleted));
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
    QList<StoredMessage> rows = m_store->messages(folderId);
    QList<StoredMessage> shown;
    shown.reserve(rows.size());
    m_maxShownId = 0;
    const auto f = m_store->folder(folderId);
    m_openValidity = f ? f->uidValidity : 0;
    for (StoredMessage &m : rows) {
        m_maxShownId = qMax(m_maxShownId, m.id);
        if (!visible(m))
            continue;
        m_shown.insert(m.id, digest(m));
        shown.append(std::move(m));
    }
    Q_EMIT folderLoaded(folderId, shown); // the list opens from the store at once
    if (m_imap) {
        const QString name = folderName(folderId);
        m_imap->syncFolder(name);
        m_imap->watch(name); // IDLE: new mail announced while the folder is open
    }
}

void AccountWorker::setVisibleRows(int rows)
{
    m_visibleRows = quint32(qBound(0, rows, 100000));
    if (m_imap)
        m_imap->setFirstChunk(m_visibleRows);
}

void AccountWorker::schedulePublish()
{
    if (!m_publishTimer->isActive())
        m_publishTimer->start();
}

void AccountWorker::publishNew()
{
    m_publishTimer->stop();
    if (!m_store || !m_folderId)
        return;
    // IMAP: the rows the sync handed over; POP3: those its sink stored since.
    QList<StoredMessage> rows = std::exchange(m_arrived, {});
    if (isPop3())
        rows = m_store->messagesAfter(m_folderId, m_maxShownId);
    QList<StoredMessage> added;
    added.reserve(rows.size());
    for (StoredMessage &m : rows) {
        m_maxShownId = qMax(m_maxShownId, m.id);
        if (!visible(m))
            continue;
        m_shown.insert(m.id, digest(m));
        added.append(std::move(m));
    }
    if (!added.isEmpty()) {
        Q_EMIT messagesUpserted(m_folderId, added);
        publishFolders();
    }
}

void AccountWorker::publishRows(const QList<qint64> &ids)
{
    if (!m_store)
        return;
    QList<StoredMessage> changed;
    QList<qint64> gone;
    for (qint64 id : ids) {
        const auto m = m_store->message(id);
        const bool here = m && m->folderId == m_folderId && visible(*m);
        if (!here) {
            if (m_shown.remove(id))
                gone.append(id);
            continue;
        }
        const quint64 d = digest(*m);
        auto it = m_shown.find(id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(id, d);
            m_maxShownId = qMax(m_maxShownId, id);
            changed.append(*m);
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    publishFolders(); // counts
}

void AccountWorker::publishChanged(const QList<StoredMessage> &rows)
{
    QList<StoredMessage> changed;
    QList<qint64> gone;
    for (const StoredMessage &m : rows) {
        if (m.folderId != m_folderId)
            continue;
        if (!visible(m)) {
            if (m_shown.remove(m.id))
                gone.append(m.id);
            continue;
        }
        const quint64 d = digest(m);
        auto it = m_shown.find(m.id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(m.id, d);
            m_maxShownId = qMax(m_maxShownId, m.id);
            changed.append(m);
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    if (!rows.isEmpty())
        publishFolders(); // unread counts
}

void AccountWorker::publishFolder()
{
    m_publishTimer->stop();
    if (!m_store || !m_folderId)
        return;
    const QList<StoredMessage> rows = m_store->messages(m_folderId);
    QList<StoredMessage> changed;
    QSet<qint64> present;
    present.reserve(rows.size());
    for (const StoredMessage &m : rows) {
        if (!visible(m))
            continue;
        present.insert(m.id);
        m_maxShownId = qMax(m_maxShownId, m.id);
        const quint64 d = digest(m);
        auto it = m_shown.find(m.id);
        if (it == m_shown.end() || it.value() != d) {
            m_shown.insert(m.id, d);
            changed.append(m);
        }
    }
    QList<qint64> gone;
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (!present.contains(it.key())) {
            gone.append(it.key());
            it = m_shown.erase(it);
        } else {
            ++it;
        }
    }
    if (!gone.isEmpty())
        Q_EMIT messagesRemoved(m_folderId, gone);
    if (!changed.isEmpty())
        Q_EMIT messagesUpserted(m_folderId, changed);
    if (!gone.isEmpty() || !changed.isEmpty())
        publishFolders(); // unread counts
}

QList<StoredMessage> AccountWorker::load(const QList<qint64> &ids) const
{
    QList<StoredMessage> out;
    for (qint64 id : ids)
        if (const auto m = m_store->message(id))
            out.append(*m);
    return out;
}

void AccountWorker::setNextStepGate(Protocol protocol, StepGate *gate)
{
    (protocol == Protocol::Pop3 ? m_nextPop3Gate : m_nextImapGate) = gate;
}

void AccountWorker::refresh()
{
    if (!m_accountOpen || !ensureStore())
        return;
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
    if (isPop3()) { // POP3 has no flags on the server: they live here only
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
    if (keepOriginal) {
        Q_EMIT failed(QCoreApplication::translate("AccountWorker", "Copying between folders is not available yet: "
                                                                "drag without Ctrl to move."));
        return;
    }
    m_imap->move(messageIds, targetFolderId);
}

void AccountWorker::deleteToTrash(const QList<qint64> &messageIds)
{
    if (!ensureStore())
        return;
    if (isPop3()) {
        // Hidden here, kept as a row so the UIDL is never downloaded again; the
        // server copy follows the account's POP3 mode.
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
    m_pop3Sink = std::make_unique<Pop3StoreSink>(m_store.get(), inbox);
    m_pop3 = new Pop3RetrieveJob(m_hub, m_account.pop3Channel(), m_account.pop3Config(m_password), m_pop3Sink.get(),
                                 options, this);
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
    if (job->outcome() == Pop3RetrieveJob::Outcome::Failed)
        Q_EMIT failed(job->errorMessage());
    if (m_folderId)
        publishNew();
    publishFolders();
    if (stored > 0)
        Q_EMIT newMail(pop3Inbox(), stored);
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
    if (!m_account.hasImap() || m_password.isEmpty())
        return; // offline: the store is shown, nothing connects
    m_reconnectTimer->stop();
    if (!ensureStore())
        return;
    m_imap = new ImapAccountSync(m_hub, m_account.imapChannel(), m_account.imapConfig(m_password), m_store.get(),
                                 m_account.id, this);
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
    });
    connect(m_imap, &ImapAccountSync::ready, this, [this] { m_reconnect.reset(); });
    m_imap->setFirstChunk(m_visibleRows);
    connect(m_imap, &ImapAccountSync::folderCountKnown, this, [this](qint64 folderId, qint64 exists) {
        if (folderId != m_folderId)
            return;
        m_firstRowsDue = true;
        Q_EMIT folderCountKnown(folderId, exists);
    });
    connect(m_imap, &ImapAccountSync::chunkStored, this, [this](qint64 folderId, const QList<StoredMessage> &rows) {
        if (folderId != m_folderId)
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
            if (rebuilt)
                publishFolder();
            else
                publishNew();
        }
        publishFolders();
        Q_EMIT folderSynced(folderId);
        Q_EMIT activity(QString(), false);
    });
    connect(m_imap, &ImapAccountSync::bodyReady, this, [this](qint64 messageId) {
        if (const auto raw = m_store->body(messageId))
            Q_EMIT bodyReady(messageId, *raw);
    });
    connect(m_imap, &ImapAccountSync::flagsChanged, this, &AccountWorker::publishChanged);
    connect(m_imap, &ImapAccountSync::messagesRemoved, this, &AccountWorker::publishGone);
    connect(m_imap, &ImapAccountSync::messagesMoved, this, &AccountWorker::publishGone);
    connect(m_imap, &ImapAccountSync::conflict, this, &AccountWorker::actionConflict);
    connect(m_imap, &ImapAccountSync::loginFailed, this, [this](const QString &words) {
        m_reconnectTimer->stop(); // never again with the same secret: the user decides
        Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: the server refused the login: %1").arg(words),
                        false);
        Q_EMIT loginFailed(words);
    });
    connect(m_imap, &ImapAccountSync::closed, this, [this] {
        if (m_imap && !m_imap->loginRefused() && !m_imap->stoppedByUser())
            scheduleReconnect();
    });
    connect(m_imap, &ImapAccountSync::newMail, this, &AccountWorker::newMail);
    connect(m_imap, &ImapAccountSync::operationFailed, this, [this](const QString &step, const QString &message) {
        if (m_imap && m_imap->stoppedByUser()) {
            Q_EMIT activity(QCoreApplication::translate("AccountWorker", "IMAP: stopped by the user."), false);
            return; // step mode's Stop: a polite LOGOUT, not a failure
        }
        const bool connection = step == QLatin1String("CONNECTION");
        // A lost connection is said once; "reconnecting in N s" follows each further try.
        if (!connection || m_reconnect.attempts() == 0)
            Q_EMIT failed(step.isEmpty() ? message : QStringLiteral("%1: %2").arg(step, message));
        if (connection)
            scheduleReconnect(); // the cached rows stay; the server is tried again later
    });
    m_imap->start();
    // Queued behind the login: the folder list, then the open folder and IDLE on it.
    m_imap->refreshFolders();
    if (const QString name = folderName(m_folderId); !name.isEmpty()) {
        m_imap->syncFolder(name);
        m_imap->watch(name);
    }
}

QString AccountWorker::folderName(qint64 folderId) const
{
    if (!folderId || !m_store)
        return {};
    const auto f = m_store->folder(folderId);
    return f ? f->name : QString();
}

void AccountWorker::stopImap()
{
    if (!m_imap)
        return;
    m_imap->disconnect(this);
    m_imap->close();
    m_imap->deleteLater(); // LOGOUT is on its way; the object goes when it is written
    m_imap = nullptr;
}

} // namespace carteiro
