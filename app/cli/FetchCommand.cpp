// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli fetch: read mail over IMAP or POP3 (list, raw bytes, MIME tree,
// folders) through the window's engine, or from a mailbox on disk (FetchLocal.cpp).
#include "CliCommon.h"
#include "CliEngineRun.h"
#include "CliTrace.h"
#include "FetchOutput.h"
#include "account/ServerUrl.h"
#include "local/LocalMailbox.h"
#include "trace/TraceHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace carteiro::cli {

int runFetchLocal(const QString &spec, const FetchRequest &req); // FetchLocal.cpp

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

// The folder list as --folders prints it: NAME <tab> special use (RFC 6154 §2)
// <tab> other attributes.
void printFolders(const QList<StoredFolder> &folders)
{
    for (const StoredFolder &f : folders) {
        const QString use = f.specialUse == "\\Inbox" ? QString() : QString::fromLatin1(f.specialUse);
        const QString others = f.selectable ? QString() : QStringLiteral("\\Noselect");
        out(QStringLiteral("%1\t%2\t%3").arg(f.name, use, others));
    }
}

// IMAP and POP3 alike, through the window's engine (core/engine/AccountEngine):
// the folder is synchronised into the store (`storePath`; by default one in
// memory, gone at the end), then listed, or the one message read from it.
int runEngine(TraceHub &hub, const AccountSettings &account, const QString &password, const EngineTuning &tuning,
              const QString &storePath, const FetchRequest &req)
{
    const bool pop3 = account.incomingProtocol == AccountSettings::IncomingProtocol::Pop3;
    if (pop3 && req.what == FetchRequest::What::Folders) {
        out(QStringLiteral("INBOX"));
        return Ok; // POP3 has one mailbox (RFC 1939 §1)
    }
    quint32 uid = 0;
    if (!pop3 && (req.what == FetchRequest::What::Raw || req.what == FetchRequest::What::MimeTree)) {
        bool ok = false;
        uid = req.id.toUInt(&ok);
        if (!ok || uid == 0)
            return fail(Usage, TrCli::tr("an IMAP message is named by its UID, a positive number: \"%1\"").arg(req.id));
    }
    CliEngineRun run(&hub, storePath, tuning, TrCli::tr("the connection closed before the messages were read"));
    AccountEngine &engine = run.engine();
    qint64 wanted = 0; // the store id of the message --raw / --mime-tree names
    QObject::connect(&engine, &AccountEngine::foldersListed, [&] {
        if (req.what == FetchRequest::What::Folders) {
            printFolders(run.folders());
            run.finish(Ok);
        }
    });
    QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 folderId) {
        if (run.finished() || folderId != run.openFolderId() || wanted)
            return;
        const QList<StoredMessage> rows = run.rows();
        if (req.what == FetchRequest::What::List) {
            for (const StoredMessage &m : rows)
                printEntry(rowEntry(m), req.json);
            run.finish(Ok);
            return;
        }
        for (const StoredMessage &m : rows)
            if (pop3 ? m.uidl == req.id.toUtf8() : m.uid == uid)
                wanted = m.id;
        if (!wanted) {
            run.finish(Refused, pop3 ? TrCli::tr("no message with UIDL %1").arg(req.id)
                                     : TrCli::tr("no message with UID %1 in %2").arg(uid).arg(req.folder));
            return;
        }
        engine.fetchBody(wanted); // from the store, or BODY.PEEK[] (RFC 3501 §6.4.5)
    });
    QObject::connect(&engine, &AccountEngine::bodyReady, [&](qint64 messageId, const QByteArray &raw) {
        if (messageId == wanted)
            run.finish(printMessage(raw, req));
    });
    const int code = run.exec(account, password, [&] {
        if (req.what == FetchRequest::What::Folders)
            return; // the LIST after the login (RFC 3501 §6.3.8)
        engine.openFolderNamed(pop3 ? QStringLiteral("INBOX") : req.folder);
        if (pop3)
            engine.refresh(); // the download (RFC 1939 §7 UIDL, §5 RETR); never DELE
    });
    if (code != Ok && !run.error().isEmpty())
        return fail(code, run.error());
    return code;
}
} // namespace

