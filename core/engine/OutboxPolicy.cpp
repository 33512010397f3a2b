// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/OutboxPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carteiro {

namespace {

constexpr int kFirstBackOff = 60;   // seconds
constexpr int kLastBackOff = 3600;  // seconds

struct TrOutbox { Q_DECLARE_TR_FUNCTIONS(OutboxPolicy) };

// The reply code quoted in a result's error ("the server refused the sender:
// 451 4.3.0 ..."): the code of the reply that decided, 0 when none was quoted.
int quotedCode(const QString &error)
{
    static const QRegularExpression code(QStringLiteral("(?:^|[^0-9])([2-5][0-9][0-9])(?:[ -]|$)"));
    const auto m = code.match(error);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString recipientLine(const SmtpRecipientResult &r)
{
    return QStringLiteral("<%1>: %2").arg(QString::fromUtf8(r.address), r.reply.text());
}

} // namespace

int OutboxPolicy::backOffSeconds(int attempts)
{
    int seconds = kFirstBackOff;
    for (int i = 1; i < attempts && seconds < kLastBackOff; ++i)
        seconds *= 2;
    return qMin(seconds, kLastBackOff);
}

QDateTime OutboxPolicy::nextAttempt(int attempts, const QDateTime &now)
{
    return now.addSecs(backOffSeconds(attempts));
}

bool OutboxPolicy::judgeAfterCrash(OutboxEntry &entry, bool *searchSentFirst)
{
    using State = OutboxEntry::State;
    using Stage = OutboxEntry::Stage;
    if (searchSentFirst)
        *searchSentFirst = entry.state == State::Sent && entry.stage == Stage::Filing;
    if (entry.state != State::Sending)
        return false;
    if (entry.stage == Stage::DotSent) {
        // The final dot (or BDAT LAST) may have reached the server: it may
        // have taken the message. Only the user may send it again.
        entry.state = State::PossiblySent;
        entry.lastError = TrOutbox::tr("Carteiro stopped after the whole message was sent and before the server's reply; "
                             "it may have been accepted");
    } else {
        // The final dot never went out: the server discarded the transaction
        // (RFC 5321 §3.3: no message without the end of data), so it goes again.
        entry.state = State::Queued;
    }
    entry.stage = Stage::None;
    return true;
}

void OutboxPolicy::classify(OutboxEntry &entry, const Attempt &attempt, const QDateTime &now)
{
    using State = OutboxEntry::State;
    entry.stage = OutboxEntry::Stage::None;
    entry.updated = now;
    entry.nextAttempt = QDateTime();
    entry.recipientReplies.clear();
    const SmtpMessageResult *r = attempt.result;
    const bool reached = r && (r->accepted || r->possiblySent || !r->error.isEmpty());
    if (!reached) {
        // The session ended before this message: its own reason decides.
        entry.lastError = attempt.sessionError;
        entry.lastReply.clear();
        if (attempt.sessionReplyCode >= 500) {
            entry.state = State::Failed;
        } else {
            entry.state = State::Deferred;
            entry.nextAttempt = nextAttempt(entry.attempts, now);
        }
        return;
    }
    if (r->accepted) {
        entry.state = State::Sent;
        entry.queueId = r->queueId;
        entry.lastReply = r->finalReply.text();
        for (const SmtpRecipientResult &rc : r->recipients)
            if (!rc.accepted && rc.reply.code != 0)
                entry.recipientReplies << recipientLine(rc);
        // The accepted recipients have it: never sent again to them.
        entry.lastError = entry.recipientReplies.isEmpty()
                              ? QString()
                              : TrOutbox::tr("some recipients were refused: %1")
                                    .arg(entry.recipientReplies.join(QStringLiteral("; ")));
        return;
    }
    if (r->possiblySent) {
        entry.state = State::PossiblySent;
        entry.lastError = TrOutbox::tr("the connection dropped after the whole message was sent and before the server's "
                             "reply; it may have been accepted: %1")
                              .arg(r->error);
        entry.lastReply.clear();
        return;
    }
    entry.lastError = r->failedStep.isEmpty() ? r->error : r->failedStep + QStringLiteral(": ") + r->error;
    int code = r->finalReply.code;
    entry.lastReply = code ? r->finalReply.text() : QString();
    bool anyAccepted = false;
    bool anyTransient = false;
    for (const SmtpRecipientResult &rc : r->recipients) {
        anyAccepted = anyAccepted || rc.accepted;
        if (!rc.accepted && rc.reply.code != 0) {
            entry.recipientReplies << recipientLine(rc);
            anyTransient = anyTransient || rc.reply.isTransient();
            if (entry.lastReply.isEmpty())
                entry.lastReply = rc.reply.text();
        }
    }
    bool permanent;
    if (r->failedStep == QLatin1String("RCPT TO") && !anyAccepted) {
        // Every recipient refused: Failed, unless one may be taken later (4xx).
        permanent = !anyTransient;
    } else {
        if (code == 0)
            code = quotedCode(r->error);
        // MAIL FROM refused before the wire (SIZE, SMTPUTF8) quotes no code: permanent.
        permanent = code >= 500 || (code == 0 && r->failedStep == QLatin1String("MAIL FROM"));
    }
    if (permanent) {
        entry.state = State::Failed;
    } else {
        entry.state = State::Deferred;
        entry.nextAttempt = nextAttempt(entry.attempts, now);
    }
}

bool OutboxPolicy::isDue(const OutboxEntry &entry, const QDateTime &now)
{
    const QDateTime at = dueAt(entry);
    return at.isValid() && at <= now;
}

QDateTime OutboxPolicy::dueAt(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxEntry::State::Queued:
        return entry.sendAt.isValid() ? entry.sendAt : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    case OutboxEntry::State::Deferred:
        return entry.nextAttempt.isValid() ? entry.nextAttempt : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    default:
        return {};
    }
}

} // namespace carteiro
