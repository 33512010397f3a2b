// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MessageJourney.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace carteiro {

namespace {

// One translation context for the journey's words ("Journey").
struct TrJourney
{
    Q_DECLARE_TR_FUNCTIONS(Journey)
};

QString hostOf(const QString &server)
{
    const QUrl url(server);
    return url.host().isEmpty() ? server : url.host();
}

// How the client of a hop is named: its name as the receiver found it, the
// name it gave, and its address: "client.example [192.0.2.1]".
QString clientName(const ReceivedField &f)
{
    QString name = !f.fromHost.isEmpty() && f.fromHost != QLatin1String("unknown") ? f.fromHost
                   : !f.fromHelo.isEmpty()                                       ? f.fromHelo
                                                                                 : f.from;
    if (!f.fromAddress.isEmpty() && !name.contains(f.fromAddress))
        name = name.isEmpty() ? f.fromAddress : name + QStringLiteral(" [") + f.fromAddress + QLatin1Char(']');
    return name;
}

JourneyStep hopStep(const ReceivedField &f)
{
    JourneyStep s;
    s.kind = JourneyStep::Kind::Hop;
    s.raw = QStringLiteral("Received: ") + QString::fromUtf8(f.raw).simplified();
    s.problem = f.problem;
    s.time = f.date;
    if (!f.understood) {
        s.fromNode = TrJourney::tr("(unknown)");
        s.toNode = TrJourney::tr("(unknown)");
        s.details << TrJourney::tr("This Received field is not in a form Carteiro knows; it is shown as written.");
        return s;
    }
    s.fromNode = clientName(f);
    if (s.fromNode.isEmpty())
        s.fromNode = TrJourney::tr("(not named)");
    s.toNode = f.by.isEmpty() ? TrJourney::tr("(not named)") : f.by;
    s.toSoftware = f.bySoftware;
    s.protocol = f.with;
    s.id = f.id;
    s.forAddress = f.forAddress;
    s.auth = f.authenticated;
    const WithType w = explainWith(f.with);
    s.tls = f.tls;
    s.tlsKnown = !f.tls.isEmpty() || w.tls;
    if (w.known) {
        s.protocolText = w.text + QStringLiteral(" (") + w.source + QLatin1Char(')');
        if (w.protocol == QLatin1String("LMTP") || w.protocol == QLatin1String("local"))
            s.toRole = JourneyStep::Role::Mailbox;
        if (w.authenticated && s.auth.isEmpty())
            s.auth = TrJourney::tr("yes");
    } else if (!f.with.isEmpty()) {
        s.protocolText = TrJourney::tr("\"%1\" is not a registered transmission type (RFC 3848); the server chose it.").arg(f.with);
    }
    s.details << TrJourney::tr("%1 received it from %2.").arg(s.toNode, s.fromNode);
    if (!f.fromHelo.isEmpty() && f.fromHelo != f.from)
        s.details << TrJourney::tr("The client said its name was %1 (HELO/EHLO).").arg(f.fromHelo);
    else if (f.fromHost == QLatin1String("unknown"))
        s.details << TrJourney::tr("The server found no name for the client's address (reverse DNS): \"unknown\".");
    else if (!f.fromHost.isEmpty() && !f.from.isEmpty() && f.fromHost != f.from)
        s.details << TrJourney::tr("The client said its name was %1 (HELO/EHLO); the server found %2.").arg(f.from, f.fromHost);
    if (!s.protocolText.isEmpty())
        s.details << s.protocolText;
    if (!f.tls.isEmpty())
        s.details << TrJourney::tr("TLS, as the server wrote it: %1").arg(f.tls);
    if (!f.authenticated.isEmpty())
        s.details << TrJourney::tr("The client logged in as %1.").arg(f.authenticated);
    if (!f.id.isEmpty())
        s.details << TrJourney::tr("The server's id for it: %1 (look for it in that server's log).").arg(f.id);
    if (!f.forAddress.isEmpty())
        s.details << TrJourney::tr("For the recipient %1.").arg(f.forAddress);
    if (!f.envelopeFrom.isEmpty())
        s.details << TrJourney::tr("Envelope sender (MAIL FROM): %1.").arg(f.envelopeFrom);
    if (!f.via.isEmpty())
        s.details << TrJourney::tr("Via: %1.").arg(f.via);
    for (const QString &c : f.comments)
        s.details << TrJourney::tr("Comment: %1").arg(c);
    if (!f.extra.isEmpty())
        s.details << TrJourney::tr("Other clauses: %1").arg(f.extra.join(QLatin1Char(' ')));
    return s;
}

JourneyStep submissionStep(const SubmissionRecord &r)
{
    JourneyStep s;
    s.kind = JourneyStep::Kind::Submission;
    s.fromNode = QStringLiteral("Carteiro");
    s.fromRole = JourneyStep::Role::Mua;
    s.toNode = hostOf(r.server);
    s.protocol = QStringLiteral("SMTP");
    s.time = r.sent;
    s.carteiroTime = r.sent;
    s.tls = r.tls;
    s.tlsKnown = !r.tls.isEmpty();
    s.auth = r.authMechanism;
    s.id = r.queueId;
    s.forAddress = r.recipients.join(QStringLiteral(", "));
    s.raw = TrJourney::tr("Carteiro sent it to %1 at %2: %3").arg(r.server, r.sent.toString(Qt::ISODate), r.reply);
    s.details << TrJourney::tr("Carteiro's own submission (RFC 6409) to %1, from its record of the session.").arg(r.server);
    s.details << (r.tls.isEmpty() ? TrJourney::tr("Not protected by TLS.") : TrJourney::tr("Protected by TLS: %1.").arg(r.tls));
    s.details << (r.authMechanism.isEmpty() ? TrJourney::tr("No login (no SMTP AUTH).")
                                             : TrJourney::tr("Logged in with AUTH %1 (RFC 4954).").arg(r.authMechanism));
    if (!r.queueId.isEmpty())
        s.details << TrJourney::tr("The server answered \"%1\": its queue id %2 names the message in its queue and log.")
                         .arg(r.reply, r.queueId);
    return s;
}

// Carteiro's record and the Received field of the submission server are the
// same transfer: one step with both.
void mergeInto(JourneyStep &hop, const JourneyStep &submission)
{
    hop.kind = JourneyStep::Kind::Submission;
    hop.matchedSubmission = true;
    hop.fromNode = submission.fromNode;
    hop.fromRole = JourneyStep::Role::Mua;
    hop.carteiroTime = submission.carteiroTime;
    if (hop.auth.isEmpty() || hop.auth == TrJourney::tr("yes"))
        hop.auth = submission.auth;
    if (hop.tls.isEmpty())
        hop.tls = submission.tls;
    hop.tlsKnown = hop.tlsKnown || submission.tlsKnown;
    QStringList details = submission.details;
    details << TrJourney::tr("The same queue id %1 is in this Received field: it is the server's record of the same "
                  "transfer.").arg(hop.id);
    details << hop.details;
    hop.details = details;
    hop.raw = hop.raw + QLatin1Char('\n') + submission.raw;
}

JourneyStep retrievalStep(const FetchRecord &r, const QString &server, const QString &mailbox)
{
    JourneyStep s;
    s.kind = JourneyStep::Kind::Retrieval;
    s.fromNode = mailbox;
    s.fromRole = JourneyStep::Role::Mailbox;
    s.toNode = QStringLiteral("Carteiro");
    s.toRole = JourneyStep::Role::Mua;
    s.protocol = r.protocol;
    s.time = r.fetched;
    s.raw = r.fetched.isValid()
                ? TrJourney::tr("Carteiro fetched it over %1 from the folder %2 at %3")
                      .arg(r.protocol, r.folder, r.fetched.toString(Qt::ISODate))
                : TrJourney::tr("Carteiro holds it in the folder %1 (%2); when it was fetched was not recorded")
                      .arg(r.folder, r.protocol);
    s.details << (r.protocol == QLatin1String("POP3")
                      ? TrJourney::tr("Downloaded over POP3 (RFC 1939): the mailbox server handed it to Carteiro, which "
                           "keeps it in its local store.")
                      : TrJourney::tr("Read over IMAP (RFC 3501): the message stays on the server, Carteiro keeps a copy."));
    if (!server.isEmpty())
        s.details << TrJourney::tr("From the server %1, account %2.").arg(server, r.accountId);
    if (!r.fetched.isValid())
        s.details << TrJourney::tr("Fetched before this version of Carteiro recorded the time.");
    return s;
}

} // namespace

