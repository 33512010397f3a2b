// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli send --queue: the composed message is written to the durable
// outbox first (exact bytes, envelope and the server it goes to), then sent at
// once through the outbox engine; a server that is down leaves it Deferred.
// send without --queue takes the same path over a store in memory: the window's
// engine sends it, and nothing is kept afterwards.
#include "CliCommon.h"
#include "CliOutbox.h"
#include "OutboxCommands.h"
#include "OutboxFormat.h"
#include "mime/AddressHeader.h"
#include "mime/HeaderFields.h"

#include <QCoreApplication>

namespace carteiro::cli {

namespace {
struct TrCli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The one message this command queues.
constexpr quint64 kToken = 1;

QByteArray headerOf(const QByteArray &raw)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    return end < 0 ? raw : raw.left(end + 2);
}

QString laterHint(qint64 id, const QString &storePath)
{
    return TrCli::tr("the message is queued as #%1 in the outbox (%2); send it later with "
                     "`carteiro-cli outbox "
                     "flush`")
        .arg(QString::number(id), storePath);
}
} // namespace

int runQueuedSend(TraceHub *hub, const QueueRequest &req)
{
    QString error;
    const QString storePath = req.transient ? QStringLiteral(":memory:") : storePathFor(req.storePath, &error);
    if (storePath.isEmpty())
        return fail(Usage, error);

    OutboxEntry entry;
    // With a Sent server the message belongs to a CLI "account" that files there
    // (registered below and again by `outbox flush|retry --sent-server`); without
    // one there is nothing to file in and the message leaves the outbox once sent.
    // (Empty, not null: the store's column is NOT NULL.)
    entry.accountId = req.sentServer.isEmpty() ? QStringLiteral("")
                                               : CliOutbox::accountIdFor(req.serverUrl, req.login);
    entry.raw = req.raw;
    entry.envelopeFrom = req.envelopeFrom;
    entry.recipients = req.recipients;
    const QByteArray header = headerOf(req.raw);
    entry.messageId = HeaderFields::raw(header, "Message-ID").trimmed();
    QStringList to;
    for (const char *name : {"To", "Cc"}) {
        const QString v = HeaderFields::withoutControls(AddressHeader::formatList(HeaderFields::raw(header, name)));
        if (!v.isEmpty())
            to << v;
    }
    entry.to =
        to.isEmpty() ? QString::fromUtf8(req.recipients.join(", ")) : to.join(QStringLiteral(", "));
    entry.subject = HeaderFields::decoded(header, "Subject");
    entry.serverUrl = req.serverUrl;
    entry.login = req.login;
    entry.caFile = req.caFile;
    entry.mechanism = req.mechanism;
    entry.sendAt = req.sendAt.toUTC();

    CliOutbox box(hub, storePath);
    if (!box.open(&error))
        return fail(Store, TrCli::tr("store %1: %2").arg(storePath, error));
    if (!req.sentServer.isEmpty() &&
        !box.registerFiling(entry, req.sentServer, req.password, &error))
        return fail(Usage, TrCli::tr("--sent-server: %1").arg(error));
    box.engine().setFallbackPassword(req.password);
    box.engine().setSubmissionTuning(req.tuning);

    box.engine().enqueueEntry(kToken, entry);
    if (!box.waitUntil(
            [&box] { return box.queuedIds.contains(kToken) || box.queueErrors.contains(kToken); },
            &error))
        return fail(Store, TrCli::tr("store %1: %2").arg(storePath, error));
    if (box.queueErrors.contains(kToken))
        return fail(Store, TrCli::tr("the message could not be written to the outbox %1: %2")
                               .arg(storePath, box.queueErrors.value(kToken)));
    const qint64 id = box.queuedIds.value(kToken);

    if (req.sendAt.isValid()) { // Send later: the outbox keeps it until then
        out(TrCli::tr(
                "queued as #%1, to be sent at %2 (UTC); `carteiro-cli outbox flush` sends it now")
                .arg(QString::number(id), req.sendAt.toUTC().toString(Qt::ISODate)));
        return Ok;
    }
    // Durable now; the network comes after.
    box.engine().sendNow(id);
    QString waitError;
    const bool ok = box.waitUntil([&box, id] { return box.sendSettled(id); }, &waitError);
    if (!ok)
        return fail(Store, TrCli::tr("store %1: %2").arg(storePath, waitError));
    if (box.actionErrors.contains(id))
        return fail(Network, req.transient ? box.actionErrors.value(id)
                                           : box.actionErrors.value(id) + QStringLiteral("; ") + laterHint(id, storePath));

    const SendResult r = box.sendResults.value(id);
    const auto now = box.entry(id);
    const QStringList refused = now ? now->recipientReplies : r.refusedRecipients;
    for (const QString &line : refused)
        err(TrCli::tr("refused: %1").arg(line));
    const OutboxEntry::State state = now ? now->state : OutboxEntry::State::Filed;
    const QString reply = now && !now->lastReply.isEmpty() ? now->lastReply : r.serverReply;
    const QString why = now && !now->lastError.isEmpty() ? now->lastError : r.error;
    switch (state) {
    case OutboxEntry::State::Sent:
    case OutboxEntry::State::Filed: {
        const QString queueId = now && !now->queueId.isEmpty() ? now->queueId : r.queueId;
        if (!refused.isEmpty())
            return fail(Refused,
                        TrCli::tr("RCPT TO: the message was accepted for some recipients only: %1")
                            .arg(refused.join(QStringLiteral("; "))));
        out(TrCli::tr("sent: %n recipient(s), queued as %1 (%2)", nullptr, int(req.recipients.size()))
                .arg(queueId.isEmpty() ? TrCli::tr("unknown") : queueId, reply));
        if (state == OutboxEntry::State::Sent && box.filingRegistered(entry.accountId)) {
            const SendResult f = box.filingResults.value(id, r);
            err(TrCli::tr(
                    "#%1 not filed in Sent: %2 (`carteiro-cli outbox retry %1` files it again)")
                    .arg(QString::number(id), f.filingError.isEmpty() ? why : f.filingError));
        }
        return Ok;
    }
    case OutboxEntry::State::Failed:
        return fail(Refused, why.isEmpty() ? reply : why);
    case OutboxEntry::State::PossiblySent:
        fail(PossiblySent, why.isEmpty() ? outboxOutcome(*now) : why);
        if (!req.transient) // an outbox in memory is gone with the command: no "retry ID"
            err(QStringLiteral("  ") + outboxOutcome(*now));
        return PossiblySent;
    default:
        if (!box.passwordNeededFor.isEmpty())
            return fail(Usage,
                        TrCli::tr("no password: set CARTEIRO_PASSWORD or use --password-file"));
        if (req.transient) // not kept for later: a reply (4xx) is a refusal, else the network failed
            return fail(r.failedOnTransport ? Network : Refused, why.isEmpty() ? reply : why);
        fail(Network, why.isEmpty() ? reply : why);
        err(QStringLiteral("  ") + laterHint(id, storePath));
        return Network;
    }
}

} // namespace carteiro::cli
