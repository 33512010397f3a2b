// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Step mode: a gate on one Channel that holds every command Carteiro prepares
// and lets it reach the socket only when the user says so. Next releases one
// command (pipelined commands come out one at a time; a DATA body, or a BDAT
// command with its chunk, is one step), Run to end releases everything and
// opens the gate for good, Stop drops what is held and ends politely: QUIT for
// SMTP (RFC 5321 §4.1.1.10) and POP3 (RFC 1939 §4 / §6), "<tag> LOGOUT" for
// IMAP (RFC 3501 §6.1.3), like swaks --quit-after, then closes. Nothing held
// ever reaches the socket; a command is traced when it is written, not before.
//
// Threads: the gate lives on the thread of its channel (a worker); next(),
// runToEnd() and stop() may be called from any thread; the signals reach a GUI
// through queued connections.
#include "trace/LineExplainer.h"
#include "trace/TraceEvent.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <deque>
#include <memory>

namespace carteiro {

class Channel;

// One prepared command as the user sees it (secrets already masked).
struct StepInfo
{
    quint32 connection = 0;
    Protocol protocol = Protocol::Other;
    QByteArray traceText; // the command as the inspector shows it; empty for a DATA body
    QString verb;         // "MAIL", "RCPT", "AUTHENTICATE", "BDAT"; empty for a DATA body
    bool body = false;    // the message after DATA (dot-stuffed, ended by the lone dot)
    qint64 bodyBytes = 0; // bytes of a DATA body or of the chunk after BDAT, held so far
    int waiting = 0;      // further commands prepared behind this one
    // What the command means, read in the context of the session so far
    // (LineExplainer); empty for a DATA body.
    LineExplanation explanation;
};

class StepGate : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Holding, Open, Stopped };

    explicit StepGate(QObject *parent = nullptr);
    ~StepGate() override;

    // Thread-safe; each runs on the gate's thread.
    void next();     // release the oldest held command
    void runToEnd(); // release all, hold nothing more
    void stop();     // drop what is held, QUIT / LOGOUT, close

    // On the gate's thread only.
    Mode mode() const { return m_mode; }
    int heldCount() const { return int(m_queue.size()); }
    bool isFinished() const { return m_finished; }
    // A message body (DATA payload or BDAT chunk) has reached the socket.
    bool bodyReleased() const { return m_bodyReleased; }
    // How long a server may take to answer the goodbye before we close anyway.
    void setGoodbyeTimeoutMs(int ms) { m_goodbyeTimer.setInterval(ms); }

Q_SIGNALS:
    // The oldest held command (again, when more were prepared behind it).
    void commandHeld(const carteiro::StepInfo &step);
    // A command went to the server; nothing is held when heldNow is 0.
    void released(const carteiro::StepInfo &step, int heldNow);
    // The gate is done: the connection ended, Run to end, or Stop (stoppedByUser).
    void finished(bool stoppedByUser);

private:
    friend class Channel;
    struct Held
    {
        QByteArray wire;       // a line, CRLF included (empty for a DATA body)
        QByteArray trace;
        QString verb;
        bool body = false;     // a DATA body
        QByteArray payload;    // DATA body bytes, or the chunk after a BDAT line
        QList<QPair<qint64, QByteArray>> summaries; // traceBodySummary() calls held with it
        LineExplanation explanation;
    };

    // Channel hooks, on the channel's thread: true = held (or dropped), the
    // channel writes nothing now.
    void attach(Channel *channel);
    bool holdLine(const QByteArray &wire, const QByteArray &trace, const QString &verb);
    bool holdBody(const QByteArray &bytes);
    bool holdBodySummary(qint64 bytes, const QByteArray &what);
    // After Stop, server lines are traced but not handed to the protocol job.
    bool swallowReceived(const QByteArray &line);
    bool keepsReplyTimerOff() const { return m_mode == Mode::Stopped || (m_mode == Mode::Holding && !m_queue.empty()); }
    qint64 heldBytes() const;
    bool stoppedByUser() const { return m_mode == Mode::Stopped; }
    // Every event the channel records: server lines, body summaries and TLS
    // keep the explainer's context (client lines were read when held).
    void observe(const TraceEvent &event);

    void doNext();
    void doRunToEnd();
    void doStop();
    void release(Held held);
    void announce();
    void finish();
    void noteTag(const QByteArray &wire);
    StepInfo info(const Held &held) const;

    QPointer<Channel> m_channel;
    std::unique_ptr<LineExplainer> m_explainer;
    Protocol m_protocol = Protocol::Other;
    Mode m_mode = Mode::Holding;
    std::deque<Held> m_queue;
    bool m_bodyFlowing = false;     // a released DATA body: its later pieces pass straight
    bool m_awaitingLiteral = false; // IMAP: a released part ended with {n}, "+" is due
    bool m_idling = false;          // IMAP: IDLE released, DONE not yet
    QByteArray m_tagPrefix = "a";
    quint64 m_maxTag = 0;
    QByteArray m_goodbyeTag;
    QTimer m_goodbyeTimer;
    bool m_finished = false;
    bool m_bodyReleased = false;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::StepInfo)
