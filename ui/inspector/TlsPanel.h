// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The TLS tab: for one connection, the protocol version and cipher suite, the
// certificate chain (subject, issuer, validity, SANs, SHA-256 of each), how trust
// was decided (system store, the CA file, a pinned exception), STARTTLS or
// implicit TLS, and the bytes discarded at the STARTTLS boundary.
#include "inspector/ConnectionPanel.h"
#include "trace/ConnectionAnalysis.h"

class QTextBrowser;

namespace carteiro {

class TlsPanel : public ConnectionPanel
{
    Q_OBJECT
public:
    explicit TlsPanel(TraceHub *hub, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QString plainText() const;
    const ConnectionAnalysis &analysis() const { return m_analysis; }

    // "B4:33:BA:..." as `openssl x509 -fingerprint -sha256` prints it.
    static QString colonHex(const QString &hex);
    static QString trustText(const TlsDetails &tls);

protected:
    void render(quint32 connection, const QList<TraceEvent> &events) override;

private:
    QString toHtml() const;

    QTextBrowser *m_browser = nullptr;
    ConnectionAnalysis m_analysis;
};

} // namespace carteiro
