// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/StepGate.h"

#include "net/Channel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {
struct TrStep { Q_DECLARE_TR_FUNCTIONS(StepGate) };

// "... {123}\r\n": a synchronizing literal announced; the server's "+" is due
// before its bytes (RFC 3501 §7.5). "{123+}" (RFC 7888) does not wait.
bool endsWithSyncLiteral(const QByteArray &wire)
{
    static const QRegularExpression re(QStringLiteral("\\{[0-9]+\\}\\r\\n$"));
    return re.match(QString::fromLatin1(wire.right(32))).hasMatch();
}
} // namespace

StepGate::StepGate(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<carteiro::StepInfo>();
    m_goodbyeTimer.setParent(this); // moves with the gate to the channel's thread
    m_goodbyeTimer.setSingleShot(true);
    m_goodbyeTimer.setInterval(5000);
    connect(&m_goodbyeTimer, &QTimer::timeout, this, [this] {
        if (m_channel)
            m_channel->close(); // the server kept the connection open after our goodbye
    });
}

StepGate::~StepGate() = default;

void StepGate::next()
{
    QMetaObject::invokeMethod(this, [this] { doNext(); });
}

void StepGate::runToEnd()
{
    QMetaObject::invokeMethod(this, [this] { doRunToEnd(); });
}

void StepGate::stop()
{
    QMetaObject::invokeMethod(this, [this] { doStop(); });
}

void StepGate::attach(Channel *channel)
{
    m_channel = channel;
    m_protocol = channel->m_protocol;
    m_explainer = std::make_unique<LineExplainer>(m_protocol);
    // STARTTLS done: the session starts over (the jobs connect after us, so
    // the EHLO / CAPABILITY that follows is read in the new context).
    connect(channel, &Channel::encrypted, this, [this] {
        if (m_explainer)
            m_explainer->noteTls();
    });
    connect(channel, &Channel::closed, this, &StepGate::finish);
    connect(channel, &Channel::failed, this, &StepGate::finish);
    connect(channel, &QObject::destroyed, this, &StepGate::finish);
}

qint64 StepGate::heldBytes() const
{
    qint64 n = 0;
    for (const Held &h : m_queue)
        n += h.wire.size() + h.payload.size();
    return n;
}

void StepGate::noteTag(const QByteArray &wire)
{
    if (m_protocol != Protocol::Imap)
        return;
    // "a12 SELECT ...": remember the highest tag so Stop's LOGOUT gets a new one.
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]+)([0-9]{1,9}) "));
    const auto m = re.match(QString::fromLatin1(wire.left(24)));
    if (!m.hasMatch())
        return;
    m_tagPrefix = m.captured(1).toLatin1();
    m_maxTag = qMax(m_maxTag, m.captured(2).toULongLong());
}

StepInfo StepGate::info(const Held &held) const
{
    StepInfo s;
    s.connection = m_channel ? m_channel->connectionId() : 0;
    s.protocol = m_protocol;
    s.traceText = held.trace;
    s.verb = held.verb;
    s.body = held.body;
    s.bodyBytes = held.payload.size();
    for (const auto &summary : held.summaries)
        s.bodyBytes = qMax(s.bodyBytes, summary.first);
    s.waiting = qMax(0, int(m_queue.size()) - 1);
    s.explanation = held.explanation;
    return s;
}

void StepGate::observe(const TraceEvent &event)
{
    if (!m_explainer || m_mode != Mode::Holding)
        return;
    if (event.kind == TraceKind::Line && event.direction == Direction::ServerToClient)
        m_explainer->explain(Direction::ServerToClient, event.bytes);
    else if (event.kind == TraceKind::BodySummary)
        m_explainer->noteBody(event.direction, event.bodyBytes);
}

void StepGate::announce()
{
    if (!m_queue.empty())
        Q_EMIT commandHeld(info(m_queue.front()));
}

bool StepGate::holdLine(const QByteArray &wire, const QByteArray &trace, const QString &verb)
{
    noteTag(wire);
    if (m_mode == Mode::Open)
        return false;
    if (m_mode == Mode::Stopped)
        return true; // dropped: after Stop only our goodbye goes out
    m_bodyFlowing = false;
    Held h{wire, trace, verb, false, {}, {}, {}};
    if (m_explainer) // read now, in order: a held command comes after what went before
        h.explanation = m_explainer->explain(Direction::ClientToServer, trace);
    m_queue.push_back(std::move(h));
    announce();
    return true;
}

bool StepGate::holdBody(const QByteArray &bytes)
{
    if (m_mode == Mode::Open || (m_mode == Mode::Holding && m_bodyFlowing))
        return false;
    if (m_mode == Mode::Stopped)
        return true;
    // A BDAT chunk belongs to its BDAT line (RFC 3030 §2); a DATA body is one step.
    if (!m_queue.empty() && (m_queue.back().body || m_queue.back().verb == QLatin1String("BDAT"))) {
        m_queue.back().payload += bytes;
        return true;
    }
    Held h;
    h.body = true;
    h.payload = bytes;
    m_queue.push_back(std::move(h));
    announce();
    return true;
}

