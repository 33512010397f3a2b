// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallingProxy.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace carteiro::test {

StallingProxy::StallingProxy(Kind kind, const QString &upstreamHost, quint16 upstreamPort,
                             QObject *parent)
    : QObject(parent), m_kind(kind), m_host(upstreamHost), m_upstreamPort(upstreamPort),
      m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StallingProxy::onConnection);
}

StallingProxy::~StallingProxy()
{
    dropAll();
}

bool StallingProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 StallingProxy::port() const
{
    return m_server->serverPort();
}

QString StallingProxy::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_kind == Kind::Smtp ? QStringLiteral("smtp+plain") : QStringLiteral("imap+plain"))
        .arg(port());
}

bool StallingProxy::waitForStall(int timeoutMs)
{
    if (m_stalled)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &StallingProxy::stallReached, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stalled;
}

void StallingProxy::dropAll()
{
    const auto pairs = m_pairs;
    for (Pair *p : pairs)
        drop(p);
}

void StallingProxy::drop(Pair *p)
{
    if (!m_pairs.removeOne(p))
        return;
    for (QTcpSocket *s : {p->client, p->server})
        if (s) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
    delete p;
}

void StallingProxy::hold(Pair *p, bool up, StallStage stage)
{
    (up ? p->heldUp : p->heldDown) = true;
    m_stalled = true;
    Q_EMIT stallReached(stage);
}

void StallingProxy::onConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        auto *p = new Pair;
        p->client = client;
        m_pairs.append(p);
        // A held side stops reading: TCP then holds the writer too.
        client->setReadBufferSize(16 * 1024);
        connect(client, &QTcpSocket::disconnected, this, [this, p] { drop(p); });
        if (m_kind == Kind::Imap && m_stall == StallStage::BeforeFiling) {
            hold(p, true, StallStage::BeforeFiling); // no upstream, so no greeting
            continue;
        }
        p->server = new QTcpSocket(this);
        p->server->setReadBufferSize(16 * 1024);
        connect(client, &QTcpSocket::readyRead, this, [this, p] { pumpUp(p); });
        connect(p->server, &QTcpSocket::readyRead, this, [this, p] { pumpDown(p); });
        connect(p->server, &QTcpSocket::connected, this, [this, p] { pumpUp(p); });
        connect(p->server, &QTcpSocket::disconnected, this, [this, p] {
            // Whatever the server said last still reaches the client, unless held.
            if (!p->heldDown)
                pumpDown(p);
            if (p->client && !p->heldDown)
                p->client->disconnectFromHost();
        });
        p->server->connectToHost(m_host, m_upstreamPort);
    }
}

void StallingProxy::pumpUp(Pair *p)
{
    if (p->heldUp)
        return;
    p->toServer += p->client->readAll();
    if (p->server->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_kind == Kind::Smtp)
        smtpUp(p);
    else
        imapUp(p);
}

void StallingProxy::pumpDown(Pair *p)
{
    if (p->heldDown)
        return;
    p->fromServer += p->server->readAll();
    if (m_kind == Kind::Smtp)
        smtpDown(p);
    else
        imapDown(p);
}

void StallingProxy::smtpUp(Pair *p)
{
    while (!p->heldUp && !p->toServer.isEmpty()) {
        if (p->data) {
            if (m_stall == StallStage::DuringData) {
                hold(p, true, StallStage::DuringData); // not one byte of the body goes on
                return;
            }
            const QByteArray scan = p->tail + p->toServer;
            const qsizetype at = scan.indexOf("\r\n.\r\n");
            if (at < 0) {
                p->server->write(p->toServer);
                p->tail = scan.right(4);
                p->toServer.clear();
                return;
            }
            const qsizetype end =
                at + 5 - p->tail.size(); // bytes of toServer up to the final dot's CRLF
            p->server->write(p->toServer.left(end));
            p->toServer.remove(0, end);
            p->data = false;
            p->dotForwarded = true;
            p->tail = "\r\n";
            continue;
        }
        const qsizetype nl = p->toServer.indexOf("\r\n");
        if (nl < 0)
            return;
        const QByteArray line = p->toServer.left(nl + 2);
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "MAIL" && m_stall == StallStage::BeforeMail) {
            hold(p, true, StallStage::BeforeMail);
            return;
        }
        p->server->write(line);
        p->toServer.remove(0, nl + 2);
        if (line.trimmed().toUpper() == "DATA")
            p->data = true; // the body follows the 354 (the client waits for it)
    }
}

void StallingProxy::smtpDown(Pair *p)
{
    // Whole replies only (RFC 5321 §4.2.1: the last line has a space after the code).
    while (!p->heldDown) {
        qsizetype pos = 0, end = -1;
        while (true) {
            const qsizetype nl = p->fromServer.indexOf("\r\n", pos);
            if (nl < 0)
                return;
            const QByteArray line = p->fromServer.mid(pos, nl - pos);
            pos = nl + 2;
            if (line.size() < 4 || line.at(3) != '-') {
                end = pos;
                break;
            }
        }
        QList<QByteArray> lines = p->fromServer.left(end).split('\n');
        lines.removeAll(QByteArray());
        p->fromServer.remove(0, end);
        if (p->dotForwarded) {
            // The reply to the final dot.
            p->dotForwarded = false;
            if (m_stall == StallStage::AfterDot) {
                hold(p, false, StallStage::AfterDot);
                return;
            }
        }
        QList<QByteArray> kept;
        for (const QByteArray &l : lines)
            if (l.trimmed().mid(4).toUpper() != "CHUNKING")
                kept << l.trimmed();
        QByteArray reply;
        for (int i = 0; i < kept.size(); ++i) {
            QByteArray l = kept.at(i);
            if (l.size() >= 4)
                l[3] = i + 1 == kept.size() ? ' ' : '-';
            reply += l + "\r\n";
        }
        p->client->write(reply);
    }
}

void StallingProxy::imapUp(Pair *p)
{
    // Bytes go on as they come; the lines are only read to find the APPEND's tag.
    qsizetype pos = 0;
    while (true) {
        const qsizetype nl = p->toServer.indexOf("\r\n", pos);
        if (nl < 0)
            break;
        const QByteArray line = p->toServer.mid(pos, nl - pos);
        const QList<QByteArray> words = line.split(' ');
        if (words.size() > 2 && words.at(1).toUpper() == "APPEND")
            p->appendTag = words.at(0);
        pos = nl + 2;
    }
    p->server->write(p->toServer);
    p->toServer.clear();
}

void StallingProxy::imapDown(Pair *p)
{
    while (!p->heldDown) {
        const qsizetype nl = p->fromServer.indexOf("\r\n");
        if (nl < 0)
            return;
        const QByteArray line = p->fromServer.left(nl + 2);
        if (!p->appendTag.isEmpty() && line.startsWith(p->appendTag + ' ') &&
            m_stall == StallStage::DuringAppend) {
            hold(p, false,
                 StallStage::DuringAppend); // Dovecot stored it; the client never hears so
            return;
        }
        p->client->write(line);
        p->fromServer.remove(0, nl + 2);
    }
}

} // namespace carteiro::test
