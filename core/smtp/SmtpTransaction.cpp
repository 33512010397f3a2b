// SPDX-License-Identifier: GPL-3.0-or-later
// The mail transaction half of SmtpSession: MAIL, RCPT, DATA or BDAT, the body's
// verdict, RSET between messages (RFC 5321 §3.3, RFC 2920, RFC 3030). The
// connection half (greeting, EHLO, STARTTLS, AUTH) is in SmtpSession.cpp.
#include "smtp/SmtpSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {
struct TrSmtp { Q_DECLARE_TR_FUNCTIONS(Smtp) };
} // namespace

QByteArray SmtpSession::mailFromLine(int index) const
{
    const SmtpEnvelope &e = m_messages.at(index);
    QByteArray line = "MAIL FROM:<" + e.from + ">"; // RFC 5321 §4.1.1.2
    if (m_caps.sizeAdvertised)
        line += " SIZE=" + QByteArray::number(e.size); // RFC 1870 §6
    if (e.eightBit && m_caps.eightBitMime)
        line += " BODY=8BITMIME"; // RFC 6152 §2
    if (e.smtpUtf8 && m_caps.smtpUtf8)
        line += " SMTPUTF8"; // RFC 6531 §3.4
    return line;
}

QString SmtpSession::localRefusal(const SmtpEnvelope &e) const
{
    if (m_caps.sizeLimit > 0 && e.size > m_caps.sizeLimit)
        return TrSmtp::tr("the message is %1 bytes; the server accepts at most %2 bytes (SIZE)")
            .arg(e.size)
            .arg(m_caps.sizeLimit);
    if (e.smtpUtf8 && !m_caps.smtpUtf8)
        return TrSmtp::tr("an address needs SMTPUTF8, which the server does not offer");
    return {};
}

void SmtpSession::startTransaction(Output &out)
{
    if (m_messages.isEmpty() && m_state != State::Noop) {
        setState(State::Noop, out);
        send(out, "NOOP", "NOOP"); // RFC 5321 §4.1.1.9
        return;
    }
    ++m_current;
    if (m_current >= m_messages.size()) {
        setState(State::Quit, out);
        send(out, "QUIT", "QUIT"); // RFC 5321 §4.1.1.10
        return;
    }
    m_transactionFailed = false;
    m_abortingData = false;
    if (m_current <= m_sentUpTo) {
        // Its RSET, MAIL and RCPT are out already; their replies follow this one.
        m_needRset = false;
        m_dataPipelined = false;
        setState(State::MailTransaction, out);
        return;
    }
    const SmtpEnvelope &e = m_messages.at(m_current);
    if (const QString refusal = localRefusal(e); !refusal.isEmpty()) {
        result().error = refusal;
        result().failedStep = QStringLiteral("MAIL FROM");
        if (m_error.isEmpty()) {
            m_error = result().error;
            m_failedStep = result().failedStep;
        }
        startTransaction(out);
        return;
    }
    m_pipelining = m_config.usePipelining && m_caps.pipelining;
    m_useBdat = m_config.useChunking && m_caps.chunking;
    setState(State::MailTransaction, out);
    if (m_needRset) {
        send(out, "RSET", "RSET"); // RFC 5321 §4.1.1.5
        m_pending.push_back({Expect::Rset, 0, m_current});
        m_needRset = false;
        if (!m_pipelining)
            return; // MAIL follows the RSET reply
    }
    send(out, mailFromLine(m_current), "MAIL");
    m_pending.push_back({Expect::Mail, 0, m_current});
    if (!m_pipelining)
        return;
    sendEnvelope(out, m_current);
    m_dataPipelined = !m_useBdat;
    if (m_dataPipelined) {
        send(out, "DATA", "DATA"); // RFC 5321 §4.1.1.4
        m_pending.push_back({Expect::Data, 0, m_current});
    }
}

void SmtpSession::sendEnvelope(Output &out, int index)
{
    // RFC 2920 §3.1: MAIL, RCPT ... and DATA may go in one group; DATA is last.
    const SmtpEnvelope &e = m_messages.at(index);
    for (int i = 0; i < e.recipients.size(); ++i) {
        send(out, "RCPT TO:<" + e.recipients.at(i) + ">", "RCPT"); // RFC 5321 §4.1.1.3
        m_pending.push_back({Expect::Rcpt, i, index});
    }
}

void SmtpSession::sendEnvelopeAhead(Output &out, int index)
{
    // RSET goes first whatever the verdict before it (RFC 5321 §4.1.1.5): the
    // transaction starts clean after a refused message too.
    send(out, "RSET", "RSET");
    m_pending.push_back({Expect::Rset, 0, index});
    send(out, mailFromLine(index), "MAIL"); // RFC 5321 §4.1.1.2
    m_pending.push_back({Expect::Mail, 0, index});
    sendEnvelope(out, index);
    m_sentUpTo = index;
}

