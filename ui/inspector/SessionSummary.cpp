// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/SessionSummary.h"

#include "engine/SmtpSessionSummary.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace carteiro {

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
        caps << (isCapabilityUsed(c, info.used) ? QStringLiteral("<b>") + c.toHtmlEscaped() + QStringLiteral("</b> (") +
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
