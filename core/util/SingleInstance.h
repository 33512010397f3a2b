// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One Carteiro window per user and data folder: the first launch listens on
// a local socket (QLocalServer: a Unix socket only its user may open, or a
// Windows named pipe), and a second launch hands its arguments (a mailto:
// link, a .eml file, --compose) to it instead of starting a second engine on
// the same store.
//
// The wire: the client sends one frame, a 4-byte big-endian length and that
// many bytes of UTF-8 JSON {"v":1,"args":[...]}; the server answers "OK\n"
// once it has passed the arguments on, or "ERR <why>\n". Frames past
// kMaxFrame, bad JSON and clients that stall for kClientTimeoutMs are dropped.
#include <QHash>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace carteiro {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFrame = 4 << 20;
    static constexpr int kClientTimeoutMs = 5000;

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "carteiro-<user>-<hash of the data folder>": separate for each user and
    // each XDG_DATA_HOME (a test or a second profile gets its own window).
    // Needs the application's name set (QStandardPaths::AppDataLocation).
    static QString defaultServerName();

    // Starts listening; false (with the reason) when another instance already
    // answers on the name, or the socket cannot be made. A socket left by a
    // crashed instance (nobody answers) is removed and taken over.
    bool listen(QString *error);
    bool isListening() const;
    QString serverName() const { return m_name; }

    // The client side: hands args to the running instance and waits (at most
    // timeoutMs) for its answer. False, with the reason, when none is running
    // or it refused; blocking, for main() before the application starts.
    static bool sendToRunning(const QString &serverName, const QStringList &args, int timeoutMs,
                              QString *error);

Q_SIGNALS:
    // A second launch's arguments (its program name left out).
    void argumentsReceived(const QStringList &args);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void finish(QLocalSocket *socket, const QByteArray &answer);

    QString m_name;
    QLocalServer *m_server;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

} // namespace carteiro