void SmtpSession::presendNext(Output &out)
{
    // With PIPELINING and CHUNKING the next envelope need not wait for this
    // message's verdict: BDAT may be followed by more commands in the same
    // group (RFC 2920 §3.1 names only EHLO, DATA, VRFY, EXPN, TURN, QUIT and
    // NOOP as last; RFC 3030 §4 pipelines BDAT): one round trip per message.
    // Its body waits for its envelope's replies. (pipelineBodies: aheadBatch.)
    const int next = m_current + 1;
    if (m_config.pipelineBodies || !m_useBdat || !m_pipelining || m_abortingData || m_sentUpTo >= next ||
        next >= m_messages.size() || !localRefusal(m_messages.at(next)).isEmpty())
        return;
    sendEnvelopeAhead(out, next);
}

bool SmtpSession::mayGoAhead(int index) const
{
    return index < m_messages.size() && index - m_current < kAheadWindow &&
           m_messages.at(index).size <= kAheadBodyMax && localRefusal(m_messages.at(index)).isEmpty();
}

QList<int> SmtpSession::aheadBatch() const
{
    // Once the current message's body is out (or went ahead itself), the
    // window fills: a message the server would refuse by SIZE or SMTPUTF8, or
    // one of several chunks, waits for its turn and stops the batch.
    QList<int> batch;
    if (!m_config.pipelineBodies || !m_useBdat || !m_pipelining || isFinished() || m_state == State::Quit ||
        m_current < 0 || m_current >= m_messages.size() || m_streaming >= 0 || m_abortingData ||
        !m_bodyOut.value(m_current))
        return batch;
    for (int i = qMax(m_sentUpTo, m_current) + 1; mayGoAhead(i); ++i)
        batch.append(i);
    return batch;
}

SmtpSession::Output SmtpSession::sendAhead(int index)
{
    Output out;
    if (aheadBatch().value(0, -1) != index)
        return out;
    sendEnvelopeAhead(out, index);
    m_streaming = index; // the driver writes its BDAT LAST now, then bodySent(1)
    return out;
}

bool SmtpSession::envelopeRepliesPending() const
{
    return !m_pending.empty() && m_pending.front().message == m_current;
}

void SmtpSession::onTransactionReply(const SmtpReply &reply, Output &out)
{
    if (m_pending.empty() || m_pending.front().message != m_current) {
        fail(out, QStringLiteral("MAIL"), TrSmtp::tr("unexpected reply %1").arg(reply.text()), false);
        return;
    }
    const Pending p = m_pending.front();
    m_pending.pop_front();
    const SmtpEnvelope &e = m_messages.at(m_current);
    switch (p.kind) {
    case Expect::Rset:
        if (reply.code != 250) {
            fail(out, QStringLiteral("RSET"), TrSmtp::tr("RSET was refused: %1").arg(reply.text()), true);
            return;
        }
        if (!m_pipelining) {
            send(out, mailFromLine(m_current), "MAIL");
            m_pending.push_back({Expect::Mail, 0, m_current});
        }
        return;
    case Expect::Mail:
        if (reply.code != 250) {
            m_transactionFailed = true;
            result().failedStep = QStringLiteral("MAIL FROM");
            result().error = TrSmtp::tr("the server refused the sender: %1").arg(reply.text());
        } else if (!m_pipelining) {
            send(out, "RCPT TO:<" + e.recipients.at(0) + ">", "RCPT"); // RFC 5321 §4.1.1.3
            m_pending.push_back({Expect::Rcpt, 0, m_current});
        }
        break;
    case Expect::Rcpt: {
        SmtpRecipientResult &r = result().recipients[p.index];
        r.reply = reply;
        r.accepted = reply.code == 250 || reply.code == 251;
        if (!m_pipelining && !m_transactionFailed && p.index + 1 < e.recipients.size()) {
            send(out, "RCPT TO:<" + e.recipients.at(p.index + 1) + ">", "RCPT");
            m_pending.push_back({Expect::Rcpt, p.index + 1, m_current});
        }
        break;
    }
    case Expect::Data:
        if (reply.code == 354) {
            bool anyAccepted = false;
            for (const auto &r : result().recipients)
                anyAccepted = anyAccepted || r.accepted;
            if (m_transactionFailed || !anyAccepted) {
                // RFC 2920 §3.1: a server may still say 354; end the empty body at once.
                if (!anyAccepted && result().failedStep != QStringLiteral("MAIL FROM")) {
                    result().failedStep = QStringLiteral("RCPT TO");
                    result().error = noRecipientError();
                }
                m_abortingData = true;
                setState(State::BodyReply, out);
                m_bodyRepliesExpected = 1;
                m_bodyRepliesReceived = 0;
                send(out, ".", "DATA-END");
                return;
            }
            askForBody(out, false);
            return;
        }
        m_transactionFailed = true;
        if (result().error.isEmpty()) {
            result().failedStep = QStringLiteral("DATA");
            result().error = TrSmtp::tr("the server refused DATA: %1").arg(reply.text());
        }
        break;
    }
    if (envelopeRepliesPending())
        return;
    maybeStartBody(out);
}

