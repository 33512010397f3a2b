// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ImapFolderSync.h"

#include "sync/ImapMessageRow.h"

#include <algorithm>

namespace carteiro {

namespace {

bool sortedContains(const QList<quint32> &sorted, quint32 uid)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), uid);
}

// "NO [NONEXISTENT] Mailbox doesn't exist": the server's verdict, code and words.
QString serverWords(const ImapCompletion &c)
{
    QString words = QString::fromLatin1(ImapResponse::statusName(c.status));
    if (!c.code.name.isEmpty())
        words += QStringLiteral(" [%1]").arg(QString::fromLatin1(c.code.name));
    if (!c.text.isEmpty())
        words += QLatin1Char(' ') + c.text;
    return words.trimmed();
}

} // namespace

const char *ImapFolderSync::stateName(State state)
{
    switch (state) {
    case State::Idle: return "IDLE";
    case State::Selecting: return "SELECTING";
    case State::ListingUids: return "LISTING_UIDS";
    case State::FetchingFlags: return "FETCHING_FLAGS";
    case State::FetchingHeaders: return "FETCHING_HEADERS";
    case State::Done: return "DONE";
    case State::Failed: return "FAILED";
    case State::Cancelled: return "CANCELLED";
    }
    return "?";
}

ImapFolderSync::ImapFolderSync(ImapConnection *connection, MailStore *store, qint64 folderId, Options options,
                               QObject *parent)
    : QObject(parent), m_conn(connection), m_store(store), m_folderId(folderId), m_options(options)
{
    if (m_options.chunk == 0)
        m_options.chunk = 500;
}

ImapFolderSync::~ImapFolderSync()
{
    for (const QMetaObject::Connection &l : std::as_const(m_links))
        QObject::disconnect(l);
}

QList<quint32> ImapFolderSync::chunkPlan(qsizetype count, quint32 first, quint32 chunk)
{
    if (chunk == 0)
        chunk = 500;
    quint32 size = (first == 0 || first > chunk) ? chunk : first;
    QList<quint32> plan;
    for (qsizetype left = count; left > 0;) {
        const quint32 part = quint32(qMin<qsizetype>(left, size));
        plan.append(part);
        left -= part;
        size = size > chunk / 2 ? chunk : size * 2;
    }
    return plan;
}

void ImapFolderSync::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(QString::fromLatin1(stateName(s)));
}

void ImapFolderSync::fail(const QString &message)
{
    if (m_state == State::Done || m_state == State::Failed || m_state == State::Cancelled)
        return;
    for (const QMetaObject::Connection &l : std::as_const(m_links))
        QObject::disconnect(l);
    m_links.clear();
    m_error = message;
    setState(State::Failed);
    Q_EMIT finished(false, message);
}

