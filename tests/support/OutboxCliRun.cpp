// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxCliRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace carteiro::test {

CliChild::CliChild(const QStringList &args, const QStringList &env)
    : m_p(std::make_unique<QProcess>())
{
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    pe.remove(QStringLiteral("CARTEIRO_PASSWORD"));
    for (const QString &kv : env)
        pe.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    m_p->setProcessEnvironment(pe);
    m_p->start(QStringLiteral(CARTEIRO_CLI_PATH), args);
    m_p->waitForStarted();
}

CliChild::~CliChild()
{
    if (running())
        killHard();
}

bool CliChild::running() const
{
    return m_p->state() != QProcess::NotRunning;
}

void CliChild::killHard()
{
    m_p->kill(); // SIGKILL on Unix: no handler, no flush, no destructor runs
    m_p->waitForFinished(30000);
}

bool CliChild::wait(int timeoutMs)
{
    if (!running())
        return true;
    QEventLoop loop;
    QObject::connect(m_p.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (running()) {
        killHard();
        return false;
    }
    return true;
}

CliRun CliChild::result() const
{
    CliRun r;
    r.exitCode = m_p->exitStatus() == QProcess::NormalExit ? m_p->exitCode() : -1;
    r.out = m_p->readAllStandardOutput();
    r.err = m_p->readAllStandardError();
    return r;
}

CliRun runCliLooping(const QStringList &args, const QStringList &env, int timeoutMs)
{
    CliChild child(args, env);
    const bool ended = child.wait(timeoutMs);
    CliRun r = child.result();
    if (!ended) {
        r.exitCode = -1;
        r.err += "\n(timed out: killed)";
    }
    return r;
}

QList<QJsonObject> outboxList(const QString &store, bool *ok, CliRun *run)
{
    const CliRun r = runCliLooping({QStringLiteral("outbox"), QStringLiteral("list"),
                                    QStringLiteral("--json"), QStringLiteral("--store"), store});
    if (run)
        *run = r;
    *ok = r.exitCode == 0;
    QList<QJsonObject> list;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            *ok = false;
            continue;
        }
        list.append(doc.object());
    }
    return list;
}

QList<QJsonObject> withMessageId(const QList<QJsonObject> &list, const QByteArray &messageId)
{
    QList<QJsonObject> found;
    for (const QJsonObject &o : list)
        if (o.value(QStringLiteral("message_id")).toString().toUtf8() == messageId)
            found.append(o);
    return found;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

int maildirCount(const LabEnv &lab, const QString &user, const QString &folder,
                 const QByteArray &needle)
{
    const QString local = user.section(QLatin1Char('@'), 0, 0);
    int n = 0;
    for (const char *sub : {"new", "cur"}) {
        QDir dir(lab.maildirRoot + QLatin1Char('/') + local + QStringLiteral("/Maildir/") +
                 (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray head = f.read(64 * 1024);
            const qsizetype end =
                head.indexOf("\r\n\r\n") >= 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
            if (head.left(end < 0 ? head.size() : end).contains(needle))
                ++n;
        }
    }
    return n;
}

} // namespace carteiro::test
