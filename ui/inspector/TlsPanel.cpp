// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/TlsPanel.h"

#include "trace/TraceText.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace carteiro {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + esc(label) +
           QStringLiteral("</th><td>") + valueHtml + QStringLiteral("</td></tr>");
}
} // namespace

TlsPanel::TlsPanel(TraceHub *hub, QWidget *parent) : ConnectionPanel(hub, parent)
{
    setObjectName(QStringLiteral("tlsPanel"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("tlsText"));
    m_browser->setOpenExternalLinks(true);
    body()->addWidget(m_browser, 1);
    refresh();
}

QString TlsPanel::colonHex(const QString &hex)
{
    QString out;
    const QString upper = hex.toUpper();
    for (qsizetype i = 0; i < upper.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += upper.mid(i, 2);
    }
    return out;
}

QString TlsPanel::trustText(const TlsDetails &tls)
{
    switch (tls.trust) {
    case TlsTrust::SystemStore:
        return tr("trusted by the system store (a certificate authority of the operating system)");
    case TlsTrust::CaFile:
        return tls.caFile.isEmpty()
                   ? tr("trusted by the CA file given to the connection")
                   : tr("trusted by the CA file %1 (the lab CA, or --ca-file)").arg(tls.caFile);
    case TlsTrust::PinnedException:
        return tr(
            "accepted by a pinned exception: the user trusted this exact certificate (SHA-256)");
    case TlsTrust::Unknown:
        break;
    }
    return tls.pinned     ? tr("accepted by a pinned exception")
           : tls.verified ? tr("verified (the transcript does not say by which authority)")
                          : tr("not recorded");
}

void TlsPanel::render(quint32 connection, const QList<TraceEvent> &events)
{
    m_analysis =
        connection ? ConnectionAnalyzer::analyze(events, connection) : ConnectionAnalysis{};
    m_analysis.connection = connection;
    m_browser->setHtml(toHtml());
}

QString TlsPanel::toHtml() const
{
    const ConnectionAnalysis &a = m_analysis;
    if (a.connection == 0)
        return QStringLiteral("<p>") +
               esc(tr("No connection yet: the TLS details appear when Carteiro connects to a "
                      "server.")) +
               QStringLiteral("</p>");
    QString html =
        QStringLiteral("<h3>") + esc(connectionTitle(a.connection)) + QStringLiteral("</h3>");
    const QString rfc8314 = QStringLiteral(
        "<a href=\"https://www.rfc-editor.org/rfc/rfc8314#section-3\">RFC 8314 §3</a>");
    if (!a.tlsEstablished) {
        html += QStringLiteral("<p><b>") + esc(tr("Not encrypted (yet).")) +
                QStringLiteral("</b> ") +
                esc(tr("Every line of this connection so far crossed the network in clear text.")) +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<table cellspacing=\"4\">");
    switch (a.tlsMode) {
    case TlsMode::Implicit:
        html += row(
            tr("How TLS began"),
            esc(tr(
                "Implicit TLS: the handshake came first, before any protocol line (ports 465, 993, "
                "995). This is what RFC 8314 recommends.")) +
                QLatin1Char(' ') + rfc8314);
        break;
    case TlsMode::StartTls:
        html += row(
            tr("How TLS began"),
            esc(tr(
                "STARTTLS: a plain connection upgraded after the greeting (ports 587, 143, 110). "
                "RFC 8314 prefers implicit TLS, which has no clear-text phase to attack.")) +
                QLatin1Char(' ') + rfc8314);
        break;
    case TlsMode::Unknown:
        break;
    }
    if (a.tlsEstablished) {
        html += row(tr("Protocol"), esc(a.tls.protocol));
        html += row(tr("Cipher suite"), esc(a.tls.cipher));
        html += row(tr("Trust"), esc(trustText(a.tls)));
    }
    if (a.tlsMode == TlsMode::StartTls || !a.injections.isEmpty()) {
        QString injected;
        if (a.injections.isEmpty()) {
            injected =
                esc(tr("none: nothing arrived between the server's go-ahead and the handshake."));
        } else {
            for (const InjectedBytes &i : a.injections) {
                TraceEvent bare;
                bare.kind = TraceKind::Line;
                bare.bytes = i.preview;
                injected +=
                    QStringLiteral("<p><b>") +
                    esc(tr("%n byte(s) received before the handshake were discarded:", nullptr,
                           int(i.bytes))) +
                    QStringLiteral("</b> <code>") +
                    esc(QString::fromUtf8(TraceText::line(bare).mid(3))) +
                    QStringLiteral("</code><br>") +
                    esc(tr("A server (or an attacker on the path) that sends replies early could "
                           "inject them into the encrypted session; Carteiro drops them.")) +
                    QStringLiteral(
                        " (<a href=\"https://www.rfc-editor.org/rfc/rfc3207#section-4.2\">RFC "
                        "3207 §4.2</a>)</p>");
            }
        }
        html += row(tr("Bytes discarded at STARTTLS"), injected);
    }
    html += QStringLiteral("</table>");
    if (!a.tlsEstablished)
        return html;

    html += QStringLiteral("<h4>") + esc(tr("Certificate chain (server certificate first)")) +
            QStringLiteral("</h4>");
    if (a.tls.chain.isEmpty()) {
        // A transcript read back from text: only the leaf summary is known.
        html += QStringLiteral("<table cellspacing=\"4\">");
        html += row(tr("Subject"), esc(a.tls.subject));
        html += row(tr("Issuer"), esc(a.tls.issuer));
        html += row(tr("SHA-256"), QStringLiteral("<code>") + esc(colonHex(a.tls.sha256)) +
                                       QStringLiteral("</code>"));
        html += QStringLiteral("</table>");
        return html;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < a.tls.chain.size(); ++i) {
        const CertificateInfo &c = a.tls.chain.at(i);
        const QString role = i == 0         ? tr("Server certificate")
                             : c.selfSigned ? tr("Root certificate authority")
                                            : tr("Intermediate certificate authority");
        html += QStringLiteral("<p><b>") +
                esc(tr("%1 (%2 of %3)").arg(role).arg(i + 1).arg(a.tls.chain.size())) +
                QStringLiteral("</b></p><table cellspacing=\"4\">");
        html += row(tr("Subject"), esc(c.subject));
        html += row(tr("Issuer"),
                    esc(c.issuer) + (c.selfSigned ? QStringLiteral(" ") + esc(tr("(self-signed)"))
                                                  : QString()));
        const auto utc = [](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                               : QStringLiteral("?");
        };
        QString validity = esc(tr("from %1 until %2").arg(utc(c.notBefore), utc(c.notAfter)));
        if (c.notAfter.isValid() && c.notAfter < now)
            validity += QStringLiteral(" <b>") + esc(tr("(expired)")) + QStringLiteral("</b>");
        else if (c.notBefore.isValid() && c.notBefore > now)
            validity +=
                QStringLiteral(" <b>") + esc(tr("(not valid yet)")) + QStringLiteral("</b>");
        html += row(tr("Valid"), validity);
        if (!c.altNames.isEmpty())
            html += row(tr("Names (SANs)"), esc(c.altNames.join(QStringLiteral(", "))));
        html += row(tr("SHA-256"),
                    QStringLiteral("<code>") + esc(colonHex(c.sha256)) + QStringLiteral("</code>"));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString TlsPanel::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace carteiro
