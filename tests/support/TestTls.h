// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Throw-away TLS material and a scriptable loopback server (port 0) for Channel
// tests: no fixed ports, no sleeps; the test drives an event loop until done.
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <functional>

namespace carteiro::test {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
};

// A self-signed EC certificate for `commonName` with the given IP/DNS SANs.
TlsIdentity makeSelfSigned(const QString &commonName, const QStringList &dnsNames,
                           const QStringList &ipAddresses);

class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedServer(const TlsIdentity &identity, bool implicitTls);
    // Called for each new connection (already encrypted when implicit TLS).
    std::function<void(QSslSocket *)> onConnection;
    // Called with every complete line the client sent.
    std::function<void(QSslSocket *, const QByteArray &)> onLine;
    QSslSocket *lastSocket = nullptr;

protected:
    void incomingConnection(qintptr handle) override;

private:
    TlsIdentity m_identity;
    bool m_implicitTls;
};

} // namespace carteiro::test
