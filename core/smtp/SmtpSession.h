// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SMTP submission client as a sans-IO state machine (RFC 5321, RFC 6409).
// It never touches a socket: feed it reply lines, it returns the commands to
// write and what the driver must do (upgrade to TLS, stream the body, close).
// Extensions: STARTTLS (RFC 3207), AUTH (RFC 4954), PIPELINING (RFC 2920),
// SIZE (RFC 1870), 8BITMIME (RFC 6152), SMTPUTF8 (RFC 6531), CHUNKING (RFC 3030),
// ENHANCEDSTATUSCODES (RFC 2034).
#include "net/TransportSecurity.h"
#include "sasl/SaslClient.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <deque>
#include <memory>

namespace carteiro {

struct SmtpCommand
{
    QByteArray wire;      // bytes to write, CRLF included
    QByteArray traceText; // what the inspector shows (secrets masked), no CRLF
    QByteArray verb;      // "EHLO", "AUTH", "MAIL", ...
};

struct SmtpEnvelope
{
    QByteArray from;              // addr-spec for MAIL FROM (may be empty: null reverse-path)
    QList<QByteArray> recipients; // addr-specs for RCPT TO, Bcc included
    qint64 size = 0;              // message size in bytes (for SIZE=)
    bool eightBit = false;        // BODY=8BITMIME needed
    bool smtpUtf8 = false;        // SMTPUTF8 needed
};

struct SmtpRecipientResult
{
    QByteArray address;
    SmtpReply reply;
    bool accepted = false;
};

struct SmtpMessageResult
{
    bool accepted = false;     // the server took responsibility (250 after the body)
    bool possiblySent = false; // the body was sent but no reply came: never re-send silently
    QString queueId;           // from "250 2.0.0 Ok: queued as 4Xyz"
    SmtpReply finalReply;
    QList<SmtpRecipientResult> recipients;
    QString failedStep;        // "RCPT TO", "DATA", ...
    QString error;
};

class SmtpSession
{
public:
    enum class State {
        Greeting, Ehlo, Helo, StartTls, TlsHandshake, Auth, MailTransaction, Data, Body,
        BodyReply, Rset, Noop, Quit, Done, Failed
    };
    static const char *stateName(State state);


    struct Config
    {
        QByteArray ehloName = "localhost";
        TransportSecurity security = TransportSecurity::StartTls;
        bool authenticate = true;
        bool allowAuthWithoutTls = false; // only for an explicit plaintext lab account
        SaslCredentials credentials;
        QString mechanism;                // empty: strongest offered
        bool usePipelining = true;
        bool useChunking = true;
        // RSET (RFC 5321 §4.1.1.5) before every message after the first, not
        // only after a failed one: each transaction starts from a clean state.
        bool resetBetweenMessages = false;
        // With PIPELINING and CHUNKING, messages of one BDAT chunk go whole
        // (RSET, MAIL, RCPT, BDAT LAST and the bytes) while earlier ones still
        // wait for their verdicts, up to kAheadWindow in flight (RFC 2920 §3.1,
        // RFC 3030 §4): the driver asks aheadBatch() when its reading pauses and
        // sends them with sendAhead(). For drivers that record each final chunk
        // before it leaves (the outbox, one commit for the batch).
        bool pipelineBodies = false;
        // RFC 4954 §4: the first SASL response on the AUTH line; false waits for
        // the server's empty 334 challenge (classroom mode shows that step).
        bool useInitialResponse = true;
        // HELO instead of EHLO (RFC 5321 §4.1.1.1): no extensions, so no STARTTLS
        // and no AUTH; validate() allows it only on a plaintext lab connection.
        bool useHelo = false;
        // Shown by the driver at the start of the connection (classroom mode).
        QByteArray classroomNote;
        int maxReplyLines = 512;
    };

    struct Output
    {
        QList<SmtpCommand> commands;
        bool startTls = false;    // upgrade the channel, then call tlsEstablished()
        bool sendBody = false;    // stream message `bodyIndex`, then call bodySent()
        int bodyIndex = -1;
        bool useBdat = false;     // ... as BDAT chunks (else DATA with dot-stuffing)
        bool close = false;       // close the connection now
        QList<QByteArray> stateChanges; // "EHLO -> STARTTLS", for the inspector
        QList<QByteArray> notes;        // other remarks for the inspector
    };

    explicit SmtpSession(Config config);
    // A name for EHLO: this machine's host name when it looks like a domain
    // name, otherwise empty (the job then sends an address literal, RFC 5321 §4.1.4).
    static QByteArray defaultEhloName();
    ~SmtpSession();

    // Refuses CR, LF, NUL (and '<', '>') in the EHLO name and addresses before
    // anything reaches the wire. Returns an empty string when all is well.
    QString validate() const;
    // With no message added, the session is a connection test: greeting, EHLO,
    // STARTTLS, AUTH, then NOOP and QUIT.
    void addMessage(const SmtpEnvelope &envelope);

