// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives one POP3 session: Channel <-> Pop3Session, then UIDL + LIST, optional
// TOP headers, RETR of the messages the store does not hold yet into a
// MessageSink, DELE (download-and-delete mode) only for messages the sink
// confirmed durable, and QUIT. Deletions happen only when the server answers
// QUIT with +OK (RFC 1939 §6): a drop at any point before that deletes nothing.
// The Channel wiring and step mode are ChannelJob's (core/net/ChannelJob.h).
#include "net/ChannelJob.h"
#include "pop3/MessageSink.h"
#include "pop3/Pop3Listing.h"
#include "pop3/Pop3Session.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace carteiro {

class Pop3Framer;

class Pop3RetrieveJob : public ChannelJob
{
    Q_OBJECT
public:
    enum class Mode { KeepOnServer, DownloadAndDelete };
    enum class Outcome { Running, Succeeded, Failed, Cancelled };

    struct Entry
    {
        enum class Status {
            Pending,     // listed, nothing decided yet
            Known,       // the store already holds its UIDL: not downloaded again
            NotSelected, // filtered out (onlyUidls / select) or list-only run
            TooLarge,    // LIST size above maxMessageBytes: skipped
            Stored,      // the sink confirmed it durable
            StoreFailed, // the sink refused it: never deleted
            Deleted      // DELE accepted and QUIT answered +OK
        };
        static const char *statusName(Status status);
        Pop3MessageInfo info;
        QByteArray headers; // TOP n answer, when topLines >= 0
        Status status = Status::Pending;
        bool markedForDeletion = false; // DELE answered +OK (takes effect at QUIT)
        QString error;
    };

    struct Options
    {
        Mode mode = Mode::KeepOnServer;
        // UIDLs the store already holds durably: never downloaded again; in
        // download-and-delete mode they are deleted from the server.
        QSet<QByteArray> knownUidls;
        // Non-empty: only these UIDLs are considered (raw retrieval by UIDL).
        QSet<QByteArray> onlyUidls;
        int topLines = -1;     // >= 0: TOP n for each candidate; headers land in entries()
        bool listOnly = false; // list (and TOP) only; retrieve and delete nothing
        // After TOP: download this candidate? (default: all)
        std::function<bool(const Entry &)> select;
        qint64 maxMessageBytes = 64 * 1024 * 1024;
        qint64 maxBytesInFlight = 8 * 1024 * 1024; // RETR pipelined while their sizes fit
    };

    Pop3RetrieveJob(TraceHub *hub, ChannelOptions channel, Pop3Session::Config config,
                    MessageSink *sink, Options options, QObject *parent = nullptr);
    ~Pop3RetrieveJob() override;

    // Step mode: setStepGate() before start(); Stop gives the outcome
    // Cancelled, not an error.
    void start();
    // Drops the connection without QUIT: nothing marked for deletion is deleted.
    void cancel();

    Outcome outcome() const { return m_outcome; }
    const Pop3Session &session() const { return *m_session; }
    // Every message of the maildrop (after the listing), in maildrop order.
    const QList<Entry> &entries() const { return m_entries; }
    QList<QByteArray> storedUidls() const;
    QList<QByteArray> deletedUidls() const; // confirmed by QUIT +OK only
    // "STEP: message" quoting the server; empty on success.
    QString errorMessage() const;
    // The server said to come back later ([IN-USE], [LOGIN-DELAY], [SYS/TEMP]).
    bool retryLater() const;

Q_SIGNALS:
    void progress(int messagesDone, int messagesTotal);
    void finished(carteiro::Pop3RetrieveJob::Outcome outcome);

private:
    void onConnected() override;
    void onFrame(const QByteArray &frame) override;
    void onEncrypted() override;
    void onFailed(Channel::ErrorKind kind, const QString &message) override;
    void onClosed() override;
    bool sessionFinished() const override { return m_session->isFinished(); }
    void onConnectionLost(const QString &why) override;
    void onStoppedByUser() override;

    void apply(const Pop3Session::Output &out);
    void onReply(const Pop3Session::Reply &reply);
    void afterListings();
    void requestTops();
    void decideAndRetrieve();
    void pumpRetrieve();
    void onRetr(const Pop3Session::Reply &reply);
    void maybeQuit();
    void abortWith(const QString &step, const QString &message);
    void finish();
    Entry *entryFor(int number);
    void send(Pop3Session::Request::Kind kind, int message = 0, int lines = 0);

    std::unique_ptr<Pop3Session> m_session;
    MessageSink *m_sink;
    Options m_options;
    Pop3Framer *m_framer = nullptr; // owned by m_channel
    Outcome m_outcome = Outcome::Running;
    QString m_jobError, m_jobStep;
    bool m_cancelled = false;

    QList<QByteArray> m_uidlLines, m_listLines;
    int m_listingsPending = 0;
    QList<Entry> m_entries;
    QList<int> m_toRetrieve; // indexes into m_entries, in order
    qsizetype m_nextRetrieve = 0;
    qint64 m_bytesInFlight = 0;
    int m_retrInFlight = 0;
    int m_topsPending = 0;
    int m_delesPending = 0;
    int m_done = 0;
    bool m_retrieving = false;
    bool m_quitting = false;
};

} // namespace carteiro
