// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives one IMAP connection: Channel <-> ImapFramer <-> ImapSession, with a
// small queued-job API for the store and the UI (list, select, fetch headers
// in pipelined chunks, fetch a body part, store flags, copy/move, expunge,
// append, folders, search, IDLE). Every job has an id, a named state and
// cancel(); results come back as signals on the caller's thread. The Channel
// wiring and step mode are ChannelJob's (core/net/ChannelJob.h).
#include "imap/ImapFramer.h"
#include "imap/ImapSession.h"
#include "net/ChannelJob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace carteiro {

class ImapConnection : public ChannelJob
{
    Q_OBJECT
public:
    enum class JobState { Queued, Running, Done, Failed, Cancelled };
    static const char *jobStateName(JobState state);

    static constexpr qint64 kBodyLiteralBytes = 64 * 1024 * 1024; // one message body
    static constexpr qint64 kOtherLiteralBytes = 1024 * 1024;     // anything else

    ImapConnection(TraceHub *hub, ChannelOptions channel, ImapSession::Config config,
                   QObject *parent = nullptr);
    ~ImapConnection() override;

    // Step mode: setStepGate() before open().
    void open();
    void close(); // LOGOUT if possible, then the socket

    // Each returns a job id; jobFinished(id, ...) reports the outcome.
    quint64 list(const QString &pattern = QStringLiteral("*"));
    quint64 status(const QString &mailbox);
    quint64 select(const QString &mailbox, bool readOnly = false,
                   const ImapCommand::QresyncParams *qresync = nullptr);
    // ENVELOPE, FLAGS, INTERNALDATE, RFC822.SIZE, BODYSTRUCTURE (and MODSEQ with
    // CONDSTORE) in chunks of `chunk` UIDs, pipelined (tests/bench/README.md).
    quint64 fetchHeaders(const ImapSequenceSet &uids, quint32 chunk = 500, quint64 changedSince = 0);
    // BODY.PEEK[section]; `section` empty = the whole message; partial with origin/length.
    quint64 fetchBody(quint32 uid, const QByteArray &section = {}, qint64 origin = -1, qint64 length = -1);
    quint64 store(const ImapSequenceSet &uids, ImapCommand::StoreMode mode, const QList<QByteArray> &flags);
    quint64 copy(const ImapSequenceSet &uids, const QString &mailbox);
    quint64 move(const ImapSequenceSet &uids, const QString &mailbox);
    // UID EXPUNGE with UIDPLUS; without it, refused rather than expunging others' \Deleted mail.
    quint64 expunge(const ImapSequenceSet &uids);
    quint64 append(const QString &mailbox, const QByteArray &message, const QList<QByteArray> &flags = {},
                   const QDateTime &internalDate = {});
    quint64 createMailbox(const QString &mailbox);
    quint64 renameMailbox(const QString &from, const QString &to);
    quint64 deleteMailbox(const QString &mailbox);
    quint64 subscribeMailbox(const QString &mailbox);
    quint64 unsubscribeMailbox(const QString &mailbox);
    // The subscribed folders, with LIST (SUBSCRIBED) where LIST-EXTENDED is offered, else LSUB.
    quint64 listSubscribed();
    quint64 search(const QByteArray &criteria, const QString &text = {});
    // IDLE until stopIdle() or cancel(); re-issued before servers drop it
    // (RFC 2177 §3: at least every 29 minutes), under the same job id.
    quint64 idle();
    void stopIdle();
    void setIdleRefreshMs(int ms) { m_idleRefresh.setInterval(ms); }
    quint64 noop();
    quint64 submit(ImapCommand command);
    void cancel(quint64 job);

    JobState jobState(quint64 job) const { return m_jobStates.value(job, JobState::Failed); }
    const ImapSession &session() const { return m_session; }
    // The UIDVALIDITY the caller's cache holds, so SELECT reports a change (RFC 3501 §2.3.1.1).
    void setKnownUidValidity(const QString &mailbox, quint32 uidValidity)
    {
        m_session.setKnownUidValidity(mailbox, uidValidity);
    }
    bool isReady() const { return m_session.isReady(); }
    // "STEP: what happened", quoting the server or the transport.
    QString errorMessage() const;

Q_SIGNALS:
    void ready();
    void untagged(const carteiro::ImapResponse &response); // FETCH, EXISTS, VANISHED ...
    void alert(const QString &text);
    void jobFinished(quint64 job, const carteiro::ImapCompletion &result);
    void failed(const QString &message);
    void closed();

private:
    void onConnected() override;
    void onFrame(const QByteArray &frame) override;
    void onEncrypted() override;
    void onFailed(Channel::ErrorKind kind, const QString &message) override;
    void onClosed() override;
    bool sessionFinished() const override { return m_session.isFinished(); }
    void onConnectionLost(const QString &why) override;

    quint64 track(quint64 sessionId);
    void apply(const ImapSession::Output &out);
    void onCompletion(const ImapCompletion &c);

    ImapSession m_session;
    ImapFramer *m_framer = nullptr; // owned by the channel
    bool m_closedEmitted = false;
    QHash<quint64, quint64> m_jobOf;        // session command id -> job id
    QHash<quint64, int> m_partsLeft;        // job id -> commands still running
    QHash<quint64, ImapCompletion> m_first; // job id -> the first failure (or last result)
    QHash<quint64, JobState> m_jobStates;
    QTimer m_idleRefresh;
    bool m_refreshingIdle = false;
};

} // namespace carteiro