int runFetch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr("Read mail over IMAP or POP3, or straight from a mailbox on disk "
                                          "(--server mbox:PATH, maildir:PATH or mh:PATH)."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    TrCli::tr("imap://HOST[:PORT] (STARTTLS, 143), imaps:// (TLS, 993), "
                                       "pop3:// (STLS, 110), pop3s:// (TLS, 995); +plain forms only for a lab"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), TrCli::tr("login name"), QStringLiteral("name"));
    const QCommandLineOption folder(QStringLiteral("folder"), TrCli::tr("IMAP folder (default INBOX)"),
                                    QStringLiteral("name"), QStringLiteral("INBOX"));
    const QCommandLineOption list(QStringLiteral("list"), TrCli::tr("list the messages"));
    const QCommandLineOption json(QStringLiteral("json"), TrCli::tr("with --list: one JSON object per line"));
    const QCommandLineOption raw(QStringLiteral("raw"), TrCli::tr("write the message's exact bytes to stdout"),
                                 QStringLiteral("id"));
    const QCommandLineOption tree(QStringLiteral("mime-tree"), TrCli::tr("print the message's MIME tree"),
                                  QStringLiteral("id"));
    const QCommandLineOption folders(QStringLiteral("folders"), TrCli::tr("list folders with their special use"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), TrCli::tr("extra trusted CA (PEM)"), QStringLiteral("pem"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 TrCli::tr("accept exactly this server certificate (hex SHA-256)"), QStringLiteral("hex"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          TrCli::tr("read the password from this file (else CARTEIRO_PASSWORD)"),
                                          QStringLiteral("file"));
    const QCommandLineOption mech(QStringLiteral("auth"), TrCli::tr("authentication mechanism (default: strongest)"),
                                  QStringLiteral("mech"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"),
                                        TrCli::tr("lab only: allow credentials on a +plain:// connection"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), TrCli::tr("seconds to wait for each reply"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption trace(QStringLiteral("trace"), TrCli::tr("write the transcript to stderr"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     TrCli::tr("with --trace: explain each line the server sends"));
    const QCommandLineOption storeFile(QStringLiteral("store"),
                                       TrCli::tr("keep what is read in this store file (default: none, "
                                                 "the store lives in memory)"),
                                       QStringLiteral("file"));
    p.addOptions({server, user, folder, list, json, raw, tree, folders, caFile, pin, passwordFile, mech,
                  allowPlain, timeout, trace, explain, storeFile});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    FetchRequest req;
    int modes = 0;
    if (p.isSet(list)) { req.what = FetchRequest::What::List; ++modes; }
    if (p.isSet(raw)) { req.what = FetchRequest::What::Raw; req.id = p.value(raw); ++modes; }
    if (p.isSet(tree)) { req.what = FetchRequest::What::MimeTree; req.id = p.value(tree); ++modes; }
    if (p.isSet(folders)) { req.what = FetchRequest::What::Folders; ++modes; }
    if (modes != 1)
        return fail(Usage, TrCli::tr("give exactly one of --list, --raw ID, --mime-tree ID, --folders"));
    req.json = p.isSet(json);
    req.folder = p.value(folder);
    if (p.isSet(server) && LocalMailbox::isSpec(p.value(server)))
        return runFetchLocal(p.value(server), req); // FetchLocal.cpp: no server, no login
    if (!p.isSet(server) || !p.isSet(user))
        return fail(Usage, TrCli::tr("--server and --user are required"));

    QString error;
    const auto url = ServerUrl::parse(p.value(server), &error);
    if (!url)
        return fail(Usage, TrCli::tr("--server: %1").arg(error));
    if (url->protocol == Protocol::Smtp)
        return fail(Usage, TrCli::tr("--server: fetch needs an imap://, imaps://, pop3:// or pop3s:// address"));
    SaslCredentials creds;
    creds.username = p.value(user);
    creds.host = url->host;
    creds.port = url->port;
    if (!readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &creds.password, &error) ||
        !readSecret({}, "CARTEIRO_OAUTH_TOKEN", &creds.oauthToken, &error))
        return fail(Usage, error);
    if (creds.password.isEmpty() && creds.oauthToken.isEmpty())
        return fail(Usage, TrCli::tr("no password: set CARTEIRO_PASSWORD or use --password-file"));
    const auto channel = channelOptions(*url, p.value(caFile), p.value(pin), p.value(timeout), &error);
    if (!channel)
        return fail(Usage, error);

    TraceHub hub;
    hub.addSecret(creds.password.toUtf8());
    hub.addSecret(creds.oauthToken.toUtf8());
    if (p.isSet(trace))
        TracePrinter::install(hub, p.isSet(explain));

    EngineTuning tuning;
    tuning.readOnly = true; // EXAMINE: reading changes nothing on the server
    tuning.reconnect = false;
    tuning.watch = false;
    tuning.indexInBackground = false; // nothing searches it before the command ends
    if (url->protocol == Protocol::Pop3 && req.what != FetchRequest::What::List)
        tuning.pop3Only = {req.id.toUtf8()}; // the one message asked for, not the whole mailbox
    tuning.timeoutMs = channel->replyTimeoutMs;
    tuning.oauthToken = creds.oauthToken;
    const AccountSettings account = commandLineAccount(*url, creds.username, p.value(caFile), p.value(pin),
                                                       p.value(mech), p.isSet(allowPlain));
    return runEngine(hub, account, creds.password, tuning,
                     p.isSet(storeFile) ? p.value(storeFile) : QStringLiteral(":memory:"), req);
}

} // namespace carteiro::cli
