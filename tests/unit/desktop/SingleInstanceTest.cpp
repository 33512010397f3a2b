// SPDX-License-Identifier: GPL-3.0-or-later
// The single-instance hand-over (core/util/SingleInstance): a second launch's
// arguments reach the running one; no instance, a stale socket, a second
// listener, hostile and stalled clients.
#include "util/SingleInstance.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <future>

using carteiro::SingleInstance;

namespace {

void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "unit_desktop";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

QString uniqueName()
{
    return QStringLiteral("carteiro-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

struct Sent
{
    bool ok = false;
    QString error;
};

// The client blocks (as main() does), so it runs on another thread while this
// one serves.
Sent sendWhileServing(const QString &name, const QStringList &args, int timeoutMs = 5000)
{
    auto future = std::async(std::launch::async, [=] {
        Sent s;
        s.ok = SingleInstance::sendToRunning(name, args, timeoutMs, &s.error);
        return s;
    });
    while (future.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return future.get();
}

// A raw client: writes bytes, returns whatever the server answers before closing.
QByteArray rawExchange(const QString &name, const QByteArray &bytes, int waitMs = 3000)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(1000))
        return "no connection";
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (!answer.contains('\n') && t.elapsed() < waitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        socket.waitForReadyRead(10);
        answer += socket.readAll();
    }
    return answer;
}

QByteArray lengthPrefixed(const QByteArray &payload)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    return out + payload;
}

} // namespace

TEST(SingleInstance, ASecondLaunchHandsItsArgumentsToTheRunningOne)
{
    ensureApp();
    SingleInstance primary(uniqueName());
    QString error;
    ASSERT_TRUE(primary.listen(&error)) << error.toStdString();
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);

    const QStringList args{QStringLiteral("mailto:ana@example.org?subject=Ol%C3%A1"), QStringLiteral("--compose"),
                           QStringLiteral("/tmp/Ação & café.eml"), QString(), QString(300000, QLatin1Char('x'))};
    const Sent sent = sendWhileServing(primary.serverName(), args);
    EXPECT_TRUE(sent.ok) << sent.error.toStdString();
    ASSERT_TRUE(received.count() == 1 || received.wait(2000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), args);

    // And again: the server keeps serving.
    EXPECT_TRUE(sendWhileServing(primary.serverName(), {QStringLiteral("--compose")}).ok);
    ASSERT_TRUE(received.count() == 2 || received.wait(2000));
    EXPECT_EQ(received.at(1).at(0).toStringList(), QStringList{QStringLiteral("--compose")});
}

TEST(SingleInstance, WithNoneRunningTheLaunchIsToldAndListensItself)
{
    ensureApp();
    const QString name = uniqueName();
    QString error;
    EXPECT_FALSE(SingleInstance::sendToRunning(name, {QStringLiteral("x")}, 500, &error));
    EXPECT_NE(error.toStdString().find("no Carteiro is running"), std::string::npos) << error.toStdString();
    SingleInstance first(name);
    EXPECT_TRUE(first.listen(&error)) << error.toStdString();
    EXPECT_TRUE(first.isListening());
}

TEST(SingleInstance, ASecondListenerIsRefusedNamingTheRunningOne)
{
    ensureApp();
    SingleInstance first(uniqueName());
    QString error;
    ASSERT_TRUE(first.listen(&error));
    SingleInstance second(first.serverName());
    auto future = std::async(std::launch::async, [&] { return second.listen(&error); });
    while (future.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    EXPECT_FALSE(future.get());
    EXPECT_NE(error.toStdString().find("already running"), std::string::npos) << error.toStdString();
    EXPECT_TRUE(first.isListening());
}

#ifdef Q_OS_UNIX
TEST(SingleInstance, ASocketLeftByACrashIsTakenOver)
{
    ensureApp();
    const QString name = uniqueName();
    const QString path = QDir::tempPath() + QLatin1Char('/') + name;
    {
        QFile stale(path); // what a killed instance leaves: the socket's file, nobody behind it
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance next(name);
    QString error;
    EXPECT_TRUE(next.listen(&error)) << error.toStdString();
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    EXPECT_TRUE(sendWhileServing(name, {QStringLiteral("a")}).ok);
    EXPECT_TRUE(received.count() == 1 || received.wait(2000));
}
#endif

TEST(SingleInstance, HostileClientsAreAnsweredAndPassNothingOn)
{
    ensureApp();
    SingleInstance primary(uniqueName());
    QString error;
    ASSERT_TRUE(primary.listen(&error));
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
    const QString name = primary.serverName();

    EXPECT_EQ(rawExchange(name, lengthPrefixed("not json")), "ERR not JSON at byte 1\n");
    EXPECT_EQ(rawExchange(name, lengthPrefixed(R"({"v":2,"args":[]})")), "ERR not a version 1 frame with args\n");
    EXPECT_EQ(rawExchange(name, lengthPrefixed(R"({"v":1,"args":["a",7]})")), "ERR an argument is not a string\n");
    EXPECT_EQ(rawExchange(name, lengthPrefixed(R"({"v":1,"args":[]})") + "trailing"),
              "ERR bytes after the frame\n");
    EXPECT_EQ(rawExchange(name, QByteArray::fromHex("7fffffff") + "x"), "ERR frame too long\n");
    EXPECT_EQ(received.count(), 0);

    // A client that sends half a frame and stalls is cut off; the server still works.
    EXPECT_EQ(rawExchange(name, QByteArray::fromHex("00000010") + "{\"v\"", SingleInstance::kClientTimeoutMs + 2000),
              "ERR timeout\n");
    EXPECT_TRUE(sendWhileServing(name, {QStringLiteral("after")}).ok);
    ASSERT_TRUE(received.count() == 1 || received.wait(2000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), QStringList{QStringLiteral("after")});
}

TEST(SingleInstance, TheDefaultNameDependsOnTheDataFolder)
{
    ensureApp();
    QCoreApplication::setApplicationName(QStringLiteral("CarteiroTest"));
    const QString before = SingleInstance::defaultServerName();
    EXPECT_TRUE(before.startsWith(QStringLiteral("carteiro-"))) << before.toStdString();
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", "/tmp/carteiro-single-instance-other-profile");
    const QString other = SingleInstance::defaultServerName();
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
    EXPECT_NE(before, other);
    EXPECT_EQ(SingleInstance::defaultServerName(), before);
    for (QChar c : other)
        EXPECT_TRUE(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) << other.toStdString();
}
