// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapConnection.h"

#include <QTimer>

namespace carteiro {

const char *ImapConnection::jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return "QUEUED";
    case JobState::Running: return "RUNNING";
    case JobState::Done: return "DONE";
    case JobState::Failed: return "FAILED";
    case JobState::Cancelled: return "CANCELLED";
    }
    return "?";
}

ImapConnection::ImapConnection(TraceHub *hub, ChannelOptions channel, ImapSession::Config config,
                               QObject *parent)
    : ChannelJob(hub, Protocol::Imap, std::move(channel), parent), m_session(std::move(config))
{
    m_idleRefresh.setSingleShot(true);
    m_idleRefresh.setInterval(28 * 60 * 1000);
    connect(&m_idleRefresh, &QTimer::timeout, this, [this] {
        if (!m_session.isIdling())
            return;
        m_refreshingIdle = true;
        apply(m_session.stopIdle());
    });
}

ImapConnection::~ImapConnection() = default;

void ImapConnection::open()
{
    addSecrets(m_session.config().credentials);
    auto framer = std::make_unique<ImapFramer>();
    framer->setMaxLiteralBytes(kOtherLiteralBytes);
    m_framer = framer.get();
    openChannel(std::move(framer));
}

void ImapConnection::onConnected() { traceGreeting(m_session.config().classroomNote); }

void ImapConnection::onFrame(const QByteArray &frame) { apply(m_session.feed(frame)); }

void ImapConnection::onEncrypted() { apply(m_session.tlsEstablished()); }

void ImapConnection::onConnectionLost(const QString &why) { apply(m_session.connectionLost(why)); }

void ImapConnection::onClosed()
{
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed();
    }
}

void ImapConnection::close()
{
    if (m_session.isReady()) {
        m_session.enqueue(ImapCommand::logout()); // RFC 3501 §6.1.3
        apply(m_session.flush());
        return;
    }
    if (m_channel)
        m_channel->close();
}

void ImapConnection::onFailed(Channel::ErrorKind, const QString &message)
{
    apply(m_session.connectionLost(message));
    Q_EMIT failed(errorMessage());
}

quint64 ImapConnection::track(quint64 sessionId)
{
    m_jobOf.insert(sessionId, sessionId);
    m_partsLeft.insert(sessionId, 1);
    m_jobStates.insert(sessionId, JobState::Queued);
    if (m_channel)
        QTimer::singleShot(0, this, [this] { apply(m_session.flush()); });
    return sessionId;
}

quint64 ImapConnection::submit(ImapCommand command) { return track(m_session.enqueue(std::move(command))); }

quint64 ImapConnection::list(const QString &pattern)
{
    return submit(ImapCommand::list({}, pattern, m_session.hasCapability("SPECIAL-USE"),
                                    m_session.hasCapability("LIST-STATUS")));
}

