// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallingSmtpServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace carteiro::test {

StallingSmtpServer::StallingSmtpServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StallingSmtpServer::onConnection);
}

StallingSmtpServer::~StallingSmtpServer()
{
    close();
}

bool StallingSmtpServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

quint16 StallingSmtpServer::port() const
{
    return m_port;
}

QString StallingSmtpServer::url() const
{
    return QStringLiteral("smtp+plain://127.0.0.1:%1").arg(port());
}

void StallingSmtpServer::close()
{
    m_server->close();
    const auto sockets = m_conns.keys();
    m_conns.clear();
    for (QTcpSocket *s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

bool StallingSmtpServer::waitForStall(int timeoutMs)
{
    if (m_stalled)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &StallingSmtpServer::stallReached, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stalled;
}

void StallingSmtpServer::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        ++m_connections;
        // A small read buffer: a held connection stops reading, so a client in
        // the middle of a large body is held by TCP itself.
        s->setReadBufferSize(16 * 1024);
        m_conns.insert(s, Conn());
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_conns.remove(s);
            s->deleteLater();
        });
        s->write("220 stall.test ESMTP scripted server for the outbox tests\r\n");
    }
}

void StallingSmtpServer::hold(QTcpSocket *, Conn &c, StallStage stage)
{
    c.held = true;
    m_stalled = true;
    Q_EMIT stallReached(stage);
}

void StallingSmtpServer::onReadyRead(QTcpSocket *s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end() || it->held)
        return;
    Conn &c = *it;
    c.in += s->readAll();
    while (!c.held) {
        if (c.data) {
            if (m_stall == StallStage::DuringData && !c.in.isEmpty()) {
                hold(s, c, StallStage::DuringData);
                return;
            }
            // The end of the body: CRLF "." CRLF (RFC 5321 §4.1.1.4), the first CRLF
            // possibly the last one already taken into the body.
            qsizetype end = -1;
            if (c.body.isEmpty() && c.in.startsWith(".\r\n"))
                end = 0;
            else if (c.body.endsWith("\r\n") && c.in.startsWith(".\r\n"))
                end = 0;
            else if (c.body.endsWith('\r') && c.in.startsWith("\n.\r\n"))
                end = 1;
            else if (const qsizetype at = c.in.indexOf("\r\n.\r\n"); at >= 0)
                end = at + 2;
            if (end < 0) {
                // Keep the last 4 bytes: the end marker may straddle two reads.
                const qsizetype keep = qMin<qsizetype>(4, c.in.size());
                c.body += c.in.left(c.in.size() - keep);
                c.in = c.in.right(keep);
                return;
            }
            c.body += c.in.left(end);
            c.in.remove(0, end + 3);
            c.data = false;
            m_messages.append(c.body);
            c.body.clear();
            if (m_stall == StallStage::AfterDot) {
                hold(s, c, StallStage::AfterDot);
                return;
            }
            const QByteArray reply =
                m_dotReplies.isEmpty()
                    ? "250 2.0.0 Ok: queued as Q" + QByteArray::number(m_messages.size())
                    : m_dotReplies.dequeue();
            if (reply.startsWith('2'))
                ++m_accepted;
            s->write(reply + "\r\n");
            continue;
        }
        const qsizetype nl = c.in.indexOf("\r\n");
        if (nl < 0)
            return;
        const QByteArray line = c.in.left(nl);
        c.in.remove(0, nl + 2);
        handleLine(s, c, line);
    }
}

void StallingSmtpServer::handleLine(QTcpSocket *s, Conn &c, const QByteArray &line)
{
    if (c.authLines > 0) { // the client's SASL responses (RFC 4954 §4): any login is good here
        if (--c.authLines == 0)
            s->write("235 2.7.0 Authentication successful\r\n");
        else
            s->write("334 UGFzc3dvcmQ6\r\n");
        return;
    }
    const QByteArray verb = line.split(' ').value(0).toUpper();
    if (verb == "AUTH") {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray mech = words.value(1).toUpper();
        if (mech == "PLAIN" && words.size() > 2) {
            s->write("235 2.7.0 Authentication successful\r\n");
        } else if (mech == "PLAIN") {
            c.authLines = 1;
            s->write("334 \r\n");
        } else if (mech == "LOGIN") {
            c.authLines = words.size() > 2 ? 1 : 2;
            s->write(words.size() > 2 ? "334 UGFzc3dvcmQ6\r\n" : "334 VXNlcm5hbWU6\r\n");
        } else {
            s->write("504 5.5.4 Unrecognized authentication type\r\n");
        }
        return;
    }
    if (verb == "EHLO") {
        s->write("250-stall.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SIZE "
                 "104857600\r\n250-AUTH PLAIN LOGIN\r\n"
                 "250 ENHANCEDSTATUSCODES\r\n");
    } else if (verb == "HELO") {
        s->write("250 stall.test\r\n");
    } else if (verb == "MAIL") {
        if (m_stall == StallStage::BeforeMail) {
            hold(s, c, StallStage::BeforeMail);
            return;
        }
        c.rcptOk = 0;
        s->write("250 2.1.0 Ok\r\n");
    } else if (verb == "RCPT") {
        const qsizetype lt = line.indexOf('<'), gt = line.indexOf('>');
        const QByteArray address =
            lt >= 0 && gt > lt ? line.mid(lt + 1, gt - lt - 1) : QByteArray();
        const QByteArray reply = m_rcptReplies.value(address, "250 2.1.5 Ok");
        if (reply.startsWith('2'))
            ++c.rcptOk;
        s->write(reply + "\r\n");
    } else if (verb == "DATA") {
        if (c.rcptOk == 0) {
            s->write("554 5.5.1 Error: no valid recipients\r\n"); // RFC 2920 §3.1
            return;
        }
        c.data = true;
        c.body.clear();
        s->write("354 End data with <CR><LF>.<CR><LF>\r\n");
    } else if (verb == "RSET" || verb == "NOOP") {
        c.rcptOk = 0;
        s->write("250 2.0.0 Ok\r\n");
    } else if (verb == "QUIT") {
        s->write("221 2.0.0 Bye\r\n");
        s->disconnectFromHost();
    } else {
        s->write("502 5.5.2 Error: command not recognized\r\n");
    }
}

} // namespace carteiro::test
