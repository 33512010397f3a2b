// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3RetrieveJob.h"

#include "pop3/Pop3Framer.h"
#include "pop3/Pop3Selection.h"

#include <QTimer>

namespace carteiro {

using Kind = Pop3Session::Request::Kind;

const char *Pop3RetrieveJob::Entry::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return "PENDING";
    case Status::Known: return "KNOWN";
    case Status::NotSelected: return "NOT-SELECTED";
    case Status::TooLarge: return "TOO-LARGE";
    case Status::Stored: return "STORED";
    case Status::StoreFailed: return "STORE-FAILED";
    case Status::Deleted: return "DELETED";
    }
    return "?";
}

Pop3RetrieveJob::Pop3RetrieveJob(TraceHub *hub, ChannelOptions channel, Pop3Session::Config config,
                                 MessageSink *sink, Options options, QObject *parent)
    : ChannelJob(hub, Protocol::Pop3, std::move(channel), parent),
      m_session(std::make_unique<Pop3Session>(std::move(config))), m_sink(sink),
      m_options(std::move(options))
{
}

Pop3RetrieveJob::~Pop3RetrieveJob() = default;

void Pop3RetrieveJob::start()
{
    const QString invalid = m_session->validate();
    if (invalid.isEmpty() && !m_sink && !m_options.listOnly)
        m_jobError = tr("no message store to download into");
    if (!invalid.isEmpty() || !m_jobError.isEmpty()) {
        // Refused before anything reaches the wire (tests/README.md, case 13).
        if (m_jobError.isEmpty())
            m_jobError = invalid;
        m_jobStep = QStringLiteral("CONNECT");
        QTimer::singleShot(0, this, [this] {
            m_outcome = Outcome::Failed;
            Q_EMIT finished(m_outcome);
        });
        return;
    }
    addSecrets(m_session->config().credentials);
    auto framer = std::make_unique<Pop3Framer>(m_channelOptions.maxLineBytes, m_options.maxMessageBytes);
    m_framer = framer.get();
    openChannel(std::move(framer));
}

void Pop3RetrieveJob::onConnected() { traceGreeting(m_session->config().classroomNote); }

void Pop3RetrieveJob::onEncrypted() { apply(m_session->tlsEstablished()); }

void Pop3RetrieveJob::onFailed(Channel::ErrorKind, const QString &message)
{
    apply(m_session->connectionLost(message));
    finish();
}

void Pop3RetrieveJob::onStoppedByUser()
{
    m_cancelled = true;
    ChannelJob::onStoppedByUser();
}

void Pop3RetrieveJob::onConnectionLost(const QString &why) { apply(m_session->connectionLost(why)); }

void Pop3RetrieveJob::onClosed() { finish(); }

void Pop3RetrieveJob::cancel()
{
    if (m_outcome != Outcome::Running)
        return;
    m_cancelled = true;
    apply(m_session->connectionLost(tr("cancelled by the user")));
    if (m_channel)
        m_channel->close();
    finish();
}

void Pop3RetrieveJob::onFrame(const QByteArray &frame)
{
    apply(m_session->feedFrame(frame));
    // Every answer is progress: the deadline is for the next one, so a long
    // pipelined run is not cut by a timer armed when its last command went out.
    if (m_channel && m_session->pendingRequests() > 0)
        m_channel->armReplyTimeout();
    if (m_session->expectsBody() && m_framer) {
        qint64 hint = -1;
        if (const auto r = m_session->currentRequest(); r && r->kind == Kind::Retr)
            if (const Entry *e = entryFor(r->message))
                hint = e->info.size;
        m_framer->expectBody(hint);
    }
}

void Pop3RetrieveJob::send(Kind kind, int message, int lines)
{
    Pop3Session::Request r;
    r.kind = kind;
    r.message = message;
    r.lines = lines;
    apply(m_session->request(r));
}

void Pop3RetrieveJob::apply(const Pop3Session::Output &out)
{
    traceStateChanges(out.stateChanges);
    traceNotes(out.notes);
    if (!m_channel)
        return;
    for (const Pop3Command &c : out.commands)
        m_channel->writeLine(c.wire, c.traceText, QString::fromLatin1(c.verb));
    if (!out.commands.isEmpty())
        m_channel->armReplyTimeout();
    if (out.startTls)
        m_channel->startTls();
    if (out.authenticated) {
        // RFC 1939 §7 (UIDL) and §5 (LIST): which messages, how big, which are new.
        m_listingsPending = 2;
        send(Kind::Uidl);
        send(Kind::List);
    }
    for (const Pop3Session::Reply &r : out.replies)
        onReply(r);
    if (out.close) {
        if (m_session->state() == Pop3Session::State::Failed)
            traceSessionError(m_session->error());
        m_channel->close();
        finish();
    }
}

