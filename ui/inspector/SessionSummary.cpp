#include "inspector/SessionSummary.h"

#include "smtp/SmtpSession.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace carteiro {

namespace {
QString keyword(const QString &capability)
{
    return capability.section(QLatin1Char(' '), 0, 0).toUpper();
}
} // namespace

SessionSummary::SessionSummary(QWidget *parent) : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("sessionSummaryText"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void SessionSummary::clear()
{
    m_info = {};
    m_browser->setHtml(QStringLiteral("<p>") +
                       tr("No session yet: the summary appears when a send or a sync ends.").toHtmlEscaped() +
                       QStringLiteral("</p>"));
}

bool SessionSummary::isUsed(const QString &offered, const QStringList &used)
{
    const QString k = keyword(offered);
    for (const QString &u : used)
        if (keyword(u) == k)
            return true;
    return false;
}

SessionSummaryInfo SessionSummary::fromSmtp(const SmtpSession &session, const TlsDetails &tls,
                                            const QString &server)
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
                                 ? tr("Message accepted (%1)").arg(r.finalReply.text())
                                 : tr("Message accepted, queued as %1 (%2)").arg(r.queueId, r.finalReply.text()));
        } else if (r.possiblySent) {
            info.details << tr("Possibly sent: the connection dropped before the server's verdict (%1)")
                                .arg(r.error);
        } else {
            info.details << tr("Message not accepted at %1: %2").arg(r.failedStep, r.error);
        }
        for (const SmtpRecipientResult &rc : r.recipients)
            info.details << (rc.accepted ? tr("Recipient <%1> accepted: %2")
                                         : tr("Recipient <%1> refused: %2"))
                                .arg(QString::fromUtf8(rc.address), rc.reply.text());
    }
    if (info.succeeded) {
        const SmtpMessageResult last = results.isEmpty() ? SmtpMessageResult{} : results.constLast();
        info.result = results.isEmpty() ? tr("Connection test passed")
                      : last.queueId.isEmpty()
                          ? tr("Message accepted")
                          : tr("Message accepted, queued as %1").arg(last.queueId);
    } else {
        info.result = session.failedStep().isEmpty()
                          ? session.error()
                          : tr("Failed at %1: %2").arg(session.failedStep(), session.error());
    }
    return info;
}

void SessionSummary::setSmtpSummary(const SmtpSession &session, const TlsDetails &tls, const QString &server)
{
    setSummary(fromSmtp(session, tls, server));
}

void SessionSummary::setSummary(const SessionSummaryInfo &info)
{
    m_info = info;
    m_browser->setHtml(toHtml(info));
}

QString SessionSummary::toHtml(const SessionSummaryInfo &info) const
{
    auto row = [](const QString &label, const QString &valueHtml) {
        return QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + label.toHtmlEscaped() +
               QStringLiteral("</th><td>") + valueHtml + QStringLiteral("</td></tr>");
    };
    QString html = QStringLiteral("<h3>") +
                   (info.server.isEmpty() ? tr("%1 session").arg(info.protocol)
                                          : tr("%1 session with %2").arg(info.protocol, info.server))
                       .toHtmlEscaped() +
                   QStringLiteral("</h3><table cellspacing=\"4\">");
    html += row(tr("Greeting"), info.greeting.toHtmlEscaped());

    QStringList caps;
    for (const QString &c : info.offered) {
        caps << (isUsed(c, info.used) ? QStringLiteral("<b>") + c.toHtmlEscaped() + QStringLiteral("</b> (") +
                                            tr("used").toHtmlEscaped() + QLatin1Char(')')
                                      : c.toHtmlEscaped());
    }
    html += row(tr("Capabilities offered"),
                caps.isEmpty() ? tr("none listed").toHtmlEscaped() : caps.join(QStringLiteral("<br>")));
    html += row(tr("Used by Carteiro"),
                info.used.isEmpty() ? tr("none").toHtmlEscaped() : info.used.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Authentication"),
                (info.authMechanism.isEmpty() ? tr("none") : info.authMechanism).toHtmlEscaped());
    QString tls;
    if (info.tlsActive) {
        const QString trust = info.tls.pinned     ? tr("accepted by a pinned exception")
                              : info.tls.verified ? tr("certificate verified")
                                                  : tr("certificate not verified");
        QString text = tr("%1, %2; certificate %3, issued by %4 (%5)")
                           .arg(info.tls.protocol, info.tls.cipher, info.tls.subject, info.tls.issuer, trust);
        if (!info.tls.sha256.isEmpty())
            text += tr("; SHA-256 %1").arg(info.tls.sha256);
        tls = text.toHtmlEscaped();
    } else {
        tls = QStringLiteral("<b>") + tr("not encrypted").toHtmlEscaped() + QStringLiteral("</b>");
    }
    html += row(tr("TLS"), tls);
    const QString colour = info.succeeded ? QStringLiteral("#005a3c") : QStringLiteral("#9b0000");
    html += row(tr("Result"), QStringLiteral("<b style=\"color:") + colour + QStringLiteral("\">") +
                                  info.result.toHtmlEscaped() + QStringLiteral("</b>"));
    if (!info.details.isEmpty()) {
        QStringList lines;
        for (const QString &d : info.details)
            lines << d.toHtmlEscaped();
        html += row(tr("Details"), lines.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString SessionSummary::plainText() const { return m_browser->toPlainText(); }

} // namespace carteiro
