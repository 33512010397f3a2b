// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli search: the search engine of the window (core/search) on the
// command line. The local index first (the folders' waiting rows are indexed,
// then searched), then the server's SEARCH for what is not cached
// (ImapAccountSync -> ImapSearchOp), after the folders' headers are brought up
// to date so every hit can be printed. --local: the store only, no network.
#include "CliCommon.h"
#include "CliImapRun.h"
#include "CliTrace.h"
#include "account/ServerUrl.h"
#include "search/LocalSearch.h"
#include "store/MailStore.h"
#include "sync/ImapAccountSync.h"
#include "sync/ImapSyncFolderOp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>
#include <QJsonObject>
#include <QTimeZone>

namespace carteiro::cli {

namespace {

// lupdate reads TrSearchCli::tr() of a class that declares its context.
struct TrSearchCli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printHit(const SearchHit &h, bool json)
{
    const StoredMessage &m = h.message;
    const QString from = m.fromName.isEmpty() ? m.fromAddress
                                              : QStringLiteral("%1 <%2>").arg(m.fromName, m.fromAddress);
    const QDateTime date = m.date.isValid() ? m.date : m.internalDate;
    const QString where = h.where == SearchHit::Where::Local ? QStringLiteral("local") : QStringLiteral("server");
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("folder"), h.folder);
        o.insert(QStringLiteral("uid"), qint64(m.uid));
        o.insert(QStringLiteral("from"), from);
        o.insert(QStringLiteral("subject"), m.subject);
        o.insert(QStringLiteral("date"), date.isValid() ? date.toString(Qt::ISODate) : QString());
        o.insert(QStringLiteral("where"), where);
        outBuffered(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    QString when;
    if (date.isValid()) { // "yyyy-MM-dd HH:mm", without QDateTime's format parser for each hit
        // The zone made once: toLocalTime() asks the C library, which looks at
        // /etc/localtime again for every hit.
        static const QTimeZone zone = QTimeZone::systemTimeZone();
        const QDateTime local = date.toTimeZone(zone);
        char text[32];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.date().year(), local.date().month(),
                      local.date().day(), local.time().hour(), local.time().minute());
        when = QString::fromLatin1(text);
    }
    outBuffered(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(h.folder).arg(m.uid).arg(when, from, m.subject, where));
}


QList<qint64> searchableFolders(const MailStore &store, const QString &accountId)
{
    QList<qint64> ids;
    for (const StoredFolder &f : store.folders(accountId, MailStore::Counts::Without))
        if (f.selectable)
            ids << f.id;
    return ids;
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrSearchCli::tr("Search the mail of an IMAP account: the local full-text index first, then "
                                   "the server's SEARCH for the messages whose body is not cached."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("query"),
                            TrSearchCli::tr("words, and from: to: subject: body: since: before: has:attachment is:unread "
                               "is:flagged"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    TrSearchCli::tr("imap://HOST[:PORT] (STARTTLS, 143) or imaps:// (TLS, 993); +plain forms "
                                       "only for a lab"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), TrSearchCli::tr("login name"), QStringLiteral("name"));
    const QCommandLineOption folder(QStringLiteral("folder"), TrSearchCli::tr("IMAP folder (default INBOX)"),
                                    QStringLiteral("name"));
    const QCommandLineOption allFolders(QStringLiteral("all-folders"), TrSearchCli::tr("every folder of the account"));
    const QCommandLineOption storeFile(QStringLiteral("store"),
                                       TrSearchCli::tr("store file (default: %1)").arg(MailStore::defaultPath()),
                                       QStringLiteral("file"));
    const QCommandLineOption local(QStringLiteral("local"), TrSearchCli::tr("search the store only (no network)"));
    const QCommandLineOption json(QStringLiteral("json"), TrSearchCli::tr("one JSON object per hit"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), TrSearchCli::tr("extra trusted CA (PEM)"), QStringLiteral("pem"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 TrSearchCli::tr("accept exactly this server certificate (hex SHA-256)"), QStringLiteral("hex"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          TrSearchCli::tr("read the password from this file (else CARTEIRO_PASSWORD)"),
                                          QStringLiteral("file"));
    const QCommandLineOption mech(QStringLiteral("auth"), TrSearchCli::tr("authentication mechanism (default: strongest)"),
                                  QStringLiteral("mech"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"),
                                        TrSearchCli::tr("lab only: allow credentials on a +plain:// connection"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), TrSearchCli::tr("seconds to wait for each reply"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption trace(QStringLiteral("trace"), TrSearchCli::tr("write the transcript to stderr"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     TrSearchCli::tr("with --trace: explain each line the server sends"));
    p.addOptions({server, user, folder, allFolders, storeFile, local, json, caFile, pin, passwordFile, mech,
                  allowPlain, timeout, trace, explain});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    if (!p.isSet(server) || !p.isSet(user))
        return fail(Usage, TrSearchCli::tr("--server and --user are required"));
    if (p.isSet(folder) && p.isSet(allFolders))
        return fail(Usage, TrSearchCli::tr("give --folder NAME or --all-folders, not both"));
    const QString folderName = p.isSet(folder) ? p.value(folder) : QStringLiteral("INBOX");
    if (folderName.isEmpty())
        return fail(Usage, TrSearchCli::tr("--folder must name a folder"));
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    QString error;
    const auto query = SearchQuery::parse(text, &error);
    if (!query)
        return fail(Usage, error);
    if (query->isEmpty())
        return fail(Usage, TrSearchCli::tr("nothing to search for: give words or terms (carteiro-cli search --help)"));
    const auto url = ServerUrl::parse(p.value(server), &error);
    if (!url)
        return fail(Usage, TrSearchCli::tr("--server: %1").arg(error));
    if (url->protocol != Protocol::Imap)
        return fail(Usage, TrSearchCli::tr("--server: search needs an imap:// or imaps:// address"));

    const QString path = p.isSet(storeFile) ? p.value(storeFile) : MailStore::defaultPath();
    if (path.isEmpty())
        return fail(Usage, TrSearchCli::tr("--store must name a file"));
    const QString accountId = QStringLiteral("imap:%1@%2:%3").arg(p.value(user), url->host).arg(url->port);
    if (p.isSet(local) && !QFileInfo::exists(path))
        return fail(Usage, TrSearchCli::tr("store %1 does not exist: run carteiro-cli sync first, or search without --local")
                               .arg(path));
    if (!p.isSet(storeFile))
        QDir().mkpath(QFileInfo(path).absolutePath());
    MailStore store(path);
    if (!store.open())
        return fail(Refused, TrSearchCli::tr("store %1: %2").arg(path, store.error()));
    const bool jsonOut = p.isSet(json);

    // The local index: every waiting row indexed, then searched.
    auto searchLocally = [&](const QList<qint64> &folderIds, QList<SearchHit> *hits) {
        if (!LocalSearch::catchUp(store, accountId, &error))
            return false;
        *hits = LocalSearch::local(store, *query, folderIds, &error);
        if (!error.isEmpty())
            return false;
        for (const SearchHit &h : std::as_const(*hits))
            printHit(h, jsonOut);
        std::fflush(stdout); // the local hits show while the server is asked
        return true;
    };
    if (p.isSet(local)) {
        QList<qint64> ids;
        if (p.isSet(allFolders)) {
            ids = searchableFolders(store, accountId);
        } else if (const auto f = store.folderByName(accountId, folderName, MailStore::Counts::Without)) {
            ids << f->id;
        }
        if (ids.isEmpty())
            return fail(Usage, TrSearchCli::tr("the store %1 has no folder %2 of %3: run carteiro-cli sync first")
                                   .arg(path, p.isSet(allFolders) ? QStringLiteral("*") : folderName, accountId));
        QList<SearchHit> hits;
        if (!searchLocally(ids, &hits))
            return fail(Store, error);
        return Ok;
    }

    SaslCredentials creds;
    creds.username = p.value(user);
    creds.host = url->host;
    creds.port = url->port;
    if (!readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &creds.password, &error) ||
        !readSecret({}, "CARTEIRO_OAUTH_TOKEN", &creds.oauthToken, &error))
        return fail(Usage, error);
    if (creds.password.isEmpty() && creds.oauthToken.isEmpty())
        return fail(Usage, TrSearchCli::tr("no password: set CARTEIRO_PASSWORD or use --password-file"));
    const auto channel = channelOptions(*url, p.value(caFile), p.value(pin), p.value(timeout), &error);
    if (!channel)
        return fail(Usage, error);
    TraceHub hub;
    hub.addSecret(creds.password.toUtf8());
    hub.addSecret(creds.oauthToken.toUtf8());
    if (p.isSet(trace))
        TracePrinter::install(hub, p.isSet(explain));
    ImapSession::Config config;
    config.security = url->security;
    config.allowAuthWithoutTls = p.isSet(allowPlain);
    config.credentials = creds;
    config.mechanism = p.value(mech).toUpper();
    ImapFolderSync::Options options;
    options.readOnly = true; // EXAMINE: bringing the headers up to date changes nothing on the server
    ImapAccountSync sync(&hub, *channel, config, &store, accountId);
    sync.setSyncOptions(options);

    CliImapRun run(sync, TrSearchCli::tr("the connection closed before the search ended"));
    QList<qint64> folderIds;
    int syncsLeft = 0;
    QList<SearchHit> localHits;
    auto syncFolders = [&] {
        syncsLeft = int(folderIds.size());
        if (folderIds.isEmpty())
            return run.finish(Refused, TrSearchCli::tr("the server lists no folder to search"));
        for (const qint64 id : std::as_const(folderIds))
            sync.syncFolder(store.folder(id).value_or(StoredFolder()).name);
    };
    QObject::connect(&sync, &ImapAccountSync::ready, [&] {
        if (p.isSet(allFolders)) {
            sync.refreshFolders(); // LIST (RFC 3501 §6.3.8), then each folder
            return;
        }
        const qint64 id = ImapSyncFolderOp::folderRow(&store, accountId, folderName);
        if (id == 0)
            return run.finish(Store, TrSearchCli::tr("store %1: %2").arg(path, store.error()));
        folderIds = {id};
        syncFolders();
    });
    QObject::connect(&sync, &ImapAccountSync::foldersChanged, [&] {
        folderIds = searchableFolders(store, accountId);
        syncFolders();
    });
    QObject::connect(&sync, &ImapAccountSync::folderSynced, [&] {
        if (--syncsLeft > 0)
            return;
        if (!searchLocally(folderIds, &localHits))
            return run.finish(Store, error);
        sync.search(1, *query, folderIds);
    });
    QObject::connect(&sync, &ImapAccountSync::searchDone,
                     [&](quint64, const QList<ImapSearchHits> &answer, const QStringList &notes) {
                         for (const SearchHit &h :
                              LocalSearch::fromServer(store, *query, answer, LocalSearch::ids(localHits)))
                             printHit(h, jsonOut);
                         std::fflush(stdout);
                         for (const QString &note : notes)
                             err(TrSearchCli::tr("note: %1").arg(note));
                         run.finish(Ok, {});
                     });
    if (const int code = run.exec(); code != Ok)
        return fail(code, run.error());
    return Ok;
}

} // namespace carteiro::cli
