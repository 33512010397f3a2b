// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "engine/PlainError.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace carteiro::cli {

namespace {
// The server the command talks to, so that a failure's sentence can name it
// ("Connection refused on 127.0.0.1:1: ..."); set by channelOptions().
QString g_host;
quint16 g_port = 0;
} // namespace

void out(const QString &line)
{
    outBuffered(line);
    std::fflush(stdout);
}

void outBuffered(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int fail(int code, const QString &message)
{
    err(QStringLiteral("error: ") + message);
    // The same failure in plain words with a next step, when it is a known kind.
    const PlainError plain = PlainError::fromMessage(message, g_host, g_port);
    if (plain.kind != PlainError::Kind::Unknown)
        err(QStringLiteral("  ") + plain.sentence);
    return code;
}

std::optional<ChannelOptions> channelOptions(const ServerUrl &url, const QString &caFile,
                                             const QString &pin, const QString &timeoutSeconds,
                                             QString *error)
{
    const int seconds = timeoutSeconds.toInt();
    if (seconds <= 0) {
        *error = QCoreApplication::translate("Cli", "--timeout must be a positive number of seconds");
        return std::nullopt;
    }
    ChannelOptions channel;
    channel.host = url.host;
    channel.port = url.port;
    channel.security = url.security;
    channel.caFile = caFile;
    channel.pinnedSha256 = pin.toLatin1();
    channel.replyTimeoutMs = seconds * 1000;
    channel.connectTimeoutMs = seconds * 1000;
    channel.label = url.toString();
    g_host = url.host;
    g_port = url.port;
    return channel;
}

bool readSecret(const QString &file, const char *envVar, QString *secret, QString *error)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "cannot read %1: %2").arg(file, f.errorString());
            return false;
        }
        QByteArray line = f.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        return true;
    }
    *secret = qEnvironmentVariable(envVar);
    return true;
}

} // namespace carteiro::cli
