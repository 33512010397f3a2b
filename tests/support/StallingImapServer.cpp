// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallingImapServer.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace carteiro::test {

namespace {
constexpr char kCaps[] = "IMAP4rev1 LITERAL+ UIDPLUS SPECIAL-USE AUTH=PLAIN";
}

StallingImapServer::StallingImapServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &StallingImapServer::onConnection);
}

StallingImapServer::~StallingImapServer()
{
    close();
}

bool StallingImapServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 StallingImapServer::port() const
{
    return m_server->serverPort();
}

QString StallingImapServer::url() const
{
    return QStringLiteral("imap+plain://127.0.0.1:%1").arg(port());
}

void StallingImapServer::close()
{
    m_server->close();
    const auto sockets = m_conns.keys();
    m_conns.clear();
    for (QTcpSocket *s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

bool StallingImapServer::waitForStall(int timeoutMs)
{
    if (m_stalled)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &StallingImapServer::stallReached, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stalled;
}

void StallingImapServer::hold(Conn &c, StallStage stage)
{
    c.held = true;
    m_stalled = true;
    Q_EMIT stallReached(stage);
}

void StallingImapServer::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        ++m_connections;
        m_conns.insert(s, Conn());
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_conns.remove(s);
            s->deleteLater();
        });
        if (m_stall == StallStage::BeforeFiling) {
            hold(m_conns[s], StallStage::BeforeFiling); // RFC 3501 §7.1: no greeting at all
            continue;
        }
        s->write(QByteArray("* OK [CAPABILITY ") + kCaps + "] scripted IMAP server ready\r\n");
    }
}

void StallingImapServer::onReadyRead(QTcpSocket *s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end() || it->held)
        return;
    Conn &c = *it;
    c.in += s->readAll();
    while (!c.held) {
        if (c.literal >= 0) {
            const qint64 take = qMin<qint64>(c.literal, c.in.size());
            c.literalData += c.in.left(take);
            c.in.remove(0, take);
            c.literal -= take;
            if (c.literal > 0)
                return;
            // The APPEND command line ends after the literal (RFC 3501 §6.3.11).
            const qsizetype nl = c.in.indexOf("\r\n");
            if (nl < 0)
                return;
            c.in.remove(0, nl + 2);
            c.literal = -1;
            appendDone(s, c);
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

void StallingImapServer::appendDone(QTcpSocket *s, Conn &c)
{
    ++m_appends;
    if (m_refuse > 0) {
        --m_refuse;
        s->write(c.tag + ' ' + m_refuseReply + "\r\n");
        return;
    }
    m_sent.append(c.literalData);
    c.literalData.clear();
    if (m_stall == StallStage::DuringAppend) {
        hold(c, StallStage::DuringAppend); // stored; the client never hears so
        return;
    }
    s->write(c.tag + " OK [APPENDUID 1 " + QByteArray::number(m_sent.size()) +
             "] APPEND completed\r\n");
}

QByteArray StallingImapServer::search(const QByteArray &args) const
{
    // SEARCH HEADER Message-ID "<id>" (RFC 3501 §6.4.4): the messages whose header holds the value.
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\"\\s*$"));
    const auto m = quoted.match(QString::fromLatin1(args));
    const QByteArray needle = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    QByteArray hits;
    for (int i = 0; i < m_sent.size(); ++i) {
        const QByteArray &msg = m_sent.at(i);
        const qsizetype end = msg.indexOf("\r\n\r\n");
        if (!needle.isEmpty() && msg.left(end < 0 ? msg.size() : end).contains(needle))
            hits += ' ' + QByteArray::number(i + 1);
    }
    return hits;
}

void StallingImapServer::handleLine(QTcpSocket *s, Conn &c, const QByteArray &line)
{
    if (c.authContinue) {
        c.authContinue = false;
        s->write(c.tag + " OK [CAPABILITY " + kCaps + "] logged in\r\n");
        return;
    }
    QList<QByteArray> words = line.split(' ');
    const QByteArray tag = words.value(0);
    words.removeFirst();
    if (!words.isEmpty() && words.first().toUpper() == "UID")
        words.removeFirst();
    const QByteArray verb = words.value(0).toUpper();
    if (!words.isEmpty())
        words.removeFirst();
    const QByteArray args = words.join(' ');
    const QByteArray ok = tag + " OK " + verb + " completed\r\n";
    if (verb == "CAPABILITY") {
        s->write(QByteArray("* CAPABILITY ") + kCaps + "\r\n" + ok);
    } else if (verb == "LOGIN") {
        s->write(tag + " OK [CAPABILITY " + kCaps + "] logged in\r\n");
    } else if (verb == "AUTHENTICATE") {
        if (args.contains(' ')) { // SASL-IR style initial response
            s->write(tag + " OK [CAPABILITY " + kCaps + "] logged in\r\n");
        } else {
            c.tag = tag;
            c.authContinue = true;
            s->write("+ \r\n");
        }
    } else if (verb == "LIST" || verb == "LSUB") {
        s->write("* " + verb + " (\\HasNoChildren) \"/\" INBOX\r\n* " + verb +
                 " (\\HasNoChildren \\Sent) \"/\" Sent\r\n" + ok);
    } else if (verb == "SELECT" || verb == "EXAMINE") {
        s->write("* " + QByteArray::number(m_sent.size()) +
                 " EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT " +
                 QByteArray::number(m_sent.size() + 1) + "] ok\r\n* FLAGS (\\Seen \\Deleted)\r\n" +
                 tag + (verb == "SELECT" ? " OK [READ-WRITE] " : " OK [READ-ONLY] ") + verb +
                 " completed\r\n");
    } else if (verb == "SEARCH") {
        s->write("* SEARCH" + search(args) + "\r\n" + ok);
    } else if (verb == "APPEND") {
        static const QRegularExpression lit(QStringLiteral("\\{(\\d+)(\\+?)\\}$"));
        const auto m = lit.match(QString::fromLatin1(line));
        if (!m.hasMatch()) {
            s->write(tag + " BAD APPEND needs a literal\r\n");
            return;
        }
        c.tag = tag;
        c.literal = m.captured(1).toLongLong();
        c.literalData.clear();
        if (m.captured(2).isEmpty())
            s->write("+ Ready for literal data\r\n"); // RFC 3501 §7.5
    } else if (verb == "LOGOUT") {
        s->write("* BYE logging out\r\n" + ok);
        s->disconnectFromHost();
    } else if (verb == "NOOP" || verb == "CHECK" || verb == "CLOSE" || verb == "UNSELECT" ||
               verb == "ENABLE" || verb == "ID" || verb == "CREATE" || verb == "SUBSCRIBE") {
        s->write(ok);
    } else if (verb == "NAMESPACE") {
        s->write("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n" + ok);
    } else {
        s->write(tag + " BAD unknown command\r\n");
    }
}

} // namespace carteiro::test
