// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running carteiro-cli from the outbox tests while the test's own event loop
// keeps turning (the scripted servers and the proxy live on it), killing it with
// SIGKILL at a stage, and reading `outbox list --json` back.
#include "LabEnv.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <functional>
#include <memory>

namespace carteiro::test {

// A carteiro-cli child process (CARTEIRO_PASSWORD removed unless given in env).
class CliChild
{
public:
    CliChild(const QStringList &args, const QStringList &env = {});
    ~CliChild();
    // SIGKILL (QProcess::kill), then reaps it: nothing of the child runs on.
    void killHard();
    // Runs the event loop until the child ends (false after timeoutMs: then killed).
    bool wait(int timeoutMs = 120000);
    CliRun result() const;
    bool running() const;

private:
    std::unique_ptr<QProcess> m_p;
};

// carteiro-cli with the event loop turning; a run that does not end in time is
// killed and reported with exitCode -1.
CliRun runCliLooping(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000);

// `carteiro-cli outbox list --json --store FILE`: one object per message; *ok
// false (and the run in *run) when the command failed or a line is not JSON.
QList<QJsonObject> outboxList(const QString &store, bool *ok, CliRun *run = nullptr);
// The entries of that list whose message_id is `messageId`.
QList<QJsonObject> withMessageId(const QList<QJsonObject> &list, const QByteArray &messageId);

// Runs the event loop until `done()` or timeoutMs; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000);

// Files in user's Maildir folder (`folder` "" = INBOX, ".Sent" ...) whose header
// holds `needle` (e.g. the Message-ID).
int maildirCount(const LabEnv &lab, const QString &user, const QString &folder,
                 const QByteArray &needle);

} // namespace carteiro::test