Pop3RetrieveJob::Entry *Pop3RetrieveJob::entryFor(int number)
{
    // Entries are in maildrop order and numbers are 1..n without gaps (RFC 1939 §5),
    // but a server may skip deleted numbers: fall back to a search.
    if (number >= 1 && number <= m_entries.size() && m_entries[number - 1].info.number == number)
        return &m_entries[number - 1];
    for (Entry &e : m_entries)
        if (e.info.number == number)
            return &e;
    return nullptr;
}

void Pop3RetrieveJob::onReply(const Pop3Session::Reply &reply)
{
    if (!m_jobError.isEmpty())
        return; // aborting: QUIT is queued, nothing more is decided
    switch (reply.request.kind) {
    case Kind::Uidl:
    case Kind::List:
        if (!reply.status.isOk()) {
            abortWith(QString::fromLatin1(Pop3Session::Request::verb(reply.request.kind)),
                      reply.request.kind == Kind::Uidl
                          ? tr("the server does not support UIDL, needed to avoid downloading a "
                               "message twice: %1").arg(reply.status.describe())
                          : tr("LIST failed: %1").arg(reply.status.describe()));
            return;
        }
        (reply.request.kind == Kind::Uidl ? m_uidlLines : m_listLines) = reply.lines;
        if (--m_listingsPending == 0)
            afterListings();
        return;
    case Kind::Top:
        if (Entry *e = entryFor(reply.request.message); e && reply.status.isOk())
            e->headers = reply.body;
        if (--m_topsPending == 0)
            decideAndRetrieve();
        return;
    case Kind::Retr: onRetr(reply); return;
    case Kind::Dele:
        --m_delesPending;
        if (Entry *e = entryFor(reply.request.message)) {
            e->markedForDeletion = reply.status.isOk();
            if (!reply.status.isOk())
                e->error = tr("DELE refused: %1").arg(reply.status.describe());
        }
        maybeQuit();
        return;
    default: return;
    }
}

void Pop3RetrieveJob::afterListings()
{
    QString error;
    const auto all = Pop3Selection::merge(m_uidlLines, m_listLines, &error);
    m_uidlLines.clear();
    m_listLines.clear();
    if (!all) {
        abortWith(QStringLiteral("UIDL"), error);
        return;
    }
    m_entries.clear();
    m_entries.reserve(all->size());
    const QList<Pop3MessageInfo> fresh = Pop3Selection::unseen(*all, m_options.knownUidls);
    QSet<int> freshNumbers;
    for (const Pop3MessageInfo &m : fresh)
        freshNumbers.insert(m.number);
    for (const Pop3MessageInfo &m : *all) {
        Entry e;
        e.info = m;
        if (!m_options.onlyUidls.isEmpty() && !m_options.onlyUidls.contains(m.uidl))
            e.status = Entry::Status::NotSelected;
        else if (m_options.knownUidls.contains(m.uidl))
            e.status = Entry::Status::Known;
        else if (!freshNumbers.contains(m.number))
            e.status = Entry::Status::NotSelected; // the same UIDL listed twice: once is enough
        m_entries.append(e);
    }
    requestTops();
}

void Pop3RetrieveJob::requestTops()
{
    if (m_options.topLines < 0) {
        decideAndRetrieve();
        return;
    }
    QList<int> numbers;
    for (const Entry &e : m_entries)
        if (e.status == Entry::Status::Pending)
            numbers.append(e.info.number);
    if (numbers.isEmpty()) {
        decideAndRetrieve();
        return;
    }
    m_topsPending = int(numbers.size());
    for (int n : numbers)
        send(Kind::Top, n, m_options.topLines); // RFC 1939 §7; pipelined when the server allows
}

void Pop3RetrieveJob::decideAndRetrieve()
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.status != Entry::Status::Pending)
            continue;
        if (m_options.listOnly || (m_options.select && !m_options.select(e))) {
            e.status = Entry::Status::NotSelected;
        } else if (e.info.size > m_options.maxMessageBytes) {
            e.status = Entry::Status::TooLarge;
            e.error = tr("the message is %1 bytes; the limit is %2 bytes")
                          .arg(e.info.size)
                          .arg(m_options.maxMessageBytes);
        } else {
            m_toRetrieve.append(int(i));
        }
    }
    if (m_options.mode == Mode::DownloadAndDelete && !m_options.listOnly) {
        // Held durably by the store since an earlier run: safe to delete now.
        for (const Entry &e : m_entries) {
            if (e.status == Entry::Status::Known) {
                ++m_delesPending;
                send(Kind::Dele, e.info.number); // RFC 1939 §5
            }
        }
    }
    m_retrieving = true;
    pumpRetrieve();
}