void ImapFolderSync::start()
{
    if (m_state != State::Idle)
        return;
    const std::optional<StoredFolder> folder = m_store->folder(m_folderId);
    if (!folder) {
        setState(State::Selecting);
        fail(tr("SYNC: folder %1 is not in the store: %2").arg(m_folderId).arg(m_store->error()));
        return;
    }
    m_name = folder->name;
    if (!m_conn->isReady()) {
        setState(State::Selecting);
        fail(tr("SYNC %1: the IMAP connection is not ready").arg(m_name));
        return;
    }
    m_storedValidity = folder->uidValidity;
    m_storedModSeq = folder->highestModSeq;
    m_newFrom = folder->uidNext > 0 ? folder->uidNext : 1;
    m_storedUids = m_store->uids(m_folderId);
    m_maxUid = m_storedUids.isEmpty() ? 0 : m_storedUids.last();

    m_links << connect(m_conn, &ImapConnection::untagged, this, &ImapFolderSync::onUntagged);
    m_links << connect(m_conn, &ImapConnection::jobFinished, this, &ImapFolderSync::onJobFinished);
    m_links << connect(m_conn, &ImapConnection::failed, this, [this](const QString &m) { fail(m); });
    m_links << connect(m_conn, &ImapConnection::closed, this, [this] {
        fail(tr("SYNC %1: the connection closed").arg(m_name));
    });

    const ImapSession &session = m_conn->session();
    const bool condstore = m_options.useCondstore &&
                           (session.hasCapability("CONDSTORE") || session.enabled().contains("CONDSTORE") ||
                            session.enabled().contains("QRESYNC"));
    ImapCommand::QresyncParams params;
    const bool qresync = m_options.useQresync && session.enabled().contains("QRESYNC") && m_storedValidity != 0 &&
                         m_storedModSeq != 0 && !m_storedUids.isEmpty();
    if (qresync) {
        params.uidValidity = m_storedValidity;
        params.modSeq = m_storedModSeq;
        params.knownUids = ImapSequenceSet::fromRange(m_storedUids.first(), m_maxUid);
    }
    m_stats.qresync = qresync;
    if (m_storedValidity != 0) // the session notes a change in the inspector too
        m_conn->setKnownUidValidity(m_name, m_storedValidity);
    setState(State::Selecting);
    m_clock.start();
    // RFC 3501 §6.3.1 SELECT / §6.3.2 EXAMINE; RFC 7162 §3.1.8 CONDSTORE, §3.2.5 QRESYNC
    m_selectJob = m_conn->submit(ImapCommand::select(m_name, m_options.readOnly, condstore,
                                                     qresync ? &params : nullptr));
}

void ImapFolderSync::cancel()
{
    if (m_state == State::Idle || m_state == State::Done || m_state == State::Failed ||
        m_state == State::Cancelled)
        return;
    for (const QMetaObject::Connection &l : std::as_const(m_links))
        QObject::disconnect(l);
    m_links.clear();
    QList<quint64> jobs = {m_selectJob, m_searchJob, m_flagsJob};
    jobs += m_chunks.keys();
    for (const quint64 job : jobs)
        if (job != 0 && m_conn->jobState(job) != ImapConnection::JobState::Done)
            m_conn->cancel(job);
    m_error = tr("SYNC %1: cancelled").arg(m_name);
    setState(State::Cancelled);
    Q_EMIT finished(false, m_error);
}

void ImapFolderSync::onUntagged(const ImapResponse &r)
{
    if (r.keyword == "FETCH") {
        const ImapFetch &f = r.fetch;
        if (f.uid == 0)
            return; // without a UID nothing can be matched; the next sync catches up
        if (f.envelope) {
            m_rows.emplace(f.uid, ImapMessageRow::fromFetch(f, &m_words));
        } else if (f.hasFlags) {
            MailStore::FlagUpdate u;
            u.uid = f.uid;
            u.flags = MessageFlag::fromImap(f.flags, &u.keywords);
            u.modSeq = f.modSeq;
            m_flagUpdates.insert(f.uid, u);
        }
    } else if (r.keyword == "VANISHED" && r.uidSet) {
        // RFC 7162 §3.2.10; bounded like any other server list
        m_vanished += r.uidSet->toList(10000000).value_or(QList<quint32>());
    }
}

void ImapFolderSync::onJobFinished(quint64 job, const ImapCompletion &c)
{
    if (job == m_selectJob) {
        m_selectJob = 0;
        onSelected(c);
    } else if (job == m_searchJob) {
        m_searchJob = 0;
        onUids(c);
    } else if (job == m_flagsJob) {
        m_flagsJob = 0;
        if (!c.ok) {
            fail(tr("UID FETCH (FLAGS) in %1: %2").arg(m_name, serverWords(c)));
            return;
        }
        onFlags();
    } else if (m_chunks.contains(job)) {
        onChunk(job, c);
    }
}

