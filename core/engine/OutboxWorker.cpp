// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxWorker: life cycle, queueing and the user's actions (see OutboxWorker.h).
#include "engine/OutboxWorker.h"
#include "store/JourneyStore.h"
#include "engine/OutboxWorkerParts.h"

#include "engine/OutboxPolicy.h"
#include "mime/MimeComposer.h"
#include "net/StepGate.h"
#include "store/MailStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

namespace carteiro {

OutboxWorker::OutboxWorker(TraceHub *hub, QString storePath)
    : m_hub(hub), m_storePath(std::move(storePath)), m_timer(this), m_publishTimer(this) // children: they move with it
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // never early: a due time is a due time
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::schedule);
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &OutboxWorker::publish);
}

OutboxWorker::~OutboxWorker() = default;

bool OutboxWorker::ensureStore()
{
    if (m_store && m_store->isOpen())
        return true;
    m_store = std::make_unique<MailStore>(m_storePath);
    if (!m_store->open()) {
        failStore();
        return false;
    }
    return true;
}

void OutboxWorker::failStore()
{
    // Nothing is sent while the outbox cannot record what happens.
    m_storeBroken = true;
    Q_EMIT storeFailed(m_store ? m_store->error() : tr("The outbox has no store"));
}

bool OutboxWorker::takeOwnership()
{
    if (m_owner)
        return true;
    if (m_storePath == QLatin1String(":memory:")) {
        m_owner = true;
    } else {
        if (!m_lock) {
            m_lock = std::make_unique<QLockFile>(m_storePath + QStringLiteral(".outbox-lock"));
            m_lock->setStaleLockTime(0); // only a dead owner's lock is stale, however old
        }
        // A lock left by a killed process is found stale (its process is gone) and taken over.
        m_owner = m_lock->tryLock(0);
    }
    // Whatever the owner before left in Sending is judged now.
    if (m_owner && m_started && m_store && m_store->isOpen())
        judgeLeftovers();
    return m_owner;
}

bool OutboxWorker::refuseIfNotOwner(qint64 id)
{
    if (takeOwnership())
        return false;
    Q_EMIT actionFailed(id, tr("Another Carteiro is sending from this outbox; try again once it has finished"));
    return true;
}

void OutboxWorker::start(bool autoSend)
{
    m_autoSend = autoSend;
    if (!ensureStore())
        return;
    m_storeBroken = false;
    m_started = true;
    // The owner judges what a crash left; another process's Sending rows are
    // being sent right now and are shown as they are.
    if (m_owner)
        judgeLeftovers(); // owned since an earlier call, before start()
    else
        takeOwnership();
    reload();
    publish();
    schedule();
}

bool OutboxWorker::judgeLeftovers()
{
    // What a crash left in Sending is judged from its last durable stage.
    QList<OutboxEntry> judged;
    for (OutboxEntry e : m_store->outbox({}, false)) {
        if (OutboxPolicy::judgeAfterCrash(e)) {
            e.updated = QDateTime::currentDateTimeUtc();
            judged.append(e);
        }
    }
    return judged.isEmpty() || save(judged);
}

bool OutboxWorker::save(const QList<OutboxEntry> &entries)
{
    if (!m_store->saveOutbox(entries)) {
        failStore();
        return false;
    }
    for (const OutboxEntry &e : entries)
        remember(e);
    return true;
}

void OutboxWorker::remember(const OutboxEntry &entry)
{
    OutboxEntry copy = entry;
    copy.raw.clear();
    copy.draftPayload.clear();
    m_entries.insert(copy.id, copy);
    publishSoon();
}

