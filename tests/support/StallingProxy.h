// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A TCP proxy on 127.0.0.1 in front of a real server of the lab (Postfix
// submission or MX port, Dovecot IMAP), for the outbox kill tests: it forwards
// bytes both ways and holds the exchange at one StallStage, then tells the test.
// The traffic must be plaintext (smtp+plain://, imap+plain://): it reads the
// commands to find the stage. SMTP: CHUNKING is taken out of the EHLO reply so
// that the body always ends with the final dot (RFC 5321 §4.1.1.4).
#include "StallStage.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace carteiro::test {

class StallingProxy : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Smtp,
        Imap
    };
    StallingProxy(Kind kind, const QString &upstreamHost, quint16 upstreamPort,
                  QObject *parent = nullptr);
    ~StallingProxy() override;

    bool listen();
    quint16 port() const;
    QString url() const; // smtp+plain://127.0.0.1:PORT or imap+plain://...
    void setStall(StallStage stage)
    {
        m_stall = stage;
        m_stalled = false;
    }
    bool stalled() const { return m_stalled; }
    bool waitForStall(int timeoutMs = 60000);
    int connections() const { return m_connections; }
    void dropAll(); // closes every connection, both sides

Q_SIGNALS:
    void stallReached(carteiro::test::StallStage stage);

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray toServer;   // read from the client, not yet forwarded (or not yet connected)
        QByteArray fromServer; // lines of a reply not complete yet
        QByteArray tail =
            "\r\n"; // DATA: the last bytes forwarded (the end marker may straddle reads)
        bool data = false;
        bool dotForwarded = false;
        bool heldUp = false;   // client -> server held
        bool heldDown = false; // server -> client held
        QByteArray appendTag;  // IMAP: the tag of the APPEND in progress
    };
    void onConnection();
    void pumpUp(Pair *p);
    void pumpDown(Pair *p);
    void smtpUp(Pair *p);
    void smtpDown(Pair *p);
    void imapUp(Pair *p);
    void imapDown(Pair *p);
    void hold(Pair *p, bool up, StallStage stage);
    void drop(Pair *p);

    Kind m_kind;
    QString m_host;
    quint16 m_upstreamPort;
    QTcpServer *m_server;
    QList<Pair *> m_pairs;
    StallStage m_stall = StallStage::None;
    bool m_stalled = false;
    int m_connections = 0;
};

} // namespace carteiro::test