void ImapFolderSync::onSelected(const ImapCompletion &c)
{
    m_stats.selectMs = m_clock.elapsed();
    if (!c.ok) {
        fail(tr("SELECT %1: %2").arg(m_name, serverWords(c)));
        return;
    }
    m_mailbox = c.mailbox;
    if (m_mailbox.uidValidity == 0) {
        fail(tr("SELECT %1: the server sent no UIDVALIDITY, so no cache can be trusted").arg(m_name));
        return;
    }
    if (m_storedValidity != 0 && m_storedValidity != m_mailbox.uidValidity) {
        // RFC 3501 §2.3.1.1: every cached UID is void; rebuild (tests/README.md, case 24).
        if (!m_store->resetFolder(m_folderId, m_mailbox.uidValidity)) {
            fail(tr("SYNC %1: could not drop the old cache: %2").arg(m_name, m_store->error()));
            return;
        }
        m_stats.rebuilt = true;
        m_stats.qresync = false;
        m_storedUids.clear();
        m_maxUid = 0;
        m_storedModSeq = 0;
        m_newFrom = 1;
        m_flagUpdates.clear();
        m_vanished.clear();
    }
    Q_EMIT folderCountKnown(m_folderId, qint64(m_mailbox.exists));
    m_condstore = m_options.useCondstore && !m_mailbox.noModSeq &&
                  (m_conn->session().hasCapability("CONDSTORE") ||
                   m_conn->session().enabled().contains("QRESYNC"));
    if (m_stats.qresync && !applyPendingChanges(false))
        return;
    listUids();
}

void ImapFolderSync::listUids()
{
    setState(State::ListingUids);
    if (m_mailbox.exists == 0) {
        // An empty folder on the server: whatever the store holds is gone.
        m_vanished += m_storedUids;
        complete();
        return;
    }
    m_fullUidList = m_storedUids.isEmpty() || !m_stats.qresync;
    // RFC 3501 §6.4.4 (UID search key, §6.4.8); RFC 4731 §3.1 RETURN (ALL) keeps the answer short
    QByteArray criteria = m_fullUidList ? QByteArray("ALL") : "UID " + QByteArray::number(m_newFrom) + ":*";
    if (m_conn->session().hasCapability("ESEARCH"))
        criteria = "RETURN (ALL) " + criteria;
    m_searchJob = m_conn->submit(ImapCommand::uidSearch(criteria));
}

void ImapFolderSync::onUids(const ImapCompletion &c)
{
    if (!c.ok) {
        fail(tr("UID SEARCH in %1: %2").arg(m_name, serverWords(c)));
        return;
    }
    QList<quint32> server = c.uids;
    std::sort(server.begin(), server.end());
    server.erase(std::unique(server.begin(), server.end()), server.end());
    if (m_fullUidList) {
        for (const quint32 uid : std::as_const(m_storedUids))
            if (!sortedContains(server, uid))
                m_vanished.append(uid);
    }
    m_newUids.clear();
    for (auto it = server.crbegin(); it != server.crend(); ++it)
        if ((m_fullUidList || *it >= m_newFrom) && !sortedContains(m_storedUids, *it))
            m_newUids.append(*it); // newest first: the first screen fills soonest
    Q_EMIT progress(m_folderId, m_storedUids.size(), m_storedUids.size() + m_newUids.size());
    fetchFlags();
}

void ImapFolderSync::fetchFlags()
{
    if (m_storedUids.isEmpty() || m_stats.qresync) {
        fetchHeaders();
        return;
    }
    setState(State::FetchingFlags);
    const ImapSequenceSet known = ImapSequenceSet::fromRange(1, m_maxUid);
    if (m_condstore && m_storedModSeq > 0) {
        if (m_mailbox.highestModSeq == m_storedModSeq) {
            fetchHeaders(); // RFC 7162 §3.1.2.1: nothing changed since we looked
            return;
        }
        m_fullFlags = false;
        // RFC 7162 §3.1.4.1 CHANGEDSINCE
        m_flagsJob = m_conn->submit(ImapCommand::uidFetch(known, "UID FLAGS MODSEQ", m_storedModSeq));
    } else {
        m_fullFlags = true;
        // RFC 3501 §6.4.8 UID FETCH of FLAGS: compared with the store below
        m_flagsJob = m_conn->submit(ImapCommand::uidFetch(known, m_condstore ? "UID FLAGS MODSEQ" : "UID FLAGS"));
    }
}