bool StepGate::holdBodySummary(qint64 bytes, const QByteArray &what)
{
    if (m_mode == Mode::Stopped)
        return true;
    if (m_mode == Mode::Holding && !m_queue.empty() && !m_queue.back().payload.isEmpty()) {
        m_queue.back().summaries.append({bytes, what});
        if (m_queue.size() == 1)
            announce(); // the whole body is known now
        return true;
    }
    m_bodyFlowing = false; // the body that was flowing has ended
    return false;
}

void StepGate::release(Held held)
{
    if (!m_channel)
        return;
    const StepInfo shown = info(held);
    if (!held.wire.isEmpty())
        m_channel->sendLine(held.wire, held.trace, held.verb);
    if (!held.payload.isEmpty()) {
        m_channel->sendBody(held.payload);
        m_bodyReleased = true;
    }
    for (const auto &summary : held.summaries)
        m_channel->recordBodySummary(summary.first, summary.second);
    if (held.body && held.summaries.isEmpty())
        m_bodyFlowing = true; // the rest of this body is still being read from disk
    if (m_protocol == Protocol::Imap && !held.wire.isEmpty()) {
        m_awaitingLiteral = endsWithSyncLiteral(held.wire);
        if (held.verb == QLatin1String("IDLE"))
            m_idling = true;
        else if (held.verb == QLatin1String("DONE"))
            m_idling = false;
    }
    Q_EMIT released(shown, int(m_queue.size()));
}

void StepGate::doNext()
{
    if (m_mode != Mode::Holding || m_queue.empty())
        return;
    Held h = std::move(m_queue.front());
    m_queue.pop_front();
    release(std::move(h));
    if (m_channel)
        m_channel->armReplyTimeout(); // the server owes an answer now
    announce();
}

void StepGate::doRunToEnd()
{
    if (m_mode != Mode::Holding)
        return;
    m_mode = Mode::Open;
    while (!m_queue.empty()) {
        Held h = std::move(m_queue.front());
        m_queue.pop_front();
        release(std::move(h));
    }
    if (m_channel)
        m_channel->armReplyTimeout();
    finish();
}

void StepGate::doStop()
{
    if (m_mode != Mode::Holding)
        return;
    m_mode = Mode::Stopped;
    // A held DATA body means the server said 354 and reads message lines now:
    // a QUIT would be one of them (RFC 5321 §4.1.1.4 has no way out but closing).
    bool insideData = false;
    for (const Held &h : m_queue)
        insideData = insideData || h.body;
    m_queue.clear(); // held commands never reach the socket
    if (!m_channel || m_channel->m_failed || m_channel->m_closing) {
        finish();
        return;
    }
    m_channel->armReplyTimeout(0);
    if (m_bodyFlowing || m_awaitingLiteral || insideData) {
        // In the middle of a command a goodbye would be read as message data;
        // closing ends the session as well (no lone dot: nothing is delivered).
        m_channel->traceNote(TraceKind::Info,
                             TrStep::tr("Step mode: stopped by the user in the middle of a command; "
                                        "closing the connection without a goodbye.")
                                 .toUtf8());
        m_channel->close();
        return;
    }
    m_channel->traceNote(TraceKind::Info,
                         TrStep::tr("Step mode: stopped by the user; the held commands were dropped and "
                                    "the session ends politely.")
                             .toUtf8());
    if (m_protocol == Protocol::Imap) {
        if (m_idling)
            m_channel->sendLine("DONE\r\n", "DONE", QStringLiteral("DONE")); // RFC 2177 §3
        m_goodbyeTag = m_tagPrefix + QByteArray::number(m_maxTag + 1);
        const QByteArray logout = m_goodbyeTag + " LOGOUT"; // RFC 3501 §6.1.3
        m_channel->sendLine(logout + "\r\n", logout, QStringLiteral("LOGOUT"));
    } else {
        // RFC 5321 §4.1.1.10; RFC 1939 §4 (AUTHORIZATION) and §6 (TRANSACTION).
        m_channel->sendLine("QUIT\r\n", "QUIT", QStringLiteral("QUIT"));
    }
    m_goodbyeTimer.start();
}

bool StepGate::swallowReceived(const QByteArray &line)
{
    if (m_mode != Mode::Stopped)
        return false;
    // The answer to our goodbye: the server closes now (RFC 5321 §4.1.1.10 221,
    // RFC 3501 §6.1.3 tagged OK); POP3 servers close after +OK to QUIT, and the
    // goodbye timer covers any server that does not.
    const bool done = (m_protocol == Protocol::Smtp && (line.startsWith("221 ") || line.startsWith("421 "))) ||
                      (m_protocol == Protocol::Imap && !m_goodbyeTag.isEmpty() &&
                       line.startsWith(m_goodbyeTag + ' '));
    if (done && m_channel)
        QTimer::singleShot(0, m_channel.data(), [c = m_channel] {
            if (c)
                c->close();
        });
    return true;
}

void StepGate::finish()
{
    m_goodbyeTimer.stop();
    if (m_finished)
        return;
    m_finished = true;
    if (m_mode == Mode::Holding)
        m_queue.clear(); // the connection ended with commands still held: none was written
    Q_EMIT finished(m_mode == Mode::Stopped);
}

} // namespace carteiro