void Pop3RetrieveJob::pumpRetrieve()
{
    // Pipelined RETR while their announced sizes fit the budget: bounded memory
    // even when the server sends all bodies back to back.
    while (m_nextRetrieve < m_toRetrieve.size() &&
           (m_retrInFlight == 0 ||
            (m_session->pipelining() &&
             m_bytesInFlight + m_entries[m_toRetrieve[m_nextRetrieve]].info.size <=
                 m_options.maxBytesInFlight))) {
        const Entry &e = m_entries[m_toRetrieve[m_nextRetrieve++]];
        m_bytesInFlight += e.info.size;
        ++m_retrInFlight;
        send(Kind::Retr, e.info.number); // RFC 1939 §5
    }
    Q_EMIT progress(m_done, int(m_toRetrieve.size()));
    maybeQuit();
}

void Pop3RetrieveJob::onRetr(const Pop3Session::Reply &reply)
{
    --m_retrInFlight;
    Entry *e = entryFor(reply.request.message);
    if (!e)
        return;
    m_bytesInFlight -= e->info.size;
    ++m_done;
    if (!reply.status.isOk()) {
        e->status = Entry::Status::StoreFailed;
        e->error = tr("RETR refused: %1").arg(reply.status.describe());
    } else {
        QString error;
        if (m_sink->storeMessage(e->info.uidl, reply.body, &error)) {
            e->status = Entry::Status::Stored;
            // "Nothing lost": DELE only for what the store confirmed durable.
            if (m_options.mode == Mode::DownloadAndDelete) {
                ++m_delesPending;
                send(Kind::Dele, e->info.number); // RFC 1939 §5
            }
        } else {
            e->status = Entry::Status::StoreFailed;
            e->error = error.isEmpty() ? tr("the store did not keep the message") : error;
        }
    }
    pumpRetrieve();
}

void Pop3RetrieveJob::maybeQuit()
{
    if (!m_retrieving || m_quitting || m_nextRetrieve < m_toRetrieve.size() || m_retrInFlight > 0 ||
        m_delesPending > 0)
        return;
    m_quitting = true;
    apply(m_session->quit()); // RFC 1939 §6: the UPDATE state applies the DELEs
}

void Pop3RetrieveJob::abortWith(const QString &step, const QString &message)
{
    if (m_jobError.isEmpty()) {
        m_jobError = message;
        m_jobStep = step;
    }
    // QUIT would apply any DELE already accepted; nothing was marked yet at the
    // listing stage, so a polite QUIT is safe.
    m_retrieving = true;
    m_toRetrieve.clear();
    maybeQuit();
}

void Pop3RetrieveJob::finish()
{
    if (m_outcome != Outcome::Running || !m_session->isFinished())
        return;
    if (m_session->updateConfirmed()) {
        for (Entry &e : m_entries)
            if (e.markedForDeletion)
                e.status = Entry::Status::Deleted;
    }
    bool storeFailed = false;
    for (const Entry &e : m_entries)
        storeFailed = storeFailed || (e.status == Entry::Status::StoreFailed);
    if (m_cancelled)
        m_outcome = Outcome::Cancelled;
    else if (m_session->succeeded() && m_jobError.isEmpty() && !storeFailed)
        m_outcome = Outcome::Succeeded;
    else
        m_outcome = Outcome::Failed;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_outcome); });
}

QList<QByteArray> Pop3RetrieveJob::storedUidls() const
{
    QList<QByteArray> out;
    for (const Entry &e : m_entries)
        if (e.status == Entry::Status::Stored || e.status == Entry::Status::Deleted)
            if (!m_options.knownUidls.contains(e.info.uidl))
                out.append(e.info.uidl);
    return out;
}

QList<QByteArray> Pop3RetrieveJob::deletedUidls() const
{
    QList<QByteArray> out;
    for (const Entry &e : m_entries)
        if (e.status == Entry::Status::Deleted)
            out.append(e.info.uidl);
    return out;
}

bool Pop3RetrieveJob::retryLater() const
{
    const auto &f = m_session->failureResponse();
    return f && f->isTemporary();
}

QString Pop3RetrieveJob::errorMessage() const
{
    if (m_outcome == Outcome::Succeeded)
        return {};
    if (stoppedByUser())
        return tr("stopped by the user");
    if (!m_session->error().isEmpty()) {
        QString step = m_session->failedStep();
        if (transportErrorKind() == Channel::ErrorKind::Certificate ||
            transportErrorKind() == Channel::ErrorKind::Tls)
            step = QStringLiteral("TLS");
        else if (failedOnTransport() && (step == QStringLiteral("GREETING") || step.isEmpty()))
            step = QStringLiteral("CONNECT");
        return step + QStringLiteral(": ") + m_session->error();
    }
    if (!m_jobError.isEmpty())
        return m_jobStep + QStringLiteral(": ") + m_jobError;
    QStringList failures;
    for (const Entry &e : m_entries)
        if (e.status == Entry::Status::StoreFailed)
            failures << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(e.info.uidl), e.error);
    if (!failures.isEmpty())
        return QStringLiteral("RETR: ") +
               tr("%n message(s) not stored and kept on the server: %1", nullptr, int(failures.size()))
                   .arg(failures.join(QStringLiteral("; ")));
    return transportError();
}

} // namespace carteiro
