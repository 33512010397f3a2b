// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli send: compose a MIME message and submit it over SMTP.
#include "CliCommon.h"
#include "CliTrace.h"
#include "OutboxCommands.h"
#include "account/ServerUrl.h"
#include "mime/MailAddress.h"
#include "mime/MimeComposer.h"
#include "mime/MimeTree.h"
#include "sasl/SaslClient.h"
#include "trace/TraceHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

bool readText(const QString &path, QString *text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = TrCli::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *text = QString::fromUtf8(f.readAll());
    return true;
}

bool parseAddresses(const QStringList &texts, const QString &option, QList<MailAddress> *out,
                    QString *error)
{
    for (const QString &t : texts) {
        QString why;
        const auto a = MailAddress::parse(t, &why);
        if (!a) {
            *error = TrCli::tr("%1 \"%2\": %3").arg(option, t, why);
            return false;
        }
        out->append(*a);
    }
    return true;
}

// A message file the user already has: only the envelope is ours to make
// (8BITMIME and SMTPUTF8 are the outbox's to judge from the bytes and the envelope).
std::optional<ComposedMessage> readyMessage(const QString &path, const MessageDraft &draft,
                                            QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = TrCli::tr("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    ComposedMessage m;
    m.filePath = path;
    m.size = f.size();
    m.envelopeFrom = draft.from.envelopeAddress();
    for (const auto *list : {&draft.to, &draft.cc, &draft.bcc})
        for (const MailAddress &a : *list)
            if (!m.envelopeRecipients.contains(a.envelopeAddress()))
                m.envelopeRecipients.append(a.envelopeAddress());
    return m;
}
} // namespace