void OutboxWorker::reload()
{
    bool ok = m_store && m_store->isOpen();
    if (!ok)
        return;
    const QList<OutboxEntry> all = m_store->outbox({}, false);
    if (all.isEmpty() && !m_store->error().isEmpty() && m_entries.isEmpty())
        return;
    QHash<qint64, OutboxEntry> fresh;
    for (OutboxEntry e : all) {
        e.draftPayload.clear();
        // What is in flight here is known better here (written through anyway).
        fresh.insert(e.id, inFlight(e.id) && m_entries.contains(e.id) ? m_entries.value(e.id) : e);
    }
    if (fresh.size() != m_entries.size() || fresh.keys() != m_entries.keys())
        publishSoon();
    m_entries = fresh;
}

void OutboxWorker::publishSoon()
{
    // While a batch runs, at most a few lists a second reach the window.
    if (!m_publishTimer.isActive())
        m_publishTimer.start(m_batches.empty() ? 0 : 200);
}

void OutboxWorker::publish()
{
    m_publishTimer.stop();
    QList<OutboxEntry> list = m_entries.values();
    std::sort(list.begin(), list.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id > b.id; });
    Q_EMIT changed(list);
}

bool OutboxWorker::inFlight(qint64 id) const
{
    if (id == m_filingId)
        return true;
    for (const auto &f : m_filingQueue)
        if (f.id == id)
            return true;
    return batchHolds(id);
}

void OutboxWorker::armTimer()
{
    m_timer.stop();
    if (!m_autoSend || m_storeBroken)
        return;
    // Only times still ahead: what is due now was just scheduled, or waits for
    // a password (setAccount) or for the batch in flight to its server.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime earliest;
    for (const OutboxEntry &e : std::as_const(m_entries)) {
        if (inFlight(e.id))
            continue;
        const QDateTime at = OutboxPolicy::dueAt(e);
        if (at.isValid() && at > now && (!earliest.isValid() || at < earliest))
            earliest = at;
    }
    if (!earliest.isValid())
        return;
    const qint64 ms = now.msecsTo(earliest);
    // One timer for the earliest; a day at most, then it looks again.
    m_timer.start(int(qBound<qint64>(0, ms, 24LL * 3600 * 1000)));
}

void OutboxWorker::checkFlushed()
{
    if (!m_flushPending || !m_forced.isEmpty() || !m_batches.empty() || m_filingId || !m_filingQueue.isEmpty())
        return;
    m_flushPending = false;
    publish();
    Q_EMIT flushed();
}

void OutboxWorker::setAccount(const AccountSettings &account, const QString &password)
{
    m_accounts.insert(account.id, account);
    m_passwords.insert(account.id, password);
    m_askedPassword.remove(account.id);
    schedule();
}

void OutboxWorker::removeAccount(const QString &accountId)
{
    m_accounts.remove(accountId);
    m_passwords.remove(accountId);
    m_askedPassword.remove(accountId);
}

// --- queueing ---------------------------------------------------------------------

