// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scripted IMAP server (RFC 3501) on 127.0.0.1 with one Sent folder, for the
// outbox tests' filing step: plaintext, LOGIN and AUTHENTICATE PLAIN, LIST with
// \Sent (RFC 6154), SELECT/EXAMINE, SEARCH/UID SEARCH by header (the Message-ID
// a restarted outbox looks for), APPEND with sync or LITERAL+ literals and
// APPENDUID (RFC 4315). It holds the exchange at StallStage::BeforeFiling (no
// greeting) or DuringAppend (the message is stored, the tagged reply never
// comes), and can refuse the next APPENDs with NO.
#include "StallStage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace carteiro::test {

class StallingImapServer : public QObject
{
    Q_OBJECT
public:
    explicit StallingImapServer(QObject *parent = nullptr);
    ~StallingImapServer() override;

    bool listen();
    quint16 port() const;
    QString url() const; // "imap+plain://127.0.0.1:PORT"
    void close();

    void setStall(StallStage stage)
    {
        m_stall = stage;
        m_stalled = false;
    }
    // The next `count` APPENDs are refused with `reply` (after the tag).
    void refuseAppends(int count,
                       const QByteArray &reply = "NO [SERVERBUG] cannot store the message now")
    {
        m_refuse = count;
        m_refuseReply = reply;
    }
    // Messages stored in Sent (APPEND), in order.
    const QList<QByteArray> &sent() const { return m_sent; }
    int appendsSeen() const { return m_appends; }
    int connections() const { return m_connections; }
    bool stalled() const { return m_stalled; }
    bool waitForStall(int timeoutMs = 60000);

Q_SIGNALS:
    void stallReached(carteiro::test::StallStage stage);

private:
    struct Conn
    {
        QByteArray in;
        bool held = false;
        bool authContinue = false; // AUTHENTICATE PLAIN waits for the client's response
        QByteArray tag;            // of the command waiting for more input
        qint64 literal = -1;       // APPEND: literal bytes still to come
        QByteArray literalData;
    };
    void onConnection();
    void onReadyRead(QTcpSocket *s);
    void handleLine(QTcpSocket *s, Conn &c, const QByteArray &line);
    void appendDone(QTcpSocket *s, Conn &c);
    void hold(Conn &c, StallStage stage);
    QByteArray search(const QByteArray &args) const;

    QTcpServer *m_server;
    QHash<QTcpSocket *, Conn> m_conns;
    StallStage m_stall = StallStage::None;
    QList<QByteArray> m_sent;
    int m_refuse = 0;
    QByteArray m_refuseReply;
    int m_appends = 0;
    int m_connections = 0;
    bool m_stalled = false;
};

} // namespace carteiro::test
