// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One carteiro-cli command driving ImapAccountSync on its own event loop
// (sync, search): the work starts at ready(); finish() ends it with an exit
// code and LOGOUT; a refused login, a failed operation or a closed connection
// end it with the rules every command shares (CliCommon.h: 2 network, 3 refused).
#include "CliCommon.h"
#include "sync/ImapAccountSync.h"

#include <QEventLoop>
#include <QString>

namespace carteiro::cli {

class CliImapRun
{
public:
    // `unfinished`: the error when the connection closes before finish().
    CliImapRun(ImapAccountSync &sync, QString unfinished);
    void finish(int code, const QString &message);
    // Starts the sync and runs until it closed; the exit code (error() says why).
    int exec();
    QString error() const { return m_error; }

private:
    bool transportFailed() const;

    ImapAccountSync &m_sync;
    QString m_unfinished;
    QEventLoop m_loop;
    int m_code = Ok;
    bool m_done = false;
    QString m_error;
};

} // namespace carteiro::cli