int runSend(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr("Compose a message and submit it over SMTP."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    TrCli::tr("smtp://HOST[:PORT] (STARTTLS, 587) or smtps://HOST[:PORT] "
                                       "(TLS, 465); smtp+plain:// only for a lab"),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), TrCli::tr("login name"), QStringLiteral("name"));
    const QCommandLineOption from(QStringLiteral("from"), TrCli::tr("sender, e.g. \"Zé <ze@x.br>\""),
                                  QStringLiteral("addr"));
    const QCommandLineOption to(QStringLiteral("to"), TrCli::tr("recipient (repeatable)"), QStringLiteral("addr"));
    const QCommandLineOption cc(QStringLiteral("cc"), TrCli::tr("copy (repeatable)"), QStringLiteral("addr"));
    const QCommandLineOption bcc(QStringLiteral("bcc"), TrCli::tr("blind copy (repeatable)"), QStringLiteral("addr"));
    const QCommandLineOption subject(QStringLiteral("subject"), TrCli::tr("subject"), QStringLiteral("text"));
    const QCommandLineOption body(QStringLiteral("body"), TrCli::tr("plain-text body"), QStringLiteral("text"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), TrCli::tr("plain-text body from a UTF-8 file"),
                                      QStringLiteral("file"));
    const QCommandLineOption htmlFile(QStringLiteral("html-file"), TrCli::tr("HTML alternative from a file"),
                                      QStringLiteral("file"));
    const QCommandLineOption attach(QStringLiteral("attach"), TrCli::tr("attachment (repeatable)"),
                                    QStringLiteral("file"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), TrCli::tr("extra trusted CA (PEM)"),
                                    QStringLiteral("pem"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 TrCli::tr("accept exactly this server certificate (hex SHA-256)"),
                                 QStringLiteral("hex"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          TrCli::tr("read the password from this file (else CARTEIRO_PASSWORD)"),
                                          QStringLiteral("file"));
    const QCommandLineOption tokenFile(QStringLiteral("oauth-token-file"),
                                       TrCli::tr("OAuth 2 bearer token for OAUTHBEARER/XOAUTH2 (else "
                                          "CARTEIRO_OAUTH_TOKEN)"),
                                       QStringLiteral("file"));
    const QCommandLineOption mech(QStringLiteral("auth"), TrCli::tr("SASL mechanism (default: strongest offered)"),
                                  QStringLiteral("mech"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"),
                                        TrCli::tr("lab only: allow AUTH on an smtp+plain:// connection"));
    const QCommandLineOption noPipelining(QStringLiteral("no-pipelining"), TrCli::tr("do not use PIPELINING"));
    const QCommandLineOption noChunking(QStringLiteral("no-chunking"), TrCli::tr("use DATA even if CHUNKING is offered"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), TrCli::tr("seconds to wait for each reply"),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption trace(QStringLiteral("trace"), TrCli::tr("write the transcript to stderr"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     TrCli::tr("with --trace: explain each line the server sends"));
    const QCommandLineOption mimeTree(QStringLiteral("mime-tree"), TrCli::tr("print the MIME tree of the message"));
    const QCommandLineOption message(QStringLiteral("message"),
                                     TrCli::tr("send this ready RFC 5322 message file as it is (no "
                                        "composing); the envelope comes from --from/--to/--cc/--bcc"),
                                     QStringLiteral("file"));
    const QCommandLineOption saveAs(QStringLiteral("save-message"), TrCli::tr("also write the message to FILE"),
                                    QStringLiteral("file"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   TrCli::tr("write the message to the durable outbox first, then send it; a "
                                             "server that is down leaves it queued (exit 2) for `outbox flush`"));
    const QCommandLineOption store(QStringLiteral("store"), TrCli::tr("with --queue: the outbox's store file "
                                                                      "(default: the app's)"),
                                   QStringLiteral("file"));
    const QCommandLineOption sentServer(QStringLiteral("sent-server"),
                                        TrCli::tr("with --queue: file a copy in Sent on this IMAP server "
                                                  "(imaps://HOST[:PORT]; same login and password)"),
                                        QStringLiteral("url"));
    const QCommandLineOption sendAt(QStringLiteral("send-at"),
                                    TrCli::tr("with --queue: send later, not before this ISO 8601 date and time "
                                              "(local time unless it says Z or an offset)"),
                                    QStringLiteral("when"));
    p.addOptions({server, user, from, to, cc, bcc, subject, body, bodyFile, htmlFile, attach, caFile,
                  pin, passwordFile, tokenFile, mech, allowPlain, noPipelining, noChunking, timeout,
                  trace, explain, mimeTree, saveAs, message, queue, store, sentServer, sendAt});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    if (!p.isSet(queue) && (p.isSet(store) || p.isSet(sentServer) || p.isSet(sendAt)))
        return fail(Usage, TrCli::tr("--store, --sent-server and --send-at go with --queue"));
    const QDateTime later = QDateTime::fromString(p.value(sendAt), Qt::ISODate);
    if (p.isSet(sendAt) && !later.isValid())
        return fail(Usage, TrCli::tr("--send-at \"%1\" is not an ISO 8601 date and time (e.g. "
                                     "2026-12-24T18:00 or 2026-12-24T21:00:00Z)")
                               .arg(p.value(sendAt)));
    if (p.isSet(queue))
        for (const auto &unrecorded : {pin, tokenFile, noPipelining, noChunking, timeout})
            if (p.isSet(unrecorded))
                return fail(Usage, TrCli::tr("--%1 cannot be used with --queue: a queued message keeps only "
                                             "its server, login, CA file and mechanism")
                                       .arg(unrecorded.names().first()));
    const bool ready = p.isSet(message);
    for (const auto &required : {server, from, subject})
        if (!p.isSet(required) && !(ready && required.names() == subject.names()))
            return fail(Usage, TrCli::tr("--%1 is required").arg(required.names().first()));
    if (!p.isSet(to) && !p.isSet(cc) && !p.isSet(bcc))
        return fail(Usage, TrCli::tr("give at least one --to, --cc or --bcc"));
    if (p.isSet(body) && p.isSet(bodyFile))
        return fail(Usage, TrCli::tr("give --body or --body-file, not both"));

    QString error;
    const auto url = ServerUrl::parse(p.value(server), &error);
    if (!url)
        return fail(Usage, TrCli::tr("--server: %1").arg(error));
    if (url->protocol != Protocol::Smtp)
        return fail(Usage, TrCli::tr("--server: send needs an smtp:// or smtps:// address"));

    MessageDraft draft;
    QList<MailAddress> fromList;
    if (!parseAddresses({p.value(from)}, QStringLiteral("--from"), &fromList, &error) ||
        !parseAddresses(p.values(to), QStringLiteral("--to"), &draft.to, &error) ||
        !parseAddresses(p.values(cc), QStringLiteral("--cc"), &draft.cc, &error) ||
        !parseAddresses(p.values(bcc), QStringLiteral("--bcc"), &draft.bcc, &error))
        return fail(Usage, error);
    draft.from = fromList.first();
    draft.subject = p.value(subject);
    draft.textBody = p.value(body);
    if (p.isSet(bodyFile) && !readText(p.value(bodyFile), &draft.textBody, &error))
        return fail(Usage, TrCli::tr("--body-file: %1").arg(error));
    if (p.isSet(htmlFile) && !readText(p.value(htmlFile), &draft.htmlBody, &error))
        return fail(Usage, TrCli::tr("--html-file: %1").arg(error));
    for (const QString &file : p.values(attach)) {
        AttachmentSpec a;
        a.filePath = file;
        draft.attachments.append(a);
    }

    SaslCredentials creds;
    creds.username = p.value(user);
    creds.host = url->host;
    creds.port = url->port;
    if (!readSecret(p.value(passwordFile), "CARTEIRO_PASSWORD", &creds.password, &error) ||
        !readSecret(p.value(tokenFile), "CARTEIRO_OAUTH_TOKEN", &creds.oauthToken, &error))
        return fail(Usage, error);
    const bool authenticate = p.isSet(user);
    if (authenticate && creds.password.isEmpty() && creds.oauthToken.isEmpty())
        return fail(Usage, TrCli::tr("no password: set CARTEIRO_PASSWORD or use --password-file"));

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(Usage, TrCli::tr("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString messagePath = p.isSet(saveAs) ? p.value(saveAs) : tmp.filePath(QStringLiteral("message.eml"));
    const auto composed = ready ? readyMessage(p.value(message), draft, &error)
                                : MimeComposer::compose(draft, messagePath, &error);
    if (!composed)
        return fail(Usage, ready ? TrCli::tr("--message: %1").arg(error) : TrCli::tr("compose: %1").arg(error));

    if (p.isSet(mimeTree)) {
        const auto tree = MimeTree::parseFile(composed->filePath, &error);
        if (!tree)
            return fail(Usage, TrCli::tr("MIME tree: %1").arg(error));
        out(MimeTree::format(*tree));
    }

    const auto channel = channelOptions(*url, p.value(caFile), p.value(pin), p.value(timeout), &error);
    if (!channel)
        return fail(Usage, error);

    // Queued or not, the message goes through the outbox engine the window
    // uses (core/engine/OutboxEngine.h): with --queue into the durable outbox,
    // else over a store in memory that ends with the command.
    QFile file(composed->filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage, TrCli::tr("cannot read %1: %2").arg(composed->filePath, file.errorString()));
    QueueRequest request;
    request.storePath = p.value(store);
    request.raw = file.readAll();
    request.envelopeFrom = composed->envelopeFrom;
    request.recipients = composed->envelopeRecipients;
    request.serverUrl = url->toString();
    request.login = p.value(user);
    request.caFile = p.value(caFile);
    request.mechanism = p.value(mech).toUpper();
    request.password = creds.password;
    request.sentServer = p.value(sentServer);
    request.sendAt = later;
    request.transient = !p.isSet(queue);
    request.tuning.timeoutMs = channel->replyTimeoutMs;
    request.tuning.pinnedSha256 = channel->pinnedSha256;
    request.tuning.oauthToken = creds.oauthToken;
    request.tuning.usePipelining = !p.isSet(noPipelining);
    request.tuning.useChunking = !p.isSet(noChunking);
    if (request.transient)
        request.tuning.allowPlaintextAuth = p.isSet(allowPlain);
    if (!authenticate) { // no --user: no AUTH (RFC 4954), whatever the environment holds
        request.password.clear();
        request.tuning.oauthToken.clear();
    }
    TraceHub hub;
    hub.addSecret(creds.password.toUtf8());
    hub.addSecret(creds.oauthToken.toUtf8());
    if (p.isSet(trace))
        TracePrinter::install(hub, p.isSet(explain));
    return runQueuedSend(&hub, request);
}

} // namespace carteiro::cli