void OutboxWorker::enqueue(quint64 token, const MessageDraft &draft, const AccountSettings &account,
                           const QDateTime &sendAt, const QByteArray &draftPayload)
{
    if (!ensureStore()) {
        Q_EMIT queueFailed(token, m_store->error());
        return;
    }
    if (!m_accounts.contains(account.id)) // its password comes with setAccount
        m_accounts.insert(account.id, account);
    // Composed here, off the GUI thread; the bytes are kept, not read back.
    if (!m_composeDir)
        m_composeDir = std::make_unique<QTemporaryDir>();
    if (!m_composeDir->isValid()) {
        Q_EMIT queueFailed(token, tr("cannot create a temporary folder: %1").arg(m_composeDir->errorString()));
        m_composeDir.reset();
        return;
    }
    QString error;
    const QString path = m_composeDir->filePath(QStringLiteral("message-%1.eml").arg(token));
    const auto composed = MimeComposer::compose(draft, path, &error);
    if (!composed) {
        QFile::remove(path);
        Q_EMIT queueFailed(token, error);
        return;
    }
    QFile file(composed->filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT queueFailed(token, tr("cannot read the composed message: %1").arg(file.errorString()));
        return;
    }
    OutboxEntry e;
    e.accountId = account.id;
    e.raw = file.readAll();
    e.envelopeFrom = composed->envelopeFrom;
    e.recipients = composed->envelopeRecipients;
    e.messageId = composed->messageId;
    QStringList to;
    for (const QList<MailAddress> *list : {&draft.to, &draft.cc})
        for (const MailAddress &a : *list)
            to << a.toDisplayString();
    e.to = to.join(QStringLiteral(", "));
    e.subject = draft.subject;
    const char *scheme = account.smtpSecurity == TransportSecurity::ImplicitTls ? "smtps"
                         : account.smtpSecurity == TransportSecurity::Plain     ? "smtp+plain"
                                                                                : "smtp";
    e.serverUrl = QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), account.smtpHost.trimmed()).arg(account.smtpPort);
    e.login = account.username;
    e.caFile = account.caFile;
    e.mechanism = account.authMechanism;
    e.draftPayload = draftPayload;
    // Undo send: no explicit time waits the undo delay (step mode goes at once).
    e.sendAt = sendAt.isValid() ? sendAt.toUTC()
                                : QDateTime::currentDateTimeUtc().addSecs(m_nextGate ? 0 : m_undoDelay);
    file.close();
    const qint64 id = addEntry(token, e);
    if (id) {
        m_composedFiles.insert(id, composed->filePath);
        // Completion learns whom the user writes to (README "Contacts"),
        // once per Message-ID; a failure here never holds the message back.
        m_store->noteWrittenTo(draft.to + draft.cc + draft.bcc, e.messageId, QDateTime::currentDateTimeUtc());
    } else {
        QFile::remove(composed->filePath);
    }
}

void OutboxWorker::forgetComposedFile(qint64 id)
{
    const QString path = m_composedFiles.take(id);
    if (!path.isEmpty())
        QFile::remove(path);
}

void OutboxWorker::enqueueEntry(quint64 token, const OutboxEntry &entry)
{
    addEntry(token, entry);
}

qint64 OutboxWorker::addEntry(quint64 token, const OutboxEntry &given)
{
    if (!ensureStore()) {
        Q_EMIT queueFailed(token, m_store->error());
        return 0;
    }
    OutboxEntry e = given;
    e.id = 0;
    e.state = OutboxEntry::State::Queued;
    e.stage = OutboxEntry::Stage::None;
    e.attempts = 0;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    e.nextAttempt = QDateTime();
    e.queueId.clear();
    e.sentFolder.clear();
    e.sentUid = 0;
    if (e.raw.isEmpty() || e.recipients.isEmpty()) {
        Q_EMIT queueFailed(token, e.raw.isEmpty() ? tr("the message is empty") : tr("the message has no recipient"));
        return 0;
    }
    // Durable before anything else happens to it.
    e.id = m_store->addOutbox(e);
    if (!e.id) {
        Q_EMIT queueFailed(token, m_store->error());
        return 0;
    }
    m_rawCache.insert(e.id, e.raw);
    remember(e);
    Q_EMIT queued(token, e.id, e.sendAt);
    if (m_started)
        schedule();
    return e.id;
}

// --- actions -----------------------------------------------------------------------

void OutboxWorker::sendNow(qint64 id)
{
    if (!ensureStore() || refuseIfNotOwner(id))
        return;
    reload();
    auto it = m_entries.find(id);
    using S = OutboxEntry::State;
    if (it == m_entries.end() || inFlight(id) || (it->state != S::Queued && it->state != S::Deferred)) {
        Q_EMIT actionFailed(id, tr("Only a queued or deferred message can be sent now"));
        return;
    }
    OutboxEntry e = *it;
    e.sendAt = QDateTime();
    e.nextAttempt = QDateTime();
    e.updated = QDateTime::currentDateTimeUtc();
    if (!save({e}))
        return;
    m_forced.insert(id);
    schedule();
}