MessageJourney MessageJourney::build(const QByteArray &raw, const QList<SubmissionRecord> &submissions,
                                     const std::optional<FetchRecord> &fetch, const QString &fetchServer)
{
    const MessageTrace trace = MessageTrace::read(raw);
    MessageJourney j;
    j.messageId = trace.messageId;
    j.subject = trace.subject;
    j.claims = trace.claims;
    j.problems = trace.problems;
    j.receivedTotal = trace.receivedTotal;
    for (auto it = trace.received.crbegin(); it != trace.received.crend(); ++it)
        j.steps.append(hopStep(*it));

    // Carteiro's submission: the record whose queue id a Received field names,
    // else the latest one for this Message-ID.
    const SubmissionRecord *chosen = nullptr;
    qsizetype matchedHop = -1;
    for (const SubmissionRecord &r : submissions) {
        for (qsizetype i = 0; i < j.steps.size() && !r.queueId.isEmpty(); ++i)
            if (j.steps.at(i).id == r.queueId) {
                chosen = &r;
                matchedHop = i;
                break;
            }
        if (matchedHop >= 0)
            break;
        if (!chosen || r.sent > chosen->sent)
            chosen = &r;
    }
    if (chosen) {
        const JourneyStep sub = submissionStep(*chosen);
        if (matchedHop >= 0)
            mergeInto(j.steps[matchedHop], sub);
        else
            j.steps.prepend(sub);
    } else if (!j.steps.isEmpty() && !explainWith(j.steps.first().protocol).authenticated) {
        j.steps.first().fromRole = JourneyStep::Role::Mta; // some server, not known to be the sender's MUA
    } else if (!j.steps.isEmpty()) {
        j.steps.first().fromRole = JourneyStep::Role::Mua; // an authenticated submission: the sender's program
    }
    if (fetch) {
        const QString mailbox = j.steps.isEmpty() ? TrJourney::tr("mailbox") : j.steps.last().toNode;
        if (!j.steps.isEmpty() && j.steps.last().kind != JourneyStep::Kind::Retrieval)
            j.steps.last().toRole = JourneyStep::Role::Mailbox;
        j.steps.append(retrievalStep(*fetch, fetchServer, mailbox));
    }
    // The delay from the previous step whose time is known.
    QDateTime previous;
    for (JourneyStep &s : j.steps) {
        if (!s.time.isValid())
            continue;
        if (previous.isValid()) {
            s.hasDelay = true;
            s.delayMs = previous.msecsTo(s.time);
            // Received dates are whole seconds, Carteiro's clock is not: less
            // than a second early is the same second.
            if (s.delayMs < 0 && s.delayMs > -1000)
                s.delayMs = 0;
            s.clockSkew = s.delayMs < 0;
            if (s.clockSkew)
                s.details << TrJourney::tr("This time is %1 earlier than the step before: the servers' clocks disagree, "
                                "or a field was forged.").arg(formatDelay(-s.delayMs));
        }
        previous = s.time;
    }
    return j;
}

QString formatDelay(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return TrJourney::tr("%1 s").arg(s);
    if (s < 3600)
        return TrJourney::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return TrJourney::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return TrJourney::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

const char *roleKey(JourneyStep::Role role)
{
    switch (role) {
    case JourneyStep::Role::Mua: return QT_TRANSLATE_NOOP("Journey", "MUA");
    case JourneyStep::Role::Mta: return QT_TRANSLATE_NOOP("Journey", "MTA");
    case JourneyStep::Role::Mailbox: return QT_TRANSLATE_NOOP("Journey", "mailbox");
    }
    return "";
}

QString roleName(JourneyStep::Role role)
{
    return TrJourney::tr(roleKey(role));
}

} // namespace carteiro
