#pragma once
// The mail lab's coordinates, exported by `tests/lab/mail-lab.sh env`.
#include <QString>
#include <QStringList>

namespace carteiro::test {

struct LabEnv
{
    QString host, host2, domain, caFile, wrongCaFile, maildirRoot;
    quint16 submission = 0, submissions = 0, imap = 0, imaps = 0, pop3 = 0, pop3s = 0;
    QString alice, alicePassword, bob, bobPassword;
    bool valid = false;
    QString missing; // names of unset variables

    static LabEnv fromEnvironment();
    // Waits up to `timeoutMs` for a message containing `marker` in user's Maildir
    // (new/ or cur/); returns its path or an empty string.
    QString waitForDelivery(const QString &user, const QByteArray &marker, int timeoutMs = 15000) const;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};
// Runs carteiro-cli with arguments and extra environment (NAME=value).
CliRun runCli(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000);

} // namespace carteiro::test