void OutboxWorker::retry(qint64 id)
{
    if (!ensureStore() || refuseIfNotOwner(id))
        return;
    reload();
    auto it = m_entries.find(id);
    using S = OutboxEntry::State;
    if (it == m_entries.end() || inFlight(id)) {
        Q_EMIT actionFailed(id, tr("The message is not in the outbox or is being sent"));
        return;
    }
    OutboxEntry e = *it;
    if (e.state == S::Sent) {
        // Filed again; Sent is searched first, in case an earlier APPEND got through.
        m_filingTried.remove(id);
        m_fresh.remove(id);
        queueFiling(id, {});
        return;
    }
    if (e.state != S::Failed && e.state != S::PossiblySent && e.state != S::Deferred) {
        Q_EMIT actionFailed(id, tr("Only a failed, deferred or possibly sent message can be tried again"));
        return;
    }
    // The user decided: it goes again, now.
    e.state = S::Queued;
    e.stage = OutboxEntry::Stage::None;
    e.sendAt = QDateTime();
    e.nextAttempt = QDateTime();
    e.lastError.clear();
    e.updated = QDateTime::currentDateTimeUtc();
    if (!save({e}))
        return;
    m_forced.insert(id);
    schedule();
}

void OutboxWorker::remove(qint64 id)
{
    if (!ensureStore())
        return;
    if (inFlight(id)) {
        Q_EMIT actionFailed(id, tr("The message is being sent; it can be removed once the server answered"));
        return;
    }
    if (!m_store->removeOutboxUnlessSending(id)) {
        Q_EMIT actionFailed(id, m_store->error());
        return;
    }
    m_entries.remove(id);
    m_rawCache.remove(id);
    m_forced.remove(id);
    forgetComposedFile(id);
    publishSoon();
    armTimer();
    checkFlushed();
}

void OutboxWorker::takeBack(qint64 id)
{
    if (!ensureStore())
        return;
    if (inFlight(id)) {
        Q_EMIT tookBack(id, false, {}, tr("The message is already being sent"));
        return;
    }
    // A message queued without the composer's state (carteiro-cli) has nothing
    // to edit: taking it back would only delete it.
    if (const auto kept = m_store->outboxEntry(id, false); kept && kept->draftPayload.isEmpty()) {
        Q_EMIT tookBack(id, false, {}, tr("This message was queued from the command line: there is no draft to edit"));
        return;
    }
    const auto e = m_store->takeBackOutbox(id);
    if (!e) {
        Q_EMIT tookBack(id, false, {}, m_store->error());
        return;
    }
    m_entries.remove(id);
    m_rawCache.remove(id);
    m_forced.remove(id);
    forgetComposedFile(id);
    publishSoon();
    armTimer();
    Q_EMIT tookBack(id, true, e->draftPayload, {});
    checkFlushed();
}

void OutboxWorker::retryDeferred(const QString &accountId)
{
    if (!ensureStore() || !takeOwnership())
        return; // another process sends from this store: its own timers decide
    reload();
    bool any = false;
    for (const OutboxEntry &e : std::as_const(m_entries))
        if (e.state == OutboxEntry::State::Deferred && e.accountId == accountId && !inFlight(e.id)) {
            m_forced.insert(e.id);
            any = true;
        }
    if (any)
        schedule();
}

void OutboxWorker::flush()
{
    if (!ensureStore())
        return;
    if (refuseIfNotOwner(0)) {
        Q_EMIT flushed(); // nothing more will happen here
        return;
    }
    reload();
    for (const OutboxEntry &e : std::as_const(m_entries))
        if ((e.state == OutboxEntry::State::Queued || e.state == OutboxEntry::State::Deferred) && !inFlight(e.id))
            m_forced.insert(e.id);
    m_flushPending = true;
    schedule();
}

} // namespace carteiro