quint64 ImapConnection::status(const QString &mailbox)
{
    QList<QByteArray> items = {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN"};
    if (m_session.hasCapability("CONDSTORE"))
        items << "HIGHESTMODSEQ";
    return submit(ImapCommand::status(mailbox, items));
}

quint64 ImapConnection::select(const QString &mailbox, bool readOnly,
                               const ImapCommand::QresyncParams *qresync)
{
    const bool condstore = m_session.enabled().contains("CONDSTORE") ||
                           m_session.enabled().contains("QRESYNC") || m_session.hasCapability("CONDSTORE");
    const bool useQresync = qresync && m_session.enabled().contains("QRESYNC");
    return submit(ImapCommand::select(mailbox, readOnly, condstore, useQresync ? qresync : nullptr));
}

quint64 ImapConnection::fetchHeaders(const ImapSequenceSet &uids, quint32 chunk, quint64 changedSince)
{
    const bool modseq = m_session.hasCapability("CONDSTORE");
    const QList<ImapSequenceSet> parts = uids.chunks(chunk);
    quint64 job = 0;
    for (const ImapSequenceSet &part : parts) {
        const quint64 id = m_session.enqueue(ImapCommand::uidFetch(
            part, ImapCommand::headerItems(modseq), modseq ? changedSince : 0,
            changedSince > 0 && m_session.enabled().contains("QRESYNC")));
        if (job == 0) {
            job = track(id);
        } else {
            m_jobOf.insert(id, job);
            ++m_partsLeft[job];
        }
    }
    return job;
}

quint64 ImapConnection::fetchBody(quint32 uid, const QByteArray &section, qint64 origin, qint64 length)
{
    return submit(ImapCommand::uidFetch(ImapSequenceSet::fromRange(uid, uid),
                                        "UID " + ImapCommand::bodyItem(section, origin, length)));
}

quint64 ImapConnection::store(const ImapSequenceSet &uids, ImapCommand::StoreMode mode,
                              const QList<QByteArray> &flags)
{
    return submit(ImapCommand::uidStore(uids, mode, flags));
}

quint64 ImapConnection::copy(const ImapSequenceSet &uids, const QString &mailbox)
{
    return submit(ImapCommand::uidCopy(uids, mailbox));
}

quint64 ImapConnection::move(const ImapSequenceSet &uids, const QString &mailbox)
{
    return track(m_session.enqueueMove(uids, mailbox));
}

quint64 ImapConnection::expunge(const ImapSequenceSet &uids)
{
    ImapCommand c = ImapCommand::uidExpunge(uids);
    if (!m_session.hasCapability("UIDPLUS"))
        c.invalid = tr("the server has no UIDPLUS: expunging only these messages is impossible");
    return submit(c);
}

quint64 ImapConnection::append(const QString &mailbox, const QByteArray &message,
                               const QList<QByteArray> &flags, const QDateTime &internalDate)
{
    return submit(ImapCommand::append(mailbox, flags, internalDate, message));
}

quint64 ImapConnection::createMailbox(const QString &mailbox) { return submit(ImapCommand::create(mailbox)); }
quint64 ImapConnection::renameMailbox(const QString &from, const QString &to)
{
    return submit(ImapCommand::rename(from, to));
}
quint64 ImapConnection::deleteMailbox(const QString &mailbox)
{
    return submit(ImapCommand::deleteMailbox(mailbox));
}
quint64 ImapConnection::subscribeMailbox(const QString &mailbox) { return submit(ImapCommand::subscribe(mailbox)); }
quint64 ImapConnection::unsubscribeMailbox(const QString &mailbox)
{
    return submit(ImapCommand::unsubscribe(mailbox));
}
quint64 ImapConnection::listSubscribed()
{
    return submit(ImapCommand::subscribedList(m_session.hasCapability("LIST-EXTENDED")));
}
quint64 ImapConnection::search(const QByteArray &criteria, const QString &text)
{
    return submit(ImapCommand::uidSearch(criteria, text));
}
quint64 ImapConnection::idle() { return submit(ImapCommand::idle()); }
quint64 ImapConnection::noop() { return submit(ImapCommand::noop()); }

void ImapConnection::stopIdle()
{
    m_refreshingIdle = false;
    apply(m_session.stopIdle());
}

void ImapConnection::cancel(quint64 job)
{
    QList<quint64> ids;
    for (auto it = m_jobOf.cbegin(); it != m_jobOf.cend(); ++it)
        if (it.value() == job)
            ids << it.key();
    m_refreshingIdle = false;
    for (const quint64 id : ids)
        apply(m_session.cancel(id));
}

void ImapConnection::onCompletion(const ImapCompletion &c)
{
    const quint64 job = m_jobOf.take(c.id);
    if (job == 0)
        return;
    if (c.kind == ImapCommand::Kind::Idle && m_refreshingIdle && c.ok && !c.cancelled) {
        // Our own DONE to keep the connection alive: the job goes on with a fresh IDLE.
        m_refreshingIdle = false;
        m_jobOf.insert(m_session.enqueue(ImapCommand::idle()), job);
        QTimer::singleShot(0, this, [this] { apply(m_session.flush()); });
        return;
    }
    if (!m_first.contains(job) || (m_first[job].ok && !c.ok))
        m_first.insert(job, c);
    if (--m_partsLeft[job] > 0)
        return;
    m_partsLeft.remove(job);
    const ImapCompletion result = m_first.take(job);
    m_jobStates.insert(job, result.cancelled ? JobState::Cancelled
                            : result.ok      ? JobState::Done
                                             : JobState::Failed);
    Q_EMIT jobFinished(job, result);
}

void ImapConnection::apply(const ImapSession::Output &out)
{
    if (!m_channel)
        return;
    traceStateChanges(out.stateChanges);
    traceNotes(out.notes);
    // Raise the bound before writing the command whose answer may carry a body.
    m_framer->setMaxLiteralBytes(out.largeLiteralsExpected ? kBodyLiteralBytes : kOtherLiteralBytes);
    for (const ImapSession::Write &w : out.writes)
        m_channel->writeLine(w.wire, w.trace, QString::fromLatin1(w.verb));
    for (auto it = m_jobStates.begin(); it != m_jobStates.end(); ++it)
        if (it.value() == JobState::Queued && m_session.queued() == 0)
            it.value() = JobState::Running;
    // A reply timer only while something waits for the server (never during IDLE).
    if (m_session.isIdling() || (m_session.inFlight() == 0 && m_session.isReady()))
        m_channel->armReplyTimeout(0);
    else if (!out.writes.isEmpty() || !out.data.isEmpty() || !out.completions.isEmpty())
        m_channel->armReplyTimeout();
    if (m_session.isIdling() && !m_idleRefresh.isActive())
        m_idleRefresh.start();
    else if (!m_session.isIdling())
        m_idleRefresh.stop();
    for (const QString &a : out.alerts) {
        m_channel->traceNote(TraceKind::Info, "ALERT: " + a.toUtf8());
        Q_EMIT alert(a);
    }
    for (const ImapResponse &r : out.data)
        Q_EMIT untagged(r);
    for (const ImapCompletion &c : out.completions)
        onCompletion(c);
    if (out.startTls)
        m_channel->startTls();
    if (out.ready)
        Q_EMIT ready();
    if (out.close) {
        if (m_session.state() == ImapSession::State::Failed)
            traceSessionError(m_session.error());
        if (m_session.state() == ImapSession::State::Failed && !failedOnTransport() && !stoppedByUser())
            Q_EMIT failed(errorMessage());
        m_channel->close();
    }
}

QString ImapConnection::errorMessage() const
{
    QString message = m_session.error();
    if (message.isEmpty())
        message = transportError();
    if (message.isEmpty())
        return {};
    QString step = m_session.failedStep();
    if (step.isEmpty() || (step == QLatin1String("GREETING") && failedOnTransport()))
        step = m_channel && m_channel->errorKind() == Channel::ErrorKind::Certificate
                   ? QStringLiteral("TLS")
                   : QStringLiteral("CONNECT");
    return step + QStringLiteral(": ") + message;
}

} // namespace carteiro