QString SmtpSession::noRecipientError()
{
    QStringList rejected;
    for (const auto &r : result().recipients)
        if (!r.accepted && r.reply.code != 0)
            rejected << QStringLiteral("<%1>: %2").arg(QString::fromUtf8(r.address), r.reply.text());
    return TrSmtp::tr("no recipient was accepted: %1").arg(rejected.join(QStringLiteral("; ")));
}

void SmtpSession::maybeStartBody(Output &out)
{
    // All replies of the envelope are in.
    bool anyAccepted = false;
    for (const auto &r : result().recipients)
        anyAccepted = anyAccepted || r.accepted;
    if (!anyAccepted && result().failedStep != QStringLiteral("MAIL FROM")) {
        // The recipients' own reasons say more than DATA's "no valid recipients".
        m_transactionFailed = true;
        result().failedStep = QStringLiteral("RCPT TO");
        result().error = noRecipientError();
    }
    if (m_bodyOut.value(m_current) || m_streaming == m_current) {
        awaitAheadBody(out); // its BDAT went with the envelope: its reply is next
        return;
    }
    if (m_transactionFailed) {
        if (m_error.isEmpty()) {
            m_error = result().error;
            m_failedStep = result().failedStep;
        }
        m_needRset = true;
        startTransaction(out);
        return;
    }
    if (m_useBdat) {
        askForBody(out, true);
        return;
    }
    if (!m_dataPipelined) {
        setState(State::Data, out);
        send(out, "DATA", "DATA"); // RFC 5321 §4.1.1.4
        m_pending.push_back({Expect::Data, 0, m_current});
    }
}

void SmtpSession::askForBody(Output &out, bool bdat)
{
    // The driver streams the current message's body, then calls bodySent().
    setState(State::Body, out);
    m_bodyRepliesReceived = 0;
    m_streaming = m_current;
    out.sendBody = true;
    out.useBdat = bdat;
    out.bodyIndex = m_current;
}

void SmtpSession::awaitAheadBody(Output &out)
{
    // A refused sender or no recipient: the server refuses the BDAT too (RFC
    // 3030 §2, 503 or 554), and the envelope's reasons stay the message's.
    m_bodyRepliesExpected = 1;
    m_bodyRepliesReceived = 0;
    setState(State::BodyReply, out);
}

SmtpSession::Output SmtpSession::bodySent(int bdatChunks)
{
    Output out;
    const int index = std::exchange(m_streaming, -1);
    if (index < 0 || isFinished())
        return out;
    if (index < m_bodyOut.size())
        m_bodyOut[index] = true;
    if (index != m_current || m_state != State::Body)
        return out; // a body sent ahead: its verdict comes in its turn
    m_bodyRepliesExpected = m_useBdat ? qMax(1, bdatChunks) : 1;
    setState(State::BodyReply, out);
    if (m_bodyRepliesReceived >= m_bodyRepliesExpected) {
        finishBody(out);
        return out;
    }
    presendNext(out);
    return out;
}

void SmtpSession::onBodyReply(const SmtpReply &reply, Output &out)
{
    ++m_bodyRepliesReceived;
    SmtpMessageResult &r = result();
    if (m_abortingData) {
        if (m_bodyRepliesReceived < m_bodyRepliesExpected)
            return;
        if (m_error.isEmpty()) {
            m_error = r.error.isEmpty() ? noRecipientError() : r.error;
            m_failedStep = r.failedStep.isEmpty() ? QStringLiteral("RCPT TO") : r.failedStep;
        }
        m_needRset = true;
        startTransaction(out);
        return;
    }
    if (reply.code != 250 && r.error.isEmpty()) {
        r.failedStep = m_useBdat ? QStringLiteral("BDAT") : QStringLiteral("DATA");
        r.error = TrSmtp::tr("the server refused the message: %1").arg(reply.text());
        r.finalReply = reply;
    }
    if (reply.code == 250)
        r.finalReply = reply;
    // BDAT replies can arrive while later chunks are still being written.
    if (m_state == State::Body || m_bodyRepliesReceived < m_bodyRepliesExpected)
        return;
    finishBody(out);
}

void SmtpSession::finishBody(Output &out)
{
    SmtpMessageResult &r = result();
    if (r.error.isEmpty()) {
        r.accepted = true;
        m_needRset = m_config.resetBetweenMessages;
        static const QRegularExpression queued(QStringLiteral("queued as ([A-Za-z0-9._-]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = queued.match(r.finalReply.text());
        if (m.hasMatch())
            r.queueId = m.captured(1);
        QStringList rejected;
        for (const auto &rc : r.recipients)
            if (!rc.accepted)
                rejected << QStringLiteral("<%1>: %2")
                                .arg(QString::fromUtf8(rc.address), rc.reply.text());
        if (!rejected.isEmpty() && m_error.isEmpty()) {
            m_error = TrSmtp::tr("some recipients were refused: %1").arg(rejected.join(QStringLiteral("; ")));
            m_failedStep = QStringLiteral("RCPT TO");
        }
    } else {
        if (m_error.isEmpty()) {
            m_error = r.error;
            m_failedStep = r.failedStep;
        }
        m_needRset = true;
    }
    startTransaction(out);
}

} // namespace carteiro
