// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SmtpSessionSummary.h"

#include "smtp/SmtpSession.h"

#include <QCoreApplication>

namespace carteiro {

// The texts keep the Session tab's translation context (ui/inspector/SessionSummary).
namespace {
QString keyword(const QString &capability)
{
    return capability.section(QLatin1Char(' '), 0, 0).toUpper();
}
} // namespace

bool isCapabilityUsed(const QString &offered, const QStringList &used)
{
    const QString k = keyword(offered);
    for (const QString &u : used)
        if (keyword(u) == k)
            return true;
    return false;
}

SessionSummaryInfo summarizeSmtpSession(const SmtpSession &session, const TlsDetails &tls, const QString &server)
{
    SessionSummaryInfo info;
    info.protocol = QStringLiteral("SMTP");
    info.server = server;
    info.greeting = session.greeting();
    info.offered = session.capabilities().keywords;
    info.used = session.usedExtensions();
    info.authMechanism = session.authMechanism();
    info.tlsActive = session.isTlsActive();
    if (info.tlsActive)
        info.tls = tls;
    info.succeeded = session.succeeded();
    const QList<SmtpMessageResult> &results = session.results();
    for (const SmtpMessageResult &r : results) {
        if (r.accepted) {
            info.details << (r.queueId.isEmpty()
                                 ? QCoreApplication::translate("SessionSummary", "Message accepted (%1)").arg(r.finalReply.text())
                                 : QCoreApplication::translate("SessionSummary", "Message accepted, queued as %1 (%2)").arg(r.queueId, r.finalReply.text()));
        } else if (r.possiblySent) {
            info.details << QCoreApplication::translate("SessionSummary", "Possibly sent: the connection dropped before the server's verdict (%1)")
                                .arg(r.error);
        } else {
            info.details << QCoreApplication::translate("SessionSummary", "Message not accepted at %1: %2").arg(r.failedStep, r.error);
        }
        for (const SmtpRecipientResult &rc : r.recipients)
            info.details << (rc.accepted ? QCoreApplication::translate("SessionSummary", "Recipient <%1> accepted: %2")
                                         : QCoreApplication::translate("SessionSummary", "Recipient <%1> refused: %2"))
                                .arg(QString::fromUtf8(rc.address), rc.reply.text());
    }
    if (info.succeeded) {
        const SmtpMessageResult last = results.isEmpty() ? SmtpMessageResult{} : results.constLast();
        info.result = results.isEmpty() ? QCoreApplication::translate("SessionSummary", "Connection test passed")
                      : last.queueId.isEmpty()
                          ? QCoreApplication::translate("SessionSummary", "Message accepted")
                          : QCoreApplication::translate("SessionSummary", "Message accepted, queued as %1").arg(last.queueId);
    } else {
        info.result = session.failedStep().isEmpty()
                          ? session.error()
                          : QCoreApplication::translate("SessionSummary", "Failed at %1: %2").arg(session.failedStep(), session.error());
    }
    return info;
}

} // namespace carteiro
