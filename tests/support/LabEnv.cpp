// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace carteiro::test {

LabEnv LabEnv::fromEnvironment()
{
    LabEnv e;
    QStringList missing;
    auto get = [&](const char *name) {
        const QString v = qEnvironmentVariable(name);
        if (v.isEmpty())
            missing << QString::fromLatin1(name);
        return v;
    };
    e.host = get("CARTEIRO_LAB_HOST");
    e.host2 = get("CARTEIRO_LAB_HOST2");
    e.domain = get("CARTEIRO_LAB_DOMAIN");
    e.caFile = get("CARTEIRO_LAB_CA_FILE");
    e.wrongCaFile = get("CARTEIRO_LAB_WRONG_CA_FILE");
    e.maildirRoot = get("CARTEIRO_LAB_MAILDIR_ROOT");
    e.submission = quint16(get("CARTEIRO_LAB_SUBMISSION_PORT").toUInt());
    e.submissions = quint16(get("CARTEIRO_LAB_SUBMISSIONS_PORT").toUInt());
    e.imap = quint16(get("CARTEIRO_LAB_IMAP_PORT").toUInt());
    e.imaps = quint16(get("CARTEIRO_LAB_IMAPS_PORT").toUInt());
    e.pop3 = quint16(get("CARTEIRO_LAB_POP3_PORT").toUInt());
    e.pop3s = quint16(get("CARTEIRO_LAB_POP3S_PORT").toUInt());
    e.alice = get("CARTEIRO_LAB_USER_ALICE");
    e.alicePassword = get("CARTEIRO_LAB_PASSWORD_ALICE");
    e.bob = get("CARTEIRO_LAB_USER_BOB");
    e.bobPassword = get("CARTEIRO_LAB_PASSWORD_BOB");
    e.missing = missing.join(QLatin1Char(' '));
    e.valid = missing.isEmpty();

    missing.clear();
    e.host3 = get("CARTEIRO_LAB_HOST3");
    e.domain2 = get("CARTEIRO_LAB_DOMAIN2");
    e.dnsServer = get("CARTEIRO_LAB_DNS_SERVER");
    e.maildirRoot2 = get("CARTEIRO_LAB_MAILDIR_ROOT2");
    e.labDir = get("CARTEIRO_LAB_DIR");
    e.smtp = quint16(get("CARTEIRO_LAB_SMTP_PORT").toUInt());
    e.smtp2 = quint16(get("CARTEIRO_LAB_DOMAIN2_SMTP_PORT").toUInt());
    e.submission2 = quint16(get("CARTEIRO_LAB_DOMAIN2_SUBMISSION_PORT").toUInt());
    e.submissions2 = quint16(get("CARTEIRO_LAB_DOMAIN2_SUBMISSIONS_PORT").toUInt());
    e.imaps2 = quint16(get("CARTEIRO_LAB_DOMAIN2_IMAPS_PORT").toUInt());
    e.pop3s2 = quint16(get("CARTEIRO_LAB_DOMAIN2_POP3S_PORT").toUInt());
    e.dave = get("CARTEIRO_LAB_USER_DAVE");
    e.davePassword = get("CARTEIRO_LAB_PASSWORD_DAVE");
    e.erin = get("CARTEIRO_LAB_USER_ERIN");
    e.erinPassword = get("CARTEIRO_LAB_PASSWORD_ERIN");
    e.domain2Missing = missing.join(QLatin1Char(' '));
    e.domain2Valid = missing.isEmpty();
    return e;
}

QString LabEnv::waitForDelivery(const QString &user, const QByteArray &marker, int timeoutMs) const
{
    const QString local = user.section(QLatin1Char('@'), 0, 0);
    const QString root =
        !domain2.isEmpty() && user.section(QLatin1Char('@'), 1) == domain2 ? maildirRoot2 : maildirRoot;
    QElapsedTimer t;
    t.start();
    do {
        for (const char *sub : {"new", "cur"}) {
            QDir dir(root + QLatin1Char('/') + local + QStringLiteral("/Maildir/") +
                     QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024).contains(marker))
                    return f.fileName();
            }
        }
        QThread::msleep(100);
    } while (t.elapsed() < timeoutMs);
    return {};
}

CliRun runCli(const QStringList &args, const QStringList &env, int timeoutMs, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    pe.remove(QStringLiteral("CARTEIRO_PASSWORD"));
    for (const QString &kv : env)
        pe.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(pe);
    p.start(QStringLiteral(CARTEIRO_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

static QString labScript()
{
    if (const QString s = qEnvironmentVariable("CARTEIRO_LAB_SCRIPT"); !s.isEmpty())
        return s;
    return QStringLiteral(CARTEIRO_SOURCE_DIR "/tests/lab/mail-lab.sh");
}

bool runLabScript(const QString &command, QByteArray *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), {labScript(), command}); // CARTEIRO_LAB_DIR etc. from our environment
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    if (output)
        *output = p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace carteiro::test
