// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

namespace carteiro {
namespace {

QByteArray frame(const QStringList &args)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                                      {QStringLiteral("args"), QJsonArray::fromStringList(args)}})
                                .toJson(QJsonDocument::Compact);
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    return out + json;
}

// The arguments of a complete frame, or an error naming what is wrong.
bool readFrame(const QByteArray &payload, QStringList *args, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("not JSON at byte %1").arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1 || !o.value(QStringLiteral("args")).isArray()) {
        *error = QStringLiteral("not a version 1 frame with args");
        return false;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("args")).toArray()) {
        if (!v.isString()) {
            *error = QStringLiteral("an argument is not a string");
            return false;
        }
        *args << v.toString();
    }
    return true;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_name(serverName), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray hash = QCryptographicHash::hash(data.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString safeUser;
    for (QChar c : user)
        safeUser += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    return QStringLiteral("carteiro-%1-%2").arg(safeUser.left(32), QString::fromLatin1(hash));
}

bool SingleInstance::listen(QString *error)
{
    // Ask first: with UserAccessOption Qt makes the socket aside and renames it
    // into place, which would silently take the name from a running instance.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000)) {
            probe.abort();
            *error = tr("another Carteiro is already running (%1)").arg(m_name);
            return false;
        }
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Left behind by an instance that did not end cleanly: take it over.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    *error = tr("cannot listen on %1: %2").arg(m_name, m_server->errorString());
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

bool SingleInstance::sendToRunning(const QString &serverName, const QStringList &args, int timeoutMs,
                                   QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(qMin(timeoutMs, 1000))) {
        *error = tr("no Carteiro is running (%1)").arg(socket.errorString());
        return false;
    }
    const QByteArray bytes = frame(args);
    if (bytes.size() > kMaxFrame + 4) {
        *error = tr("the arguments are too long to hand over (%1 bytes)").arg(bytes.size());
        return false;
    }
    socket.write(bytes);
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            *error = tr("the running Carteiro did not answer: %1").arg(socket.errorString());
            return false;
        }
        answer += socket.readAll();
    }
    socket.disconnectFromServer();
    if (answer.startsWith("OK\n"))
        return true;
    *error = tr("the running Carteiro refused the arguments: %1")
                 .arg(QString::fromUtf8(answer.trimmed().mid(4)));
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A client that stalls is dropped.
        QTimer::singleShot(kClientTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket))
                finish(socket, "ERR timeout\n");
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() < 4)
        return;
    const qint64 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > kMaxFrame) {
        finish(socket, "ERR frame too long\n");
        return;
    }
    if (buffer.size() < 4 + length)
        return;
    QStringList args;
    QString why;
    if (buffer.size() > 4 + length || !readFrame(buffer.mid(4, length), &args, &why)) {
        finish(socket, "ERR " + (why.isEmpty() ? QByteArray("bytes after the frame") : why.toUtf8()) + '\n');
        return;
    }
    finish(socket, "OK\n");
    Q_EMIT argumentsReceived(args);
}

void SingleInstance::finish(QLocalSocket *socket, const QByteArray &answer)
{
    m_buffers.remove(socket);
    socket->write(answer);
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace carteiro