void ImapFolderSync::onFlags()
{
    if (applyPendingChanges(m_fullFlags))
        fetchHeaders();
}

bool ImapFolderSync::applyPendingChanges(bool allFlags)
{
    if (!m_vanished.isEmpty()) {
        std::sort(m_vanished.begin(), m_vanished.end());
        m_vanished.erase(std::unique(m_vanished.begin(), m_vanished.end()), m_vanished.end());
        QList<quint32> gone;
        for (const quint32 uid : std::as_const(m_vanished))
            if (sortedContains(m_storedUids, uid))
                gone.append(uid);
        m_vanished.clear();
        if (!gone.isEmpty()) {
            Q_EMIT removingUids(m_folderId, gone);
            if (!m_store->removeMessages(m_folderId, gone)) {
                fail(tr("SYNC %1: could not remove expunged messages: %2").arg(m_name, m_store->error()));
                return false;
            }
            m_stats.removed += gone.size();
            QList<quint32> kept;
            kept.reserve(m_storedUids.size() - gone.size());
            std::set_difference(m_storedUids.cbegin(), m_storedUids.cend(), gone.cbegin(), gone.cend(),
                                std::back_inserter(kept));
            m_storedUids = kept;
        }
    }
    if (m_flagUpdates.isEmpty())
        return true;
    // The flags are always compared with the store, also after CHANGEDSINCE: a
    // server that ignores it (RFC 7162 §3.1.4.1 asks it not to) sends every
    // message's FLAGS, and "changed" must count only what differs.
    QHash<quint32, QPair<quint32, QList<QByteArray>>> current;
    if (allFlags || m_flagUpdates.size() > 64) {
        const QList<StoredMessage> rows = m_store->messages(m_folderId);
        current.reserve(rows.size());
        for (const StoredMessage &m : rows)
            current.insert(m.uid, {m.flags, m.keywords});
    } else { // the usual CHANGEDSINCE answer: a few rows, read one by one
        for (auto it = m_flagUpdates.cbegin(); it != m_flagUpdates.cend(); ++it)
            if (const std::optional<StoredMessage> m = m_store->messageByUid(m_folderId, it.value().uid))
                current.insert(m->uid, {m->flags, m->keywords});
    }
    QList<MailStore::FlagUpdate> updates;
    for (auto it = m_flagUpdates.cbegin(); it != m_flagUpdates.cend(); ++it) {
        const MailStore::FlagUpdate &u = it.value();
        if (auto row = m_rows.find(u.uid); row != m_rows.end()) {
            row->flags = u.flags; // a FETCH FLAGS after the header FETCH, not yet written
            row->keywords = u.keywords;
            continue;
        }
        if (!sortedContains(m_storedUids, u.uid))
            continue;
        const auto cur = current.constFind(u.uid);
        if (cur != current.cend() && cur->first == u.flags && cur->second == u.keywords)
            continue;
        updates.append(u);
    }
    m_flagUpdates.clear();
    if (updates.isEmpty())
        return true;
    if (!m_store->updateFlags(m_folderId, updates)) {
        fail(tr("SYNC %1: could not store changed flags: %2").arg(m_name, m_store->error()));
        return false;
    }
    m_stats.changed += updates.size();
    QList<quint32> changedUids;
    changedUids.reserve(updates.size());
    for (const MailStore::FlagUpdate &u : std::as_const(updates))
        changedUids.append(u.uid);
    Q_EMIT flagsStored(m_folderId, changedUids);
    return true;
}

