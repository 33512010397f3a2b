// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli outbox list [--json] | flush | retry ID | drop ID [--store FILE]:
// the durable outbox from the command line (core/engine/OutboxEngine.h). Every
// command starts the engine first, so what a crash left in Sending is judged
// before anything is listed or sent.
#include "CliCommon.h"
#include "CliOutbox.h"
#include "CliTrace.h"
#include "OutboxCommands.h"
#include "OutboxFormat.h"
#include "engine/AccountEngine.h"
#include "trace/TraceHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace carteiro::cli {

namespace {
struct TrCli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool isDue(const OutboxEntry &e)
{
    return e.state == OutboxEntry::State::Queued || e.state == OutboxEntry::State::Deferred;
}

// Worst first: possibly sent, refused, still waiting, sent.
int worse(int a, int b)
{
    auto rank = [](int code) {
        switch (code) {
        case PossiblySent:
            return 4;
        case Refused:
            return 3;
        case Network:
            return 2;
        default:
            return code == Ok ? 0 : 1;
        }
    };
    return rank(a) >= rank(b) ? a : b;
}

struct Options
{
    QString storePath;
    QString password;
    QString sentServer;
    bool json = false;
};

// The password of the messages that log in (CARTEIRO_PASSWORD or --password-file).
std::optional<int> needPassword(const QList<OutboxEntry> &toSend, const Options &o)
{
    for (const OutboxEntry &e : toSend)
        if (!e.login.isEmpty() && o.password.isEmpty())
            return fail(
                Usage,
                TrCli::tr("no password: message #%1 logs in to %2 as %3; set CARTEIRO_PASSWORD "
                          "or use --password-file")
                    .arg(QString::number(e.id), e.serverUrl, e.login));
    return std::nullopt;
}

std::optional<int> registerFiling(CliOutbox &box, const QList<OutboxEntry> &toSend,
                                  const Options &o)
{
    if (o.sentServer.isEmpty())
        return std::nullopt;
    QSet<QString> done;
    for (OutboxEntry e : toSend) {
        // Only messages queued by carteiro-cli: the app's accounts file with their own IMAP server.
        if (!e.accountId.startsWith(QStringLiteral("cli:")) || done.contains(e.accountId))
            continue;
        done.insert(e.accountId);
        QString error;
        if (!box.registerFiling(e, o.sentServer, o.password, &error))
            return fail(Usage, TrCli::tr("--sent-server: %1").arg(error));
    }
    return std::nullopt;
}

// How one message ended after a send: its entry, or (filed and removed) its result.
int report(const CliOutbox &box, qint64 id)
{
    if (const auto e = box.entry(id)) {
        const QString line = outboxOutcome(*e);
        const int code = outboxExitCode(*e);
        for (const QString &r : e->recipientReplies)
            err(TrCli::tr("refused: %1").arg(r));
        if (code == Ok)
            out(line);
        else
            err(line);
        if (e->state == OutboxEntry::State::Sent && box.filingResults.contains(id) &&
            !box.filingResults.value(id).filingError.isEmpty())
            err(TrCli::tr("#%1 not filed in Sent: %2 (`outbox retry %1` files it again)")
                    .arg(QString::number(id), box.filingResults.value(id).filingError));
        return code;
    }
    if (!box.sendResults.contains(id)) {
        const SendResult f = box.filingResults.value(id);
        out(TrCli::tr("#%1 filed in %2")
                .arg(QString::number(id),
                     f.sentFolder.isEmpty() ? QStringLiteral("Sent") : f.sentFolder));
        return Ok;
    }
    const SendResult r = box.sendResults.value(id);
    const SendResult f = box.filingResults.value(id, r);
    const QString queueId = r.queueId.isEmpty() ? TrCli::tr("unknown") : r.queueId;
    if (f.filing == SendResult::Filing::Filed)
        out(TrCli::tr("#%1 sent, queued as %2 (%3), filed in %4")
                .arg(QString::number(id), queueId, r.serverReply,
                     f.sentFolder.isEmpty() ? QStringLiteral("Sent") : f.sentFolder));
    else
        out(TrCli::tr("#%1 sent, queued as %2 (%3)")
                .arg(QString::number(id), queueId, r.serverReply));
    return Ok;
}

int list(CliOutbox &box, const Options &o)
{
    if (o.json) {
        for (const OutboxEntry &e : box.entries())
            out(QString::fromUtf8(QJsonDocument(outboxJson(e)).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    for (const QString &line : outboxTable(box.entries()))
        out(line);
    return Ok;
}

int flush(CliOutbox &box, const Options &o)
{
    QList<OutboxEntry> due;
    for (const OutboxEntry &e : box.entries())
        if (isDue(e) || (e.state == OutboxEntry::State::Sent && !o.sentServer.isEmpty() &&
                         e.accountId.startsWith(QStringLiteral("cli:"))))
            due << e; // with --sent-server, what was sent but not filed is filed now
    std::sort(due.begin(), due.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    if (due.isEmpty()) {
        out(TrCli::tr("nothing to send: no queued or deferred message in the outbox"));
        // Possibly sent ones wait for the user: say so, they are never sent again by themselves.
        for (const OutboxEntry &e : box.entries())
            if (e.state == OutboxEntry::State::PossiblySent)
                out(outboxOutcome(e));
        return Ok;
    }
    if (const auto code = needPassword(due, o))
        return *code;
    if (const auto code = registerFiling(box, due, o))
        return *code;
    box.engine().setFallbackPassword(o.password);
    box.engine().flush();
    QString error;
    // flushed() comes once nothing is due, sending or filing, with the list published.
    const auto settled = [&box] { return box.flushedSeen || !box.passwordNeededFor.isEmpty(); };
    if (!box.waitUntil(settled, &error))
        return fail(Store, TrCli::tr("store %1: %2").arg(o.storePath, error));
    if (!box.passwordNeededFor.isEmpty())
        return fail(
            Usage,
            TrCli::tr("no password for account %1: set CARTEIRO_PASSWORD or use --password-file")
                .arg(box.passwordNeededFor));
    if (box.actionErrors.contains(0)) // refused as a whole (another Carteiro sends from this store)
        return fail(Refused, box.actionErrors.value(0));
    int code = Ok;
    for (const OutboxEntry &e : due)
        code = worse(code, report(box, e.id));
    return code;
}

// Waits until message `id` has been sent (or refused) and, when it is to be
// filed, until the filing ended.
bool waitSent(CliOutbox &box, qint64 id, const QString &storePath, int *code)
{
    QString error;
    const bool ok = box.waitUntil([&box, id] { return box.sendSettled(id); }, &error);
    if (!ok) {
        *code = fail(Store, TrCli::tr("store %1: %2").arg(storePath, error));
        return false;
    }
    if (!box.passwordNeededFor.isEmpty()) {
        *code = fail(Usage, TrCli::tr("no password: set CARTEIRO_PASSWORD or use --password-file"));
        return false;
    }
    if (box.actionErrors.contains(id)) {
        *code = fail(Refused,
                     TrCli::tr("#%1: %2").arg(QString::number(id), box.actionErrors.value(id)));
        return false;
    }
    return true;
}

int retry(CliOutbox &box, const OutboxEntry &e, const Options &o)
{
    if (e.state == OutboxEntry::State::Sending)
        return fail(
            Refused,
            TrCli::tr("#%1 is being sent right now; try again when it has ended").arg(e.id));
    if (e.state == OutboxEntry::State::Filed)
        return fail(Refused, TrCli::tr("#%1 is already filed in Sent: nothing to retry").arg(e.id));
    const bool filingOnly = e.state == OutboxEntry::State::Sent;
    if (filingOnly && !e.accountId.startsWith(QStringLiteral("cli:")))
        return fail(
            Refused,
            TrCli::tr("#%1 was sent; it belongs to an account of the app, whose Outbox files it "
                      "in Sent")
                .arg(e.id));
    if (filingOnly && o.sentServer.isEmpty())
        return fail(
            Usage,
            TrCli::tr(
                "#%1 was sent but is not filed in Sent: give --sent-server imaps://HOST[:PORT] "
                "to file it")
                .arg(e.id));
    if (const auto code = needPassword({e}, o))
        return *code;
    if (const auto code = registerFiling(box, {e}, o))
        return *code;
    box.engine().setFallbackPassword(o.password);
    if (e.state == OutboxEntry::State::Queued)
        box.engine().sendNow(e.id); // now, ignoring a send-later time
    else
        box.engine().retry(e.id); // deferred, failed, possibly sent: again now; sent: filed again
    int code = Ok;
    if (filingOnly) {
        QString error;
        if (!box.waitUntil([&box, &e] { return box.filingSettled(e.id); }, &error))
            return fail(Store, TrCli::tr("store %1: %2").arg(o.storePath, error));
        if (box.actionErrors.contains(e.id))
            return fail(Refused, TrCli::tr("#%1: %2").arg(QString::number(e.id),
                                                          box.actionErrors.value(e.id)));
        const SendResult r = box.filingResults.value(e.id);
        const auto now = box.entry(e.id);
        if (now && now->state == OutboxEntry::State::Sent)
            return fail(Network,
                        TrCli::tr("#%1 not filed in Sent: %2")
                            .arg(QString::number(e.id),
                                 r.filingError.isEmpty() ? now->lastError : r.filingError));
        out(TrCli::tr("#%1 filed in %2")
                .arg(QString::number(e.id),
                     r.sentFolder.isEmpty() ? QStringLiteral("Sent") : r.sentFolder));
        return Ok;
    }
    if (!waitSent(box, e.id, o.storePath, &code))
        return code;
    return report(box, e.id);
}

int drop(CliOutbox &box, const OutboxEntry &e, const Options &o)
{
    if (e.state == OutboxEntry::State::Sending)
        return fail(Refused,
                    TrCli::tr("#%1 is being sent right now and cannot be dropped").arg(e.id));
    box.engine().remove(e.id);
    QString error;
    if (!box.waitUntil([&box, &e] { return box.actionErrors.contains(e.id) || !box.entry(e.id); },
                       &error))
        return fail(Store, TrCli::tr("store %1: %2").arg(o.storePath, error));
    if (box.actionErrors.contains(e.id))
        return fail(Refused, TrCli::tr("#%1 cannot be dropped: %2")
                                 .arg(QString::number(e.id), box.actionErrors.value(e.id)));
    out(TrCli::tr("#%1 dropped from the outbox").arg(e.id));
    return Ok;
}
} // namespace

QString storePathFor(const QString &option, QString *error)
{
    const QString path = option.isEmpty() ? AccountEngine::defaultStorePath() : option;
    if (QFileInfo(path).isDir()) {
        *error = TrCli::tr("--store %1 is a folder; give a store file").arg(path);
        return {};
    }
    return path;
}

int runOutbox(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr(
        "The durable outbox: messages queued with `send --queue` (and by the app).\n"
        "  list [--json]  every message with its state\n"
        "  flush          send every queued or deferred message now (ignoring the back-off)\n"
        "  retry ID       queue a failed or possibly sent message again and send it; file an "
        "unfiled one\n"
        "  drop ID        remove a message (not while it is being sent)\n"
        "Exit codes: 0 done, 1 usage (bad option, unknown ID, no password), 2 still queued or "
        "deferred "
        "(server down or 4xx), 3 refused (5xx or action refused), 4 possibly sent, 5 store not "
        "usable."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), TrCli::tr("list, flush, retry or drop"));
    p.addPositionalArgument(QStringLiteral("id"), TrCli::tr("the message's ID (retry, drop)"),
                            QStringLiteral("[ID]"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  TrCli::tr("list: one JSON object per line"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        TrCli::tr("store file (default: %1)").arg(AccountEngine::defaultStorePath()),
        QStringLiteral("file"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        TrCli::tr("read the password from this file (else CARTEIRO_PASSWORD)"),
        QStringLiteral("file"));
    const QCommandLineOption sentServer(
        QStringLiteral("sent-server"),
        TrCli::tr("file a copy of what carteiro-cli queued in Sent on this IMAP "
                  "server (imaps://HOST[:PORT]; same login and password)"),
        QStringLiteral("url"));
    const QCommandLineOption trace(QStringLiteral("trace"),
                                   TrCli::tr("write the transcript to stderr"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     TrCli::tr("with --trace: explain each line the server sends"));
    p.addOptions({json, store, passwordFile, sentServer, trace, explain});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString command = pos.value(0);
    const QStringList known{QStringLiteral("list"), QStringLiteral("flush"),
                            QStringLiteral("retry"), QStringLiteral("drop")};
    if (!known.contains(command))
        return fail(Usage, command.isEmpty()
                               ? TrCli::tr("outbox: give list, flush, retry ID or drop ID")
                               : TrCli::tr("outbox: unknown command \"%1\" (list, flush, retry "
                                           "ID, drop ID)")
                                     .arg(command));
    const bool needsId = command == QStringLiteral("retry") || command == QStringLiteral("drop");
    if (pos.size() != (needsId ? 2 : 1))
        return fail(
            Usage,
            needsId
                ? TrCli::tr("outbox %1: give exactly one message ID").arg(command)
                : TrCli::tr("outbox %1: unexpected argument \"%2\"").arg(command, pos.value(1)));
    bool idOk = false;
    const qint64 id = needsId ? pos.value(1).toLongLong(&idOk) : 0;
    if (needsId && (!idOk || id <= 0))
        return fail(
            Usage, TrCli::tr("outbox %1: \"%2\" is not a message ID (a positive number, as `outbox "
                             "list` shows)")
                       .arg(command, pos.value(1)));
    if (p.isSet(json) && command != QStringLiteral("list"))
        return fail(Usage, TrCli::tr("--json goes with outbox list"));

    Options o;
    QString error;
    o.storePath = storePathFor(p.value(store), &error);
    if (o.storePath.isEmpty())
        return fail(Usage, error);
    o.json = p.isSet(json);
    o.sentServer = p.value(sentServer);
    if (!readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &o.password, &error))
        return fail(Usage, error);

    TraceHub hub;
    if (!o.password.isEmpty())
        hub.addSecret(o.password.toUtf8());
    if (p.isSet(trace))
        TracePrinter::install(hub, p.isSet(explain));
    CliOutbox box(&hub, o.storePath);
    if (!box.open(&error))
        return fail(Store, TrCli::tr("store %1: %2").arg(o.storePath, error));
    if (command == QStringLiteral("list"))
        return list(box, o);
    if (command == QStringLiteral("flush"))
        return flush(box, o);
    const auto e = box.entry(id);
    if (!e)
        return fail(Usage,
                    TrCli::tr("no message #%1 in the outbox %2 (`outbox list` shows the IDs)")
                        .arg(QString::number(id), o.storePath));
    return command == QStringLiteral("retry") ? retry(box, *e, o) : drop(box, *e, o);
}

} // namespace carteiro::cli
