// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStringList>

#include <gsasl.h>
#include <vmime/config.hpp>

#ifndef CARTEIRO_VERSION
#error "CARTEIRO_VERSION is set by core/CMakeLists.txt"
#endif

namespace carteiro {

QString applicationId()
{
    return QStringLiteral("io.github.carteiro.Carteiro");
}

QString applicationVersion()
{
    return QStringLiteral(CARTEIRO_VERSION);
}

QString applicationLicense()
{
    return QStringLiteral("GPL-3.0-or-later");
}

namespace {
// SQLite's own version, asked of Qt's driver (it is a plugin: it may be missing).
QString sqliteVersion()
{
    const QString name = QStringLiteral("carteiro-version-probe");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? QCoreApplication::translate("AppInfo", "Qt's SQLite driver is missing") : version;
}
} // namespace

QList<LibraryInfo> coreLibraries()
{
    QString ssl = QSslSocket::sslLibraryVersionString();
    if (ssl.startsWith(QLatin1String("OpenSSL ")))
        ssl = ssl.mid(8);
    if (ssl.isEmpty())
        ssl = QCoreApplication::translate("AppInfo", "not loaded");
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("VMime"), QStringLiteral(VMIME_VERSION), QStringLiteral("GPL-3.0-or-later"),
         QStringLiteral("https://www.vmime.org/")},
        {QStringLiteral("GNU SASL"), QString::fromLatin1(gsasl_check_version(nullptr)),
         QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("https://www.gnu.org/software/gsasl/")},
        {QStringLiteral("OpenSSL"), ssl, QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org/")},
        {QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing"), QStringLiteral("https://www.sqlite.org/")},
    };
}

QString versionText(const QString &program, const QList<LibraryInfo> &libraries)
{
    QStringList lines{program + QLatin1Char(' ') + applicationVersion()};
    lines << QCoreApplication::translate("AppInfo", "License: %1").arg(applicationLicense());
    for (const LibraryInfo &lib : libraries)
        lines << QStringLiteral("  %1 %2 (%3)").arg(lib.name, lib.version, lib.license);
    return lines.join(QLatin1Char('\n'));
}

} // namespace carteiro
