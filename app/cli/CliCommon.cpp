#include "CliCommon.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace carteiro::cli {

void out(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
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
