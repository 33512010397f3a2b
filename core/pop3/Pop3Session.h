// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// POP3 client as a sans-IO state machine (RFC 1939), with CAPA (RFC 2449),
// STLS (RFC 2595), SASL AUTH (RFC 5034), response codes (RFC 2449 §8,
// RFC 3206) and PIPELINING (RFC 2449 §6.6). It never touches a socket: feed it
// frames (status and listing lines, and whole RETR/TOP bodies once
// expectsBody() says so, see Pop3Framer) and it returns the commands to write,
// what the driver must do (upgrade to TLS, close) and the typed replies.
//
// The AUTHORIZATION state runs by itself: greeting, CAPA, STLS, CAPA again
// inside TLS, then SASL, APOP or USER/PASS. In the TRANSACTION state the driver
// asks (request()) and the session keeps the commands in flight in order,
// several at once only when the server announced PIPELINING.
#include "net/TransportSecurity.h"
#include "pop3/Pop3Capabilities.h"
#include "pop3/Pop3Request.h"
#include "pop3/Pop3Response.h"
#include "sasl/SaslClient.h"

#include <QByteArray>
#include <QList>
#include <deque>
#include <memory>
#include <optional>

namespace carteiro {

struct Pop3Command
{
    QByteArray wire;      // bytes to write, CRLF included
    QByteArray traceText; // what the inspector shows (secrets masked), no CRLF
    QByteArray verb;      // "USER", "RETR", ...
};

class Pop3Session
{
public:
    enum class State {
        Greeting, Capa, Stls, TlsHandshake, Auth, User, Pass, Apop, Transaction, Quit, Done, Failed
    };
    static const char *stateName(State state);


    struct Config
    {
        TransportSecurity security = TransportSecurity::StartTls;
        bool allowPlaintextAuth = false; // only for an explicit plaintext lab account
        SaslCredentials credentials;
        // Empty: automatic (the strongest SASL mechanism offered, else APOP when
        // the greeting has a timestamp, else USER/PASS). Otherwise exactly
        // "USER", "APOP" or one SASL mechanism, or an error.
        QString mechanism;
        bool usePipelining = true;
        // RFC 5034 §4: the first SASL response on the AUTH line; false waits for
        // the server's empty "+ " challenge (classroom mode shows that step).
        bool useInitialResponse = true;
        // Shown by the driver at the start of the connection (classroom mode).
        QByteArray classroomNote;
        int maxCapaLines = 256;
        qint64 maxListingBytes = 32 * 1024 * 1024; // LIST / UIDL listing
    };

    using Request = Pop3Request;

    struct Reply
    {
        Request request;
        Pop3Response status;
        QList<QByteArray> lines; // LIST / UIDL listing, dot-unstuffed, without "."
        QByteArray body;         // RETR / TOP, dot-unstuffed, CRLF line ends as sent
    };

    struct Output
    {
        QList<Pop3Command> commands;
        bool startTls = false;      // upgrade the channel, then call tlsEstablished()
        bool close = false;         // close the connection now
        bool authenticated = false; // the TRANSACTION state was reached in this step
        QList<Reply> replies;       // completed TRANSACTION replies, in order
        QList<QByteArray> stateChanges; // "CAPA -> STLS", for the inspector
        QList<QByteArray> notes;        // other remarks for the inspector
    };

    explicit Pop3Session(Config config);
    ~Pop3Session();

    // Refuses CR, LF, NUL in the user name and password before anything reaches
    // the wire (tests/README.md, case 13). Empty when all is well.
    QString validate() const;

    // One frame: a status or listing line (without CRLF), or a whole body when
    // expectsBody() was true.
    Output feedFrame(const QByteArray &frame);
    // True when the next frame is the body of a RETR or TOP whose +OK arrived:
    // switch the framer to body mode (Pop3Framer::expectBody).
    bool expectsBody() const { return m_awaitingBody; }
    Output tlsEstablished();
    // Only in the TRANSACTION state; queued and sent in order.
    Output request(const Request &request);
    // QUIT once every request in flight is answered (RFC 1939 §6: deletions
    // happen only in the UPDATE state that QUIT starts).
    Output quit();
    // The connection dropped, timed out or was cancelled.
    Output connectionLost(const QString &reason);

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Failed; }
    bool succeeded() const { return m_state == State::Done && m_error.isEmpty(); }
    bool isTlsActive() const { return m_tls; }
    // QUIT was answered +OK: the server entered UPDATE and removed the messages
    // marked with DELE (RFC 1939 §6).
    bool updateConfirmed() const { return m_updateConfirmed; }
    int pendingRequests() const { return int(m_inFlight.size() + m_unsent.size()); }
    // The request whose answer is being read now (the oldest in flight).
    std::optional<Request> currentRequest() const
    {
        return m_inFlight.empty() ? std::nullopt : std::optional<Request>(m_inFlight.front());
    }
    bool pipelining() const { return m_config.usePipelining && m_caps.pipelining; }
    QString error() const { return m_error; }
    QString failedStep() const { return m_failedStep; }
    // The last status line received.
    const Pop3Response &lastResponse() const { return m_last; }
    // The server's reply that made the session fail (its response code, such as
    // [IN-USE], [LOGIN-DELAY], [SYS/TEMP] or [AUTH], tells the user what to do);
    // nullopt when the failure was not a reply (a drop, a bound, a refusal of ours).
    const std::optional<Pop3Response> &failureResponse() const { return m_failure; }
    const Pop3Capabilities &capabilities() const { return m_caps; }
    QByteArray greeting() const { return m_greeting; }
    QByteArray apopTimestamp() const { return m_timestamp; }
    QString authMechanism() const { return m_authMechanism; }
    const Config &config() const { return m_config; }

private:
    void setState(State s, Output &out);
    void send(Output &out, const QByteArray &line, const QByteArray &verb, const QByteArray &trace = {});
    void fail(Output &out, const QString &step, const QString &message, bool politeQuit);
    void onStatus(const Pop3Response &r, Output &out);
    void onGreeting(const Pop3Response &r, Output &out);
    void afterCapa(Output &out);
    void startAuth(Output &out);
    bool startSasl(Output &out, const QString &preferred, bool automatic);
    void startApop(Output &out);
    void onAuth(const Pop3Response &r, Output &out);
    void onTransaction(const Pop3Response &r, Output &out);
    void onListingLine(const QByteArray &line, Output &out);
    void completeReply(Output &out);
    void pump(Output &out);
    void enterTransaction(Output &out);

    Config m_config;
    State m_state = State::Greeting;
    Pop3Capabilities m_caps;
    Pop3Response m_last;
    std::optional<Pop3Response> m_failure;
    bool m_handlingStatus = false;
    QByteArray m_greeting;
    QByteArray m_timestamp;
    bool m_tls = false;
    std::unique_ptr<SaslClient> m_sasl;
    QString m_authMechanism;
    QString m_authCancelError;
    // TRANSACTION
    std::deque<Request> m_inFlight;
    std::deque<Request> m_unsent;
    Reply m_current;
    bool m_collecting = false; // a listing (CAPA, LIST, UIDL) is being read
    bool m_awaitingBody = false;
    qint64 m_listingBytes = 0;
    bool m_quitRequested = false;
    bool m_updateConfirmed = false;
    int m_deleAccepted = 0;
    QString m_error;
    QString m_failedStep;
};

} // namespace carteiro