    Output feedLine(const QByteArray &line);
    Output tlsEstablished();
    // The body last asked for (Output::sendBody or sendAhead) has been
    // written: DATA's terminator or `bdatChunks` BDAT commands (each gets its
    // own reply).
    Output bodySent(int bdatChunks = 0);
    // pipelineBodies: the messages that may go whole now, in order (empty: none).
    QList<int> aheadBatch() const;
    // The envelope of message `index` (the first of aheadBatch()); the driver
    // writes its one BDAT LAST chunk right after, then calls bodySent(1).
    Output sendAhead(int index);
    static constexpr int kAheadWindow = 4;
    // The connection dropped or a timeout fired: the session ends; a message whose
    // body was sent without a reply is marked "possibly sent".
    Output connectionLost(const QString &reason);

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Done || m_state == State::Failed; }
    bool succeeded() const;
    bool isTlsActive() const { return m_tls; }
    QString error() const { return m_error; }
    QString failedStep() const { return m_failedStep; }
    // The session ended because the connection dropped or timed out
    // (connectionLost), not on a reply.
    bool endedByConnectionLoss() const { return m_connectionLost; }
    SmtpReply lastReply() const { return m_lastReply; }
    // The reply the session failed on (AUTH's 535, a 421): the last one read
    // when it failed, not the QUIT's that followed; code 0 on a lost connection.
    SmtpReply failureReply() const { return m_failureReply; }
    const SmtpCapabilities &capabilities() const { return m_caps; }
    QString greeting() const { return m_greeting; }
    QString authMechanism() const { return m_authMechanism; }
    const QList<SmtpMessageResult> &results() const { return m_results; }
    int currentMessage() const { return m_current; }
    // A BDAT chunk was refused while the body is still being written: stop sending.
    bool bodyRejected() const
    {
        return m_state == State::Body && m_current >= 0 && !m_results[m_current].error.isEmpty();
    }
    void setEhloName(const QByteArray &name) { m_config.ehloName = name; }
    const Config &config() const { return m_config; }
    // Capabilities this session used (for the inspector's session summary).
    QStringList usedExtensions() const;

private:
    enum class Expect { Mail, Rcpt, Data, Rset };
    struct Pending { Expect kind; int index; int message; };
    // The largest message sent whole ahead of its turn: one BDAT chunk.
    static constexpr qint64 kAheadBodyMax = 256 * 1024;

    void setState(State s, Output &out);
    void send(Output &out, const QByteArray &line, const QByteArray &verb,
              const QByteArray &trace = {});
    void fail(Output &out, const QString &step, const QString &message, bool politeQuit,
              bool bodyAnswered = false);
    void onReply(const SmtpReply &reply, Output &out);
    void onGreeting(const SmtpReply &reply, Output &out);
    void onEhlo(const SmtpReply &reply, Output &out);
    void afterEhlo(Output &out);
    void startAuth(Output &out);
    void onAuth(const SmtpReply &reply, Output &out);
    void startTransaction(Output &out);
    void onTransactionReply(const SmtpReply &reply, Output &out);
    void maybeStartBody(Output &out);
    QString noRecipientError();
    void onBodyReply(const SmtpReply &reply, Output &out);
    void finishBody(Output &out);
    void finishMessage(Output &out);
    QByteArray mailFromLine(int index) const;
    // Why the server would be asked in vain (SIZE, SMTPUTF8); empty: it may go.
    QString localRefusal(const SmtpEnvelope &e) const;
    void sendEnvelope(Output &out, int index);
    void presendNext(Output &out);
    void sendEnvelopeAhead(Output &out, int index);
    bool mayGoAhead(int index) const;
    bool envelopeRepliesPending() const;
    void askForBody(Output &out, bool bdat);
    void awaitAheadBody(Output &out);
    void markBodiesPossiblySent(bool currentReplied);
    SmtpMessageResult &result() { return m_results[m_current]; }

    Config m_config;
    State m_state = State::Greeting;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    SmtpReply m_lastReply;
    SmtpReply m_failureReply;
    QString m_greeting;
    bool m_tls = false;
    bool m_authenticated = false;
    std::unique_ptr<SaslClient> m_sasl;
    QString m_authMechanism;
    bool m_authCancelled = false;
    QList<SmtpEnvelope> m_messages;
    QList<SmtpMessageResult> m_results;
    int m_current = -1;
    std::deque<Pending> m_pending;
    bool m_transactionFailed = false;
    bool m_dataPipelined = false;
    bool m_useBdat = false;
    bool m_pipelining = false;
    bool m_needRset = false;
    // The last message whose RSET, MAIL and RCPT (and with pipelineBodies its
    // BDAT LAST) went out before its turn (RFC 2920 §3.1, RFC 3030 §4):
    // startTransaction only moves on to those.
    int m_sentUpTo = -1;
    int m_streaming = -1;          // the message whose body the driver is writing
    QList<bool> m_bodyOut;         // per message: its final chunk or dot went out
    bool m_abortingData = false;
    int m_bodyRepliesExpected = 0;
    int m_bodyRepliesReceived = 0;
    QString m_error;
    QString m_failedStep;
    bool m_connectionLost = false;
};

} // namespace carteiro
