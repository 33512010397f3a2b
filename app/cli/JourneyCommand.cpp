// SPDX-License-Identifier: GPL-3.0-or-later
// carteiro-cli journey FILE.eml [--json] [--store FILE]: the hops of a message
// file, oldest first - one per Received field - plus the legs Carteiro knows
// of from its store (its own submission, when it fetched the message), found
// by Message-ID (core/engine/MessageJourney.h).
#include "CliCommon.h"
#include "OutboxCommands.h"
#include "engine/AccountEngine.h"
#include "engine/MessageJourney.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carteiro::cli {

namespace {
struct TrCli { Q_DECLARE_TR_FUNCTIONS(Cli) };

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString kindName(JourneyStep::Kind k)
{
    switch (k) {
    case JourneyStep::Kind::Submission: return QStringLiteral("submission");
    case JourneyStep::Kind::Hop: return QStringLiteral("hop");
    case JourneyStep::Kind::Retrieval: return QStringLiteral("retrieval");
    }
    return {};
}

QJsonObject stepJson(const JourneyStep &s)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(s.kind)},
                  {QStringLiteral("from"), s.fromNode},
                  {QStringLiteral("fromRole"), QLatin1String(roleKey(s.fromRole))},
                  {QStringLiteral("to"), s.toNode},
                  {QStringLiteral("toRole"), QLatin1String(roleKey(s.toRole))},
                  {QStringLiteral("protocol"), s.protocol},
                  {QStringLiteral("time"), s.time.isValid() ? s.time.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("tls"), s.tls},
                  {QStringLiteral("tlsKnown"), s.tlsKnown},
                  {QStringLiteral("auth"), s.auth},
                  {QStringLiteral("id"), s.id},
                  {QStringLiteral("for"), s.forAddress},
                  {QStringLiteral("raw"), s.raw},
                  {QStringLiteral("matchedSubmission"), s.matchedSubmission},
                  {QStringLiteral("problem"), s.problem},
                  {QStringLiteral("details"), QJsonArray::fromStringList(s.details)}};
    if (s.hasDelay)
        o.insert(QStringLiteral("delaySeconds"), double(s.delayMs) / 1000.0);
    if (!s.toSoftware.isEmpty())
        o.insert(QStringLiteral("software"), s.toSoftware);
    return o;
}