void ImapFolderSync::fetchHeaders()
{
    setState(State::FetchingHeaders);
    m_clock.restart();
    if (m_newUids.isEmpty()) {
        complete();
        return;
    }
    qsizetype i = 0;
    for (const quint32 size : chunkPlan(m_newUids.size(), m_options.firstChunk, m_options.chunk)) {
        m_waitingChunks.append(m_newUids.mid(i, size));
        i += size;
    }
    // A first chunk sized to the visible rows goes alone: a server running
    // pipelined FETCHes side by side (Dovecot does) would otherwise answer it
    // only among the bigger ones. The rest follow together once it is in.
    submitChunks(m_options.firstChunk > 0 ? 1 : m_waitingChunks.size());
}

void ImapFolderSync::submitChunks(qsizetype count)
{
    for (qsizetype k = 0; k < count && !m_waitingChunks.isEmpty(); ++k) {
        const QList<quint32> part = m_waitingChunks.takeFirst();
        // RFC 3501 §6.4.8 UID FETCH of the list items, pipelined; MODSEQ (RFC 7162 §3.1.4)
        // only when CONDSTORE is in use (asking for it would turn CONDSTORE on)
        const quint64 job = m_conn->submit(
            ImapCommand::uidFetch(ImapSequenceSet::fromList(part), ImapCommand::headerItems(m_condstore)));
        m_chunks.insert(job, part);
    }
}

void ImapFolderSync::onChunk(quint64 job, const ImapCompletion &c)
{
    const QList<quint32> asked = m_chunks.take(job);
    if (!c.ok) {
        fail(tr("UID FETCH of headers in %1: %2").arg(m_name, serverWords(c)));
        return;
    }
    QList<StoredMessage> rows;
    rows.reserve(asked.size());
    for (const quint32 uid : asked) {
        auto it = m_rows.find(uid);
        if (it == m_rows.end())
            continue; // expunged meanwhile: the server sent nothing for it
        it->folderId = m_folderId;
        rows.append(std::move(*it));
        m_rows.erase(it);
    }
    if (!rows.isEmpty()) {
        QList<qint64> ids;
        if (!m_store->upsertMessages(m_folderId, rows, &ids)) {
            fail(tr("SYNC %1: could not store %2 messages: %3").arg(m_name).arg(rows.size()).arg(m_store->error()));
            return;
        }
        for (qsizetype i = 0; i < rows.size() && i < ids.size(); ++i)
            rows[i].id = ids.at(i);
        m_stats.added += rows.size();
        for (const StoredMessage &m : std::as_const(rows))
            if (!(m.flags & MessageFlag::Seen))
                ++m_stats.newUnseen;
        m_fetched += rows.size();
        Q_EMIT rowsStored(m_folderId, rows);
        Q_EMIT chunkStored(m_folderId, int(rows.size()));
    }
    Q_EMIT progress(m_folderId, m_storedUids.size() + m_fetched, m_storedUids.size() + m_newUids.size());
    submitChunks(m_waitingChunks.size());
    if (m_chunks.isEmpty()) {
        m_stats.headersMs = m_clock.elapsed();
        complete();
    }
}

void ImapFolderSync::complete()
{
    if (!applyPendingChanges(false))
        return;
    quint32 uidNext = m_mailbox.uidNext;
    if (uidNext == 0) {
        const QList<quint32> all = m_store->uids(m_folderId);
        uidNext = all.isEmpty() ? 1 : all.last() + 1;
    }
    // HIGHESTMODSEQ as of the SELECT: changes made during the sync are seen next time.
    if (!m_store->setSyncState(m_folderId, m_mailbox.uidValidity, uidNext,
                               m_condstore ? m_mailbox.highestModSeq : 0)) {
        fail(tr("SYNC %1: could not record the sync state: %2").arg(m_name, m_store->error()));
        return;
    }
    if (const std::optional<StoredFolder> f = m_store->folder(m_folderId))
        m_stats.total = f->total;
    for (const QMetaObject::Connection &l : std::as_const(m_links))
        QObject::disconnect(l);
    m_links.clear();
    setState(State::Done);
    Q_EMIT finished(true, {});
}

} // namespace carteiro
