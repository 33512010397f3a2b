// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli sync: bring the headers of one IMAP folder into the local store
// through the window's engine (AccountEngine -> AccountWorker -> ImapAccountSync
// -> ImapFolderSync), print one summary line; --stats adds timings and peak
// memory for the header-sync benchmark (tests/bench).
#include "CliCommon.h"
#include "CliEngineRun.h"
#include "CliTrace.h"
#include "account/ServerUrl.h"
#include "store/MailStore.h"
#include "trace/TraceHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace carteiro::cli {

namespace {

// Peak resident memory in KiB (Linux: VmHWM of /proc/self/status); -1 elsewhere.
qint64 peakRssKiB()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
#endif
    return -1;
}

} // namespace

int runSync(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Cli", "Bring the headers of one IMAP folder into the local store."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("Cli", "imap://HOST[:PORT] (STARTTLS, 143) or "
                                                                       "imaps:// (TLS, 993); +plain forms only for a lab"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QCoreApplication::translate("Cli", "login name"),
                                  QStringLiteral("name"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QCoreApplication::translate("Cli", "IMAP folder (default INBOX)"),
                                    QStringLiteral("name"), QStringLiteral("INBOX"));
    const QCommandLineOption storeFile(QStringLiteral("store"),
                                       QCoreApplication::translate("Cli", "store file (default: %1)")
                                           .arg(MailStore::defaultPath()),
                                       QStringLiteral("file"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QCoreApplication::translate("Cli", "extra trusted CA (PEM)"),
                                    QStringLiteral("pem"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 QCoreApplication::translate("Cli", "accept exactly this server certificate (hex SHA-256)"),
                                 QStringLiteral("hex"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QCoreApplication::translate("Cli", "read the password from this file (else CARTEIRO_PASSWORD)"),
                                          QStringLiteral("file"));
    const QCommandLineOption mech(QStringLiteral("auth"),
                                  QCoreApplication::translate("Cli", "authentication mechanism (default: strongest)"),
                                  QStringLiteral("mech"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"),
                                        QCoreApplication::translate("Cli", "lab only: allow credentials on a +plain:// connection"));
    const QCommandLineOption noQresync(QStringLiteral("no-qresync"),
                                       QCoreApplication::translate("Cli", "do not use CONDSTORE/QRESYNC (for comparison)"));
    const QCommandLineOption chunk(QStringLiteral("chunk"), QCoreApplication::translate("Cli", "UIDs per UID FETCH (default 500)"),
                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption firstChunk(
        QStringLiteral("first-chunk"),
        QCoreApplication::translate("Cli", "UIDs in the first UID FETCH: the newest rows, a screen's worth (default 50)"),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("Cli", "seconds to wait for each reply"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption trace(QStringLiteral("trace"), QCoreApplication::translate("Cli", "write the transcript to stderr"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QCoreApplication::translate("Cli", "with --trace: explain each line the server sends"));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   QCoreApplication::translate("Cli", "print timings (connect+login, select, headers) and peak memory"));
    p.addOptions({server, user, folder, storeFile, caFile, pin, passwordFile, mech, allowPlain, noQresync, chunk,
                  firstChunk, timeout, trace, explain, stats});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(Usage, QCoreApplication::translate("Cli", "unexpected argument: %1").arg(p.positionalArguments().first()));
    if (!p.isSet(server) || !p.isSet(user))
        return fail(Usage, QCoreApplication::translate("Cli", "--server and --user are required"));
    bool chunkOk = false;
    const uint chunkSize = p.value(chunk).toUInt(&chunkOk);
    if (!chunkOk || chunkSize == 0 || chunkSize > 100000)
        return fail(Usage, QCoreApplication::translate("Cli", "--chunk must be a number from 1 to 100000: \"%1\"")
                               .arg(p.value(chunk)));
    const uint firstChunkSize = p.value(firstChunk).toUInt(&chunkOk);
    if (!chunkOk || firstChunkSize == 0 || firstChunkSize > 100000)
        return fail(Usage, QCoreApplication::translate("Cli", "--first-chunk must be a number from 1 to 100000: \"%1\"")
                               .arg(p.value(firstChunk)));
    const QString folderName = p.value(folder);
    if (folderName.isEmpty())
        return fail(Usage, QCoreApplication::translate("Cli", "--folder must name a folder"));

    QString error;
    const auto url = ServerUrl::parse(p.value(server), &error);
    if (!url)
        return fail(Usage, QCoreApplication::translate("Cli", "--server: %1").arg(error));
    if (url->protocol != Protocol::Imap)
        return fail(Usage, QCoreApplication::translate("Cli", "--server: sync needs an imap:// or imaps:// address"));
    SaslCredentials creds;
    creds.username = p.value(user);
    creds.host = url->host;
    creds.port = url->port;
    if (!readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &creds.password, &error) ||
        !readSecret({}, "CARTEIRO_OAUTH_TOKEN", &creds.oauthToken, &error))
        return fail(Usage, error);
    if (creds.password.isEmpty() && creds.oauthToken.isEmpty())
        return fail(Usage, QCoreApplication::translate("Cli", "no password: set CARTEIRO_PASSWORD or use --password-file"));
    const auto channel = channelOptions(*url, p.value(caFile), p.value(pin), p.value(timeout), &error);
    if (!channel)
        return fail(Usage, error);

    const QString path = p.isSet(storeFile) ? p.value(storeFile) : MailStore::defaultPath();
    if (path.isEmpty())
        return fail(Usage, QCoreApplication::translate("Cli", "--store must name a file"));
    if (!p.isSet(storeFile))
        QDir().mkpath(QFileInfo(path).absolutePath());
    QElapsedTimer wall; // from before the store opens: its cost is part of the sync
    wall.start();

    // Nobody reads the inspector's history or batches in the CLI (--trace streams
    // through the listener): a short ring instead of 20,000 lines (~20 MB on a
    // large folder), and batches of 10 ms instead of 100 ms of lines.
    TraceHub::Limits traceLimits;
    traceLimits.eventsPerConnection = 256;
    traceLimits.batchIntervalMs = 10;
    TraceHub hub(traceLimits);
    hub.addSecret(creds.password.toUtf8());
    hub.addSecret(creds.oauthToken.toUtf8());
    if (p.isSet(trace))
        TracePrinter::install(hub, p.isSet(explain));

    // The window's engine (core/engine/AccountEngine: one worker thread, its
    // store, the account's IMAP operation queue), tuned by the options.
    EngineTuning tuning;
    tuning.readOnly = true; // EXAMINE: syncing headers changes nothing on the server
    tuning.useCondstore = !p.isSet(noQresync);
    tuning.chunk = chunkSize;
    tuning.reconnect = false;
    tuning.watch = false;
    tuning.publishRows = false; // stored, not shown: only the first chunk is published (first_chunk_ms)
    tuning.indexInBackground = false; // `carteiro-cli search` catches the index up itself
    tuning.timeoutMs = channel->replyTimeoutMs;
    tuning.oauthToken = creds.oauthToken;
    const AccountSettings account = commandLineAccount(*url, creds.username, p.value(caFile), p.value(pin),
                                                       p.value(mech), p.isSet(allowPlain));
    CliEngineRun run(&hub, path, tuning, QCoreApplication::translate("Cli", "the connection closed before the sync ended"));
    AccountEngine &engine = run.engine();
    engine.setVisibleRows(int(firstChunkSize));
    qint64 loginMs = -1;
    qint64 firstChunkMs = -1;
    qint64 countMs = -1; // when SELECT told the message count (EXISTS)
    SyncSummary s;
    QObject::connect(&engine, &AccountEngine::online, [&] { loginMs = wall.elapsed(); });
    QObject::connect(&engine, &AccountEngine::folderCountKnown, [&] { countMs = wall.elapsed(); });
    QObject::connect(&engine, &AccountEngine::messagesUpserted, [&] {
        if (firstChunkMs < 0)
            firstChunkMs = wall.elapsed();
    });
    QObject::connect(&engine, &AccountEngine::syncSummary, [&](qint64, const SyncSummary &summary) { s = summary; });
    QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 folderId) {
        if (folderId == run.openFolderId())
            run.finish(Ok);
    });
    if (const int code = run.exec(account, creds.password, [&] { engine.openFolderNamed(folderName); }); code != Ok)
        return fail(code, run.error());

    QString summary = QCoreApplication::translate("Cli", "%1: %2 messages, %3 new, %4 changed, %5 removed")
                          .arg(folderName)
                          .arg(s.total)
                          .arg(s.added)
                          .arg(s.changed)
                          .arg(s.removed);
    if (s.rebuilt)
        summary += QCoreApplication::translate("Cli", " (UIDVALIDITY changed: cache rebuilt)");
    out(summary);
    if (p.isSet(stats))
        out(QStringLiteral("stats: connect_login_ms=%1 select_ms=%2 headers_ms=%3 total_ms=%4 qresync=%5 "
                           "peak_rss_kib=%6 first_chunk_ms=%7 count_known_ms=%8")
                .arg(loginMs)
                .arg(s.selectMs)
                .arg(s.headersMs)
                .arg(wall.elapsed())
                .arg(s.qresync ? 1 : 0)
                .arg(peakRssKiB())
                .arg(firstChunkMs)
                .arg(countMs));
    return Ok;
}

} // namespace carteiro::cli