QByteArray journeyJson(const MessageJourney &j)
{
    QJsonArray steps;
    for (const JourneyStep &s : j.steps)
        steps.append(stepJson(s));
    QJsonArray claims;
    for (const TraceClaim &c : j.claims)
        claims.append(QJsonObject{{QStringLiteral("field"), c.name()},
                                  {QStringLiteral("addedBy"), c.addedBy},
                                  {QStringLiteral("value"), QString::fromUtf8(c.raw)},
                                  {QStringLiteral("results"), QJsonArray::fromStringList(c.results)},
                                  {QStringLiteral("verifiedByCarteiro"), false},
                                  {QStringLiteral("explanation"), c.explanation()}});
    const QJsonObject o{{QStringLiteral("messageId"), QString::fromUtf8(j.messageId)},
                        {QStringLiteral("subject"), j.subject},
                        {QStringLiteral("receivedFields"), j.receivedTotal},
                        {QStringLiteral("steps"), steps},
                        {QStringLiteral("claims"), claims},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(j.problems)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printText(const MessageJourney &j)
{
    out(TrCli::tr("Message %1 \"%2\": %n Received field(s)", nullptr, j.receivedTotal)
            .arg(j.messageId.isEmpty() ? TrCli::tr("(no Message-ID)") : QString::fromUtf8(j.messageId), j.subject));
    int n = 0;
    for (const JourneyStep &s : j.steps) {
        const QString kind = s.kind == JourneyStep::Kind::Submission ? TrCli::tr("submission")
                             : s.kind == JourneyStep::Kind::Retrieval ? TrCli::tr("retrieval")
                                                                      : TrCli::tr("hop");
        QString to = s.toNode + QStringLiteral(" (") + roleName(s.toRole);
        if (!s.toSoftware.isEmpty())
            to += QStringLiteral(", ") + s.toSoftware;
        to += QLatin1Char(')');
        out(QStringLiteral("%1. %2  %3 (%4) -> %5").arg(++n).arg(kind, s.fromNode, roleName(s.fromRole), to));
        QStringList facts;
        facts << (s.time.isValid() ? s.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : TrCli::tr("time unknown"));
        if (s.hasDelay)
            facts << (s.clockSkew ? TrCli::tr("%1 earlier (clocks disagree)").arg(formatDelay(-s.delayMs))
                                  : TrCli::tr("+%1").arg(formatDelay(s.delayMs)));
        if (!s.protocol.isEmpty())
            facts << s.protocol;
        if (s.tlsKnown)
            facts << (s.tls.isEmpty() ? TrCli::tr("TLS") : TrCli::tr("TLS: %1").arg(s.tls));
        if (!s.auth.isEmpty())
            facts << TrCli::tr("login: %1").arg(s.auth);
        if (!s.id.isEmpty())
            facts << TrCli::tr("id %1").arg(s.id);
        if (!s.forAddress.isEmpty())
            facts << TrCli::tr("for %1").arg(s.forAddress);
        out(QStringLiteral("   ") + facts.join(QStringLiteral("  |  ")));
        if (!s.problem.isEmpty())
            out(QStringLiteral("   ! ") + s.problem);
        for (const QString &line : s.raw.split(QLatin1Char('\n')))
            out(QStringLiteral("   ") + line);
    }
    if (!j.claims.isEmpty()) {
        out(TrCli::tr("Claims written by servers (not verified by Carteiro):"));
        for (const TraceClaim &c : j.claims)
            out(QStringLiteral("   %1: %2\n      %3").arg(c.name(), QString::fromUtf8(c.raw).simplified(), c.explanation()));
    }
    for (const QString &p : j.problems)
        out(QStringLiteral("! ") + p);
}

} // namespace

int runJourney(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(TrCli::tr(
        "The journey of a message file (.eml): one hop per Received field, oldest first, with the delay between "
        "them, plus the legs Carteiro knows of from its store (its own submission, when it fetched the message). "
        "Exit codes: 0 done, 1 bad arguments or not a message, 5 the store named cannot be read."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"), TrCli::tr("the message file (.eml)"));
    const QCommandLineOption json(QStringLiteral("json"), TrCli::tr("print JSON"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   TrCli::tr("store file (default: %1, when it exists)").arg(AccountEngine::defaultStorePath()),
                                   QStringLiteral("file"));
    const QCommandLineOption noStore(QStringLiteral("no-store"), TrCli::tr("only the message's own header"));
    p.addOptions({json, store, noStore});
    if (!p.parse(args))
        return fail(Usage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out(p.helpText());
        return Ok;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return fail(Usage, TrCli::tr("name one message file: carteiro-cli journey FILE.eml [--json]"));
    const QString path = files.first();
    QFile in(path);
    if (QFileInfo(path).isDir())
        return fail(Usage, TrCli::tr("%1 is a folder; give a message file (.eml)").arg(path));
    if (!in.open(QIODevice::ReadOnly))
        return fail(Usage, TrCli::tr("cannot read %1: %2").arg(path, in.errorString()));
    const QByteArray raw = in.read(kMaxFileBytes); // the header is at the start: a bigger body is not needed
    if (raw.isEmpty())
        return fail(Usage, TrCli::tr("%1 is empty: it is not a message").arg(path));
    const MessageTrace header = MessageTrace::read(raw);
    if (header.receivedTotal == 0 && header.messageId.isEmpty() && !header.date.isValid() && header.claims.isEmpty())
        return fail(Usage, TrCli::tr("%1 has no Received, Message-ID or Date field: is it a message (.eml)?").arg(path));

    MessageJourney journey;
    if (p.isSet(noStore)) {
        journey = MessageJourney::build(raw);
    } else {
        QString error;
        const QString storePath = storePathFor(p.value(store), &error);
        if (storePath.isEmpty())
            return fail(Usage, error);
        if (!QFileInfo::exists(storePath)) {
            if (p.isSet(store))
                return fail(Store, TrCli::tr("store %1 does not exist").arg(storePath));
            journey = MessageJourney::build(raw); // no store yet: nothing Carteiro did
        } else {
            journey = MessageJourney::load(storePath, 0, raw, &error);
            if (!error.isEmpty())
                return fail(Store, TrCli::tr("store %1: %2").arg(storePath, error));
        }
    }
    if (p.isSet(json))
        out(QString::fromUtf8(journeyJson(journey)).trimmed());
    else
        printText(journey);
    return Ok;
}

} // namespace carteiro::cli
