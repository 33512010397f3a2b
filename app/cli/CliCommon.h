#pragma once
#include <QString>
#include <QStringList>

namespace carteiro::cli {

enum Exit { Ok = 0, Usage = 1, Network = 2, Refused = 3, PossiblySent = 4 };

void out(const QString &line);
void err(const QString &line);
// The password: CARTEIRO_PASSWORD, or the first line of --password-file; never argv.
bool readSecret(const QString &file, const char *envVar, QString *secret, QString *error);
int runSend(const QStringList &args);
int runFetch(const QStringList &args);

} // namespace carteiro::cli
