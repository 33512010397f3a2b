// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli fetch: read mail over IMAP or POP3 (list, raw bytes, MIME tree, folders).
#include "CliCommon.h"
#include "CliTrace.h"
#include "FetchOutput.h"
#include "account/ServerUrl.h"
#include "imap/ImapConnection.h"
#include "local/LocalMailbox.h"
#include "mime/AddressHeader.h"
#include "mime/HeaderFields.h"
#include "mime/MimeTree.h"
#include "pop3/Pop3RetrieveJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

namespace carteiro::cli {

int runFetchLocal(const QString &spec, const FetchRequest &req); // FetchLocal.cpp

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

QString imapAddress(const ImapAddress &a)
{
    // The name decoded, the address as written (RFC 2047 §5), a name holding
    // specials quoted so it cannot pass for the address (RFC 5322 §3.4).
    return AddressHeader::format(HeaderFields::decodeWords(a.name), AddressHeader::addressText(a.address()));
}

QJsonArray imapAddresses(const QList<ImapAddress> &list)
{
    QJsonArray out;
    for (const ImapAddress &a : list)
        if (!a.isGroupMarker())
            out.append(imapAddress(a));
    return out;
}

int runImap(TraceHub &hub, const ChannelOptions &channel, const ImapSession::Config &config,
            const FetchRequest &req)
{
    ImapConnection imap(&hub, channel, config);
    QEventLoop loop;
    int exitCode = Ok;
    QString error;
    QList<ImapFetch> fetched;
    bool done = false;
    quint32 uid = 0;
    if (req.what == FetchRequest::What::Raw || req.what == FetchRequest::What::MimeTree) {
        bool ok = false;
        uid = req.id.toUInt(&ok);
        if (!ok || uid == 0)
            return fail(Usage, TrCli::tr("an IMAP message is named by its UID, a positive number: \"%1\"").arg(req.id));
    }
    auto finish = [&](int code, const QString &message = {}) {
        if (done)
            return;
        done = true;
        exitCode = code;
        error = message;
        imap.close();
        QTimer::singleShot(3000, &loop, &QEventLoop::quit); // a server that never answers LOGOUT
    };
    QObject::connect(&imap, &ImapConnection::untagged, [&](const ImapResponse &r) {
        if (r.keyword == "FETCH")
            fetched.append(r.fetch);
    });
    QObject::connect(&imap, &ImapConnection::failed, [&](const QString &m) {
        if (!done) {
            done = true;
            exitCode = imap.channel() && imap.channel()->errorKind() != Channel::ErrorKind::None ? Network : Refused;
            error = m;
        }
        loop.quit();
    });
    QObject::connect(&imap, &ImapConnection::closed, &loop, &QEventLoop::quit);
    quint64 selectJob = 0, workJob = 0, listJob = 0;
    QObject::connect(&imap, &ImapConnection::ready, [&] {
        if (req.what == FetchRequest::What::Folders)
            listJob = imap.list(); // RFC 3501 §6.3.8, RFC 6154 special use
        else
            selectJob = imap.select(req.folder, true); // EXAMINE: reading changes nothing
    });
    QObject::connect(&imap, &ImapConnection::jobFinished, [&](quint64 job, const ImapCompletion &c) {
        if (!c.ok) {
            finish(Refused, QStringLiteral("%1: %2").arg(QString::fromLatin1(ImapCommand::kindName(c.kind)), c.text));
            return;
        }
        if (job == listJob) {
            // NAME <tab> special use (RFC 6154 §2) <tab> other attributes
            static const QList<QByteArray> kSpecialUse = {"\\ALL", "\\ARCHIVE", "\\DRAFTS",
                                                          "\\FLAGGED", "\\JUNK", "\\SENT", "\\TRASH"};
            for (const ImapListEntry &e : c.list) {
                QStringList uses, others;
                for (const QByteArray &a : e.attributes)
                    (kSpecialUse.contains(a.toUpper()) ? uses : others) << QString::fromLatin1(a);
                out(QStringLiteral("%1\t%2\t%3")
                        .arg(e.name, uses.join(QLatin1Char(' ')), others.join(QLatin1Char(' '))));
            }
            finish(Ok);
        } else if (job == selectJob) {
            if (req.what == FetchRequest::What::List) {
                if (c.mailbox.exists == 0) {
                    finish(Ok);
                    return;
                }
                workJob = imap.fetchHeaders(ImapSequenceSet::fromRange(1, 0));
            } else {
                workJob = imap.fetchBody(uid);
            }
        } else if (job == workJob) {
            if (req.what == FetchRequest::What::List) {
                for (const ImapFetch &f : fetched) {
                    QJsonObject o;
                    o.insert(QStringLiteral("uid"), qint64(f.uid));
                    if (f.envelope) {
                        const QJsonArray from = imapAddresses(f.envelope->from);
                        o.insert(QStringLiteral("from"), from.isEmpty() ? QString() : from.first().toString());
                        o.insert(QStringLiteral("to"), imapAddresses(f.envelope->to));
                        o.insert(QStringLiteral("subject"), HeaderFields::decodeWords(f.envelope->subject));
                        o.insert(QStringLiteral("date"), isoDate(QString::fromLatin1(f.envelope->date), f.internalDate));
                    }
                    o.insert(QStringLiteral("size"), f.size);
                    QJsonArray flags;
                    for (const QByteArray &fl : f.flags)
                        flags.append(QString::fromLatin1(fl));
                    o.insert(QStringLiteral("flags"), flags);
                    printEntry(o, req.json);
                }
                finish(Ok);
                return;
            }
            for (const ImapFetch &f : fetched) {
                if (f.uid == uid && !f.sections.isEmpty()) {
                    finish(printMessage(f.sections.first().data, req));
                    return;
                }
            }
            finish(Refused, TrCli::tr("no message with UID %1 in %2").arg(uid).arg(req.folder));
        }
    });
    imap.open();
    loop.exec();
    if (exitCode != Ok && !error.isEmpty())
        return fail(exitCode, error);
    return exitCode;
}

// POP3 keeps nothing: the sink hands each retrieved message to the printer.
class PrintingSink : public MessageSink
{
public:
    explicit PrintingSink(const FetchRequest &req) : m_req(req) {}
    bool storeMessage(const QByteArray &, const QByteArray &raw, QString *) override
    {
        m_result = printMessage(raw, m_req);
        m_printed = true;
        return true;
    }
    bool printed() const { return m_printed; }
    int result() const { return m_result; }

private:
    const FetchRequest &m_req;
    bool m_printed = false;
    int m_result = Ok;
};

int runPop3(TraceHub &hub, const ChannelOptions &channel, const Pop3Session::Config &config,
            const FetchRequest &req)
{
    if (req.what == FetchRequest::What::Folders) {
        out(QStringLiteral("INBOX"));
        return Ok; // POP3 has one mailbox (RFC 1939 §1)
    }
    PrintingSink sink(req);
    Pop3RetrieveJob::Options options;
    options.mode = Pop3RetrieveJob::Mode::KeepOnServer; // fetch never deletes
    if (req.what == FetchRequest::What::List) {
        options.listOnly = true;
        options.topLines = 0; // headers only (RFC 1939 §7 TOP)
    } else {
        options.onlyUidls = {req.id.toUtf8()};
    }
    Pop3RetrieveJob job(&hub, channel, config, &sink, options);
    QEventLoop loop;
    QObject::connect(&job, &Pop3RetrieveJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.outcome() != Pop3RetrieveJob::Outcome::Succeeded)
        return fail(job.failedOnTransport() ? Network : Refused, job.errorMessage());
    if (req.what == FetchRequest::What::List) {
        for (const Pop3RetrieveJob::Entry &e : job.entries()) {
            QJsonObject o = headerEntry(e.headers);
            o.insert(QStringLiteral("uidl"), QString::fromLatin1(e.info.uidl));
            o.insert(QStringLiteral("size"), e.info.size);
            o.insert(QStringLiteral("flags"), QJsonArray()); // POP3 has no flags
            printEntry(o, req.json);
        }
        return Ok;
    }
    if (!sink.printed())
        return fail(Refused, TrCli::tr("no message with UIDL %1").arg(req.id));
    return sink.result();
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
    p.addOptions({server, user, folder, list, json, raw, tree, folders, caFile, pin, passwordFile, mech,
                  allowPlain, timeout, trace, explain});
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

    if (url->protocol == Protocol::Imap) {
        ImapSession::Config config;
        config.security = url->security;
        config.allowAuthWithoutTls = p.isSet(allowPlain);
        config.credentials = creds;
        config.mechanism = p.value(mech).toUpper();
        return runImap(hub, *channel, config, req);
    }
    Pop3Session::Config config;
    config.security = url->security;
    config.allowPlaintextAuth = p.isSet(allowPlain);
    config.credentials = creds;
    config.mechanism = p.value(mech).toUpper();
    return runPop3(hub, *channel, config, req);
}

} // namespace carteiro::cli
