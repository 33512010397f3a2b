// SPDX-License-Identifier: GPL-3.0-or-later
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

    // The second domain (mail-lab.sh: acme.test on its own Postfix + Dovecot at
    // HOST3, the same port numbers; MX records from the lab's DNS server).
    QString host3, domain2, dnsServer, maildirRoot2, labDir;
    quint16 smtp = 0, smtp2 = 0, submission2 = 0, submissions2 = 0, imaps2 = 0, pop3s2 = 0;
    QString dave, davePassword, erin, erinPassword;
    bool domain2Valid = false;
    QString domain2Missing;

    static LabEnv fromEnvironment();
    // Waits up to `timeoutMs` for a message containing `marker` in user's Maildir
    // (new/ or cur/; the second domain's users under maildirRoot2); returns its
    // path or an empty string.
    QString waitForDelivery(const QString &user, const QByteArray &marker, int timeoutMs = 15000) const;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};
// Runs carteiro-cli with arguments and extra environment (NAME=value); `input`
// goes to its standard input, which is then closed.
CliRun runCli(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000,
              const QByteArray &input = {});

// Runs `bash tests/lab/mail-lab.sh COMMAND` (CARTEIRO_LAB_SCRIPT overrides the
// path) with the test's environment, so CARTEIRO_LAB_DIR etc. name the same lab.
// Returns true on exit status 0; `output` gets stdout and stderr.
bool runLabScript(const QString &command, QByteArray *output = nullptr, int timeoutMs = 60000);

} // namespace carteiro::test
