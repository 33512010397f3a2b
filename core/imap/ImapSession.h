// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IMAP4rev1 client as a sans-IO state machine (RFC 3501, aware of RFC 9051).
// Feed it framed responses (ImapFramer); it returns what to write, what the
// driver must do (upgrade to TLS, close) and typed results. Commands are
// queued with enqueue(), tagged a1, a2, ... and pipelined through a FIFO of
// commands in flight; nothing is written while a continuation is awaited.
// Extensions: STARTTLS, SASL-IR (RFC 4959), LITERAL+/- (RFC 7888), ENABLE
// (RFC 5161), ID (RFC 2971), SPECIAL-USE (RFC 6154), LIST-STATUS (RFC 5819),
// UIDPLUS (RFC 4315), MOVE (RFC 6851), IDLE (RFC 2177), CONDSTORE/QRESYNC
// (RFC 7162).
#include "net/TransportSecurity.h"
#include "imap/ImapAuthenticator.h"
#include "imap/ImapCommand.h"
#include "imap/ImapCommandQueue.h"
#include "imap/ImapMailboxState.h"
#include "imap/ImapResponse.h"
#include "imap/ImapSyntaxFallback.h"
#include "sasl/SaslClient.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <memory>

namespace carteiro {


class ImapSession
{
public:
    enum class State {
        Greeting, Capability, StartTls, TlsHandshake, Authenticating, PostAuth, Authenticated,
        Selected, Idle, Logout, Done, Failed
    };
    static const char *stateName(State state);

    using AuthMethod = ImapAuthenticator::Method;

    struct Config
    {
        TransportSecurity security = TransportSecurity::StartTls;
        bool authenticate = true;
        bool allowAuthWithoutTls = false; // only for an explicit plaintext lab account
        SaslCredentials credentials;
        QString mechanism;                // empty: strongest offered
        AuthMethod authMethod = AuthMethod::Auto;
        bool enableQresync = true;        // ENABLE QRESYNC (or CONDSTORE) when offered
        bool sendId = true;
        QList<QPair<QByteArray, QByteArray>> clientId = {{"name", "Carteiro"}};
        int maxInFlight = 4;              // pipelined commands at once
        bool useSaslIr = true;            // RFC 4959: first SASL response on AUTHENTICATE
        bool useLiteralPlus = true;       // RFC 7888 LITERAL+/-: literals without waiting for "+"
        // Shown by the driver at the start of the connection (classroom mode).
        QByteArray classroomNote;
    };

    struct Write
    {
        QByteArray wire;  // bytes to write
        QByteArray trace; // what the inspector shows (secrets masked, literals summarised)
        QByteArray verb;
    };

    struct Output
    {
        QList<Write> writes;
        bool startTls = false;
        bool close = false;
        bool ready = false;                 // authenticated and set up: user commands flow now
        bool largeLiteralsExpected = false; // a body fetch is in flight (raise the framer's bound)
        QList<QByteArray> stateChanges;     // "GREETING -> CAPABILITY"
        QList<QByteArray> notes;            // ignored data, untrusted alerts ...
        QList<QString> alerts;              // [ALERT] texts the user must see (RFC 3501 §7.1)
        QList<ImapResponse> data;           // untagged data after authentication, in order
        QList<ImapCompletion> completions;
    };

    explicit ImapSession(Config config);
    ~ImapSession();

    Output feed(const QByteArray &frame);
    Output tlsEstablished();
    Output connectionLost(const QString &reason);

    // Queues a command for after authentication; returns its id (never 0).
    // Call flush() to get the writes it caused.
    quint64 enqueue(ImapCommand command);
    // UID MOVE, or UID COPY + UID STORE \Deleted + UID EXPUNGE (or EXPUNGE
    // without UIDPLUS) when the server has no MOVE (RFC 6851 §3.3).
    quint64 enqueueMove(const ImapSequenceSet &uids, const QString &mailbox);
    Output flush();
    // A queued command is dropped; one in flight is reported cancelled when
    // answered; an IDLE is ended with DONE (RFC 2177 §3).
    Output cancel(quint64 id);
    Output stopIdle();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Failed; }
    bool isReady() const;
    bool isTlsActive() const { return m_tls; }
    bool isIdling() const { return m_idleId != 0 && m_idleAcked; }
    QString error() const { return m_error; }
    QString failedStep() const { return m_failedStep; }
    const QList<QByteArray> &capabilities() const { return m_caps; }
    bool hasCapability(const char *name) const;
    const QSet<QByteArray> &enabled() const { return m_enabled; }
    QString authMechanism() const { return m_auth.mechanism(); }
    const ImapMailboxState &mailbox() const { return m_mailbox; }
    // The UIDVALIDITY the caller's cache holds for a mailbox, so SELECT can tell
    // it when that changed.
    void setKnownUidValidity(const QString &mailbox, quint32 uidValidity);
    const Config &config() const { return m_config; }
    int inFlight() const { return m_commands.inFlightCount(); }
    int queued() const { return m_commands.waitingCount(); }

private:

    void setState(State s, Output &out);
    void fail(Output &out, const QString &step, const QString &message);
    void sendInternal(Output &out, ImapCommand command);
    void write(Output &out, ImapRequest &r);
    void writePieces(Output &out, ImapRequest &r);
    void pump(Output &out);
    void onGreeting(const ImapResponse &r, Output &out);
    void afterCapabilities(Output &out);
    void startAuth(Output &out);
    void onContinuation(const ImapResponse &r, Output &out);
    void onUntagged(const ImapResponse &r, Output &out);
    void onUntaggedStatus(const ImapResponse &r, Output &out);
    void onTagged(const ImapResponse &r, Output &out);
    void onSetupDone(ImapRequest &r, const ImapResponse &resp, Output &out);
    void postAuth(Output &out);
    void becomeReady(Output &out);
    void complete(ImapRequest &r, Output &out);
    void applyCode(const ImapResponseCode &code, ImapMailboxState &m);
    void updateLargeLiterals(Output &out);
    bool trusted() const;
    ImapRequest *awaitingContinuation();

    Config m_config;
    State m_state = State::Greeting;
    QList<QByteArray> m_caps;
    bool m_capsFresh = false;
    QSet<QByteArray> m_enabled;
    bool m_tls = false;
    bool m_authenticated = false;
    bool m_ready = false;
    ImapAuthenticator m_auth;
    ImapSyntaxFallback m_fallback;
    ImapCommandQueue m_commands;
    quint64 m_awaitingId = 0;       // the request whose continuation ("+") we wait for
    quint64 m_idleId = 0;
    bool m_idleAcked = false;
    bool m_doneSent = false;
    bool m_doneWanted = false;
    bool m_stopNextIdle = false; // stopIdle() came before the IDLE was written
    ImapMailboxState m_mailbox;
    ImapMailboxState m_selecting;
    QHash<QString, quint32> m_knownUidValidity;
    QString m_error;
    QString m_failedStep;
};

} // namespace carteiro
