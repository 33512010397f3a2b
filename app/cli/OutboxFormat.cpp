// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxFormat.h"

#include "CliCommon.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace carteiro::cli {

namespace {
struct TrCli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The words a human reads in the table's STATE column (the JSON keeps the fixed names).
QString stateWords(const OutboxEntry &e)
{
    switch (e.state) {
    case OutboxEntry::State::Queued:
        return TrCli::tr("queued");
    case OutboxEntry::State::Sending:
        return TrCli::tr("sending");
    case OutboxEntry::State::Sent:
        return TrCli::tr("sent, not filed");
    case OutboxEntry::State::Filed:
        return TrCli::tr("filed");
    case OutboxEntry::State::Deferred:
        return TrCli::tr("deferred");
    case OutboxEntry::State::Failed:
        return TrCli::tr("failed");
    case OutboxEntry::State::PossiblySent:
        return TrCli::tr("possibly sent");
    }
    return {};
}

QString clip(QString text, int width)
{
    text = text.simplified();
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}
} // namespace

QString outboxStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return QStringLiteral("queued");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::Sent:
        return QStringLiteral("sent");
    case OutboxEntry::State::Filed:
        return QStringLiteral("filed");
    case OutboxEntry::State::Deferred:
        return QStringLiteral("deferred");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::PossiblySent:
        return QStringLiteral("possibly-sent");
    }
    return QStringLiteral("unknown");
}

QJsonObject outboxJson(const OutboxEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("state"), outboxStateName(e.state));
    o.insert(QStringLiteral("to"), e.to);
    o.insert(QStringLiteral("subject"), e.subject);
    o.insert(QStringLiteral("attempts"), e.attempts);
    o.insert(QStringLiteral("last_reply"), e.lastReply);
    if (e.nextAttempt.isValid())
        o.insert(QStringLiteral("next_try"), isoUtc(e.nextAttempt));
    if (e.sendAt.isValid())
        o.insert(QStringLiteral("send_at"), isoUtc(e.sendAt));
    if (!e.lastError.isEmpty())
        o.insert(QStringLiteral("error"), e.lastError);
    if (!e.recipientReplies.isEmpty())
        o.insert(QStringLiteral("refused"), QJsonArray::fromStringList(e.recipientReplies));
    if (!e.queueId.isEmpty())
        o.insert(QStringLiteral("queue_id"), e.queueId);
    if (!e.messageId.isEmpty())
        o.insert(QStringLiteral("message_id"), QString::fromUtf8(e.messageId));
    if (!e.serverUrl.isEmpty())
        o.insert(QStringLiteral("server"), e.serverUrl);
    if (!e.sentFolder.isEmpty())
        o.insert(QStringLiteral("sent_folder"), e.sentFolder);
    return o;
}

QStringList outboxTable(const QList<OutboxEntry> &entries)
{
    if (entries.isEmpty())
        return {TrCli::tr("The outbox is empty.")};
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(TrCli::tr("ID").rightJustified(5), clip(TrCli::tr("STATE"), 16),
                      clip(TrCli::tr("TRIES"), 5), clip(TrCli::tr("TO"), 28), TrCli::tr("SUBJECT"));
    for (const OutboxEntry &e : entries) {
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QString::number(e.id).rightJustified(5), clip(stateWords(e), 16),
                          clip(QString::number(e.attempts), 5), clip(e.to, 28),
                          e.subject.simplified());
        // A second, indented line with what the user needs to decide.
        const QString indent(7, QLatin1Char(' '));
        if (e.state == OutboxEntry::State::Deferred && e.nextAttempt.isValid())
            lines << indent + TrCli::tr("next try %1 (UTC)").arg(isoUtc(e.nextAttempt));
        else if (e.sendAt.isValid() && e.state == OutboxEntry::State::Queued)
            lines << indent + TrCli::tr("to be sent at %1 (UTC)").arg(isoUtc(e.sendAt));
        if (!e.lastReply.isEmpty() && e.state != OutboxEntry::State::Filed)
            lines << indent + TrCli::tr("server: %1").arg(e.lastReply.simplified());
        for (const QString &r : e.recipientReplies)
            lines << indent + TrCli::tr("refused: %1").arg(r.simplified());
        if (e.state == OutboxEntry::State::PossiblySent)
            lines << indent +
                         TrCli::tr(
                             "the connection was lost after the message was handed over: check "
                             "the recipient's mailbox, then `outbox retry %1` or `outbox drop %1`")
                             .arg(e.id);
    }
    return lines;
}

QString outboxOutcome(const OutboxEntry &e)
{
    const QString reply = e.lastReply.simplified();
    switch (e.state) {
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Filed:
        return TrCli::tr("#%1 sent to %2, queued as %3 (%4)")
            .arg(QString::number(e.id), e.to,
                 e.queueId.isEmpty() ? TrCli::tr("unknown") : e.queueId, reply);
    case OutboxEntry::State::Deferred:
        return TrCli::
            tr("#%1 deferred (%2); it stays queued: send it later with `carteiro-cli outbox flush`")
                .arg(QString::number(e.id),
                     e.lastError.isEmpty() ? reply : e.lastError.simplified());
    case OutboxEntry::State::Queued:
        return TrCli::tr("#%1 is still queued: send it with `carteiro-cli outbox flush`").arg(e.id);
    case OutboxEntry::State::Failed:
        return TrCli::tr("#%1 failed: %2")
            .arg(QString::number(e.id), e.lastError.isEmpty() ? reply : e.lastError.simplified());
    case OutboxEntry::State::PossiblySent:
        return TrCli::
            tr("#%1 possibly sent: the connection was lost after the final dot, before the server "
               "answered; it is not sent again by itself (`outbox retry %1` sends it again)")
                .arg(e.id);
    case OutboxEntry::State::Sending:
        return TrCli::tr("#%1 is being sent").arg(e.id);
    }
    return {};
}

int outboxExitCode(const OutboxEntry &e)
{
    switch (e.state) {
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Filed:
        return Ok;
    case OutboxEntry::State::Failed:
        return Refused;
    case OutboxEntry::State::PossiblySent:
        return PossiblySent;
    default:
        return Network;
    }
}

} // namespace carteiro::cli
