// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scripted SMTP submission server (RFC 5321) on 127.0.0.1 for the outbox
// tests: plaintext, AUTH PLAIN/LOGIN accepting any login, PIPELINING offered (RFC 2920), no
// CHUNKING. It answers each line in order, counts the messages it received in full (final dot
// seen), and holds the exchange at one StallStage when told to: nothing is answered (or read) any
// more on that connection and stallReached() fires. Runs on the thread that created it (the test's
// event loop).
#include "StallStage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>

class QTcpServer;
class QTcpSocket;

namespace carteiro::test {

class StallingSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit StallingSmtpServer(QObject *parent = nullptr);
    ~StallingSmtpServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1; 0: an ephemeral port
    quint16 port() const;          // the last port listened on (kept after close())
    QString url() const;           // "smtp+plain://127.0.0.1:PORT"
    void close();                  // stops listening and drops every connection (server down)

    // Only BeforeMail, DuringData and AfterDot apply here; None answers everything.
    void setStall(StallStage stage)
    {
        m_stall = stage;
        m_stalled = false;
    }
    // The reply to RCPT TO:<address> (default "250 2.1.5 Ok").
    void setRcptReply(const QByteArray &address, const QByteArray &reply)
    {
        m_rcptReplies.insert(address, reply);
    }
    // The replies to the next final dots, in order (then "250 2.0.0 Ok: queued as Q<n>").
    void queueDotReply(const QByteArray &reply) { m_dotReplies.enqueue(reply); }

    int messagesReceived() const { return m_messages.size(); } // final dot seen
    int acceptedMessages() const { return m_accepted; }        // answered with 250
    const QList<QByteArray> &messages() const { return m_messages; }
    int connections() const { return m_connections; }
    bool stalled() const { return m_stalled; }
    // Runs the event loop until the stall is reached; false after `timeoutMs`.
    bool waitForStall(int timeoutMs = 60000);

Q_SIGNALS:
    void stallReached(carteiro::test::StallStage stage);

private:
    struct Conn
    {
        QByteArray in;
        QByteArray body;
        bool data = false;
        bool held = false;
        int rcptOk = 0;
        int authLines = 0; // SASL responses still expected
    };
    void onConnection();
    void onReadyRead(QTcpSocket *s);
    void handleLine(QTcpSocket *s, Conn &c, const QByteArray &line);
    void hold(QTcpSocket *s, Conn &c, StallStage stage);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Conn> m_conns;
    StallStage m_stall = StallStage::None;
    QHash<QByteArray, QByteArray> m_rcptReplies;
    QQueue<QByteArray> m_dotReplies;
    QList<QByteArray> m_messages;
    int m_accepted = 0;
    int m_connections = 0;
    quint16 m_port = 0;
    bool m_stalled = false;
};

} // namespace carteiro::test
